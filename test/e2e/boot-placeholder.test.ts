/**
 * The first seconds on a weak network, in a real browser over `npm start`'s server and the H5 build: the app's first
 * two bundles are ≈ 120 KB gzipped (375 KB raw), seconds on a weak 3G signal, and until they arrived the page was
 * blank white, as if the plate were broken. Now the page says 正在打开先锋岗… as soon as its HTML arrives, and the
 * app replaces it.
 */
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(180_000);

const app = serverAndBrowserForFile();

test('on a slow network the plate link says 正在打开先锋岗… at once, then the landing page replaces it', async () => {
  const demo = (await (await fetch(`${app.server.url}/dev/demo`)).json()) as { samplePosts: { scanUrl: string }[] };
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    // A weak 3G signal: 400 ms a round trip, 50 KB/s down.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 20 * 1024,
    });
    const start = Date.now();
    const opened = page.goto(demo.samplePosts[0].scanUrl, { waitUntil: 'commit' });
    const boot = page.locator('#boot');
    await boot.waitFor({ state: 'visible', timeout: 30_000 });
    const bootAt = Date.now() - start;
    expect((await boot.innerText()).trim()).toBe('正在打开先锋岗…');
    await opened;
    await page.locator('.post-name').first().waitFor({ timeout: 90_000 });
    const landedAt = Date.now() - start;
    // The words came while the code was still on its way, well before the landing page.
    expect(landedAt - bootAt).toBeGreaterThan(1000);
    expect(await page.locator('#boot').count()).toBe(0);
  } finally {
    await context.close();
  }
});
