/**
 * The set-up the browser tests share: `npm start`'s server and a Chromium page at a phone's (or a desk's) size, the
 * demo identity switch on the home page (演示身份), typing into Taro's H5 inputs, and screenshots kept when
 * E2E_SHOTS names a folder.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type Started } from './start-server';

/** A sample plate of the demo network, as /dev/demo lists it. */
export interface Plate {
  id: string;
  name: string;
  scanUrl: string;
}

/** The server, the browser and one page of a browser test, with the demo's first sample plate. */
export interface E2eApp {
  server: Started;
  browser: Browser;
  page: Page;
  plate: Plate;
}

/** Starts the server (with `env`) and a zh-CN page of `options`; `prepare` sets up the context before the page. */
export async function openApp(
  options: BrowserContextOptions,
  prepare?: (context: BrowserContext) => Promise<unknown>,
  env: Record<string, string> = {},
): Promise<E2eApp> {
  const server = await startServer(env);
  const plate = (await (await fetch(`${server.url}/dev/demo`)).json()).samplePosts[0] as Plate;
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  await prepare?.(context);
  const page = await context.newPage();
  return { server, browser, page, plate };
}

/** Closes what openApp opened, as far as it got. */
export async function closeApp(browser: Browser | undefined, server: Started | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}

/**
 * Switches the demo identity on the home page and waits until the app knows who it is now (its resident.me call).
 * `fresh` loads a blank page first: a hash-only change would keep the previous test's page stack in the document.
 */
export async function switchIdentity(
  page: Page,
  baseUrl: string,
  label: string,
  { fresh = false, waitMe = true }: { fresh?: boolean; waitMe?: boolean } = {},
): Promise<void> {
  if (fresh) await page.goto('about:blank');
  await page.goto(`${baseUrl}/#/pages/index/index`);
  // The home page asks resident.me as soon as it loads, still as the previous identity; only a me asked after the
  // login has answered is the new identity's.
  let loggedIn = false;
  const askedAfterLogin = new Set<Request>();
  const note = (r: Request): void => {
    if (loggedIn) askedAfterLogin.add(r);
  };
  page.on('request', note);
  const login = page.waitForResponse((r) => {
    if (r.url().endsWith('/dev/login') && r.ok()) loggedIn = true;
    return loggedIn;
  });
  const me = waitMe
    ? page.waitForResponse(
        (r) =>
          askedAfterLogin.has(r.request()) &&
          r.url().endsWith('/api/resident') &&
          r.request().postData()?.includes('"me"') === true,
      )
    : null;
  await page.locator('.demo-identity', { hasText: label }).first().click();
  try {
    await login;
    await me;
  } finally {
    page.off('request', note);
  }
}

/** Types into a Taro H5 input or textarea (the real element sits inside Taro's wrapper). */
export async function typeInto(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(`${selector} input, ${selector} textarea`).first().fill(value);
}

/** A full-page screenshot named `name` into E2E_SHOTS, when that folder is set; nothing otherwise. */
export function shooter(page: () => Page): (name: string) => Promise<void> {
  const shots = process.env.E2E_SHOTS;
  return async (name) => {
    if (shots) await page().screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  };
}
