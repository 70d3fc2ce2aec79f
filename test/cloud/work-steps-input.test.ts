/**
 * Bad input to mediation steps and answer templates: steps out of order, dated in the future or before the request,
 * on days that do not exist, after the case is closed; templates linking real guides, at most 20 own ones.
 */
import { Client } from '../support/local-harness';
import {
  DAY,
  bindByInvite,
  cstDay,
  loginAs,
  mediationBody,
  refused,
  state,
  submit,
  freshQuestion,
} from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ volunteer: 'demo-volunteer' });

const question = () => freshQuestion(w.h, w.at);

describe('mediation steps', () => {
  let mediator: Client;
  let id: string;
  beforeAll(async () => {
    id = await submit(new Client(w.h.url), mediationBody(w.at.post.id));
    const admin = await loginAs(w.h, 'demo-admin');
    mediator = await bindByInvite(w.h, admin, {
      role: 'mediator',
      regionCode: w.at.post.countyCode,
      name: '赵调解',
      postIds: [w.at.post.id],
      serviceId: (await w.h.store.requests.byId(id))!.assignee,
    });
  });
  const step = (version: number, to: string, on: string, extra: Record<string, unknown> = {}) => ({
    action: 'advance',
    id,
    version,
    to,
    on,
    note: '组织双方调解',
    ...extra,
  });

  test('a step out of order: INVALID_TRANSITION', async () => {
    const before = await state(w.h, id);
    await refused(
      mediator,
      'work',
      step(before.version, 'agreed', cstDay(w.h.clock.now)),
      409,
      'INVALID_TRANSITION',
      /当前状态/,
    );
    expect(await state(w.h, id)).toEqual(before);
  });

  test('a step dated tomorrow or before the request: INVALID_INPUT with a Chinese reason', async () => {
    const before = await state(w.h, id);
    const v = before.version;
    await refused(
      mediator,
      'work',
      step(v, 'accepted', cstDay(w.h.clock.now + DAY)),
      400,
      'INVALID_INPUT',
      /日期不能晚于今天/,
    );
    await refused(
      mediator,
      'work',
      step(v, 'accepted', cstDay(w.h.clock.now - 3 * DAY)),
      400,
      'INVALID_INPUT',
      /不能早于/,
    );
    await refused(mediator, 'work', step(v, 'accepted', '2026-11-31'), 400, 'INVALID_INPUT', /没有这一天/);
    await refused(
      mediator,
      'work',
      step(v, 'investigating', cstDay(w.h.clock.now), { source: 'court' }),
      400,
      'INVALID_INPUT',
      /受理时/,
    );
    expect(await state(w.h, id)).toEqual(before);
  });

  test('a revisited case is closed to further steps: REQUEST_CLOSED', async () => {
    let v = (await state(w.h, id)).version;
    for (const to of ['accepted', 'investigating', 'mediating', 'failed', 'revisited']) {
      const res = await mediator.call('work', step(v, to, cstDay(w.h.clock.now)));
      expect(res.json.ok).toBe(true);
      v = res.json.data.version;
    }
    const before = await state(w.h, id);
    await refused(mediator, 'work', step(v, 'revisited', cstDay(w.h.clock.now)), 409, 'REQUEST_CLOSED', /已办结/);
    expect(await state(w.h, id)).toEqual(before);
    expect((await mediator.call('work', { action: 'detail', id })).json.data.agreementSummary).toBeNull();
  });
});

test('the templates: built-ins link real guides; at most 20 own ones (LIMIT_REACHED)', async () => {
  const list = (await w.volunteer.call('work', { action: 'templates' })).json.data.templates;
  const builtIn = list.filter((t: { builtIn: boolean }) => t.builtIn);
  expect(builtIn.length).toBeGreaterThanOrEqual(8);
  w.h.clock.now += 61_000;
  // Every linked guide opens: answering with a built-in's guides is accepted.
  for (const t of builtIn) {
    const q = await question();
    const res = await w.volunteer.call('work', {
      action: 'answer',
      id: q.id,
      version: q.version,
      text: t.text,
      guideIds: t.guideIds,
    });
    expect([t.id, res.json.ok ? 'ok' : res.json.error.message]).toEqual([t.id, 'ok']);
    w.h.clock.now += 10_000;
  }
  for (let i = 0; i < 20; i++) {
    if (i % 10 === 0) w.h.clock.now += 61_000;
    const res = await w.volunteer.call('work', {
      action: 'saveTemplate',
      title: `模板${i}`,
      text: '您好，请带上材料来先锋岗。',
    });
    expect(res.json.ok).toBe(true);
  }
  w.h.clock.now += 61_000;
  await refused(
    w.volunteer,
    'work',
    { action: 'saveTemplate', title: '再一个', text: '您好，请带上材料来。' },
    400,
    'LIMIT_REACHED',
    /上限/,
  );
  const own = (await w.volunteer.call('work', { action: 'templates' })).json.data.templates.filter(
    (t: { builtIn: boolean }) => !t.builtIn,
  );
  expect(own).toHaveLength(20);
  expect((await w.volunteer.call('work', { action: 'deleteTemplate', id: own[0].id })).json.data).toEqual({
    deleted: true,
  });
});
