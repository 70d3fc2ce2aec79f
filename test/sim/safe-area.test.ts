/**
 * Phones without a home button draw the system's bar over the screen's last 34 px. The consent sheet rises from the
 * bottom (PageShell's PrivacySheet), so its two answers must sit above that bar in the built styles WeChat loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DIST, assertBuilt } from './harness';

test('the consent sheet pads its bottom by the safe-area inset', () => {
  assertBuilt();
  const css = fs.readFileSync(path.join(DIST, 'common.wxss'), 'utf8');
  const rule = /\.privacy-sheet\{([^}]*)\}/.exec(css);
  expect(rule).not.toBeNull();
  expect(rule?.[1]).toMatch(/padding:[^;]*calc\(56rpx \+ env\(safe-area-inset-bottom\)\)/);
});
