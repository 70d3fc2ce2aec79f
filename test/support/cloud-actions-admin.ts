/**
 * The admins' part of the working day in cloud-actions.ts: the dashboards and exports, the posts, an import, plates,
 * people and invites of a county, run after the residents' and workers' steps whose records they count.
 */
import { IMPORT_COLUMNS } from '~/types/api/network';
import type { Step } from './cloud-actions';

/** A one-row import file for a village of the scenario's county (UTF-8 with BOM, as Excel saves it). */
const csv = (villageCode: string) =>
  Buffer.from(`\ufeff${IMPORT_COLUMNS.join(',')}\r\n,压测导入岗,压测地址,${villageCode},45.62,122.84\r\n`, 'utf8');
const period = { preset: '365d' };

/** The admins' steps, in an order where each finds what the one before made. */
export const ADMIN_STEPS: Step[] = [
  { fn: 'admin', action: 'stats', openid: 'demo-county-admin', body: () => ({}) },
  { fn: 'admin', action: 'dashboard', label: 'city, 365 days, first', openid: 'demo-admin', body: () => ({ period }) },
  { fn: 'admin', action: 'dashboard', label: 'city, 365 days', openid: 'demo-admin', body: () => ({ period }) },
  {
    fn: 'admin',
    action: 'dashboard',
    label: 'county, 365 days',
    openid: 'demo-county-admin',
    body: () => ({ period }),
  },
  {
    fn: 'admin',
    action: 'dashboard',
    label: 'township, 30 days',
    openid: 'demo-township-admin',
    body: () => ({ period: { preset: '30d' } }),
  },
  { fn: 'admin', action: 'coverage', label: 'city', openid: 'demo-admin', body: () => ({}) },
  { fn: 'admin', action: 'coverage', label: 'county', openid: 'demo-county-admin', body: () => ({}) },
  {
    fn: 'admin',
    action: 'export',
    label: 'top posts',
    openid: 'demo-county-admin',
    body: () => ({ table: 'top', period }),
  },
  {
    fn: 'admin',
    action: 'export',
    label: 'monthly form',
    openid: 'demo-admin',
    body: () => ({ table: 'monthly', month: '202610' }),
  },
  { fn: 'admin', action: 'settings', openid: 'demo-admin', body: () => ({}) },
  { fn: 'admin', action: 'updateSettings', openid: 'demo-admin', body: () => ({ questionPromiseHours: 24 }) },
  { fn: 'admin', action: 'regions', openid: 'demo-county-admin', body: () => ({}) },
  { fn: 'admin', action: 'services', openid: 'demo-county-admin', body: () => ({ kind: 'judicialOffice' }) },
  { fn: 'admin', action: 'posts', openid: 'demo-township-admin', body: () => ({ limit: 200 }) },
  {
    fn: 'admin',
    action: 'posts',
    label: 'unserved',
    openid: 'demo-county-admin',
    body: () => ({ unserved: true, limit: 200 }),
  },
  { fn: 'admin', action: 'post', openid: 'demo-county-admin', body: (s) => ({ postId: s.postId }) },
  {
    fn: 'admin',
    action: 'createPost',
    openid: 'demo-county-admin',
    body: (s) => ({ name: '压测新建先锋岗', address: '村委会', villageCode: s.villageCode, lat: 45.62, lng: 122.84 }),
    after: (d, s) => void (s.createdPostId = (d as { id: string }).id),
  },
  {
    fn: 'admin',
    action: 'updatePost',
    openid: 'demo-county-admin',
    body: (s) => ({ postId: s.createdPostId, name: '改名后的先锋岗' }),
  },
  {
    fn: 'admin',
    action: 'importUpload',
    openid: 'demo-county-admin',
    body: () => ({}),
    after: (d, s) => void (s.importPath = (d as { cloudPath: string }).cloudPath),
  },
  {
    fn: 'admin',
    action: 'checkImport',
    openid: 'demo-county-admin',
    // The app uploads the file to the path importUpload gave, before this call (not part of it).
    prepare: async (world, s) => {
      s.importFileId = world.storage.clientUpload('demo-county-admin', s.importPath ?? '', csv(s.villageCode));
    },
    body: (s) => ({ fileId: s.importFileId }),
  },
  {
    fn: 'admin',
    action: 'importPosts',
    openid: 'demo-county-admin',
    body: (s) => ({ fileId: s.importFileId, goodOnly: true, offset: 0 }),
  },
  { fn: 'admin', action: 'plates', openid: 'demo-county-admin', body: (s) => ({ postIds: [s.postId] }) },
  { fn: 'admin', action: 'people', openid: 'demo-county-admin', body: () => ({ limit: 200 }) },
  {
    fn: 'admin',
    action: 'assignPosts',
    openid: 'demo-county-admin',
    body: (s) => ({ volunteerId: 'v00001', postIds: [s.postId] }),
  },
  {
    fn: 'admin',
    action: 'deactivate',
    openid: 'demo-county-admin',
    body: () => ({ volunteerId: 'v00002', active: true }),
  },
  {
    fn: 'admin',
    action: 'createInvite',
    openid: 'demo-county-admin',
    body: (s) => ({ role: 'volunteer', regionCode: s.villageCode, name: '新志愿者', postIds: [s.postId] }),
    after: (d, s) => void (s.inviteCode = (d as { code: string }).code),
  },
  { fn: 'admin', action: 'invites', openid: 'demo-county-admin', body: () => ({}) },
];
