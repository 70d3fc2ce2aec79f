/** 消息 in the built weapp: newest first, unread marked, a tap marks read and opens the right page; 全部已读. */
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

const T = Date.UTC(2026, 10, 27, 1, 30);
const calls: { name: string; data: Record<string, unknown> }[] = [];
const navigated: string[] = [];
let unreadIds = new Set<string>();
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

const NOTICES = [
  { id: 'n00000001', at: T, title: '您的咨询有了答复', body: '拖欠工资', requestId: 'rq0000001', target: 'resident' },
  { id: 'n00000003', at: T + 7200_000, title: '新的咨询待答复', body: '', requestId: 'rq0000009', target: 'work' },
  {
    id: 'n00000002',
    at: T + 3600_000,
    title: '法律援助申请已受理',
    body: '',
    requestId: 'rq0000002',
    target: 'resident',
  },
];

beforeAll(() => {
  open = bootApp((call) => {
    calls.push(call);
    if (call.name === 'resident' && call.data.action === 'outbox') {
      const notices = NOTICES.map((n) => ({ ...n, read: !unreadIds.has(n.id) }));
      return { ok: true, data: { notices, unread: unreadIds.size } };
    }
    if (call.name === 'resident' && call.data.action === 'readOutbox') {
      const ids = call.data.ids as string[] | undefined;
      if (ids) ids.forEach((id) => unreadIds.delete(id));
      else unreadIds.clear();
      return { ok: true, data: { unread: unreadIds.size } };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.navigateTo = (opts: { url: string; success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    navigated.push(opts.url);
    opts.success?.({ errMsg: 'navigateTo:ok' });
    opts.complete?.({ errMsg: 'navigateTo:ok' });
  };
});

beforeEach(() => {
  unreadIds = new Set(['n00000002', 'n00000003']);
});

afterEach(() => {
  page?.unload();
  page = null;
  calls.length = 0;
  navigated.length = 0;
});

test('lists the notices newest first with the unread ones marked', async () => {
  page = open('packages/resident/pages/outbox/index', {});
  const p = page;
  const titles = await until(
    () => (p.texts('message-title').length === 3 ? p.texts('message-title') : null),
    p.allText,
  );
  expect(titles).toEqual(['新的咨询待答复', '法律援助申请已受理', '您的咨询有了答复']);
  expect(p.texts('message-dot')).toEqual(['未读', '未读']);
  expect(p.texts('outbox-unread')).toEqual(['2条未读']);
  expect(calls[0]).toEqual({ name: 'resident', data: { action: 'outbox' } });
});

test("tapping a worker's notice marks it read and opens the worker's case; a resident's opens 诉求详情", async () => {
  page = open('packages/resident/pages/outbox/index', {});
  const p = page;
  await until(() => p.texts('message-item').length === 3, p.allText);
  p.tap('message-item', 0);
  await until(() => navigated.length === 1, p.allText);
  expect(navigated).toEqual(['/packages/work/pages/case/index?id=rq0000009']);
  await until(() => p.texts('outbox-unread')[0] === '1条未读', p.allText);
  expect(calls.map((c) => c.data)).toContainEqual({ action: 'readOutbox', ids: ['n00000003'] });
  p.tap('message-item', 1);
  await until(() => navigated.length === 2, p.allText);
  expect(navigated[1]).toBe('/packages/resident/pages/request/index?id=rq0000002');
});

test('全部已读 clears every mark', async () => {
  page = open('packages/resident/pages/outbox/index', {});
  const p = page;
  await until(() => p.texts('read-all').length === 1, p.allText);
  p.tap('read-all');
  await until(() => p.texts('message-dot').length === 0, p.allText);
  expect(p.texts('outbox-unread')).toEqual(['全部已读']);
  expect(calls.map((c) => c.data)).toContainEqual({ action: 'readOutbox' });
});
