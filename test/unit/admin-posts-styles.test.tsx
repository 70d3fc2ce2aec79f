/**
 * Elder mode on the network admin pages (岗位管理, 先锋岗详情, 批量导入, 打印二维码牌, the progress bar): every font
 * size these sheets set grows at least 1.25× under `.elder`, compiled from the real SCSS.
 * @jest-environment node
 */
import path from 'node:path';
import * as sass from 'sass';

const src = path.join(__dirname, '..', '..', 'src');

/** `selector → declarations` of every plain rule. */
function rules(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const sel of m[1].split(',')) {
      const key = sel.trim().replace(/\s+/g, ' ');
      out.set(key, (out.get(key) ?? '') + m[2]);
    }
  }
  return out;
}

const fontSize = (decls: string | undefined) => {
  const m = decls?.match(/(?:^|;|\s)font-size:\s*([\d.]+)rpx/);
  return m ? Number(m[1]) : null;
};

test.each([
  'packages/admin/pages/posts/index.scss',
  'packages/admin/pages/post/index.scss',
  'packages/admin/pages/import/index.scss',
  'packages/admin/pages/plates/index.scss',
  'packages/admin/components/ProgressBar/index.scss',
])('every font size in %s grows at least 1.25× in elder mode', (file) => {
  const own = rules(sass.compile(path.join(src, file), { loadPaths: [src] }).css);
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
