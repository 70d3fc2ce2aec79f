/**
 * The dashboard's funnel (扫码 → 诉求 → 已答复 → 已办结), volunteers' answer times against the promise, and the
 * mediation and legal-aid counts, from real requests made and handled over HTTP.
 */
import type { DashboardData } from '~/types/api/dashboard';
import { Client } from '../support/local-harness';
import { recordScans } from './admin-dashboard-fixture';
import { aidBody, HOUR, loginAs, mediationBody, questionBody, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin', volunteer: 'demo-volunteer' });

async function dash(subject?: string): Promise<DashboardData> {
  const res = await w.county.call('admin', { action: 'dashboard', subject, period: { preset: '7d' } });
  expect(res.json).toMatchObject({ ok: true });
  return res.json.data as DashboardData;
}

async function answer(id: string): Promise<void> {
  const version = (await w.h.store.requests.byId(id))!.version;
  const res = await w.volunteer.call('work', { action: 'answer', id, version, text: '您好，建议先申请劳动仲裁。' });
  expect(res.json.ok).toBe(true);
}

test('requests flow into the funnel, the answer times and the service counts; another county sees none of it', async () => {
  const before = await dash(w.at.post.id);
  expect(before.funnel).toEqual({ scans: 0, requests: 0, answered: 0, resolved: 0 });
  await recordScans(w.h.store, w.at.post, w.h.clock.now, 8);

  const t0 = w.h.clock.now;
  const q1 = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  const q2 = await submit(new Client(w.h.url), questionBody(w.at.post.id));
  await submit(new Client(w.h.url), questionBody(w.at.post.id));
  await submit(new Client(w.h.url), mediationBody(w.at.post.id));
  await submit(new Client(w.h.url), aidBody(w.at.post.id));
  // One answered after 2 hours (on time), one after 30 hours (past the 24-hour promise).
  w.h.clock.now = t0 + 2 * HOUR;
  await answer(q1);
  w.h.clock.now = t0 + 30 * HOUR;
  await answer(q2);

  const d = await dash(w.at.post.id);
  expect(d.figures.requests).toBe(5);
  expect(d.funnel).toEqual({ scans: 8, requests: 5, answered: 2, resolved: 0 });
  expect(d.answers).toMatchObject({ answered: 2, medianHours: 16, onTimePct: 50 });
  const vol = (await w.h.store.users.byOpenid('demo-volunteer'))!;
  const row = (await w.h.store.volunteers.byId(vol.volunteerId!))!;
  expect(d.answers.volunteers).toEqual([
    { volunteerId: row.id, name: row.name, answered: 2, medianHours: 16, onTimePct: 50 },
  ]);
  expect(d.services).toEqual({
    mediation: { received: 1, open: 1, agreed: 0, failed: 0 },
    aid: { received: 1, open: 1, approved: 0, declined: 0 },
  });

  // The resident closes the first question: it is resolved.
  const version = (await w.h.store.requests.byId(q1))!.version;
  await w.h.store.requests.update(q1, version, { at: w.h.clock.now, status: 'closed' });
  expect((await dash(w.at.post.id)).funnel.resolved).toBe(1);

  // The same requests count at the county level and in the right township row.
  const countyView = await dash();
  expect(countyView.figures.requests).toBe(5);
  expect(countyView.children.find((c) => c.id === w.at.post.townshipCode)!.requests).toBe(5);
  const city = await loginAs(w.h, 'demo-admin');
  const far = await city.call('admin', {
    action: 'dashboard',
    subject: w.at.farPost.countyCode,
    period: { preset: '7d' },
  });
  expect(far.json.data.figures.requests).toBe(0);
  expect(far.json.data.answers.answered).toBe(0);
});
