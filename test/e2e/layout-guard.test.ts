/**
 * The layout guard: every page of app.config.ts, opened in Chromium over `npm start`'s server as each demo role,
 * at a phone (375×740) and a desktop (1280×800), must show no control or text block narrower than its content or
 * 0 px wide, no sideways scrolling, no text cut by its box, no console error and no failed request that the page
 * did not ask to fail (a role's refusal on a page that is not theirs is such a request: it must be the documented
 * refusal, shown to the reader).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { appPages } from '../support/app-pages';
import { launchBrowser } from '../support/browser';
import { probeLayout, type LayoutFinding } from '../support/layout-probe';
import { startServer, type Started } from '../support/start-server';
import { settle, watchPage, type PageWatch } from '../support/page-watch';
import guideTitles from '~/data/guide-titles.json';

jest.setTimeout(300_000);

const ROLES = [
  'demo-resident',
  'demo-volunteer',
  'demo-mediator',
  'demo-staff',
  'demo-aid-staff',
  'demo-township-admin',
  'demo-county-admin',
  'demo-admin',
] as const;
const VIEWPORTS = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
];
const PAGES = appPages();

let server: Started;
let browser: Browser;
let query: (route: string) => string;

beforeAll(async () => {
  server = await startServer({ SEED_SCANS: '5000' });
  browser = await launchBrowser();
  const demo = (await (await fetch(`${server.url}/dev/demo`)).json()) as { samplePosts: { id: string }[] };
  const postId = demo.samplePosts[0].id;
  // One open question at the plate, so 我的诉求, its detail and the workers' inboxes and case page have content.
  const resident = await browser.newContext();
  await resident.request.post(`${server.url}/dev/login`, { data: { openid: 'demo-resident' } });
  const asked = await resident.request.post(`${server.url}/api/resident`, {
    data: {
      action: 'ask',
      postId,
      clientId: crypto.randomUUID(),
      category: 'wages',
      text: '在镇上的砖厂干了两个月，老板一直拖着不发工资，合同也没签，我该怎么办？',
    },
  });
  const requestId = ((await asked.json()) as { data: { id: string } }).data.id;
  await resident.close();
  // The pages that need an id get the plate's post, the question, a topic and the first guide.
  const params: Record<string, string> = {
    'pages/post/index': `id=${postId}`,
    'packages/admin/pages/post/index': `postId=${postId}`,
    'packages/admin/pages/plates/index': `postIds=${postId}`,
    'packages/resident/pages/ask/index': `postId=${postId}`,
    'packages/resident/pages/mediation/index': `postId=${postId}`,
    'packages/resident/pages/aid/index': `postId=${postId}`,
    'packages/resident/pages/request/index': `id=${requestId}`,
    'packages/work/pages/case/index': `id=${requestId}`,
    'packages/guides/pages/topic/index': `topic=wages&postId=${postId}`,
    'packages/guides/pages/detail/index': `id=${guideTitles.guides[0].id}&postId=${postId}`,
  };
  query = (route) => (params[route] ? `?${params[route]}` : '');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Panels a page opens on a tap (分配先锋岗, a case's action forms, a new service point): each opener is tapped in
 * turn and the page checked again, so what hides behind a button is held to the same rules.
 */
const OPENERS: Record<string, string> = {
  'packages/admin/pages/people/index': '.person-assign',
  'packages/admin/pages/services/index': '.point-add',
  'packages/work/pages/case/index': '.action-button',
};
const ADMINS = ['demo-township-admin', 'demo-county-admin', 'demo-admin'];
const WORKERS = ['demo-volunteer', 'demo-mediator', 'demo-staff', 'demo-aid-staff'];

/**
 * True when `openid`'s role is not the audience of `route`, so a refusal (403, or 404 for someone else's request)
 * is the page's answer; on its own audience's pages every error reply is a defect. The question was asked at the
 * demo volunteer's post: they must see it, other workers may be refused.
 */
function mayRefuse(route: string, openid: string): boolean {
  if (route === 'packages/admin/pages/bootstrap/index' || route === 'packages/work/pages/invite/index') return false;
  // 审计日志 is the city admins' alone: county and township admins are refused there too.
  if (route === 'packages/admin/pages/audit/index') return openid !== 'demo-admin';
  if (route.startsWith('packages/admin/')) return !ADMINS.includes(openid);
  if (route === 'packages/work/pages/case/index') return openid !== 'demo-volunteer';
  if (route.startsWith('packages/work/')) return !WORKERS.includes(openid);
  if (route === 'packages/resident/pages/request/index') return openid !== 'demo-resident';
  return false;
}

/** Pages opened a second time with other parameters: the new-post form of 岗位详情. */
const VARIANTS: Record<string, string> = { 'packages/admin/pages/post/index': '?create=1' };

/** Checks the page as shown at both viewports (ending at the phone's); returns its defects. */
async function check(page: Page, watch: PageWatch, route: string): Promise<string[]> {
  const problems: string[] = [];
  for (const vp of VIEWPORTS) {
    await page.setViewportSize(vp);
    await settle(page, watch);
    const found = await page.evaluate(probeLayout);
    problems.push(...found.map((f: LayoutFinding) => `${route} @${vp.width}: ${f.kind} ${f.what}`));
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return problems;
}

/** Opens every page as `openid` at both viewports, taps its openers; returns every defect found. */
async function walk(openid: string): Promise<string[]> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORTS[0], locale: 'zh-CN' });
  const login = await context.request.post(`${server.url}/dev/login`, { data: { openid } });
  if (!login.ok()) return [`${openid}: demo login refused (${login.status()})`];
  const problems: string[] = [];
  const page = await context.newPage();
  const watch = watchPage(page);
  let n = 0;
  const visits = PAGES.flatMap((route) => [
    { route, url: `${route}${query(route)}` },
    ...(VARIANTS[route] ? [{ route: `${route}${VARIANTS[route]}`, url: `${route}${VARIANTS[route]}` }] : []),
  ]);
  for (const { route, url } of visits) {
    watch.reset(mayRefuse(route, openid));
    await page.setViewportSize(VIEWPORTS[0]);
    // A new document each time (the query makes the URL differ): no earlier page stays in Taro's stack.
    await page.goto(`${server.url}/?guard=${n++}#/${url}`);
    problems.push(...(await check(page, watch, route)));
    const opener = OPENERS[route] ? page.locator(OPENERS[route]) : null;
    const openers = opener ? Math.min(await opener.count(), 6) : 0;
    for (let i = 0; i < openers; i++) {
      if (!(await opener!.nth(i).isVisible())) continue;
      await opener!.nth(i).click();
      problems.push(...(await check(page, watch, `${route} ${OPENERS[route]}[${i}]`)));
    }
    problems.push(...watch.problems().map((p) => `${route}: ${p}`));
  }
  await context.close();
  return problems.map((p) => `${openid} ${p}`);
}

const found = new Map<string, string[]>();

// The walk of every role runs in beforeAll, two roles at a time (the server and the browser each have a core
// to use), and each role's test then reads its findings.
beforeAll(async () => {
  const queue = [...ROLES];
  const worker = async () => {
    for (let openid = queue.shift(); openid; openid = queue.shift()) found.set(openid, await walk(openid));
  };
  await Promise.all([worker(), worker()]);
});

test.each(ROLES)('every page lays out whole for %s on a phone and a desktop', (openid) => {
  expect(found.get(openid)).toEqual([]);
});

// The guard must be able to fail: a page built with one defect of each kind is caught on every count.
test('the probe catches each kind of defect it is meant to', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[0] });
  const page = await context.newPage();
  await page.setContent(`<div class="taro_page" style="font: 16px sans-serif">
    <div style="display:flex"><input style="flex:1;width:100%;min-width:0;padding:0;border:0" placeholder="按名称搜索"><button
      style="width:100%;flex:none">搜索</button></div>
    <button style="width:40px">开始审查</button>
    <button disabled style="color:rgba(255,255,255,.6);background:#fff">保存</button>
    <p style="height:20px;overflow:hidden">第一行<br>第二行</p>
    <p>https://example.invalid/AVeryLongAddressThatCannotBreakAnywhereAtAllOnThePhonesNarrowScreen</p></div>`);
  const kinds = new Set((await page.evaluate(probeLayout)).map((f) => f.kind));
  await context.close();
  expect([...kinds].sort()).toEqual(
    ['button-wraps', 'clipped-text', 'low-contrast', 'narrower-than-content', 'page-overflow', 'zero-width'].sort(),
  );
});

// 每日扫码 on a desktop: all 30 days side by side, today's bar the last and named, every label on one line.
test('the desktop trend chart shows every day up to today with labels that read', async () => {
  const context = await browser.newContext({ viewport: VIEWPORTS[1], locale: 'zh-CN' });
  await context.request.post(`${server.url}/dev/login`, { data: { openid: 'demo-admin' } });
  const page = await context.newPage();
  await page.goto(`${server.url}/#/packages/admin/pages/dashboard/index`);
  await page.locator('.trend-chart .chart-bar').first().waitFor();
  const chart = await page.locator('.trend-chart').evaluate((el) => {
    const box = el.getBoundingClientRect();
    const bars = Array.from(el.querySelectorAll('.chart-bar')).map((b) => b.getBoundingClientRect());
    const labels = Array.from(el.querySelectorAll<HTMLElement>('.chart-label'))
      .filter((l) => (l.textContent ?? '').trim() !== '')
      .map((l) => ({
        text: l.textContent!.trim(),
        lines: Math.round(l.getBoundingClientRect().height / parseFloat(getComputedStyle(l).lineHeight)),
      }));
    return {
      bars: bars.length,
      inside: bars.every((b) => b.left >= box.left - 1 && b.right <= box.right + 1),
      labels,
    };
  });
  await context.close();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .replace('/', '-');
  expect(chart.bars).toBe(30);
  expect(chart.inside).toBe(true);
  expect(chart.labels.at(-1)?.text).toBe(today);
  expect(chart.labels.length).toBeGreaterThanOrEqual(5);
  expect(chart.labels.filter((l) => l.lines !== 1)).toEqual([]);
});
