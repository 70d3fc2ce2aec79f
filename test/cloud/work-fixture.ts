/**
 * Shared setup of the work tests: the demo network over HTTP, request bodies, and workers bound through real
 * invites (an admin creates one, a fresh browser accepts it), so each test can place people in or out of scope.
 */
import type { Post, ServicePoint } from '~/types/domain';
import { Client, demoDataset, type Harness } from '../support/local-harness';

export const HOUR = 3600 * 1000;
export const DAY = 24 * HOUR;
import { questionBody } from '../support/request-bodies';
export { ID_NUMBER, PHONE, questionBody, mediationBody, aidBody } from '../support/request-bodies';

/** The CST calendar day of `ms`, yyyy-mm-dd (what work.advance takes). */
export function cstDay(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 10);
}

/** The places of the demo network the tests need, worked out from the dataset. */
export interface Places {
  /** The first active post: the demo volunteer serves it. */
  post: Post;
  /** An active post in another county. */
  farPost: Post;
  office: ServicePoint;
  centre: ServicePoint;
  farOffice: ServicePoint;
  farCentre: ServicePoint;
  farRoom: ServicePoint;
}

export function places(): Places {
  const data = demoDataset();
  const active = data.posts.filter((p) => p.status === 'active').sort((a, b) => (a.id < b.id ? -1 : 1));
  const post = active[0];
  const farPost = active.find((p) => p.countyCode !== post.countyCode)!;
  const svc = (kind: string, region: string) => data.services.find((s) => s.kind === kind && s.regionCode === region)!;
  return {
    post,
    farPost,
    office: svc('judicialOffice', post.townshipCode),
    centre: svc('legalAidCentre', post.countyCode),
    farOffice: svc('judicialOffice', farPost.townshipCode),
    farCentre: svc('legalAidCentre', farPost.countyCode),
    farRoom: data.services.find((s) => s.kind === 'mediationRoom' && s.regionCode.startsWith(farPost.countyCode))!,
  };
}

/** A browser logged in as a demo identity. */
export async function loginAs(h: Harness, openid: string): Promise<Client> {
  const c = new Client(h.url);
  expect(await c.login(openid)).toBe(200);
  return c;
}

/** Submits a request as `c`; returns its id. */
export async function submit(c: Client, body: Record<string, unknown>): Promise<string> {
  const res = await c.call('resident', body);
  expect(res.json.ok).toBe(true);
  return res.json.data.id as string;
}

/** Binds a fresh browser to a role through an invite the city admin creates; returns the bound browser. */
export async function bindByInvite(
  h: Harness,
  admin: Client,
  invite: { role: string; regionCode: string; name: string; postIds?: string[]; serviceId?: string },
): Promise<Client> {
  const created = await admin.call('admin', { action: 'createInvite', ...invite });
  expect(created.json).toMatchObject({ ok: true });
  const c = new Client(h.url);
  const res = await c.call('work', { action: 'acceptInvite', code: created.json.data.code });
  expect(res.json).toMatchObject({ ok: true, data: { role: invite.role } });
  return c;
}

/** The worker's view of a request (work.detail), asserting it is allowed. */
export async function workDetail(c: Client, id: string) {
  const res = await c.call('work', { action: 'detail', id });
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data;
}

/** The resident's view of their request. */
export async function residentDetail(c: Client, id: string) {
  const res = await c.call('resident', { action: 'requestDetail', id });
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data;
}

/** What a refused action must not change. */
export async function state(h: Harness, id: string) {
  const r = (await h.store.requests.byId(id))!;
  return {
    status: r.status,
    version: r.version,
    timeline: r.timeline.length,
    answers: r.answers.length,
    assignee: r.assignee,
  };
}

export async function refused(
  c: Client,
  fn: string,
  body: Record<string, unknown>,
  status: number,
  code: string,
  message: RegExp,
): Promise<void> {
  const res = await c.call(fn, body);
  expect(res.status).toBe(status);
  expect(res.json.ok).toBe(false);
  expect(res.json.error.code).toBe(code);
  expect(res.json.error.message).toMatch(message);
  expect(res.json.error.message).toMatch(/[\u4e00-\u9fff]/);
}

/** A fresh question at the post by a fresh resident: its id, its owner's browser and its version. */
export async function freshQuestion(h: Harness, at: Places): Promise<{ id: string; owner: Client; version: number }> {
  const owner = new Client(h.url);
  const id = await submit(owner, questionBody(at.post.id));
  return { id, owner, version: (await h.store.requests.byId(id))!.version };
}
