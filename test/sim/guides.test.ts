/** The built weapp guides subpackage under miniprogram-simulate: guides open from the bundle, with no cloud call. */
import { simApp, until } from './harness';

jest.setTimeout(15000);

const { calls, open, boot } = simApp();

beforeAll(() => {
  boot(() => ({ ok: false, error: { code: 'UNAVAILABLE', message: '网络不给力' } }));
});

test('a guide renders its title, steps and citations from the bundle, calling no cloud function', async () => {
  const p = open('packages/guides/pages/detail/index', { id: 'wages-unpaid' });
  const titles = await until(() => (p.texts('guide-title').length ? p.texts('guide-title') : null), p.allText);
  expect(titles).toEqual(['老板拖欠工资不给怎么办？']);
  expect(p.texts('guide-answer')[0]).toContain('任何单位和个人都不能拖欠农民工工资');
  expect(p.texts('guide-step-text')).toHaveLength(5);
  expect(p.allText()).toContain('引用法条');
  expect(p.texts('guide-citation')).toContain('《保障农民工工资支付条例》第三条');
  expect(p.allText()).toContain('12348');
  expect(calls).toHaveLength(0);
});

test('the guides home lists every topic', async () => {
  const p = open('packages/guides/pages/index/index', {});
  const topics = await until(
    () => (p.texts('guide-topic-name').length ? p.texts('guide-topic-name') : null),
    p.allText,
  );
  expect(topics.length).toBeGreaterThanOrEqual(12);
  expect(topics).toContain('讨要工资');
  expect(topics).toContain('反家暴');
});
