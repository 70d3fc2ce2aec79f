/**
 * One action of every function as a county's people would use them on a working day, in an order where each step
 * finds what the earlier ones made (a question asked, then answered; an invite made, then accepted). Run by the
 * CloudBase bench (bench/cloudbase.ts) and the round-trip tests over a world of cloud-world.ts.
 */
import { randomUUID } from 'node:crypto';
import type { FunctionName } from '~/types/api';
import type { ApiResult } from '~/types/errors';
import type { CloudWorld } from './cloud-world';
import { ADMIN_STEPS } from './cloud-actions-admin';
import { aidFields, mediationFields, questionFields } from './request-bodies';

/** What the steps pass on to each other. */
export interface Scenario {
  postId: string;
  villageCode: string;
  question?: { id: string; version: number };
  second?: { id: string; version: number };
  mediation?: { id: string; version: number };
  aid?: { id: string; version: number };
  templateId?: string;
  inviteCode?: string;
  createdPostId?: string;
  importPath?: string;
  /** The import file the admin uploaded to storage once (the app's Taro.cloud.uploadFile). */
  importFileId?: string;
  noticeIds?: string[];
}

/** One step: who calls which action with what, and what it hands on. */
export interface Step {
  fn: FunctionName;
  action: string;
  /** Shown in the table when one action is measured in several ways (e.g. city and county dashboards). */
  label?: string;
  openid: string | null;
  body: (s: Scenario) => Record<string, unknown>;
  after?: (data: unknown, s: Scenario) => void;
  /** Setup before the call that is not part of it (e.g. binding the office a request was routed to). */
  prepare?: (world: CloudWorld, s: Scenario) => Promise<void>;
}

const RESIDENT = 'o-bench-resident';
const NEWCOMER = 'o-bench-newcomer';
/** Staff of whichever office the mediation request was routed to. */
const OFFICE = 'o-bench-office';

async function bindHandler(world: CloudWorld, requestId: string): Promise<void> {
  const request = await world.store.requests.byId(requestId);
  const service = request ? await world.store.services.byId(request.assignee) : null;
  if (!service) throw new Error(`no office for request ${requestId}`);
  await world.store.users.put({
    openid: OFFICE,
    role: 'staff',
    regionCode: service.regionCode,
    label: '压测工作人员',
    volunteerId: null,
    serviceId: service.id,
  });
}

/** The scenario's starting point: the first active post the demo volunteer serves. */
export function startScenario(world: CloudWorld): Scenario {
  const volunteer = world.data.volunteers.find((v) => v.id === 'v00001');
  const post = world.data.posts.find((p) => p.id === volunteer?.postIds[0]) ?? world.data.posts[0];
  return { postId: post.id, villageCode: post.villageCode };
}

const asRequest = (d: unknown) => {
  const r = d as { id: string; version?: number };
  return { id: r.id, version: r.version ?? 1 };
};
const version = (d: unknown) => (d as { version: number }).version;

/** The volunteer opens the question again: its version moves with every change. */
function refresh(label: string): Step {
  return {
    fn: 'work',
    action: 'detail',
    label,
    openid: 'demo-volunteer',
    body: (s) => ({ id: s.question?.id }),
    after: (d, s) => void (s.question = { id: s.question?.id ?? '', version: version(d) }),
  };
}

/** Every function's actions, in an order where each finds what it needs. */
export const STEPS: Step[] = [
  {
    fn: 'scan',
    action: 'land',
    label: 'the same visitor again within 30 min: answered, not counted',
    openid: RESIDENT,
    body: (s) => ({ postId: s.postId, scanId: randomUUID() }),
  },
  {
    fn: 'scan',
    action: 'land',
    label: 'a new visitor: counted',
    openid: 'o-bench-visitor-2',
    body: (s) => ({ postId: s.postId, scanId: randomUUID() }),
  },
  { fn: 'resident', action: 'me', openid: RESIDENT, body: () => ({}) },
  { fn: 'resident', action: 'nearbyPosts', openid: RESIDENT, body: () => ({ location: { lat: 45.62, lng: 122.84 } }) },
  { fn: 'resident', action: 'townships', openid: RESIDENT, body: () => ({}) },
  {
    fn: 'resident',
    action: 'ask',
    openid: RESIDENT,
    body: (s) => questionFields(s.postId),
    after: (d, s) => void (s.question = asRequest(d)),
  },
  {
    fn: 'resident',
    action: 'requestMediation',
    openid: RESIDENT,
    body: (s) => mediationFields(s.postId),
    after: (d, s) => void (s.mediation = asRequest(d)),
  },
  {
    fn: 'resident',
    action: 'applyAid',
    openid: RESIDENT,
    body: (s) => aidFields(s.postId),
    after: (d, s) => void (s.aid = asRequest(d)),
  },
  { fn: 'resident', action: 'myRequests', openid: RESIDENT, body: () => ({}) },
  { fn: 'resident', action: 'requestDetail', openid: RESIDENT, body: (s) => ({ id: s.question?.id }) },
  { fn: 'work', action: 'inbox', openid: 'demo-volunteer', body: () => ({}) },
  {
    fn: 'work',
    action: 'detail',
    openid: 'demo-volunteer',
    body: (s) => ({ id: s.question?.id }),
    after: (d, s) => void (s.question = { id: s.question?.id ?? '', version: version(d) }),
  },
  {
    fn: 'work',
    action: 'askMore',
    openid: 'demo-volunteer',
    body: (s) => ({ ...s.question, text: '请说明欠了多少钱' }),
    after: (d, s) => void (s.question = { id: s.question?.id ?? '', version: version(d) }),
  },
  {
    fn: 'resident',
    action: 'supplement',
    openid: RESIDENT,
    body: (s) => ({ id: s.question?.id, text: '欠了两万元' }),
  },
  refresh('after 补充说明'),
  {
    fn: 'work',
    action: 'answer',
    openid: 'demo-volunteer',
    body: (s) => ({ ...s.question, text: '您好，建议先申请劳动仲裁。' }),
    after: (d, s) => void (s.question = { id: s.question?.id ?? '', version: version(d) }),
  },
  { fn: 'resident', action: 'rate', openid: RESIDENT, body: (s) => ({ id: s.question?.id, stars: 5, word: '及时' }) },
  refresh('after the rating'),
  {
    fn: 'work',
    action: 'close',
    openid: 'demo-volunteer',
    body: (s) => ({ ...s.question, note: '已电话答复' }),
  },
  {
    fn: 'resident',
    action: 'ask',
    label: 'a second question',
    openid: RESIDENT,
    body: (s) => ({ postId: s.postId, clientId: randomUUID(), category: 'family', text: '离婚后孩子的抚养费怎么要？' }),
    after: (d, s) => void (s.second = asRequest(d)),
  },
  {
    fn: 'work',
    action: 'handOver',
    openid: 'demo-volunteer',
    body: (s) => ({ ...s.second, toServiceId: `svc-jo-${s.villageCode.slice(0, 9)}`, reason: '需要司法所协助办理' }),
  },
  {
    fn: 'work',
    action: 'advance',
    openid: OFFICE,
    prepare: (world, s) => bindHandler(world, s.mediation?.id ?? ''),
    body: (s) => ({ ...s.mediation, to: 'accepted', on: '2026-11-27', note: '已受理' }),
  },
  {
    fn: 'work',
    action: 'decide',
    openid: 'demo-aid-staff',
    body: (s) => ({ ...s.aid, decision: 'startReview', reason: '开始审查材料' }),
  },
  { fn: 'work', action: 'reveal', openid: 'demo-aid-staff', body: (s) => ({ id: s.aid?.id, field: 'phone' }) },
  { fn: 'work', action: 'templates', openid: 'demo-volunteer', body: () => ({}) },
  {
    fn: 'work',
    action: 'saveTemplate',
    openid: 'demo-volunteer',
    body: () => ({ title: '常用答复', text: '您好，请带上材料到先锋岗面谈。' }),
    after: (d, s) => void (s.templateId = (d as { id: string }).id),
  },
  { fn: 'work', action: 'deleteTemplate', openid: 'demo-volunteer', body: (s) => ({ id: s.templateId }) },
  { fn: 'work', action: 'workload', openid: 'demo-volunteer', body: () => ({}) },
  { fn: 'work', action: 'profile', openid: 'demo-volunteer', body: () => ({}) },
  {
    fn: 'work',
    action: 'updateProfile',
    openid: 'demo-volunteer',
    body: () => ({ name: '张明远', phone: '13600001234', phonePublic: true, hours: '每天上午' }),
  },
  { fn: 'resident', action: 'outbox', openid: RESIDENT, body: () => ({}) },
  { fn: 'resident', action: 'readOutbox', openid: RESIDENT, body: () => ({}) },
  ...ADMIN_STEPS,
  { fn: 'work', action: 'acceptInvite', openid: NEWCOMER, body: (s) => ({ code: s.inviteCode }) },
  { fn: 'work', action: 'unbind', openid: NEWCOMER, body: () => ({ confirm: true }) },
  { fn: 'resident', action: 'deleteMyData', openid: RESIDENT, body: () => ({ confirm: true }) },
];

/** The result's data, or an error naming the step (a step that fails measures nothing worth showing). */
export function dataOf(step: Step, result: ApiResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${step.fn}.${step.action}: ${result.error.code} ${result.error.message}`);
  return result.data;
}
