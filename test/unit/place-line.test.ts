/**
 * Place lines (县 · 乡镇 · 村, 岗位 · 村) break only after a separator: each dot is held to the name before it by a
 * no-break space, and every page that shows one gives it the class `place-line` (word-break: keep-all), which the
 * elder-mode e2e test measures in Chromium. Before, the admin, plate and work pages joined with plain spaces.
 */
import { placeLine } from '~/src/components/placeLine';

test('joins the names present with a dot held to the name before it', () => {
  expect(placeLine('洮北区', '明仁街道', '锦绣社区')).toBe('洮北区\u00a0· 明仁街道\u00a0· 锦绣社区');
  expect(placeLine('平台镇', '')).toBe('平台镇');
  expect(placeLine(undefined, '新立村', null)).toBe('新立村');
  expect(placeLine()).toBe('');
});
