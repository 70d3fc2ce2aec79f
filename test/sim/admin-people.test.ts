/** The built weapp's 人员管理, rendered by miniprogram-simulate with WeChat Cloud stood in. */
import { personRow } from '../support/admin-rows';
import { simApp, until } from './harness';

jest.setTimeout(15000);

const { calls, open, boot } = simApp();

const person = personRow;
const post = (id: string, name: string) => ({
  id,
  name,
  address: '',
  villageCode: '220802100201',
  townshipCode: '220802100',
  countyCode: '220802',
  lat: 45.6,
  lng: 122.8,
  radiusM: 500,
  status: 'active',
  createdAt: 0,
  villageName: '平安村',
  townshipName: '平台镇',
  volunteers: 0,
});

beforeAll(() => {
  boot((call) => {
    const { action } = call.data;
    if (call.name === 'resident' && action === 'me') {
      return {
        ok: true,
        data: { role: 'admin', label: '洮北区司法局管理员', regionCode: '220802', regionName: '洮北区' },
      };
    }
    if (call.name === 'admin' && action === 'regions') {
      return {
        ok: true,
        data: {
          parent: { code: '220802', name: '洮北区', level: 'county' },
          regions: [{ code: '220802100', name: '平台镇', level: 'township' }],
        },
      };
    }
    if (call.name === 'admin' && action === 'people') {
      const people = call.data.afterId
        ? [person('v0003', '刘红梅', { active: false, bound: false, posts: [] })]
        : [person('v0001', '张明远', { isMediator: true }), person('v0002', '王秀兰', { bound: false, posts: [] })];
      return { ok: true, data: { people, nextAfterId: call.data.afterId ? null : 'v0002', unservedPosts: 3 } };
    }
    if (call.name === 'admin' && action === 'posts') {
      return { ok: true, data: { posts: [post('TB-PT-0002', '平安村先锋岗')], nextAfterId: null } };
    }
    if (call.name === 'admin' && action === 'assignPosts') {
      const names: Record<string, string> = { 'TB-PT-0001': '新立村先锋岗', 'TB-PT-0002': '平安村先锋岗' };
      const ids = call.data.postIds as string[];
      const posts = ids.map((id) => ({ id, name: names[id] ?? id }));
      return { ok: true, data: person('v0001', '张明远', { isMediator: true, posts }) };
    }
    return { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } };
  });
});

test('lists volunteers with their badges and posts, flags posts without one, pages on, and assigns a post', async () => {
  const p = open('packages/admin/pages/people/index', {});
  const names = await until(() => (p.texts('person-name').length ? p.texts('person-name') : null), p.allText);
  expect(names).toEqual(['张明远', '王秀兰']);
  expect(p.texts('badge')).toEqual(['调解员', '已绑定微信', '未绑定']);
  expect(p.texts('person-posts')).toEqual(['服务的先锋岗：新立村先锋岗', '未服务任何先锋岗']);
  expect(p.texts('unserved-text')).toEqual(['3个先锋岗还没有志愿者']);
  await until(() => p.texts('region-option').length === 1, p.allText);

  p.tap('people-more');
  await until(() => p.texts('person-name').length === 3, p.allText);
  expect(p.texts('badge-inactive')).toEqual(['已停用']);
  expect(calls.filter((c) => c.data.action === 'people').map((c) => c.data.afterId ?? null)).toEqual([null, 'v0002']);

  p.tap('person-assign');
  await until(() => p.texts('assign-option').length === 1, p.allText);
  p.tap('assign-option');
  await until(() => p.texts('assign-chip').length === 2, p.allText);
  p.tap('assign-save');
  await until(() => p.texts('person-posts')[0] === '服务的先锋岗：新立村先锋岗、平安村先锋岗', p.allText);
  const saved = calls.find((c) => c.data.action === 'assignPosts');
  expect(saved?.data).toEqual({ action: 'assignPosts', volunteerId: 'v0001', postIds: ['TB-PT-0001', 'TB-PT-0002'] });
});
