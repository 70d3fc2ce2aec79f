/**
 * The access matrix of request handling, as data: every action of the `work` function and the resident's own-request
 * actions × every role, in and out of scope, each cell a real call over HTTP on a fresh request, compared with the
 * outcome the access rules give. Out of scope answers exactly like a missing request (404 REQUEST_NOT_FOUND).
 */
import { SCHEMAS } from '~/types/api';
import type { RequestKind } from '~/types/requests';
import { CASES, RESIDENTS, ROLES, workFree, type Case, type RoleName } from './work-matrix-cases';
import { Client, startHarness } from '../support/local-harness';
import { bindByInvite, cstDay, loginAs, mediationBody, aidBody, questionBody, submit } from './work-fixture';
import { withHarness } from './harness-world';

// Honest time for this file: the set-up loads the whole demo network and binds six workers through invites, and the
// matrix is some 600 HTTP calls; measured up to 20 s on a 2-core machine under a load of 14, past jest's 5 s.
jest.setTimeout(60_000);

let today = '';
// Last, as they change who the caller is: binding (residents are unbound again by the test) and unbinding.
const ACCEPT = 'acceptInvite';
const UNBIND = 'unbind';

const clients = {} as Record<Exclude<RoleName, 'owner'>, Client>;
// Every caller a device of its own (behind a trusted proxy): the per-address limits are tested in limits.test.ts;
// here twelve roles from one address would share one allowance.
const w = withHarness({ admin: 'demo-admin', volunteerIn: 'demo-volunteer' }, () =>
  startHarness(true, { web: { publicUrl: null, trustProxy: true } }),
);
beforeAll(async () => {
  today = cstDay(w.h.clock.now);
  // Where a mediation request at the post goes: the in-scope mediator works there.
  const probe = await submit(new Client(w.h.url), mediationBody(w.at.post.id));
  const room = (await w.h.store.requests.byId(probe))!.assignee;
  const other = new Client(w.h.url);
  await submit(other, questionBody(w.at.post.id));
  Object.assign(clients, {
    anonymous: new Client(w.h.url),
    otherResident: other,
    volunteerIn: w.volunteerIn,
    volunteerOut: await bindByInvite(w.h, w.admin, {
      role: 'volunteer',
      regionCode: w.at.farPost.countyCode,
      name: '外县志愿者',
      postIds: [w.at.farPost.id],
    }),
    mediatorIn: await bindByInvite(w.h, w.admin, {
      role: 'mediator',
      regionCode: w.at.post.countyCode,
      name: '本村调解员',
      postIds: [w.at.post.id],
      serviceId: room,
    }),
    mediatorOut: await bindByInvite(w.h, w.admin, {
      role: 'mediator',
      regionCode: w.at.farPost.countyCode,
      name: '外县调解员',
      postIds: [w.at.farPost.id],
      serviceId: w.at.farRoom.id,
    }),
    judicialIn: await bindByInvite(w.h, w.admin, {
      role: 'staff',
      regionCode: w.at.post.countyCode,
      name: '本乡司法所',
      serviceId: w.at.office.id,
    }),
    judicialOut: await bindByInvite(w.h, w.admin, {
      role: 'staff',
      regionCode: w.at.farPost.countyCode,
      name: '外县司法所',
      serviceId: w.at.farOffice.id,
    }),
    aidStaffIn: await loginAs(w.h, 'demo-aid-staff'),
    aidStaffOut: await bindByInvite(w.h, w.admin, {
      role: 'staff',
      regionCode: w.at.farPost.countyCode,
      name: '外县援助中心',
      serviceId: w.at.farCentre.id,
    }),
    cityAdmin: w.admin,
  });
});

const BODIES = {
  question: questionBody,
  mediation: mediationBody,
  aid: aidBody,
} as const;

/** A fresh request of `kind` by a fresh owner, placed where the role's unit is (staff act on what reaches them). */
async function freshRequest(kind: RequestKind, role: RoleName, prepare?: Case['prepare']) {
  const owner = new Client(w.h.url);
  const id = await submit(owner, BODIES[kind](w.at.post.id));
  let rec = (await w.h.store.requests.byId(id))!;
  if (prepare) {
    const res =
      prepare === 'needMore'
        ? await w.volunteerIn.call('work', { action: 'askMore', id, version: rec.version, text: '请说明欠了多少钱' })
        : await w.volunteerIn.call('work', {
            action: 'answer',
            id,
            version: rec.version,
            text: '您好，可以申请劳动仲裁。',
          });
    expect(res.json.ok).toBe(true);
  }
  rec = (await w.h.store.requests.byId(id))!;
  const place = (role === 'judicialIn' || role === 'judicialOut') && kind !== 'aid' ? w.at.office.id : null;
  const aidPlace = (role === 'aidStaffIn' || role === 'aidStaffOut') && kind === 'question' ? w.at.centre.id : null;
  const to = place ?? aidPlace;
  if (to && rec.assignee !== to) {
    const event = { at: w.h.clock.now, status: rec.status, by: '系统', note: '测试安排' };
    expect(await w.h.store.requests.update(id, rec.version, { at: w.h.clock.now, assignee: to, event })).toBe('ok');
  }
  rec = (await w.h.store.requests.byId(id))!;
  return { owner, ctx: { id, version: rec.version, assignee: rec.assignee, at: w.at, today } };
}

function outcome(res: { json: { ok: boolean; error?: { code: string } } }): string {
  return res.json.ok ? 'ok' : res.json.error!.code;
}

test("each inbox lists exactly the requests in its owner's scope; out of scope reads as missing", async () => {
  const q = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  const m = await submit(new Client(w.h.url), mediationBody(w.at.post.id));
  const a = await submit(new Client(w.h.url), aidBody(w.at.post.id));
  const sees = async (role: RoleName) => {
    const res = await clients[role as Exclude<RoleName, 'owner'>].call('work', { action: 'inbox', box: 'all' });
    const ids = new Set(res.json.data.items.map((i: { id: string }) => i.id));
    return [q, m, a].map((id) => ids.has(id));
  };
  const mediationAtRoom = (await w.h.store.requests.byId(m))!.assignee !== w.at.office.id;
  expect(await sees('volunteerIn')).toEqual([true, false, false]);
  expect(await sees('mediatorIn')).toEqual([true, true, false]);
  expect(await sees('judicialIn')).toEqual([false, !mediationAtRoom, false]);
  expect(await sees('aidStaffIn')).toEqual([false, false, true]);
  for (const role of ['volunteerOut', 'mediatorOut', 'judicialOut', 'aidStaffOut'] as const) {
    expect(await sees(role)).toEqual([false, false, false]);
  }
  const hidden = await clients.volunteerOut.call('work', { action: 'detail', id: q });
  const missing = await clients.volunteerOut.call('work', { action: 'detail', id: 'r000000000000000000000000' });
  expect(hidden.status).toBe(404);
  expect(hidden).toEqual(missing);
});

test('every action × every role answers as the access rules say', async () => {
  const rows: { action: string; role: RoleName; expected: string; got: string }[] = [];
  const caller = (role: RoleName, owner: Client) => (role === 'owner' ? owner : clients[role]);
  for (const c of CASES) {
    w.h.clock.now += 61_000; // past every per-minute limit of the previous row
    for (const role of ROLES) {
      const { owner, ctx } = c.kind
        ? await freshRequest(c.kind, role, c.prepare)
        : { owner: new Client(w.h.url), ctx: { id: '', version: 0, assignee: '', at: w.at, today } };
      if (!c.kind) await submit(owner, questionBody(w.at.post.id));
      const res = await caller(role, owner).call(c.fn, { action: c.action, ...c.body(ctx) });
      rows.push({ action: c.name, role, expected: c.expect(role), got: outcome(res) });
    }
  }
  w.h.clock.now += 61_000;
  for (const role of ROLES) {
    const owner = new Client(w.h.url);
    await submit(owner, questionBody(w.at.post.id));
    const invite = await w.admin.call('admin', {
      action: 'createInvite',
      role: 'volunteer',
      regionCode: w.at.post.countyCode,
      name: '新志愿者',
      postIds: [w.at.post.id],
    });
    const who = caller(role, owner);
    const res = await who.call('work', { action: ACCEPT, code: invite.json.data.code });
    const expected = RESIDENTS.includes(role) ? 'ok' : 'ALREADY_BOUND';
    rows.push({ action: ACCEPT, role, expected, got: outcome(res) });
    // A resident who just became a volunteer is a resident again for the rows below.
    if (res.json.ok) {
      const me = await who.call('work', { action: 'profile' });
      expect(me.json.data.role).toBe('volunteer');
      expect((await who.call('work', { action: UNBIND, confirm: true })).json.ok).toBe(true);
    }
  }
  w.h.clock.now += 61_000;
  for (const role of ROLES) {
    const owner = new Client(w.h.url);
    await submit(owner, questionBody(w.at.post.id));
    const res = await caller(role, owner).call('work', { action: UNBIND, confirm: true });
    rows.push({ action: UNBIND, role, expected: workFree(role), got: outcome(res) });
  }

  const actions = [...new Set(rows.map((r) => r.action))];
  console.log(
    `access matrix: ${actions.length} actions × ${ROLES.length} roles = ${rows.length} cells\n` +
      actions
        .map(
          (a) => `${a.padEnd(18)} ${ROLES.map((r) => rows.find((x) => x.action === a && x.role === r)!.got).join(' ')}`,
        )
        .join('\n'),
  );
  // Every action of the work function and the resident's own-request actions is in the matrix.
  const covered = new Set(rows.map((r) => r.action.replace(/\(.*\)$/, '')));
  for (const action of Object.keys(SCHEMAS.work)) expect(covered).toContain(action);
  for (const action of ['requestDetail', 'supplement', 'rate']) expect(covered).toContain(action);
  expect(rows).toHaveLength(24 * 12);
  expect(rows.filter((r) => r.got !== r.expected)).toEqual([]);
  // Once unbound, a worker is a resident: the work inbox no longer opens.
  expect(outcome(await clients.volunteerIn.call('work', { action: 'inbox' }))).toBe('UNAUTHENTICATED');
  expect(w.h.errors).toEqual([]);
});
