/**
 * Elder mode on the network admin pages (岗位管理, 先锋岗详情, 批量导入, 打印二维码牌, the progress bar): every font
 * size these sheets set grows at least 1.25× under `.elder`, compiled from the real SCSS.
 * @jest-environment node
 */
import { compile, rpx, rules } from './support/scss';

const fontSize = (decls: string | undefined) => rpx(decls, 'font-size');

test.each([
  'packages/admin/pages/posts/index.scss',
  'packages/admin/pages/post/index.scss',
  'packages/admin/pages/import/index.scss',
  'packages/admin/pages/plates/index.scss',
  'packages/admin/components/ProgressBar/index.scss',
])('every font size in %s grows at least 1.25× in elder mode', (file) => {
  const own = rules(compile(file));
  const checked: string[] = [];
  for (const [selector, decls] of own) {
    const size = fontSize(decls);
    if (size === null || selector.startsWith('.elder')) continue;
    const elder = fontSize(own.get(`.elder ${selector}`));
    expect([selector, elder !== null && elder >= size * 1.25]).toEqual([selector, true]);
    checked.push(selector);
  }
  expect(checked.length).toBeGreaterThan(0);
});
