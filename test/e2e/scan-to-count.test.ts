/**
 * The whole path in a real browser over `npm start`'s server: a resident opens a plate link, sees the post and
 * its volunteers; the demo admin then sees that one scan counted, for the post and for the city.
 */
import type { Page } from 'playwright-core';
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(120_000);

const app = serverAndBrowserForFile();
const shots = process.env.E2E_SHOTS; // a folder to keep screenshots in, when set

async function phone(): Promise<Page> {
  const context = await app.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  return context.newPage();
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

test('plate link → landing page with post and volunteers → the admin sees the scan counted', async () => {
  const demo = await (await fetch(`${app.server.url}/dev/demo`)).json();
  const sample: { id: string; name: string; scanUrl: string } = demo.samplePosts[0];
  expect(app.server.output()).toContain(sample.scanUrl);

  const resident = await phone();
  await resident.goto(sample.scanUrl);
  await resident.locator('.post-name').first().waitFor();
  expect(await text(resident, '.post-name')).toBe(sample.name);
  await resident.locator('.volunteer-name').first().waitFor();
  expect((await text(resident, '.volunteer-name')).trim()).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  expect(await resident.locator('.city-contacts').innerText()).toContain('12348');
  if (shots) await resident.screenshot({ path: `${shots}/landing.png`, fullPage: true });

  // The admin, on the same browser (the recent post list remembers the post), switches identity in demo mode.
  await resident.goto(`${app.server.url}/#/pages/index/index`);
  await resident.locator('.demo-identity', { hasText: '演示市级管理员' }).click();
  await resident.locator('.stats-entry').click();
  await resident.locator('.today-count').nth(1).waitFor();
  if (shots) await resident.screenshot({ path: `${shots}/stats.png`, fullPage: true });
  const counts = await resident.locator('.today-count').allInnerTexts();
  expect(counts.map((c) => c.trim())).toEqual(['1', '1']);
  expect(await resident.locator('.stats-subject').allInnerTexts()).toEqual(
    expect.arrayContaining([expect.stringContaining('白城市'), expect.stringContaining(sample.name)]),
  );
});

test('an unknown post id shows the friendly page with 12348, in the app and at the plate link', async () => {
  const page = await phone();
  await page.goto(`${app.server.url}/#/pages/post/index?id=p99999999999999&source=link`);
  await page.locator('.unknown-title').waitFor();
  expect(await text(page, '.unknown-title')).toBe('没有找到这个先锋岗');
  expect(await page.locator('body').innerText()).toContain('12348');
  const res = await page.goto(`${app.server.url}/s/p99999999999999`);
  expect(res?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('没有找到这个先锋岗');
});
