/**
 * 人民调解 on the dashboard and the monthly form (月度统计表) adds up: a case revisited (已回访) after its agreement
 * still counts as 调解成功, after none as 未达成, so 办理中 + 调解成功 + 未达成 = 受理.
 */
import type { DashboardData } from '~/types/api/dashboard';
import { monthlyLines } from '~/cloudfunctions/domain/admin/export/monthly-data';
import { Client } from '../support/local-harness';
import { bindByInvite, cstDay, DAY, mediationBody, submit, workDetail } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin', admin: 'demo-admin' });

test('cases through 达成协议 → 回访 and 未达成 → 回访 stay 调解成功 and 未达成 on the dashboard and the monthly form', async () => {
  const staff = await bindByInvite(w.h, w.admin, {
    role: 'staff',
    regionCode: w.at.post.countyCode,
    name: '刘司法',
    serviceId: w.at.office.id,
  });
  const t0 = w.h.clock.now;
  const month = cstDay(t0).slice(0, 7).replace('-', '');
  const village = (await w.h.store.regions.byCodes([w.at.post.villageCode]))[0];
  const form = async () => (await monthlyLines(w.h.store, village.code, [village], month))[0];
  const before = await form();
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const id = await submit(new Client(w.h.url), mediationBody(w.at.post.id));
    const rec = await w.h.store.requests.byId(id);
    await w.h.store.requests.update(id, rec!.version, { at: t0, assignee: w.at.office.id });
    ids.push(id);
  }
  const paths = [
    ['accepted', 'investigating', 'mediating', 'agreed', 'revisited'],
    ['accepted', 'investigating', 'mediating', 'failed', 'revisited'],
    ['accepted', 'investigating', 'mediating'],
  ];
  for (let step = 0; step < 5; step++) {
    w.h.clock.now += DAY;
    for (const [i, path] of paths.entries()) {
      if (step >= path.length) continue;
      const { version } = await workDetail(staff, ids[i]);
      const to = path[step];
      const body = { action: 'advance', id: ids[i], version, to, on: cstDay(w.h.clock.now), note: `${to} 记录` };
      expect((await staff.call('work', body)).json).toMatchObject({ ok: true, data: { status: to } });
    }
  }

  const res = await w.county.call('admin', { action: 'dashboard', subject: w.at.post.id, period: { preset: '7d' } });
  const mediation = (res.json.data as DashboardData).services.mediation;
  expect(mediation).toEqual({ received: 3, open: 1, agreed: 1, failed: 1 });
  expect(mediation.open + mediation.agreed + mediation.failed).toBe(mediation.received);

  // The form counts the cases made in the month the same way: the agreed case revisited is still 调解成功.
  const after = await form();
  expect([after.mediation - before.mediation, after.agreed - before.agreed]).toEqual([3, 1]);
});
