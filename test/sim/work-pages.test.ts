/** The built weapp's worker pages (工作台, 诉求办理), rendered by miniprogram-simulate with WeChat Cloud stood in. */
import { simApp, until } from './harness';

jest.setTimeout(15000);

const HOUR = 3600_000;
// Relative to the real clock: the pages word the time left from Date.now().
const NOW = Date.now();
const { calls, open, boot } = simApp();

const base = {
  postName: '平台镇新立村先锋岗',
  villageName: '新立村',
  requester: '匿名群众',
  createdAt: NOW - 20 * HOUR,
  updatedAt: NOW - 20 * HOUR,
  overdue: false,
  source: null,
};

beforeAll(() => {
  boot((call) => {
    if (call.name === 'work' && call.data.action === 'inbox') {
      const items = [
        { ...base, id: 'rq0000001', kind: 'question', title: '法律咨询 · 土地流转', status: 'pending' },
        { ...base, id: 'rq0000002', kind: 'question', title: '法律咨询 · 拖欠工资', status: 'pending' },
      ];
      items[0] = { ...items[0], dueAt: NOW - 2 * HOUR - 10 * 60_000, overdue: true } as (typeof items)[0];
      items[1] = { ...items[1], dueAt: NOW + 5 * HOUR + 10 * 60_000 } as (typeof items)[1];
      return { ok: true, data: { items, todoCount: 2 } };
    }
    if (call.name === 'work' && (call.data.action === 'detail' || call.data.action === 'answer')) {
      if (call.data.id === 'rq0000001') {
        const answered = call.data.action === 'answer';
        const answers = answered ? [{ at: NOW, by: '法律明白人 张明远', text: call.data.text, guideIds: [] }] : [];
        return {
          ok: true,
          data: {
            ...base,
            id: 'rq0000001',
            kind: 'question',
            title: '法律咨询 · 拖欠工资',
            status: answered ? 'answered' : 'pending',
            dueAt: NOW + 5 * HOUR,
            version: answered ? 2 : 1,
            fields: [{ label: '问题描述', value: '老板欠了三个月工资' }],
            timeline: [],
            answers,
            rating: null,
            actions: answered ? ['answer', 'close'] : ['answer', 'askMore', 'handOver', 'close'],
            nextSteps: [],
            handOverTargets: [{ id: 'svc-jo-001', name: '平台镇司法所' }],
            agreementSummary: null,
          },
        };
      }
    }
    if (call.name === 'work' && call.data.action === 'detail') {
      return {
        ok: true,
        data: {
          ...base,
          id: call.data.id,
          kind: 'mediation',
          title: '调解申请 · 邻里纠纷',
          status: 'investigating',
          source: 'police',
          dueAt: NOW + 48 * HOUR,
          version: 2,
          fields: [{ label: '对方当事人', value: '邻居王某' }],
          timeline: [{ at: NOW - 20 * HOUR, status: 'accepted', by: '新立村人民调解委员会', note: '已登记' }],
          answers: [],
          rating: null,
          actions: ['advance'],
          nextSteps: ['mediating'],
          handOverTargets: [],
          agreementSummary: null,
        },
      };
    }
    if (call.name === 'work' && call.data.action === 'profile') {
      const posts = [{ id: 'TB-PT-0001', name: '平台镇新立村先锋岗' }];
      const profile = { role: 'volunteer', name: '张明远', phone: '13804361234', phonePublic: false, hours: '每天' };
      return { ok: true, data: { ...profile, photoFileId: null, regionName: '洮北区', unitName: null, posts } };
    }
    if (call.name === 'work' && call.data.action === 'workload') {
      const figures = { answeredThisMonth: 17, medianMinutes: 125, onTimeShare: 0.875, rating: 4.6, ratingCount: 12 };
      return { ok: true, data: { ...figures, waiting: 3, overdue: 1 } };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

test('工作台 lists the todo box from one inbox call, most urgent first, overdue worded in red', async () => {
  const p = open('packages/work/pages/inbox/index', {});
  const titles = await until(() => (p.texts('inbox-title').length ? p.texts('inbox-title') : null), p.allText);
  expect(titles).toEqual(['法律咨询 · 土地流转', '法律咨询 · 拖欠工资']);
  expect(p.texts('inbox-status')).toEqual(['待答复', '待答复']);
  expect(p.texts('inbox-due')).toEqual(['已超时 2小时', '还剩 5小时']);
  expect(p.texts('overdue')).toEqual(['已超时 2小时']);
  expect(p.texts('inbox-tab')).toEqual(['待处理2', '已处理', '全部']);
  expect(p.allText()).toContain('我的资料');
  expect(p.allText()).toContain('答复模板');
  expect(calls.filter((c) => c.name === 'work')).toEqual([{ name: 'work', data: { action: 'inbox', box: 'todo' } }]);
});

test('诉求办理 of a mediation shows the stepper, its source and only the allowed action', async () => {
  const p = open('packages/work/pages/case/index', { id: 'rq0000002' });
  const current = await until(() => p.texts('step-current')[0], p.allText);
  expect(current).toBe('2调查中');
  expect(p.texts('step-label')).toEqual(['已受理', '调查中', '调解中', '达成协议', '已回访']);
  expect(p.texts('case-source')).toEqual(['警调']);
  expect(p.texts('action-button')).toEqual(['记录进展']);
  expect(p.allText()).toContain('邻居王某');
  expect(calls).toEqual([{ name: 'work', data: { action: 'detail', id: 'rq0000002' } }]);
});

test('answering a question by taps sends the text with the version seen and shows the reply', async () => {
  const p = open('packages/work/pages/case/index', { id: 'rq0000001' });
  await until(() => p.texts('action-button').length === 4, p.allText);
  expect(p.texts('action-button')).toEqual(['答复', '请群众补充', '转交', '办结']);
  p.tap('action-answer');
  await until(() => p.texts('char-count')[0] === '0/2000', p.allText);
  p.input('answer-input', '先和老板协商，保存好工资条');
  await until(() => p.texts('char-count')[0] === '13/2000', p.allText);
  p.tap('form-submit');
  await until(() => p.texts('case-status')[0] === '已答复', p.allText);
  expect(p.texts('answer-text')).toEqual(['先和老板协商，保存好工资条']);
  expect(p.texts('action-button')).toEqual(['答复', '办结']);
  const answer = calls.find((c) => c.data.action === 'answer');
  expect(answer?.data).toEqual({
    action: 'answer',
    id: 'rq0000001',
    version: 1,
    text: '先和老板协商，保存好工资条',
    guideIds: [],
  });
});

test('诉求办理 pulled down loads the case again and keeps an answer being typed', async () => {
  const p = open('packages/work/pages/case/index', { id: 'rq0000001' });
  await until(() => p.texts('action-button').length === 4, p.allText);
  p.tap('action-answer');
  await until(() => p.texts('char-count')[0] === '0/2000', p.allText);
  p.input('answer-input', '先和老板协商，保存好工资条');
  await until(() => p.texts('char-count')[0] === '13/2000', p.allText);
  expect(p.pullDown()).toBe(true);
  await until(() => calls.filter((c) => c.data.action === 'detail').length === 2, p.allText);
  await new Promise((r) => setTimeout(r, 50));
  expect(p.texts('char-count')).toEqual(['13/2000']);
  expect(p.texts('action-button')).toEqual(['答复', '请群众补充', '转交', '办结']);
});

test('我的资料 shows the workload figures formatted and the number residents see', async () => {
  const p = open('packages/work/pages/profile/index', {});
  const figures = await until(() => (p.texts('figure-value').length ? p.texts('figure-value') : null), p.allText);
  expect(figures).toEqual(['17件', '2.1小时', '88%', '★4.6（12条）', '3件', '1件']);
  expect(p.texts('phone-masked')).toEqual([
    '不公开时，群众看不到您的号码，页面会请他们在“我要咨询”里留言，或拨打司法所、12348电话',
  ]);
  expect(p.texts('post-served')).toEqual(['平台镇新立村先锋岗']);
  expect(p.texts('unbind-button')).toEqual(['解除绑定']);
});
