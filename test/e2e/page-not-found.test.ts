/**
 * An address naming a page the app does not have (an old link, a mistyped path), in a real browser over the H5
 * build: Taro's router renders nothing for it, so the person saw a blank screen. Now the home page opens and says
 * the page is gone.
 */
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(120_000);

const app = serverAndBrowserForFile();

test('an unknown page’s address opens the home page with a word on why', async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${app.server.url}/#/packages/old/pages/detail/index?id=x`);
  const word = page.getByText('您要找的页面已经不在了，已为您打开首页');
  await word.waitFor({ timeout: 20_000 });
  await page.locator('.home-page').first().waitFor();
  expect(page.url()).toContain('/pages/index/index');
  // Long enough to read: Taro hides a toast shown before its page switch completed within ≈ 300 ms.
  await page.waitForTimeout(1500);
  expect(await word.isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});
