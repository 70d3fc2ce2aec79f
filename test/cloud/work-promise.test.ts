/**
 * The first-contact promise (dueAt) of a mediation case is met by 受理: a case accepted the next day and settled
 * (达成协议) a week later is never 已超时 in the inbox, on the case page or in the worker's figures, however long ago it
 * was submitted; a case nobody accepted is.
 */
import { Client as Browser } from '../support/local-harness';
import { DAY, HOUR, bindByInvite, cstDay, mediationBody, submit, workDetail } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness({ admin: 'demo-admin' });

test('a mediation accepted the next day and settled is not overdue weeks on; one never accepted is', async () => {
  const staff = await bindByInvite(w.h, w.admin, {
    role: 'staff',
    regionCode: w.at.post.countyCode,
    name: '刘司法',
    serviceId: w.at.office.id,
  });
  const place = async (id: string) => {
    const rec = await w.h.store.requests.byId(id);
    await w.h.store.requests.update(id, rec!.version, { at: w.h.clock.now, assignee: w.at.office.id });
  };
  const submitted = w.h.clock.now;
  const settled = await submit(new Browser(w.h.url), mediationBody(w.at.post.id));
  const waiting = await submit(new Browser(w.h.url), mediationBody(w.at.post.id));
  await place(settled);
  await place(waiting);

  let d = await workDetail(staff, settled);
  for (const [to, after, note] of [
    ['accepted', DAY, '受理调解申请'],
    ['investigating', DAY, '走访双方'],
    ['mediating', 2 * DAY, '组织调解'],
    ['agreed', 2 * DAY, '双方达成协议'],
  ] as const) {
    w.h.clock.now += after;
    const res = await staff.call('work', {
      action: 'advance',
      id: settled,
      version: d.version,
      to,
      on: cstDay(w.h.clock.now),
      note,
    });
    expect(res.json).toMatchObject({ ok: true, data: { status: to } });
    d = res.json.data;
  }
  // Within the worker's 30-day session, long after the first-contact promise.
  w.h.clock.now = submitted + 25 * DAY + HOUR;

  const todo = (await staff.call('work', { action: 'inbox', box: 'todo', kind: 'mediation' })).json.data;
  const row = (id: string) => todo.items.find((i: { id: string }) => i.id === id);
  expect(row(settled)).toMatchObject({ status: 'agreed', overdue: false });
  expect(row(waiting)).toMatchObject({ status: 'submitted', overdue: true });
  expect((await workDetail(staff, settled)).overdue).toBe(false);
  expect((await workDetail(staff, waiting)).overdue).toBe(true);
  const figures = (await staff.call('work', { action: 'workload' })).json.data;
  expect(figures.overdue).toBe(todo.items.filter((i: { overdue: boolean }) => i.overdue).length);
  expect(todo.items.filter((i: { overdue: boolean; status: string }) => i.overdue && i.status !== 'submitted')).toEqual(
    [],
  );
});
