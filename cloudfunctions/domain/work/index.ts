/** The actions of the `work` cloud function (工作台): volunteers, mediators and staff handling requests. */
import type { RouteTable } from '../context';
import { decide, reveal } from './aid';
import { detail } from './detail';
import { evidence } from './evidence';
import { inbox } from './inbox';
import { acceptInvite } from './invite';
import { advance } from './mediation';
import { profile, unbind, updateProfile } from './profile';
import { answer, askMore, close, handOver } from './question';
import { deleteTemplate, saveTemplate, templates } from './templates';
import { workload } from './workload';

/** Route table of `work`. */
export const workRoutes: RouteTable = {
  inbox,
  detail,
  answer,
  askMore,
  handOver,
  close,
  advance,
  decide,
  reveal,
  templates,
  saveTemplate,
  deleteTemplate,
  workload,
  profile,
  updateProfile,
  acceptInvite,
  unbind,
  evidence,
};
