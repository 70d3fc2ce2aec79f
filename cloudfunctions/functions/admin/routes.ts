/** Route table of the `admin` cloud function: one route per action of SCHEMAS.admin. */
import { auditLog } from '../../domain/audit/read';
import { admins, revokeAdmin } from '../../domain/admin/admins';
import { bootstrap } from '../../domain/admin/bootstrap';
// The coverage handlers live in circles/ because a folder named coverage/ is git-ignored.
import { coverage, coverageClusters } from '../../domain/admin/circles';
import { dashboard } from '../../domain/admin/dashboard';
import { exportCsv } from '../../domain/admin/export';
import { checkImport, importPosts, importUpload } from '../../domain/admin/import/routes';
import { inviteCode } from '../../domain/admin/invite-code';
import { createInvite, invites } from '../../domain/admin/invites';
import { assignPosts, deactivate } from '../../domain/admin/people/assign';
import { people } from '../../domain/admin/people/list';
import { regions, services } from '../../domain/admin/people/pickers';
import { plates } from '../../domain/admin/plates/routes';
import { plateSheet } from '../../domain/admin/plates/sheet';
import { createPost } from '../../domain/admin/posts/create';
import { post, posts } from '../../domain/admin/posts/list';
import { updatePost } from '../../domain/admin/posts/update';
import { servicePoints } from '../../domain/admin/services/list';
import { saveServicePoint } from '../../domain/admin/services/save';
import { settings, updateSettings } from '../../domain/admin/settings';
import { stats } from '../../domain/admin/stats';
import type { RoutesOf } from '../contract';

/** Route table of `admin`, grouped as the console is: settings and invites, dashboard, network, service points. */
export const adminRoutes = {
  stats,
  createInvite,
  invites,
  settings,
  updateSettings,
  // 统计看板, 服务圈覆盖, 导出
  dashboard,
  coverage,
  coverageClusters,
  export: exportCsv,
  // 岗位管理, 批量导入, 二维码牌, 人员管理, 首位管理员
  posts,
  post,
  createPost,
  updatePost,
  checkImport,
  importPosts,
  importUpload,
  plates,
  plateSheet,
  people,
  assignPosts,
  deactivate,
  services,
  regions,
  bootstrap,
  servicePoints,
  saveServicePoint,
  admins,
  revokeAdmin,
  inviteCode,
  auditLog,
} satisfies RoutesOf<'admin'>;
