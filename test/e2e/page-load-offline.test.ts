/**
 * A page that cannot be fetched on a weak network, in a real browser over `npm start`'s server and the H5 build: a
 * resident on a plate's landing page loses the network and taps 我要咨询. Before, the address changed, the form's
 * code failed to load, and nothing else happened: no word, the landing page under a wrong address, and the browser's
 * back button led nowhere. Now they are told, the landing page stays as it was under its own address, and once the
 * network is back the same tap opens the form.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(180_000);

const app = serverAndBrowserForFile();
const FAILED = '网络不给力，页面没有打开，请稍后再试';

/** A new context on the first sample plate's landing page; uncaught page errors are collected. */
async function onLanding(): Promise<{ context: BrowserContext; page: Page; landing: string; errors: string[] }> {
  const demo = (await (await fetch(`${app.server.url}/dev/demo`)).json()) as { samplePosts: { scanUrl: string }[] };
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(demo.samplePosts[0].scanUrl);
  await page.locator('.post-name').first().waitFor();
  expect(page.url()).toContain('pages/post/index');
  return { context, page, landing: page.url(), errors };
}

/** The ids of the page containers in the document (Taro gives each page instance its own). */
const pageIds = (page: Page) => page.$$eval('.taro_page', (els) => els.map((e) => e.id));

/** Taps 我要咨询 when its page cannot be fetched, and checks what the resident sees. */
async function tapAskAndFail(page: Page, landing: string, errors: string[]): Promise<void> {
  const before = await pageIds(page);
  await page.getByText('我要咨询', { exact: true }).first().click();
  await page.getByText(FAILED).waitFor({ timeout: 15_000 });
  await page.waitForURL(landing, { timeout: 5_000 });
  expect(await page.locator('.post-name').first().isVisible()).toBe(true);
  expect(await page.locator('.ask-form').count()).toBe(0);
  // The same landing page, not one rebuilt (which would ask the server again).
  expect(await pageIds(page)).toEqual(before);
  // The failure was handled, not left to reach the page as an uncaught error.
  expect(errors).toEqual([]);
}

/** With the network back, 我要咨询 opens the form, and the back button returns to the landing page. */
async function tapAskAndOpen(page: Page, landing: string, errors: string[]): Promise<void> {
  await page.getByText('我要咨询', { exact: true }).first().click();
  await page.locator('.ask-form').first().waitFor({ timeout: 30_000 });
  expect(page.url()).toContain('packages/resident/pages/ask/index');
  // Back once the switch has finished, as a person would: Taro hides the page below 350 ms after a push, and a back
  // within its first 50 ms (no hand is that fast) lets that late hide cover the page it returns to.
  await page.locator('.taro_page.taro_page_shade').first().waitFor({ state: 'attached' });
  await page.goBack();
  await page.locator('.post-name').first().waitFor();
  expect(page.url()).toBe(landing);
  expect(errors).toEqual([]);
}

test('offline, 我要咨询 says the page did not open and leaves the landing page as it was; online, it opens', async () => {
  const { context, page, landing, errors } = await onLanding();
  try {
    await context.setOffline(true);
    await tapAskAndFail(page, landing, errors);
    await context.setOffline(false);
    await tapAskAndOpen(page, landing, errors);
  } finally {
    await context.close();
  }
});

test('online but the page code is lost on the way (a weak signal): the same, and the next tap opens it', async () => {
  const { context, page, landing, errors } = await onLanding();
  try {
    // Every script and style not fetched yet fails, as a request dropped by a weak signal does.
    const drop = (route: { abort: (code: string) => Promise<void> }) => route.abort('connectionreset');
    await page.route(/\/(js|css)\/[^/]+\.(js|css)$/, drop);
    await tapAskAndFail(page, landing, errors);
    await page.unroute(/\/(js|css)\/[^/]+\.(js|css)$/, drop);
    await tapAskAndOpen(page, landing, errors);
  } finally {
    await context.close();
  }
});
