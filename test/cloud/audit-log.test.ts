/**
 * The audit log (审计日志) over SQLite and the CloudBase stand-in: admin changes made through the real actions are
 * written once each by the one writer and read back by city admins only, newest first, by kind and date, a page at
 * a time, naming who (name + role) and which record but never an openid or a full invite code; every other role is
 * refused; and no sweep the timer runs removes an entry in its first 180 days.
 */
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import { sweepOrphanPhotos } from '~/cloudfunctions/local/uploads';
import type { Dataset } from '~/cloudfunctions/store/port';
import { AUDIT_PAGE_SIZE } from '~/types/api/audit';
import { AUDIT_KEEP_DAYS } from '~/types/audit';
import { dayKey } from '~/types/day';
import type { User } from '~/types/domain';
import { regionRow, userRow } from '../support/rows';
import { workRequest } from './store-contract-work';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const DAY_MS = 24 * 3600 * 1000;
const T0 = Date.UTC(2026, 5, 1, 2, 0, 0);
const region = regionRow;
const REGIONS = [
  region('220800', '白城市', 'city', null),
  region('220802', '洮北区', 'county', '220800'),
  region('220802001', '新立街道', 'township', '220802'),
  region('220802001201', '平安村', 'village', '220802001'),
];
const user = (openid: string, regionCode: string, role: User['role'], label: string): User =>
  userRow(openid, role, regionCode, { label });
const USERS = [
  user('o-city', '220800', 'admin', '市局 李明'),
  user('o-county', '220802', 'admin', '洮北区 张华'),
  user('o-town', '220802001', 'admin', '新立街道 赵六'),
  user('o-volunteer', '220802001', 'volunteer', '志愿者 孙七'),
  user('o-mediator', '220802001', 'mediator', '调解员 周八'),
  user('o-staff', '220802', 'staff', '司法所 吴九'),
];
const dataset = (): Dataset => ({ regions: REGIONS, posts: [], services: [], volunteers: [], users: USERS });

let clock = T0;
const stores = withBothStores(dataset);

describe.each(STORE_NAMES)('the audit log over %s', (name) => {
  const s = () => stores.named(name);
  const admin = () => runner(s().store, 'admin', adminRoutes, { now: () => clock });
  const work = () => runner(s().store, 'work', workRoutes, { now: () => clock });

  test('only a city admin reads it: every other role and a resident are FORBIDDEN', async () => {
    const call = admin();
    const ok = await call('o-city', { action: 'auditLog' });
    expect([ok.status, ok.data.entries, ok.data.next]).toEqual([200, [], null]);
    for (const who of ['o-county', 'o-town', 'o-volunteer', 'o-mediator', 'o-staff', 'o-resident', null]) {
      const res = await call(who, { action: 'auditLog' });
      expect([who, res.status, res.error?.code, res.error?.message]).toEqual([
        who,
        403,
        'FORBIDDEN',
        '只有市级管理员可以查看审计日志',
      ]);
    }
  });

  test('admin changes through the real actions are listed newest first with who, what, which record', async () => {
    const a = admin();
    const w = work();
    clock = T0;
    const point = await a('o-city', {
      action: 'saveServicePoint',
      kind: 'judicialOffice',
      name: '新立司法所',
      regionCode: '220802001',
      address: '新立街道1号',
      phone: '0436-1234567',
      lat: null,
      lng: null,
      channels: ['mediation', 'handover'],
    });
    expect(point.status).toBe(200);
    clock += 1000;
    const invite = await a('o-county', {
      action: 'createInvite',
      role: 'staff',
      regionCode: '220802001',
      name: '新人 郑十',
      serviceId: point.data.id,
    });
    expect(invite.status).toBe(200);
    clock += 1000;
    expect((await w('o-newcomer', { action: 'acceptInvite', code: invite.data.code })).status).toBe(200);
    clock += 1000;
    expect((await w('o-newcomer', { action: 'unbind', confirm: true })).status).toBe(200);
    clock += 1000;
    expect((await a('o-city', { action: 'revokeAdmin', openid: 'o-town' })).status).toBe(200);

    const log = await a('o-city', { action: 'auditLog' });
    expect(log.status).toBe(200);
    const rows = log.data.entries.map((e: Record<string, string>) => [e.action, e.actorName, e.actorRole, e.record]);
    expect(rows).toEqual([
      ['撤销管理员', '市局 李明', '市级管理员', '管理员账号'],
      ['工作人员解除绑定', '新人 郑十', '工作人员', '工作人员账号'],
      ['使用邀请码绑定', '新人 郑十', '工作人员', `邀请码 …${invite.data.code.slice(-4)}`],
      ['生成邀请码', '洮北区 张华', '县级管理员', `邀请码 …${invite.data.code.slice(-4)}`],
      ['新建服务点', '市局 李明', '市级管理员', `服务点 ${point.data.id}`],
    ]);
    expect(log.data.entries.map((e: { at: number }) => e.at)).toEqual([4, 3, 2, 1, 0].map((i) => T0 + i * 1000));
    expect(log.data.entries[0].detail).toContain('新立街道 赵六');
    expect(log.data.entries.every((e: { kind: string }) => e.kind === 'admin')).toBe(true);
    // Who the accounts are stays inside the server: no openid and no whole invite code in the reply.
    const text = JSON.stringify(log.data);
    for (const secret of ['o-town', 'o-newcomer', 'o-city', 'o-county', invite.data.code]) {
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    }

    const reveals = await a('o-city', { action: 'auditLog', kind: 'reveal' });
    expect(reveals.data.entries).toEqual([]);
    const day = dayKey(T0);
    const sameDay = await a('o-city', { action: 'auditLog', from: day, to: day, kind: 'admin' });
    expect(sameDay.data.entries).toHaveLength(5);
    const nextDay = dayKey(T0 + DAY_MS);
    expect((await a('o-city', { action: 'auditLog', from: nextDay })).data.entries).toEqual([]);
    const backwards = await a('o-city', { action: 'auditLog', from: nextDay, to: day });
    expect([backwards.status, backwards.error?.message]).toEqual([400, '开始日期不能晚于结束日期']);
    for (const bad of [{ kind: 'everything' }, { before: '../1' }, { from: '2026-06-01' }, { extra: 1 }]) {
      const res = await a('o-city', { action: 'auditLog', ...bad });
      expect([JSON.stringify(bad), res.status, res.error?.code]).toEqual([JSON.stringify(bad), 400, 'INVALID_INPUT']);
    }
  });

  test('pages follow each other without a gap or a repeat', async () => {
    const base = {
      actor: 'o-staff',
      actorLabel: '司法所 吴九',
      actorRole: 'staff',
      detail: '',
      kind: 'reveal' as const,
    };
    const total = AUDIT_PAGE_SIZE * 2 + 5;
    for (let i = 0; i < total; i++) {
      await s().store.audit.append({ ...base, at: T0 + DAY_MS + i, action: 'reveal.phone', requestId: `r-${i}` });
    }
    const a = admin();
    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res = await a('o-city', { action: 'auditLog', kind: 'reveal', ...(before ? { before } : {}) });
      seen.push(...res.data.entries.map((e: { record: string }) => e.record));
      before = res.data.next;
      if (before === null) break;
    }
    // No such requests are stored: each is named by its id alone, said to be gone.
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => `诉求 r-${total - 1 - i}（已删除）`));
    expect(before).toBeNull();
  });

  test('a request is named by its kind, village and day, read together; a deleted one by its id', async () => {
    const at = T0 + 3 * DAY_MS;
    const created = Date.UTC(2026, 5, 3, 17, 30); // 2026-06-04 01:30 in China
    const kinds = ['question', 'aid', 'mediation'] as const;
    for (const [i, kind] of kinds.entries()) {
      const row = workRequest(900 + i, { kind, villageCode: '220802001201', createdAt: created });
      expect((await s().store.requests.create(row, [])).created).toBe(true);
      await s().store.audit.append({
        ...{ actor: 'o-staff', actorLabel: '司法所 吴九', actorRole: 'staff', detail: '', kind: 'reveal' },
        at: at + i,
        action: 'reveal.phone',
        requestId: row.id,
      });
    }
    await s().store.audit.append({
      ...{ actor: 'o-staff', actorLabel: '司法所 吴九', actorRole: 'staff', detail: '', kind: 'reveal' },
      at: at + 9,
      action: 'reveal.phone',
      requestId: 'r000000000000000000000gone',
    });
    const day = dayKey(at);
    const log = await admin()('o-city', { action: 'auditLog', kind: 'reveal', from: day, to: day });
    expect(log.data.entries.map((e: { record: string }) => e.record)).toEqual([
      '诉求 r000000000000000000000gone（已删除）',
      '调解申请（平安村，2026-06-04提交）',
      '法律援助预申请（平安村，2026-06-04提交）',
      '法律咨询（平安村，2026-06-04提交）',
    ]);
  });

  test(`no sweep of the timer deletes an entry in its first ${AUDIT_KEEP_DAYS} days`, async () => {
    const before = await s().store.audit.page({ kinds: null, fromMs: 0, toMs: T0 * 2, before: null, limit: 1000 });
    expect(before.length).toBeGreaterThan(0);
    for (const days of [1, 30, 90, AUDIT_KEEP_DAYS - 1]) {
      const now = T0 + days * DAY_MS;
      await runTick({ store: s().store, now, pusher: NO_PUSH });
      await sweepOrphanPhotos(s().store, now);
    }
    const after = await s().store.audit.page({ kinds: null, fromMs: 0, toMs: T0 * 2, before: null, limit: 1000 });
    expect(after).toEqual(before);
  });
});
