/**
 * People on a fresh environment, in the built weapp: an unbound person finds 工作人员入口 at the foot of the home
 * page (我有邀请码, 管理员口令); the accept page opened from an invite's mini-program code reads the code from
 * `scene` and binds with it; a bound admin sees no staff entry.
 */
import { simApp, until } from './harness';

jest.setTimeout(20000);

const CODE = 'K7M2P9Q4R8TX';
const { calls, open, boot } = simApp();
let role: 'resident' | 'admin' = 'resident';

beforeAll(() => {
  boot((call) => {
    const { action } = call.data;
    if (call.name === 'resident' && action === 'me') {
      return role === 'admin'
        ? { ok: true, data: { role: 'admin', label: '白城市司法局管理员', regionCode: '220800', regionName: '白城市' } }
        : { ok: true, data: { role: 'resident', label: '群众', regionCode: null, regionName: null } };
    }
    if (call.name === 'resident' && action === 'outbox') return { ok: true, data: { notices: [], unread: 0 } };
    if (call.name === 'resident' && action === 'myRequests') return { ok: true, data: { requests: [] } };
    if (call.name === 'work' && action === 'acceptInvite') {
      return call.data.code === CODE
        ? { ok: true, data: { role: 'volunteer', label: '法律明白人 孙明白', regionCode: '220802100' } }
        : { ok: false, error: { code: 'INVITE_NOT_FOUND', message: '邀请码不存在，请向管理员确认' } };
    }
    return { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } };
  });
});

test('an unbound person finds 工作人员入口 on the home page, with 我有邀请码 and 管理员口令', async () => {
  role = 'resident';
  const p = open('pages/index/index', {});
  await until(() => p.texts('staff-entry-toggle').length > 0, p.allText);
  expect(p.texts('staff-entry-toggle')).toEqual(['工作人员入口']);
  expect(p.texts('staff-link')).toEqual([]);
  p.tap('staff-entry-toggle');
  await until(() => p.texts('staff-link').length === 2, p.allText);
  expect(p.texts('staff-link')).toEqual(['我有邀请码', '管理员口令']);
});

test('the accept page opened by a scanned code reads the invite from `scene` and binds with it', async () => {
  role = 'resident';
  // WeChat passes the scene of a getUnlimited code URI-encoded.
  const p = open('packages/work/pages/invite/index', { scene: encodeURIComponent(CODE) });
  await until(() => p.texts('form-submit').length > 0, p.allText);
  p.tap('form-submit');
  await until(() => calls.some((c) => c.data.action === 'acceptInvite'), p.allText);
  expect(calls.filter((c) => c.data.action === 'acceptInvite').map((c) => c.data.code)).toEqual([CODE]);
  await until(() => p.texts('invite-role').length > 0, p.allText);
  expect(p.texts('invite-role')[0]).toContain('孙明白');
});

test('a bound admin gets the admin entries, 服务点管理 and 管理员 among them, and no staff entry', async () => {
  role = 'admin';
  const p = open('pages/index/index', {});
  await until(() => p.texts('services-entry').length > 0, p.allText);
  expect(p.texts('services-entry')).toEqual(['服务点管理']);
  expect(p.texts('admins-entry')).toEqual(['管理员']);
  expect(p.texts('staff-entry-toggle')).toEqual([]);
});
