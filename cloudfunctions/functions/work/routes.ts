/** Route table of the `work` cloud function (工作台): volunteers, mediators and staff handling requests. */
import { decide, reveal } from '../../domain/work/aid';
import { detail } from '../../domain/work/detail';
import { evidence } from '../../domain/work/evidence';
import { inbox } from '../../domain/work/inbox';
import { acceptInvite } from '../../domain/work/invite';
import { advance } from '../../domain/work/mediation';
import { profile, unbind, updateProfile } from '../../domain/work/profile';
import { answer, askMore, close, handOver } from '../../domain/work/question';
import { deleteTemplate, saveTemplate, templates } from '../../domain/work/templates';
import { workload } from '../../domain/work/workload';
import type { RoutesOf } from '../contract';

/** Route table of `work`. */
export const workRoutes = {
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
} satisfies RoutesOf<'work'>;
