/**
 * The Content-Security-Policy against the real H5 build in Chromium over `npm start`'s server: the home page, a
 * plate's landing page and the city admin's dashboard render with no policy violation reported, Taro's inline
 * root-font script runs (allowed by its hash), an injected inline script does not, and no page may frame the app.
 */
import type { Page } from 'playwright-core';
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(180_000);

const app = serverAndBrowserForFile();

/** A page that records every CSP violation, both the DOM event and the console's report. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await app.browser.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return { page, violations };
}

test('every page of the app renders under the policy with no violation', async () => {
  const home = await fetch(app.server.url);
  const csp = home.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

  const { page, violations } = await watchedPage();
  await page.goto(`${app.server.url}/#/pages/index/index`);
  await page.locator('.demo-identity').first().waitFor();
  // Taro's inline script sets the root font size for rem units: it ran, so the hash matched.
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toMatch(/px$/);

  const demo = (await (await fetch(`${app.server.url}/dev/demo`)).json()) as { samplePosts: { scanUrl: string }[] };
  await page.goto(demo.samplePosts[0].scanUrl);
  await page.locator('.post-name').first().waitFor();

  await page.goto(`${app.server.url}/#/pages/index/index`);
  await page.locator('.demo-identity', { hasText: '演示市级管理员' }).click();
  await page.locator('.stats-entry').click();
  await page.locator('.today-count').first().waitFor();
  await page.waitForTimeout(500);
  expect(violations).toEqual([]);
  await page.close();
});

test('an injected inline script is blocked and reported', async () => {
  const { page, violations } = await watchedPage();
  await page.goto(`${app.server.url}/#/pages/index/index`);
  await page.locator('.demo-identity').first().waitFor();
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await page.waitForTimeout(200);
  expect(violations.some((v) => /script-src/.test(v))).toBe(true);
  await page.close();
});

test('a page of another site cannot frame the app', async () => {
  const page = await app.browser.newPage();
  const console: string[] = [];
  page.on('console', (m) => console.push(m.text()));
  await page.setContent(
    `<iframe id="f" src="${app.server.url}/#/pages/index/index" width="400" height="400"></iframe>`,
  );
  await page.waitForTimeout(1500);
  const framed = page.frames().find((f) => f.url().startsWith(app.server.url));
  const rendered = framed ? await framed.locator('.demo-identity').count() : 0;
  expect(rendered).toBe(0);
  await page.close();
});
