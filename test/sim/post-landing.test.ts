/** The built weapp landing page, rendered by miniprogram-simulate with WeChat Cloud stood in. */
import { simApp, until } from './harness';
import { landingCloud } from './landing-cloud';

jest.setTimeout(15000);

const { calls, open, boot } = simApp();

beforeAll(() => boot(landingCloud));

test('a scanned QR code (scene) renders the post name and its volunteers, after one scan call', async () => {
  const p = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  const names = await until(() => (p.texts('post-name').length ? p.texts('post-name') : null), p.allText);
  expect(names).toEqual(['平台镇新立村先锋岗']);
  expect(p.texts('volunteer-name')).toEqual(['王秀兰', '李建国']);
  expect(p.allText()).toContain('500米公共法律服务圈');
  expect(p.allText()).toContain('拨打电话');
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ name: 'scan', data: { action: 'land', postId: 'TB-PT-0001', source: 'qr' } });
  expect(String(calls[0].data.scanId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('an unknown post shows the friendly page with 12348', async () => {
  const p = open('pages/post/index', { id: 'NO-SUCH-POST', source: 'link' });
  const title = await until(() => p.texts('unknown-title')[0], p.allText);
  expect(title).toBe('没有找到这个先锋岗');
  expect(p.texts('service-name')[0]).toBe('12348 公共法律服务热线');
  expect(p.allText()).toContain('拨打电话 12348');
  expect(p.allText()).toContain('返回首页');
});
