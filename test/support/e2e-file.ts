/**
 * The life of one browser test file: what it opens before its first test and closes after its last, so each file
 * says only what it opens, not how the opening and closing go.
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchBrowser } from './browser';
import { closeApp, openApp, type E2eApp } from './e2e-app';
import { startServer, type Started } from './start-server';

/** `npm start`'s server and Chromium, up for the file's tests; the server must then stop gracefully (exit 0). */
export function serverAndBrowserForFile(): { readonly server: Started; readonly browser: Browser } {
  // Filled in by beforeAll: the tests read it only once it has run.
  const held = {} as { server: Started; browser: Browser };
  beforeAll(async () => {
    held.server = await startServer();
    held.browser = await launchBrowser();
  });
  afterAll(async () => {
    await held.browser?.close();
    // SIGTERM lets the server close and exit 0.
    if (held.server) expect(await held.server.stop()).toBe(0);
  });
  return held;
}

/** openApp with `options` before the file's tests and closeApp after them. */
export function appForFile(options: BrowserContextOptions): E2eApp {
  // Filled in by beforeAll, as above.
  const held = {} as E2eApp;
  beforeAll(async () => void Object.assign(held, await openApp(options)));
  afterAll(() => closeApp(held.browser, held.server));
  return held;
}
