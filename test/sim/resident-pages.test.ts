/**
 * The built weapp's resident pages (ask, legal aid, 我的诉求, a request in full, rating an answer, 补充说明),
 * rendered by miniprogram-simulate with WeChat Cloud stood in.
 */
import { simApp, until } from './harness';

jest.setTimeout(15000);

// 2026-11-27 09:30 and 2026-11-28 09:30 in Baicheng (UTC+8).
const CREATED = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 10, 28, 1, 30);
const { calls, open, boot } = simApp();
let supplemented = false;
let askedMore = false;

/** A question answered with a linked guide; rateable, or asking for more when `askedMore`. */
function question() {
  const base = { postId: 'TB-PT-0001', postName: '平台镇新立村先锋岗', createdAt: CREATED, updatedAt: CREATED };
  const asking = askedMore && !supplemented;
  return {
    ...base,
    id: 'rq0000003',
    kind: 'question',
    title: '拖欠工资',
    status: asking ? 'needMore' : supplemented ? 'pending' : 'answered',
    dueAt: DUE,
    fields: [{ label: '咨询类别', value: '拖欠工资' }],
    timeline: [{ at: CREATED, status: 'pending', by: '本人', note: '' }],
    answers: [{ at: DUE, by: '法律明白人 王秀兰', text: '可以先向劳动监察大队投诉。', guideIds: ['wages-unpaid'] }],
    rating: null,
    canRate: !askedMore,
    canSupplement: asking,
    askedFor: asking ? '请说明欠薪的月份和金额' : null,
  };
}

beforeAll(() => {
  boot((call) => {
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
    if (call.name === 'resident' && call.data.action === 'requestDetail' && call.data.id === 'rq0000003') {
      return { ok: true, data: question() };
    }
    if (call.name === 'resident' && call.data.action === 'rate') return { ok: true, data: { ok: true } };
    if (call.name === 'resident' && call.data.action === 'supplement') {
      supplemented = true;
      return { ok: true, data: { status: 'pending' } };
    }
    if (call.name === 'resident' && call.data.action === 'requestDetail') {
      const base = { postId: 'TB-PT-0001', postName: '平台镇新立村先锋岗', createdAt: CREATED, updatedAt: CREATED };
      const timeline = [
        { at: CREATED, status: 'accepted', by: '新立村人民调解委员会', note: '已登记' },
        { at: DUE, status: 'investigating', by: '调解员 李建国', note: '已走访双方' },
      ];
      const fields = [{ label: '对方当事人', value: '邻居王某' }];
      return {
        ok: true,
        data: {
          ...base,
          id: call.data.id,
          kind: 'mediation',
          title: '邻里纠纷',
          status: 'investigating',
          dueAt: DUE,
          fields,
          timeline,
          answers: [],
        },
      };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

afterEach(() => {
  supplemented = false;
  askedMore = false;
});

test('the ask page renders its promise, the 13 categories, the live count and the submit button', async () => {
  const p = open('packages/resident/pages/ask/index', { postId: 'TB-PT-0001' });
  const count = await until(() => p.texts('char-count')[0], p.allText);
  expect(count).toBe('0/500');
  expect(p.allText()).toContain('法律明白人一般会在24小时内答复');
  expect(p.texts('category-option')).toHaveLength(13);
  expect(p.texts('category-option')[0]).toBe('土地承包与流转');
  expect(p.texts('form-submit')).toEqual(['提交']);
  expect(p.allText()).toContain('匿名咨询：答复人只看到“匿名群众”和您的问题；填写的回电电话仍会给答复人，以便回电');
  expect(calls).toHaveLength(0);
});

test('我的诉求 lists the requests from one myRequests call, with status and due time', async () => {
  const p = open('packages/resident/pages/mine/index', {});
  const titles = await until(() => (p.texts('request-title').length ? p.texts('request-title') : null), p.allText);
  expect(titles).toEqual(['拖欠工资', '邻里纠纷']);
  expect(p.texts('request-status')).toEqual(['待答复', '调解中']);
  expect(p.allText()).toContain('提交于 11月27日 09:30');
  expect(p.allText()).toContain('预计 11月28日 09:30 前答复');
  expect(p.texts('delete-my-data')).toEqual(['删除我的数据']);
  expect(calls).toEqual([{ name: 'resident', data: { action: 'myRequests' } }]);
});

test('the legal-aid page opens on the honest self-check with its framing', async () => {
  const p = open('packages/resident/pages/aid/index', { postId: 'TB-PT-0001' });
  const next = await until(() => p.texts('eligibility-next')[0], p.allText);
  expect(next).toBe('下一步');
  expect(p.allText()).toContain('这是预申请，不是决定。给不给法律援助、由谁来办，由法律援助机构审查决定');
  expect(p.texts('matter-option')).toHaveLength(9);
  expect(p.texts('exemption-option')).toHaveLength(8);
  expect(calls).toHaveLength(0);
});

test('a mediation in full highlights its current step and lists its history', async () => {
  const p = open('packages/resident/pages/request/index', { id: 'rq0000002' });
  const current = await until(() => p.texts('step-current')[0], p.allText);
  expect(current).toBe('2调查中');
  expect(p.texts('step-label')).toEqual(['已受理', '调查中', '调解中', '达成协议', '已回访']);
  expect(p.texts('timeline-entry')).toHaveLength(2);
  expect(p.allText()).toContain('邻居王某');
  expect(calls).toEqual([{ name: 'resident', data: { action: 'requestDetail', id: 'rq0000002' } }]);
});

test('an answer links its guide by title; five stars and a word rate it, then thanks', async () => {
  const p = open('packages/resident/pages/request/index', { id: 'rq0000003' });
  const link = await until(() => p.texts('guide-link')[0], p.allText);
  expect(link).toBe('老板拖欠工资不给怎么办？ ›');
  expect(p.texts('rating-star')).toHaveLength(5);
  p.tap('rating-star', 3);
  await until(() => p.texts('rating-star-on').length === 4, p.allText);
  p.input('rating-word-input', '讲得很清楚');
  await until(() => p.texts('char-count')[0] === '5/100', p.allText);
  p.tap('rate-submit');
  const thanks = await until(() => p.texts('rating-thanks')[0], p.allText);
  expect(thanks).toBe('感谢您的评价！');
  expect(p.texts('rating-form')).toEqual([]);
  expect(p.texts('rating-word')).toEqual(['讲得很清楚']);
  expect(calls.map((c) => c.data)).toContainEqual({ action: 'rate', id: 'rq0000003', stars: 4, word: '讲得很清楚' });
});

test('asked for more, the resident supplements and the detail reloads with the new status', async () => {
  askedMore = true;
  const p = open('packages/resident/pages/request/index', { id: 'rq0000003' });
  const asked = await until(() => p.texts('asked-for-text')[0], p.allText);
  expect(asked).toBe('请说明欠薪的月份和金额');
  expect(p.texts('request-status')).toEqual(['需补充材料']);
  p.input('supplement-input', '2026年8月到10月，共9000元');
  await until(() => p.texts('char-count')[0] === '18/1000', p.allText);
  p.tap('supplement-submit');
  await until(() => p.texts('request-status')[0] === '待答复', p.allText);
  expect(p.texts('supplement-card')).toEqual([]);
  expect(calls.map((c) => c.data)).toContainEqual({
    action: 'supplement',
    id: 'rq0000003',
    text: '2026年8月到10月，共9000元',
    photos: [],
  });
  expect(calls.filter((c) => c.data.action === 'requestDetail')).toHaveLength(2);
});
