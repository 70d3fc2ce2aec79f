/**
 * Watches one playwright page for what the layout guard counts besides layout: console errors, uncaught errors
 * and failed requests, and knows when the page has settled (no request in flight, two frames drawn).
 */
import type { Page, Request, Response } from 'playwright-core';

/** A page's record of trouble since the last reset. */
export interface PageWatch {
  /** Starts a new page; `mayRefuse`: the caller's role is not this page's audience, so a refusal is its answer. */
  reset(mayRefuse: boolean): void;
  inFlight(): number;
  problems(): string[];
}

/** The refusals a page not meant for the caller's role may receive (and must show); any other error is a defect. */
const EXPECTED_REFUSALS = new Set(['FORBIDDEN', 'OUT_OF_SCOPE', 'UNAUTHENTICATED', 'REQUEST_NOT_FOUND']);

/** Starts watching `page`. */
export function watchPage(page: Page): PageWatch {
  let pending = new Set<Request>();
  let problems: string[] = [];
  let mayRefuse = false;
  const judged = new Set<string>();
  const done = (r: Request) => pending.delete(r);
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', done);
  page.on('requestfailed', (r) => {
    done(r);
    // A navigation away aborts what the last page still fetched: that is the guard's doing, not the page's.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', async (res: Response) => {
    if (res.status() < 400) return;
    judged.add(res.url());
    const url = new URL(res.url()).pathname;
    let code = '';
    try {
      code = ((await res.json()) as { error?: { code?: string } }).error?.code ?? '';
    } catch {
      // not JSON: reported below with its status
    }
    if (!(mayRefuse && EXPECTED_REFUSALS.has(code))) problems.push(`HTTP ${res.status()} ${url} ${code}`);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs each failed load as "Failed to load resource": a response seen above is judged there; one the
    // page never exposed (the browser's own favicon request) is reported here.
    if (/^Failed to load resource/.test(m.text()) && judged.has(m.location().url)) return;
    problems.push(`console error: ${m.text().slice(0, 200)}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message.slice(0, 200)}`));
  return {
    reset: (refusable) => {
      mayRefuse = refusable;
      pending = new Set();
      problems = [];
      judged.clear();
    },
    inFlight: () => pending.size,
    problems: () => problems,
  };
}

/** Waits until the page shows something, no request has been in flight for 150 ms, and two frames are drawn. */
export async function settle(page: Page, watch: PageWatch): Promise<void> {
  await page.locator('.taro_page').first().waitFor({ state: 'attached', timeout: 10_000 });
  let quiet = 0;
  for (let i = 0; i < 200 && quiet < 3; i++) {
    await page.waitForTimeout(50);
    quiet = watch.inFlight() === 0 ? quiet + 1 : 0;
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
