/** The built weapp's ask and 我的诉求 pages, rendered by miniprogram-simulate with WeChat Cloud stood in. */
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

// 2026-11-27 09:30 and 2026-11-28 09:30 in Baicheng (UTC+8).
const CREATED = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 10, 28, 1, 30);
const calls: { name: string; data: Record<string, unknown> }[] = [];
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

beforeAll(() => {
  open = bootApp((call) => {
    calls.push(call);
    if (call.name === 'resident' && call.data.action === 'myRequests') {
      const base = { postId: 'TB-PT-0001', postName: '平台镇新立村先锋岗', createdAt: CREATED, updatedAt: CREATED };
      return {
        ok: true,
        data: {
          requests: [
            { ...base, id: 'rq0000001', kind: 'question', title: '拖欠工资', status: 'pending', dueAt: DUE },
            { ...base, id: 'rq0000002', kind: 'mediation', title: '邻里纠纷', status: 'mediating', dueAt: DUE },
          ],
        },
      };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

afterEach(() => {
  page?.unload();
  page = null;
  calls.length = 0;
});

test('the ask page renders its promise, the 13 categories, the live count and the submit button', async () => {
  page = open('packages/resident/pages/ask/index', { postId: 'TB-PT-0001' });
  const p = page;
  const count = await until(() => p.texts('char-count')[0], p.allText);
  expect(count).toBe('0/500');
  expect(p.allText()).toContain('法律明白人一般会在24小时内答复');
  expect(p.texts('category-option')).toHaveLength(13);
  expect(p.texts('category-option')[0]).toBe('土地承包与流转');
  expect(p.texts('form-submit')).toEqual(['提交']);
  expect(p.allText()).toContain('不向志愿者显示我的姓名');
  expect(calls).toHaveLength(0);
});

test('我的诉求 lists the requests from one myRequests call, with status and due time', async () => {
  page = open('packages/resident/pages/mine/index', {});
  const p = page;
  const titles = await until(() => (p.texts('request-title').length ? p.texts('request-title') : null), p.allText);
  expect(titles).toEqual(['拖欠工资', '邻里纠纷']);
  expect(p.texts('request-status')).toEqual(['待答复', '调解中']);
  expect(p.allText()).toContain('提交于 11月27日 09:30');
  expect(p.allText()).toContain('预计 11月28日 09:30 前答复');
  expect(p.texts('delete-my-data')).toEqual(['删除我的数据']);
  expect(calls).toEqual([{ name: 'resident', data: { action: 'myRequests' } }]);
});
