/** Launches the headless Chromium that `npm test` provides (CHROMIUM_PATH), with the flags this machine needs. */
import { chromium, type Browser } from 'playwright-core';

/** A headless Chromium; fails with a clear message when the tests were not started through `npm test`. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the tests with `npm test`.');
  return chromium.launch({
    executablePath,
    // No sandbox as root in CI; no background networking on a machine without internet.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
