/**
 * A resident waiting for an answer sees it come: 我的诉求 and a request's page refresh on the pull-down gesture, and
 * 我的诉求 again when the resident comes back to it from a request. Over the built weapp; the pull-down fires only
 * where the page's JSON enables it, as in WeChat.
 */
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(20000);

// 2026-11-27 09:30 and 2026-11-28 09:30 in Baicheng (UTC+8).
const CREATED = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 10, 28, 1, 30);
const BASE = { postId: 'TB-PT-0001', postName: '平台镇新立村先锋岗', createdAt: CREATED, updatedAt: CREATED };

let answered = false;
const calls: string[] = [];
let spinnersClosed = 0;
let open: ReturnType<typeof bootApp>;
const opened: RenderedPage[] = [];

function detail() {
  return {
    ...BASE,
    id: 'rq0000001',
    kind: 'question',
    title: '拖欠工资',
    status: answered ? 'answered' : 'pending',
    dueAt: DUE,
    fields: [{ label: '咨询类别', value: '拖欠工资' }],
    timeline: [{ at: CREATED, status: 'pending', by: '本人', note: '' }],
    answers: answered ? [{ at: DUE, by: '法律明白人 王秀兰', text: '可以先向劳动监察大队投诉。', guideIds: [] }] : [],
    rating: null,
    canRate: answered,
    canSupplement: false,
    askedFor: null,
  };
}

beforeAll(() => {
  require('miniprogram-simulate');
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wx.stopPullDownRefresh = (o?: { success?: (r: unknown) => void; complete?: (r: unknown) => void }) => {
    spinnersClosed += 1;
    o?.success?.({ errMsg: 'stopPullDownRefresh:ok' });
    o?.complete?.({ errMsg: 'stopPullDownRefresh:ok' });
  };
  open = bootApp((call) => {
    calls.push(String(call.data.action));
    if (call.name === 'resident' && call.data.action === 'myRequests') {
      const status = answered ? 'answered' : 'pending';
      return {
        ok: true,
        data: { requests: [{ ...BASE, id: 'rq0000001', kind: 'question', title: '拖欠工资', status, dueAt: DUE }] },
      };
    }
    if (call.name === 'resident' && call.data.action === 'requestDetail') return { ok: true, data: detail() };
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

beforeEach(() => {
  answered = false;
  calls.length = 0;
  spinnersClosed = 0;
});

afterEach(() => {
  for (const p of opened.splice(0).reverse()) p.unload();
});

function page(path: string, query: Record<string, string>): RenderedPage {
  const p = open(path, query);
  opened.push(p);
  return p;
}

const statusOf = (p: RenderedPage) => () => p.texts('request-status')[0];

test('我的诉求: pulled down after the answer came, it says 已答复 and closes the spinner', async () => {
  const mine = page('packages/resident/pages/mine/index', {});
  expect(await until(statusOf(mine), mine.allText)).toBe('待答复');
  answered = true;
  expect(mine.pullDown()).toBe(true);
  await until(() => statusOf(mine)() === '已答复', mine.allText);
  await until(() => spinnersClosed === 1, mine.allText);
  expect(calls).toEqual(['myRequests', 'myRequests']);
});

test('a request’s page: pulled down, the volunteer’s answer appears', async () => {
  const request = page('packages/resident/pages/request/index', { id: 'rq0000001' });
  await until(() => request.allText().includes('拖欠工资'), request.allText);
  expect(request.allText()).not.toContain('可以先向劳动监察大队投诉');
  answered = true;
  expect(request.pullDown()).toBe(true);
  await until(() => request.allText().includes('可以先向劳动监察大队投诉'), request.allText);
  await until(() => spinnersClosed === 1, request.allText);
});

test('我的诉求 loads again when the resident comes back to it from a request, not on its first show', async () => {
  const mine = page('packages/resident/pages/mine/index', {});
  await until(statusOf(mine), mine.allText);
  expect(calls).toEqual(['myRequests']);
  const request = page('packages/resident/pages/request/index', { id: 'rq0000001' });
  await until(() => request.allText().includes('拖欠工资'), request.allText);
  answered = true;
  request.unload();
  opened.pop();
  mine.show();
  await until(() => statusOf(mine)() === '已答复', mine.allText);
  expect(calls).toEqual(['myRequests', 'requestDetail', 'myRequests']);
});
