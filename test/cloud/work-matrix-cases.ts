/**
 * The rows of the access matrix (work-access-matrix.test.ts) as data: each action, the request it targets, and
 * the outcome the access rules of request handling give for each role.
 */
import { randomBytes } from 'node:crypto';
import type { RequestKind } from '~/types/requests';
import type { Places } from './work-fixture';

export const ROLES = [
  'anonymous',
  'owner',
  'otherResident',
  'volunteerIn',
  'volunteerOut',
  'mediatorIn',
  'mediatorOut',
  'judicialIn',
  'judicialOut',
  'aidStaffIn',
  'aidStaffOut',
  'cityAdmin',
] as const;
export type RoleName = (typeof ROLES)[number];
export const RESIDENTS: readonly RoleName[] = ['anonymous', 'owner', 'otherResident'];

/** What each worker in scope may see: the kinds of request assigned to their units in this test. */
export const IN_SCOPE: Partial<Record<RoleName, readonly RequestKind[]>> = {
  volunteerIn: ['question'],
  mediatorIn: ['question', 'mediation'],
  judicialIn: ['question', 'mediation'],
  aidStaffIn: ['question', 'aid'],
};

/** One row of the matrix: an action, on which kind of request (if any), and the expected outcome per role. */
export interface Case {
  name: string;
  fn: 'work' | 'resident';
  action: string;
  /** The request the call targets, created fresh for each cell; null for actions about no request. */
  kind: RequestKind | null;
  /** Brings the fresh request into the state the action needs (by the in-scope volunteer). */
  prepare?: 'needMore' | 'answered';
  body(ctx: CellContext): Record<string, unknown>;
  expect(role: RoleName): string;
}

export interface CellContext {
  id: string;
  version: number;
  assignee: string;
  at: Places;
  today: string;
}

export const workOnRequest = (kind: RequestKind) => (role: RoleName) => {
  if (RESIDENTS.includes(role)) return 'UNAUTHENTICATED';
  if (role === 'cityAdmin') return 'FORBIDDEN';
  return IN_SCOPE[role]?.includes(kind) ? 'ok' : 'REQUEST_NOT_FOUND';
};
export const workFree = (role: RoleName) => {
  if (RESIDENTS.includes(role)) return 'UNAUTHENTICATED';
  return role === 'cityAdmin' ? 'FORBIDDEN' : 'ok';
};
export const ownerOnly = (role: RoleName) => (role === 'owner' ? 'ok' : 'REQUEST_NOT_FOUND');

export const CASES: Case[] = [
  {
    name: 'detail(question)',
    fn: 'work',
    action: 'detail',
    kind: 'question',
    body: (c) => ({ id: c.id }),
    expect: workOnRequest('question'),
  },
  {
    name: 'detail(mediation)',
    fn: 'work',
    action: 'detail',
    kind: 'mediation',
    body: (c) => ({ id: c.id }),
    expect: workOnRequest('mediation'),
  },
  {
    name: 'detail(aid)',
    fn: 'work',
    action: 'detail',
    kind: 'aid',
    body: (c) => ({ id: c.id }),
    expect: workOnRequest('aid'),
  },
  {
    name: 'answer',
    fn: 'work',
    action: 'answer',
    kind: 'question',
    body: (c) => ({ id: c.id, version: c.version, text: '您好，可以先收集证据，再申请劳动仲裁。' }),
    expect: workOnRequest('question'),
  },
  {
    name: 'askMore(question)',
    fn: 'work',
    action: 'askMore',
    kind: 'question',
    body: (c) => ({ id: c.id, version: c.version, text: '请说明欠了多少钱' }),
    expect: workOnRequest('question'),
  },
  {
    name: 'askMore(aid)',
    fn: 'work',
    action: 'askMore',
    kind: 'aid',
    body: (c) => ({ id: c.id, version: c.version, text: '请补充工资欠条照片' }),
    expect: workOnRequest('aid'),
  },
  {
    name: 'handOver',
    fn: 'work',
    action: 'handOver',
    kind: 'question',
    body: (c) => ({
      id: c.id,
      version: c.version,
      toServiceId: c.assignee === c.at.office.id ? c.at.centre.id : c.at.office.id,
      reason: '需要专业人员办理此事',
    }),
    expect: workOnRequest('question'),
  },
  {
    name: 'close',
    fn: 'work',
    action: 'close',
    kind: 'question',
    body: (c) => ({ id: c.id, version: c.version, note: '已当面答复' }),
    expect: workOnRequest('question'),
  },
  {
    name: 'advance',
    fn: 'work',
    action: 'advance',
    kind: 'mediation',
    body: (c) => ({ id: c.id, version: c.version, to: 'accepted', on: c.today, note: '受理调解申请' }),
    expect: workOnRequest('mediation'),
  },
  {
    name: 'decide',
    fn: 'work',
    action: 'decide',
    kind: 'aid',
    body: (c) => ({ id: c.id, version: c.version, decision: 'startReview', reason: '材料齐全开始审查' }),
    expect: workOnRequest('aid'),
  },
  {
    name: 'reveal',
    fn: 'work',
    action: 'reveal',
    kind: 'aid',
    body: (c) => ({ id: c.id, field: 'idNumber' }),
    expect: workOnRequest('aid'),
  },
  {
    name: 'evidence',
    fn: 'work',
    action: 'evidence',
    kind: 'aid',
    body: (c) => ({ id: c.id }),
    expect: workOnRequest('aid'),
  },
  { name: 'inbox', fn: 'work', action: 'inbox', kind: null, body: () => ({ box: 'all' }), expect: workFree },
  { name: 'templates', fn: 'work', action: 'templates', kind: null, body: () => ({}), expect: workFree },
  {
    name: 'saveTemplate',
    fn: 'work',
    action: 'saveTemplate',
    kind: null,
    body: () => ({ title: '常用答复', text: '您好，请带上材料到先锋岗面谈。' }),
    expect: workFree,
  },
  {
    name: 'deleteTemplate',
    fn: 'work',
    action: 'deleteTemplate',
    kind: null,
    body: () => ({ id: `t${randomBytes(12).toString('hex')}` }),
    expect: workFree,
  },
  { name: 'workload', fn: 'work', action: 'workload', kind: null, body: () => ({}), expect: workFree },
  { name: 'profile', fn: 'work', action: 'profile', kind: null, body: () => ({}), expect: workFree },
  {
    name: 'updateProfile',
    fn: 'work',
    action: 'updateProfile',
    kind: null,
    body: () => ({ name: '测试人员', phone: '13800001111', phonePublic: false, hours: '工作日白天' }),
    expect: workFree,
  },
  {
    name: 'requestDetail',
    fn: 'resident',
    action: 'requestDetail',
    kind: 'question',
    body: (c) => ({ id: c.id }),
    expect: ownerOnly,
  },
  {
    name: 'supplement',
    fn: 'resident',
    action: 'supplement',
    kind: 'question',
    prepare: 'needMore',
    body: (c) => ({ id: c.id, text: '欠了两万元' }),
    expect: ownerOnly,
  },
  {
    name: 'rate',
    fn: 'resident',
    action: 'rate',
    kind: 'question',
    prepare: 'answered',
    body: (c) => ({ id: c.id, stars: 4 }),
    expect: ownerOnly,
  },
];
