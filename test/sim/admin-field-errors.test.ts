/**
 * The built weapp's 新增先锋岗 form puts a refusal beside the field the reply names (`error.field`), whatever its
 * words say; a refusal that names no field is said at the form's foot.
 */
import { bootApp, until, type RenderedPage } from './harness';

jest.setTimeout(15000);

type Refusal = { code: string; message: string; field?: string };
const refusals: Refusal[] = [];
const calls: Record<string, unknown>[] = [];
let open: ReturnType<typeof bootApp>;
let page: RenderedPage | null = null;

beforeAll(() => {
  open = bootApp((call) => {
    const { action } = call.data;
    if (call.name === 'admin' && action === 'regions') {
      return { ok: true, data: { parent: { code: '220802', name: '洮北区', level: 'county' }, regions: [] } };
    }
    if (call.name === 'admin' && action === 'createPost') {
      calls.push(call.data);
      const error = refusals.shift();
      if (error) return { ok: false, error };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

afterEach(() => {
  page?.unload();
  page = null;
  calls.length = 0;
});

/** The whole text of the form field whose label starts with `label` (label, input and any error under it). */
const fieldText = (p: RenderedPage, label: string) => p.texts('field').find((t) => t.startsWith(label)) ?? '';

test('新增先锋岗: a refusal is shown beside the field the reply names, and one naming none at the foot', async () => {
  page = open('packages/admin/pages/post/index', { create: '1' });
  const p = page;
  await until(() => p.texts('create-submit').length > 0, p.allText);
  p.input('input-village', '220802100299');
  p.input('input-name', '永胜村先锋岗');
  p.input('input-address', '永胜村文化广场');
  p.input('input-lat', '45.63');
  p.input('input-lng', '122.84');
  p.input('input-id', 'TB-PT-0001');

  // Words that name 村 and 地区, but the reply says the id: the id is marked, not 所在村.
  const taken = '这个编号在本村、本地区已被使用';
  refusals.push({ code: 'POST_EXISTS', message: taken, field: 'id' });
  p.tap('create-submit');
  await until(() => fieldText(p, '岗位编号').includes(taken), p.allText);
  expect(calls[0]).toMatchObject({ action: 'createPost', id: 'TB-PT-0001', villageCode: '220802100299' });
  expect(fieldText(p, '所在村')).not.toContain(taken);
  expect(p.texts('form-failed')).toEqual([]);

  const missing = '没有找到村代码为 220802100299 的村（社区）';
  refusals.push({ code: 'VILLAGE_NOT_FOUND', message: missing, field: 'villageCode' });
  p.tap('create-submit');
  await until(() => fieldText(p, '所在村').includes(missing), p.allText);
  expect(fieldText(p, '岗位编号')).not.toContain(taken);

  const rate = '岗位编号操作太频繁，请稍后再试';
  refusals.push({ code: 'RATE_LIMITED', message: rate });
  p.tap('create-submit');
  await until(() => p.texts('form-failed')[0] === rate, p.allText);
  expect(fieldText(p, '岗位编号')).not.toContain(rate);
});
