/**
 * The built weapp as a legal-aid applicant and a mediation applicant read it: the decision date, the refusal's
 * written notice and right to object (法律援助法 第四十三、四十九条), and the mediation page's notes on consent,
 * the agreement and court confirmation (人民调解法 第十七、三十一、三十三条). WeChat Cloud is stood in.
 */
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

// Received 2026-11-27 09:30 CST; decided by 24:00 CST of 2026-12-04 (the 7th day after the day of receipt).
const CREATED = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 11, 4, 16, 0);
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

function aid(id: string, status: string) {
  return {
    postId: 'TB-PT-0001',
    postName: '平台镇新立村先锋岗',
    createdAt: CREATED,
    updatedAt: CREATED,
    id,
    kind: 'aid',
    title: '法律援助预申请 · 请求确认劳动关系或者支付劳动报酬',
    status,
    dueAt: DUE,
    fields: [{ label: '申请事项', value: '请求确认劳动关系或者支付劳动报酬' }],
    timeline: [{ at: CREATED, status: 'submitted', by: '系统', note: '已转交 洮北区法律援助中心' }],
    answers: [],
    rating: null,
    canRate: false,
    canSupplement: false,
    askedFor: null,
  };
}

beforeAll(() => {
  open = bootApp((call) => {
    if (call.name === 'resident' && call.data.action === 'requestDetail') {
      return { ok: true, data: aid(String(call.data.id), call.data.id === 'rq0000021' ? 'declined' : 'reviewing') };
    }
    return { ok: true, data: {} };
  });
});

afterEach(() => {
  page?.unload();
  page = null;
});

test('an applicant under review sees the decision date as a date', async () => {
  page = open('packages/resident/pages/request/index', { id: 'rq0000020' });
  const p = page;
  const due = await until(() => p.texts('request-due')[0], p.allText);
  expect(due).toBe(
    '法律援助机构应在 2026年12月4日（星期五） 24时前作出是否给予法律援助的决定（依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是休息日或法定节假日，顺延到其后的第一个工作日，这个日期已按此计算）',
  );
  expect(p.texts('aid-declined-line')).toEqual([]);
});

test('a refused applicant is told a written notice follows and where to object', async () => {
  page = open('packages/resident/pages/request/index', { id: 'rq0000021' });
  const p = page;
  const lines = await until(
    () => (p.texts('aid-declined-line').length ? p.texts('aid-declined-line') : null),
    p.allText,
  );
  expect(lines[0]).toContain('另行书面告知您不予法律援助的决定和理由（法律援助法第四十三条）');
  expect(lines[1]).toContain('向设立该法律援助机构的司法行政部门（县、市、区司法局）提出（法律援助法第四十九条）');
  expect(p.texts('request-due')).toEqual([]);
});

test('the mediation page says the other party must agree and what the agreement and its confirmation mean', async () => {
  page = open('packages/resident/pages/mediation/index', { postId: 'TB-PT-0001' });
  const p = page;
  const notes = await until(() => (p.texts('mediation-note').length ? p.texts('mediation-note') : null), p.allText);
  expect(notes).toHaveLength(3);
  expect(notes[0]).toContain('调解要双方都愿意');
  expect(notes[0]).toContain('人民调解法第十七条');
  expect(notes[1]).toContain('有法律约束力');
  expect(notes[2]).toContain('30日内');
  expect(notes[2]).toContain('申请法院强制执行（人民调解法第三十三条）');
});
