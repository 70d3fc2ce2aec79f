/**
 * Elder-mode CSS, compiled from the real SCSS: every font size the pages had before elder mode grows by at
 * least 1.25× under `.elder`, buttons get taller, and sizes stay rpx (rem is per page on weapp).
 * @jest-environment node
 */
import { compile, compileString, rpx, rules } from './support/scss';

const app = rules(compile('app.scss'));
// The stylesheets from before elder mode (lifted by app.scss) and those written with its mixins.
const sheets = [
  'app.scss',
  'pages/post/index.scss',
  'pages/index/index.scss',
  'packages/admin/pages/stats/index.scss',
  'components/ServiceCard/index.scss',
  'components/StateView/index.scss',
  'components/PageShell/index.scss',
  'packages/nearby/pages/index/index.scss',
  'packages/privacy/pages/index/index.scss',
];

test.each(sheets)('every font size in %s grows at least 1.25× in elder mode', (file) => {
  const own = rules(compile(file));
  const checked: string[] = [];
  for (const [selector, decls] of own) {
    const size = rpx(decls, 'font-size');
    if (size === null || selector.startsWith('.elder') || selector === 'page' || selector === 'body') continue;
    const elder = rpx(app.get(`.elder ${selector}`) ?? own.get(`.elder ${selector}`), 'font-size');
    expect([selector, elder !== null && elder >= size * 1.25]).toEqual([selector, true]);
    checked.push(selector);
  }
  if (file !== 'app.scss') expect(checked.length).toBeGreaterThan(0);
});

test('text inherits a larger size and line height from the elder root', () => {
  const base = rpx(app.get('page'), 'font-size') as number;
  expect(rpx(app.get('.elder'), 'font-size')).toBeGreaterThanOrEqual(base * 1.25);
  expect(Number(app.get('.elder')?.match(/line-height:\s*([\d.]+)/)?.[1])).toBeGreaterThanOrEqual(1.5);
});

test('buttons are at least 110rpx tall in elder mode, against 88rpx standard', () => {
  expect(rpx(app.get('.btn'), 'min-height')).toBe(88);
  expect(rpx(app.get('.elder .btn'), 'min-height')).toBeGreaterThanOrEqual(110);
});

test('the mixin for new pages scales a size and a touch target under .elder', () => {
  const css = compileString(
    `@use 'components/PageShell/elder' as *;\n.x { @include elder-font(40rpx); @include elder-target(); }`,
  );
  const r = rules(css);
  expect(rpx(r.get('.x'), 'font-size')).toBe(40);
  expect(rpx(r.get('.elder .x'), 'font-size')).toBe(52);
  expect(rpx(r.get('.elder .x'), 'min-height')).toBeGreaterThanOrEqual(110);
});

test('a button label that wraps keeps its lines together, and so does a two-line choice chip', () => {
  // Centred by flex: a line-height as tall as the button (88rpx, 120rpx in elder mode) set a wrapped label's two
  // lines a whole button apart.
  for (const selector of ['.btn', '.elder .btn']) {
    expect([
      selector,
      app
        .get(selector)
        ?.match(/line-height:\s*([^;]+)/)?.[1]
        .trim(),
    ]).toEqual([selector, '1.3']);
  }
  // A chip wrapping to two lines (请求认定公民无民事行为能力或者限制民事行为能力) had no padding above and below.
  const chip = rules(compile('components/forms/fields.scss')).get('.chip');
  expect(
    chip
      ?.match(/padding:\s*([\d.]+)rpx\s+([\d.]+)rpx/)
      ?.slice(1)
      .map(Number),
  ).toEqual([12, 28]);
});
