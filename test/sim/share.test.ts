/**
 * 转发 (forwarding a page to a chat) in the built weapp: the public pages give WeChat a card, the pages with a
 * person's own data give none (WeChat then greys 转发 out), and a forwarded landing counts as a link, not a plate.
 */
import { simApp, until } from './harness';
import { landingCloud } from './landing-cloud';

jest.setTimeout(20000);

const { calls, open, boot } = simApp();

beforeAll(() => boot(landingCloud));

test('a landing opened from a plate forwards a card of that post that counts as a link, not a scan of the plate', async () => {
  const p = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  await until(() => p.texts('post-name')[0], p.allText);
  expect(p.share()).toEqual({
    title: '平台镇新立村先锋岗：法律咨询、调解，申请法律援助',
    path: '/pages/post/index?id=TB-PT-0001&source=link',
  });
  // The same card, in plain view for those who never open the ··· menu.
  expect(p.texts('post-share')).toEqual(['把这个先锋岗转发给家人']);
  expect(calls.map((c) => c.data.source)).toEqual(['qr']);

  // The recipient opens the card: WeChat passes the path's query to the landing.
  calls.length = 0;
  const opened = open('pages/post/index', { id: 'TB-PT-0001', source: 'link' });
  await until(() => opened.texts('post-name')[0], opened.allText);
  expect(calls).toHaveLength(1);
  expect(calls[0].data).toMatchObject({ action: 'land', postId: 'TB-PT-0001', source: 'link' });
});

test('收藏 of a landing opened from a plate keeps the post, reopened as a return visit, never the plate’s code', async () => {
  const p = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  await until(() => p.texts('post-name')[0], p.allText);
  expect(p.favorite()).toEqual({ title: '平台镇新立村先锋岗', query: 'id=TB-PT-0001&source=recent' });
});

test('an unknown post forwards the home page, never a page that says 没有找到', async () => {
  const p = open('pages/post/index', { id: 'NO-SUCH-POST', source: 'link' });
  await until(() => p.texts('unknown-title')[0], p.allText);
  expect(p.share()).toEqual({ title: '先锋岗：身边的公共法律服务', path: '/pages/index/index' });
});

test('the home page and the guides forward cards of what they show', async () => {
  // The card is the page's: it exists once the page has rendered, as it has before a finger reaches the menu.
  const home = open('pages/index/index', {});
  expect(await until(() => home.share(), home.allText)).toEqual({
    title: '先锋岗：身边的公共法律服务',
    path: '/pages/index/index',
  });
  const guide = open('packages/guides/pages/detail/index', { id: 'wages-unpaid', postId: 'TB-PT-0001' });
  await until(() => guide.texts('guide-title')[0], guide.allText);
  expect(guide.share()).toEqual({
    title: '老板拖欠工资不给怎么办？',
    path: '/packages/guides/pages/detail/index?id=wages-unpaid&postId=TB-PT-0001',
  });
  const topic = open('packages/guides/pages/topic/index', { topic: 'wages' });
  await until(() => topic.texts('guide-topic-heading')[0], topic.allText);
  expect(topic.share()).toEqual({
    title: '普法指南：讨要工资',
    path: '/packages/guides/pages/topic/index?topic=wages',
  });
  const guides = open('packages/guides/pages/index/index', {});
  expect(await until(() => guides.share(), guides.allText)).toEqual({
    title: '普法指南：常见的法律问题怎么办',
    path: '/packages/guides/pages/index/index',
  });
});

test.each([
  ['packages/resident/pages/ask/index', { postId: 'TB-PT-0001' }],
  ['packages/resident/pages/aid/index', { postId: 'TB-PT-0001' }],
  ['packages/resident/pages/mediation/index', { postId: 'TB-PT-0001' }],
  ['packages/resident/pages/mine/index', {}],
  ['packages/resident/pages/request/index', { id: 'rq0000002' }],
  ['packages/resident/pages/outbox/index', {}],
  ['packages/work/pages/inbox/index', {}],
  ['packages/work/pages/case/index', { id: 'rq0000002' }],
  ['packages/admin/pages/dashboard/index', {}],
  ['packages/admin/pages/people/index', {}],
])('%s, which shows what only its signed-in user may see, cannot be forwarded', async (page, query) => {
  const p = open(page, query);
  // Rendered first, so a hook registered in render would have had its chance.
  await until(() => p.allText().trim().length > 0, p.allText);
  expect(p.share()).toBeNull();
});
