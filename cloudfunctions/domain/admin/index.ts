/** The actions of the `admin` cloud function. */
import type { RouteTable } from '../context';
import { auditLog } from '../audit/read';
import { admins, revokeAdmin } from './admins';
import { createInvite, invites } from './invites';
import { inviteCode } from './invite-code';
import { servicePoints } from './services/list';
import { saveServicePoint } from './services/save';
import { networkRoutes } from './network-routes';
import { settings, updateSettings } from './settings';
import { stats } from './stats';
import { statsRoutes } from './stats-routes';

/** Route table of `admin`. */
export const adminRoutes: RouteTable = {
  stats,
  createInvite,
  invites,
  settings,
  updateSettings,
  ...statsRoutes,
  ...networkRoutes,
  servicePoints,
  saveServicePoint,
  admins,
  revokeAdmin,
  inviteCode,
  auditLog,
};
