/**
 * The resident pages' styles, compiled from the real SCSS: every font size grows at least 1.25× in elder mode
 * and touch targets stay at least 88rpx.
 * @jest-environment node
 */
import { compile, rpx, rules } from './support/scss';

const sheets = [
  'packages/resident/shared/resident.scss',
  'packages/resident/pages/mediation/index.scss',
  'packages/resident/pages/mine/index.scss',
  'packages/resident/pages/request/index.scss',
  'pages/post/ActionEntries.scss',
];

test.each(sheets)('every font size in %s is at least 32rpx and grows at least 1.25× in elder mode', (file) => {
  const own = rules(compile(file));
  const checked: string[] = [];
  for (const [selector, decls] of own) {
    const size = rpx(decls, 'font-size');
    if (size === null || selector.startsWith('.elder')) continue;
    const elder = rpx(own.get(`.elder ${selector}`), 'font-size');
    expect([selector, size >= 32, elder !== null && elder >= size * 1.25]).toEqual([selector, true, true]);
    checked.push(selector);
  }
  expect(checked.length).toBeGreaterThan(0);
});

test('chips, tick rows, inputs and the landing entries are at least 88rpx tall', () => {
  const shared = rules(compile('packages/resident/shared/resident.scss'));
  for (const sel of ['.chip', '.check-row', '.field-input'])
    expect([sel, rpx(shared.get(sel), 'min-height')]).toEqual([sel, 88]);
  const entries = rules(compile('pages/post/ActionEntries.scss'));
  expect(rpx(entries.get('.action-entries .action-entry'), 'min-height')).toBeGreaterThanOrEqual(88);
});
