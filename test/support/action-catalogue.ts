/**
 * A valid input for every action of every function in types/api SCHEMAS, with the role that normally sends it,
 * over a world made through the real actions on the local runtime: the demo people logged in, a question, a
 * mediation request and a legal-aid pre-application (with a photo) filed by a resident, an invite, a template,
 * a post, an import file and a second admin to revoke. The export and fuzz tests build on it; a new action
 * without an entry here fails them (catalogueGaps).
 */
import { randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { SCHEMAS } from '~/types/api';
import { IMPORT_COLUMNS } from '~/types/api/network';
import { Caller } from './action-caller';
import { demoDataset, type Harness } from './local-harness';
import { aidFields, mediationFields, questionFields } from './request-bodies';

/** Every kind of caller: no session, a resident, each kind of worker, each level of admin. */
export const ROLES = [
  'none',
  'resident',
  'volunteer',
  'mediator',
  'officeStaff',
  'aidStaff',
  'cityAdmin',
  'countyAdmin',
  'townshipAdmin',
] as const;
/** One kind of caller. */
export type Role = (typeof ROLES)[number];

/** The demo identity of each bound role (the resident is a fresh browser; 'none' never keeps a session). */
export const DEMO_OPENIDS: Partial<Record<Role, string>> = {
  volunteer: 'demo-volunteer',
  mediator: 'demo-mediator',
  officeStaff: 'demo-staff',
  aidStaff: 'demo-aid-staff',
  cityAdmin: 'demo-admin',
  countyAdmin: 'demo-county-admin',
  townshipAdmin: 'demo-township-admin',
};

/** The bootstrap secret the catalogue's runtime is started with. */
export const BOOTSTRAP_SECRET = 'fuzz-bootstrap-secret-0123456789';

type Body = Record<string, unknown>;
/** One action's valid input: who sends it and the body (built fresh, so ids and versions are current). */
export interface Entry {
  role: Role;
  body(w: World): Promise<Body> | Body;
}

/** What the bodies refer to: the records the world made, found again by id. */
export interface World {
  h: Harness;
  callers: Record<Role, Caller>;
  postId: string;
  villageCode: string;
  townshipCode: string;
  questionId: string;
  secondQuestionId: string;
  mediationId: string;
  aidId: string;
  photoId: string;
  inviteCode: string;
  templateId: string;
  createdPostId: string;
  importFileId: string;
  revocableAdmin: string;
  /** The role whose office the mediation request was routed to (it may act on it). */
  mediationHandler: Role;
}

/** The version a request has now (work.* changes take it, and refuse a stale one). */
export async function versionOf(w: World, id: string): Promise<number> {
  return (await w.h.store.requests.byId(id))?.version ?? 1;
}

const request = (w: World, id: string) => async () => ({ id, version: await versionOf(w, id) });

/** The valid input of every action, by `fn.action`. */
export const CATALOGUE: Record<string, Entry> = {
  'scan.land': { role: 'resident', body: (w) => ({ postId: w.postId, scanId: randomUUID() }) },
  'scan.locate': {
    role: 'resident',
    body: async (w) => {
      const scanId = randomUUID();
      await w.callers.resident.call('scan', { action: 'land', postId: w.postId, scanId });
      const post = (await w.h.store.posts.byId(w.postId))!;
      return { postId: w.postId, scanId, location: { lat: post.lat, lng: post.lng } };
    },
  },
  'resident.me': { role: 'resident', body: () => ({}) },
  'resident.ask': {
    role: 'resident',
    body: (w) => questionFields(w.postId),
  },
  'resident.requestMediation': {
    role: 'resident',
    body: (w) => mediationFields(w.postId),
  },
  'resident.applyAid': {
    role: 'resident',
    body: (w) => aidFields(w.postId, { photos: [w.photoId] }),
  },
  'resident.myRequests': { role: 'resident', body: () => ({}) },
  'resident.requestDetail': { role: 'resident', body: (w) => ({ id: w.questionId }) },
  'resident.deleteMyData': { role: 'resident', body: () => ({ confirm: true }) },
  'resident.nearbyPosts': { role: 'resident', body: () => ({ location: { lat: 45.62, lng: 122.84 } }) },
  'resident.townships': { role: 'resident', body: () => ({}) },
  'resident.supplement': { role: 'resident', body: (w) => ({ id: w.questionId, text: '欠了两万元' }) },
  'resident.rate': { role: 'resident', body: (w) => ({ id: w.questionId, stars: 5, word: '及时' }) },
  'resident.outbox': { role: 'resident', body: () => ({}) },
  'resident.readOutbox': { role: 'resident', body: () => ({}) },
  'resident.myData': { role: 'resident', body: () => ({ delivery: 'inline' }) },
  'resident.photoSlot': { role: 'resident', body: () => ({}) },
  'work.inbox': { role: 'volunteer', body: () => ({}) },
  'work.detail': { role: 'volunteer', body: (w) => ({ id: w.questionId }) },
  'work.answer': {
    role: 'volunteer',
    body: async (w) => ({ ...(await request(w, w.questionId)()), text: '您好，建议先申请劳动仲裁。' }),
  },
  'work.askMore': {
    role: 'volunteer',
    body: async (w) => ({ ...(await request(w, w.questionId)()), text: '请说明欠了多少钱' }),
  },
  'work.handOver': {
    role: 'volunteer',
    body: async (w) => ({
      ...(await request(w, w.secondQuestionId)()),
      toServiceId: `svc-jo-${w.townshipCode}`,
      reason: '需要司法所协助办理',
    }),
  },
  'work.close': {
    role: 'volunteer',
    body: async (w) => ({ ...(await request(w, w.questionId)()), note: '已电话答复' }),
  },
  'work.advance': {
    role: 'officeStaff',
    body: async (w) => ({ ...(await request(w, w.mediationId)()), to: 'accepted', on: cstDay(w), note: '已受理' }),
  },
  'work.decide': {
    role: 'aidStaff',
    body: async (w) => ({ ...(await request(w, w.aidId)()), decision: 'startReview', reason: '开始审查材料' }),
  },
  'work.reveal': { role: 'aidStaff', body: (w) => ({ id: w.aidId, field: 'phone' }) },
  'work.evidence': { role: 'aidStaff', body: (w) => ({ id: w.aidId }) },
  'work.templates': { role: 'volunteer', body: () => ({}) },
  'work.saveTemplate': {
    role: 'volunteer',
    body: () => ({ requestId: randomUUID(), title: '常用答复', text: '您好，请带上材料到先锋岗面谈。' }),
  },
  'work.deleteTemplate': { role: 'volunteer', body: (w) => ({ id: w.templateId }) },
  'work.workload': { role: 'volunteer', body: () => ({}) },
  'work.profile': { role: 'volunteer', body: () => ({}) },
  'work.updateProfile': {
    role: 'volunteer',
    body: () => ({ name: '张明远', phone: '13600001234', phonePublic: true, hours: '每天上午' }),
  },
  'work.acceptInvite': { role: 'resident', body: (w) => ({ code: w.inviteCode }) },
  'work.unbind': { role: 'volunteer', body: () => ({ confirm: true }) },
  'admin.stats': { role: 'countyAdmin', body: () => ({}) },
  'admin.createInvite': {
    role: 'countyAdmin',
    body: (w) => ({
      requestId: randomUUID(),
      role: 'volunteer',
      regionCode: w.villageCode,
      name: '新志愿者',
      postIds: [w.postId],
    }),
  },
  'admin.invites': { role: 'countyAdmin', body: () => ({}) },
  'admin.settings': { role: 'cityAdmin', body: () => ({}) },
  'admin.updateSettings': { role: 'cityAdmin', body: () => ({ questionPromiseHours: 24 }) },
  'admin.dashboard': { role: 'countyAdmin', body: () => ({ period: { preset: '30d' } }) },
  'admin.coverage': { role: 'countyAdmin', body: () => ({}) },
  'admin.coverageClusters': { role: 'countyAdmin', body: () => ({}) },
  'admin.export': { role: 'countyAdmin', body: () => ({ table: 'top', period: { preset: '30d' } }) },
  'admin.posts': { role: 'townshipAdmin', body: () => ({ limit: 50 }) },
  'admin.post': { role: 'countyAdmin', body: (w) => ({ postId: w.postId }) },
  'admin.createPost': {
    role: 'countyAdmin',
    body: (w) => ({
      requestId: randomUUID(),
      name: '新建先锋岗',
      address: '村委会',
      villageCode: w.villageCode,
      lat: 45.62,
      lng: 122.84,
    }),
  },
  'admin.updatePost': { role: 'countyAdmin', body: (w) => ({ postId: w.createdPostId, name: '改名后的先锋岗' }) },
  'admin.checkImport': { role: 'countyAdmin', body: (w) => ({ fileId: w.importFileId }) },
  'admin.importPosts': { role: 'countyAdmin', body: (w) => ({ fileId: w.importFileId, goodOnly: true, offset: 0 }) },
  'admin.plates': { role: 'countyAdmin', body: (w) => ({ postIds: [w.postId] }) },
  'admin.plateSheet': { role: 'countyAdmin', body: (w) => ({ postIds: [w.postId] }) },
  'admin.importUpload': { role: 'countyAdmin', body: () => ({}) },
  'admin.people': { role: 'countyAdmin', body: () => ({ limit: 50 }) },
  'admin.assignPosts': { role: 'countyAdmin', body: (w) => ({ volunteerId: 'v00001', postIds: [w.postId] }) },
  'admin.deactivate': { role: 'countyAdmin', body: () => ({ volunteerId: 'v00002', active: true }) },
  'admin.services': { role: 'countyAdmin', body: () => ({ kind: 'judicialOffice' }) },
  'admin.regions': { role: 'countyAdmin', body: () => ({}) },
  'admin.bootstrap': { role: 'none', body: () => ({ secret: BOOTSTRAP_SECRET, name: '首位管理员' }) },
  'admin.servicePoints': { role: 'countyAdmin', body: () => ({}) },
  'admin.saveServicePoint': {
    role: 'countyAdmin',
    body: (w) => ({
      requestId: randomUUID(),
      kind: 'notary',
      name: '新设公证服务点',
      regionCode: w.townshipCode,
      address: '镇政府一楼',
      phone: '0436-3212348',
      hours: '工作日',
      note: '',
      lat: null,
      lng: null,
      channels: [],
    }),
  },
  'admin.admins': { role: 'cityAdmin', body: () => ({}) },
  'admin.auditLog': { role: 'cityAdmin', body: () => ({ kind: 'admin' }) },
  'admin.revokeAdmin': { role: 'cityAdmin', body: (w) => ({ openid: w.revocableAdmin }) },
  'admin.inviteCode': { role: 'countyAdmin', body: (w) => ({ code: w.inviteCode }) },
};

/** The CST day of the world's clock, yyyy-mm-dd (what work.advance takes). */
export function cstDay(w: World): string {
  return new Date(w.h.clock.now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Every `fn.action` of SCHEMAS. */
export function allActions(): string[] {
  return Object.entries(SCHEMAS).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
}

// A question's life (asked for more, supplemented, answered, rated, closed), then what takes a record away.
const IN_ORDER = ['work.detail', 'work.askMore', 'resident.supplement', 'work.answer', 'resident.rate', 'work.close'];
const LAST = ['work.acceptInvite', 'resident.deleteMyData', 'work.unbind', 'admin.revokeAdmin'];

/** Every action in an order where each valid input finds what it needs: SCHEMAS order, a question's life, then the
 * actions that take something away. */
export function lifecycle(): string[] {
  const rest = allActions().filter((k) => !IN_ORDER.includes(k) && !LAST.includes(k));
  return [...rest, ...IN_ORDER, ...LAST];
}

/** Actions of SCHEMAS with no catalogue entry, and entries that name no action: both must be empty. */
export function catalogueGaps(): { missing: string[]; unknown: string[] } {
  const all = allActions();
  return {
    missing: all.filter((k) => !(k in CATALOGUE)),
    unknown: Object.keys(CATALOGUE).filter((k) => !all.includes(k)),
  };
}

/** The input schema of `fn.action`. */
export function schemaOf(key: string): v.GenericSchema {
  const [fn, action] = key.split('.');
  return (SCHEMAS as unknown as Record<string, Record<string, v.GenericSchema>>)[fn][action];
}

/** Calls `fn.action` with `body` as `caller`. */
export function send(caller: Caller, key: string, body: unknown) {
  const [fn, action] = key.split('.');
  const payload = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : { value: body };
  return caller.call(fn, { ...payload, action });
}

/** The import file: one good row in the world's village. */
export function importCsv(villageCode: string, name = '导入的先锋岗', address = '村文化广场'): string {
  return `${IMPORT_COLUMNS.join(',')}\r\n,${name},${address},${villageCode},45.62,122.84\r\n`;
}

/** The demo dataset's first active post served by the demo volunteer, and its places. */
export function demoPlaces() {
  const data = demoDataset();
  const volunteer = data.users.find((u) => u.openid === 'demo-volunteer')!;
  const served = data.volunteers.find((x) => x.id === volunteer.volunteerId)!;
  const post = data.posts.find((p) => p.id === served.postIds[0] && p.status === 'active')!;
  return { post, villageCode: post.villageCode, townshipCode: post.townshipCode };
}
