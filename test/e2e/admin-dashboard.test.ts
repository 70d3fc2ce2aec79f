/**
 * Issue 5's acceptance path in a real browser over `npm start` with the demo network plus a generated year of
 * 1,000,000 scans: the demo county admin (洮北区) opens 统计看板 for the last year, drills down county → township →
 * village → post, exports a CSV that decodes as Chinese, imports 105 rows of new posts of which 5 are bad (the
 * report names them; the 100 good ones are imported), prints their plate sheet (an A4 PDF from Chromium) and
 * downloads the server's PDF of it, and sees the coverage gaps of the county (服务圈覆盖).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import { generateDataset } from '~/scripts/seed/index';
import { launchBrowser } from '../support/browser';
import { startServer, type Started } from '../support/start-server';

jest.setTimeout(600_000);

let server: Started;
let browser: Browser;
let page: Page;
const shots = process.env.E2E_SHOTS;
const shot = async (name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
};

beforeAll(async () => {
  server = await startServer({ SEED_SCANS: '1000000' });
  browser = await launchBrowser();
  // A desktop browser: the admin pages are meant to be comfortable there too.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Switches the demo identity on the home page and waits until the app knows who it is now. */
async function as(label: string): Promise<void> {
  // A fresh load each time: a hash-only change would keep the previous test's page stack in the document.
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/pages/index/index`);
  const login = page.waitForResponse((r) => r.url().endsWith('/dev/login') && r.ok());
  const me = page.waitForResponse(
    (r) => r.url().endsWith('/api/resident') && r.request().postData()?.includes('"me"') === true,
  );
  await page.locator('.demo-identity', { hasText: label }).first().click();
  await login;
  await me;
}

/** Waits for the next admin.dashboard reply and returns its data. */
function nextDashboard() {
  return page
    .waitForResponse((r) => r.url().endsWith('/api/admin') && r.request().postData()?.includes('"dashboard"') === true)
    .then(async (r) => (await r.json()).data);
}

const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));
const text = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';
const count = (selector: string) => page.locator(selector).count();

/** Polls `probe` until it returns `want` (or fails after 20 s with the last value). */
async function until<T>(probe: () => Promise<T>, want: T): Promise<void> {
  let last: T | undefined;
  for (let i = 0; i < 200; i++) {
    last = await probe();
    if (last === want) return;
    await page.waitForTimeout(100);
  }
  expect(last).toBe(want);
}

test('the county admin sees a year of scans and drills down to one post', async () => {
  await as('演示洮北区管理员');
  const first = nextDashboard();
  await page.locator('.dashboard-entry').click();
  const scope = await first;
  expect(scope.subject).toMatchObject({ id: '220802', level: 'county' });
  await page.locator('.figure-cards').waitFor();
  // 近一年: about a fifth of the city's million scans happen in 洮北区.
  const year = nextDashboard();
  await page.locator('.period-chips .chip', { hasText: '近一年' }).click();
  const data = await year;
  expect(data.period.days).toBe(365);
  expect(data.figures.scans).toBeGreaterThan(100_000);
  await until(async () => digits(await text('.figure-value')), data.figures.scans);
  expect(data.trendUnit).toBe('month');
  expect([12, 13]).toContain(data.trend.length);
  expect(data.hours.reduce((a: number, b: number) => a + b, 0)).toBe(data.figures.scans);
  await shot('admin-1-county');

  // county → township → village → post, each a tap on the first row of the drill-down table.
  const levels: string[] = [];
  for (const level of ['township', 'village', 'post']) {
    const next = nextDashboard();
    await page.locator('.children-table .table-row-link').first().click();
    const d = await next;
    expect(d.subject.level).toBe(level);
    expect(d.period.days).toBe(365); // the period is kept while drilling down
    levels.push(d.subject.name);
    await page.locator('.trail').getByText(d.subject.name).waitFor();
  }
  await until(() => count('.trail-item'), 4);
  await shot('admin-2-post');
  expect(levels[2]).toMatch(/先锋岗$/);
});

test('the drill-down table exports as a CSV that Excel reads as Chinese (UTF-8 with BOM)', async () => {
  await as('演示洮北区管理员');
  const loaded = nextDashboard();
  await page.locator('.dashboard-entry').click();
  const data = await loaded;
  const download = page.waitForEvent('download');
  await page.locator('.export-children').first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^洮北区.*\.csv$/);
  const bytes = readFileSync((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1).trim());
  expect(parsed.data[0]).toEqual(expect.arrayContaining(['扫码次数']));
  const nameCol = parsed.data[0].indexOf('名称');
  const names = parsed.data.slice(1).map((r) => r[nameCol]);
  expect(names).toEqual(data.children.map((c: { name: string }) => c.name));
  const scansCol = parsed.data[0].indexOf('扫码次数');
  expect(digits(parsed.data[1][scansCol])).toBe(data.children[0].scans);
});

test('服务圈覆盖 shows the county’s villages out of reach and where scans cluster outside every circle', async () => {
  await as('演示洮北区管理员');
  const reply = page.waitForResponse(
    (r) => r.url().endsWith('/api/admin') && r.request().postData()?.includes('"coverage"') === true,
  );
  await page.locator('.circles-entry').click();
  const data = (await (await reply).json()).data;
  expect(data.region.id).toBe('220802');
  expect(data.villages.uncovered.length).toBe(3);
  expect(data.clusters.length).toBeGreaterThanOrEqual(2);
  await until(() => count('.uncovered-item'), 3);
  expect(await text('.cluster-item')).toContain('建议');
  await until(() => count('.coverage-plot .plot-village'), 3);
  await shot('admin-6-coverage');
  // 在此新增先锋岗 opens the new-post form at the suggested place.
  await page.locator('.cluster-item .create-post').first().click();
  await page.waitForURL(/create=1/);
  expect(new URL(page.url().replace('#', '')).searchParams.get('lat')).toBe(String(data.clusters[0].lat));
});

/** 100 new posts in villages of 洮北区 outside the demo township, and 5 bad rows among them. */
function importFile(): { csv: string; good: number; bad: number[] } {
  const data = generateDataset();
  const villages = data.regions.filter(
    (r) => r.level === 'village' && r.code.startsWith('220802') && !r.code.startsWith('220802001'),
  );
  const rows: string[][] = [['岗位编号', '岗位名称', '地址', '村代码', '纬度', '经度']];
  for (let i = 0; i < 100; i++) {
    const v = villages[i % villages.length];
    rows.push([
      '',
      `${v.name}新建先锋岗${i + 1}`,
      `${v.name}文化广场`,
      v.code,
      (v.lat + 0.002).toFixed(6),
      v.lng.toFixed(6),
    ]);
  }
  const other = data.regions.find((r) => r.level === 'village' && r.code.startsWith('220821'))!;
  const v = villages[0];
  const bad: Array<[number, string[]]> = [
    [12, ['', '北京的先锋岗', '北京市', v.code, '39.904200', '116.407400']],
    [30, ['', '不存在的村先锋岗', '某地', '220802999999', v.lat.toFixed(6), v.lng.toFixed(6)]],
    [55, ['', '经度写错的先锋岗', '某地', v.code, v.lat.toFixed(6), '东经一百二十二度']],
    [70, ['', '', '没有名字', v.code, v.lat.toFixed(6), v.lng.toFixed(6)]],
    [90, ['', `${other.name}越界先锋岗`, '外县', other.code, other.lat.toFixed(6), other.lng.toFixed(6)]],
  ];
  // In ascending order, each bad row lands on its planned spreadsheet row (header = row 1).
  for (const [at, row] of bad) rows.splice(at - 1, 0, row);
  return { csv: '\uFEFF' + Papa.unparse(rows), good: 100, bad: bad.map(([at]) => at) };
}

test('an import of 105 rows reports the 5 bad ones, imports the 100 good ones and prints their plates', async () => {
  await as('演示洮北区管理员');
  await page.goto('about:blank');
  await page.goto(`${server.url}/#/packages/admin/pages/import/index`);
  const file = importFile();
  // The sheet's coordinates are GPS ones; the page asks first, and says so in the report.
  await page.locator('.datum-option', { hasText: 'GPS定位' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.choose-file').click();
  await (
    await chooser
  ).setFiles({ name: '新增先锋岗.csv', mimeType: 'text/csv', buffer: Buffer.from(file.csv, 'utf8') });
  await page.locator('.import-report').waitFor();
  expect(digits(await text('.report-total'))).toBe(105);
  expect(digits(await text('.report-bad'))).toBe(5);
  const lines = await page.locator('.problem-row .problem-line').allTextContents();
  expect([...new Set(lines.map(digits))].sort((a, b) => a - b)).toEqual(file.bad);
  expect(await text('.problem-table')).toContain('不在本市范围');
  expect(await text('.report-datum')).toBe('经纬度来自：GPS定位（手机定位、奥维地图等）');
  // 全部导入 is refused while bad rows remain (Taro's H5 button carries the disabled attribute).
  expect(await page.locator('.import-all').first().getAttribute('disabled')).not.toBeNull();
  expect(await text('.import-all-blocked')).toBe('有错误的行时不能全部导入');
  await shot('admin-3-report');

  await page.locator('.import-good').click();
  await page.locator('.import-plates').waitFor({ timeout: 60_000 });
  expect(await text('.import-run .section-title')).toContain('100');
  await shot('admin-4-imported');

  await page.locator('.import-plates').click();
  await page.locator('.plate').first().waitFor();
  await until(() => count('.plate'), 100);
  expect(await text('.plate')).toContain('微信扫一扫 法律全知晓');
  expect(await text('.plate-name')).toContain('新建先锋岗');
  // The QR images are real SVGs of the plate links.
  const qr = page.locator('.plate-qr img').first();
  await until(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), true);
  await shot('admin-5-plates');
  // Print: A4 pages, the buttons gone.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.plates-print').isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(Math.ceil(100 / 6));
  expect(pages).toBeLessThanOrEqual(Math.ceil(100 / 4));
  await page.emulateMedia({ media: 'screen' });
  // 下载PDF: the same plates as the server's A4 PDF (six a page), saved under the sheet's Chinese name.
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.locator('.plates-pdf-button').first().click();
  const sheet = await download;
  expect(sheet.suggestedFilename()).toMatch(/先锋岗二维码牌\.pdf$/);
  const doc = await PDFDocument.load(readFileSync((await sheet.path())!));
  expect(doc.getPageCount()).toBe(Math.ceil(100 / 6));
});
