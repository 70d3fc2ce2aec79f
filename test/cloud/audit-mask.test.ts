/**
 * No personal number reaches the audit log (审计日志), whoever writes the entry: ID numbers (18 digits or X, 15
 * digits, grouped or not, full-width or not), bank-card-length numbers, mainland mobiles (with +86, grouped) and
 * landlines are masked in the one maker of entries; region codes, dates, counts and post ids are left as written.
 * Through the real admin actions over both stores, names an admin types (a service point's, an invitee's) are
 * stored masked.
 */
import { randomUUID } from 'node:crypto';
import { maskNumbers } from '~/cloudfunctions/domain/audit/mask-text';
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { stationBody } from '../support/request-bodies';
import { runner, STORE_NAMES, withBothStores } from './route-runner';
import { fixture, TOWNSHIP_A } from './store-fixture';

describe('maskNumbers', () => {
  test.each([
    ['身份证11010519491231002X，', '身份证110105********002X，'],
    ['身份证 110105 19491231 002x', '身份证 110105********002x'],
    ['１１０１０５１９４９１２３１００２Ｘ', '110105********002X'],
    ['旧证110105491231002', '旧证110105*****1002'],
    ['卡号6222020200112233445', '卡号622202*********3445'],
    ['电话13900139002）', '电话139****9002）'],
    ['手机 139 0013 9002', '手机 139****9002'],
    ['+86-139-0013-9002', '139****9002'],
    ['８６１３９００１３９００２', '139****9002'],
    ['座机0436-1234567', '座机0436-***4567'],
    ['（0436）12345678', '0436-****5678'],
    ['139\u200B0013\u200B9002', '139****9002'],
    // Bank cards and ID numbers in groups of four, as they are printed and read out.
    ['卡号6222 0212 3456 7890 123', '卡号622202*********0123'],
    ['卡号6222-0212-3456-7890。', '卡号622202******7890。'],
    ['身份证110105 1949 1231 002X', '身份证110105********002X'],
    ['身份证110105-1949-1231-002X，', '身份证110105********002X，'],
    ['身份证1101 0519 4912 3100 2X', '身份证110105********002X'],
    // Mobiles with spaced, doubled or other separators.
    ['电话139 - 1234 - 5678', '电话139****5678'],
    ['电话139  1234  5678', '电话139****5678'],
    ['电话139--1234--5678', '电话139****5678'],
    ['电话139.1234.5678', '电话139****5678'],
    ['电话139、1234、5678', '电话139****5678'],
    ['电话139/1234/5678', '电话139****5678'],
    ['电话139\u30001234\u30005678', '电话139****5678'],
    ['+86 139 1234 5678', '139****5678'],
    ['座机0436 123 4567', '座机0436-***4567'],
    ['座机0436.1234567', '座机0436-***4567'],
    ['座机010-12345678', '座机010-****5678'],
    ['座机01012345678', '座机010-****5678'],
    // Two numbers side by side, and a number after a date: each masked, the date kept.
    ['13900139002、13800138000', '139****9002、138****8000'],
    ['0436-1234567 13900139002', '0436-***4567 139****9002'],
    ['2026-12-07 13900139002', '2026-12-07 139****9002'],
    ['3张 13900139002', '3张 139****9002'],
    ['旧证110105 491231 002', '旧证110105*****1002'],
    ['１３９－１２３４－５６７８', '139****5678'],
    ['联系1.13900139002', '联系1.139****9002'],
  ])('%s → %s', (text, masked) => {
    expect(maskNumbers(text)).toBe(masked);
  });

  test.each([
    '平安村（220802001201）',
    '220802',
    '2026-12-03',
    '调解（2026-12-03）',
    '3张',
    '24小时 → 48小时',
    'P001、BC22080200120109',
    '12348',
    '8个岗位（第1–8行，共8行）',
    '编号0001234567',
    '0.0012345678',
    '比例0.0012345678，共3项',
    '2026-12-07',
    '2026/12/07',
    '2026.12.07',
    '2026年12月7日',
    '2026-12-07 08:30',
    '1,000元',
    '12000元',
    '12000.50元',
    '第四十三条',
    '（2026）吉0802民初123号',
    '上午9:30–11:30',
    '第1、2、3项',
    '+12元',
    '0436-12348',
    '已处理masked值139****9002与110105********002X',
  ])('%s is left as written', (text) => {
    expect(maskNumbers(text)).toBe(text);
  });
});

describe.each(STORE_NAMES)('names an admin writes reach the log masked over %s', (name) => {
  const stores = withBothStores(fixture);
  const T0 = Date.UTC(2026, 11, 3, 2);

  test('a service point and an invitee named with a phone: stored and shown without it', async () => {
    const { store } = stores.named(name);
    let clock = T0;
    const admin = runner(store, 'admin', adminRoutes, { now: () => clock });
    const point = await admin('o-admin', stationBody(TOWNSHIP_A, { name: '新立工作站（联系13900139002）' }));
    expect([point.status, point.error]).toEqual([200, undefined]);
    clock += 1000;
    const invite = await admin('o-admin', {
      action: 'createInvite',
      requestId: randomUUID(),
      role: 'admin',
      regionCode: TOWNSHIP_A,
      name: '刘洋 0436-3229876',
    });
    expect([invite.status, invite.error]).toEqual([200, undefined]);
    const page = await store.audit.page({ kinds: null, fromMs: 0, toMs: clock, before: null, limit: 10 });
    expect(page.map((e) => [e.action, e.detail])).toEqual([
      ['invite.create', `admin·刘洋 0436-***9876·${TOWNSHIP_A}`],
      ['servicePoint.create', '新立工作站（联系139****9002）'],
    ]);
    const shown = JSON.stringify((await admin('o-admin', { action: 'auditLog' })).data);
    expect([shown.includes('13900139002'), shown.includes('3229876')]).toEqual([false, false]);
  });
});
