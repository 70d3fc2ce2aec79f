/**
 * Elder mode (长辈模式) in a real browser over `npm start`'s server: one tap on a plate's landing page makes the
 * type at least 1.25× and the call buttons at least 1.2× taller, and the choice survives a reload.
 */
import type { Page } from 'playwright-core';
import { serverAndBrowserForFile } from '../support/e2e-file';

jest.setTimeout(180_000);

const app = serverAndBrowserForFile();
const shots = process.env.E2E_SHOTS; // a folder to keep screenshots in, when set

/** What a reader notices: sizes of the post name, body text and the first call button. */
async function measure(page: Page) {
  const px = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const box = await page.locator('.call-button').first().boundingBox();
  return { name: await px('.post-name'), body: await px('.post-place'), callHeight: box?.height ?? 0 };
}

/** The whole page as the reader would scroll through it: Taro's H5 pages scroll inside their own box, so the
 * window is made as tall as the page root first. */
async function shoot(page: Page): Promise<Buffer> {
  const height = await page
    .locator('.page')
    .first()
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await page.setViewportSize({ width: 390, height: Math.max(844, height) });
  const png = await page.screenshot();
  await page.setViewportSize({ width: 390, height: 844 });
  return png;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A new browser context at `viewport`, on the first sample plate's landing page once its name shows. */
async function openSamplePlate(viewport: { width: number; height: number }) {
  const demo = (await (await fetch(`${app.server.url}/dev/demo`)).json()) as { samplePosts: { scanUrl: string }[] };
  const context = await app.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(demo.samplePosts[0].scanUrl);
  await page.locator('.post-name').first().waitFor();
  return { context, page };
}

test('plate link in standard mode → tap 长辈模式 → bigger type and buttons, taller page; reload keeps it', async () => {
  const { context, page } = await openSamplePlate({ width: 390, height: 844 });
  await page.locator('.call-button').first().waitFor();
  expect(await page.locator('.page.elder').count()).toBe(0);
  const toggle = page.locator('.elder-toggle').first();
  expect((await toggle.innerText()).trim()).toBe('长辈模式');
  const standard = await measure(page);
  const before = await shoot(page);

  await toggle.click();
  await page.locator('.page.elder').first().waitFor();
  expect((await toggle.innerText()).trim()).toBe('标准模式');
  const elder = await measure(page);
  const after = await shoot(page);
  if (shots) {
    const fs = await import('node:fs');
    fs.writeFileSync(`${shots}/landing-standard.png`, before);
    fs.writeFileSync(`${shots}/landing-elder.png`, after);
  }

  expect(elder.name).toBeGreaterThanOrEqual(standard.name * 1.25);
  expect(elder.body).toBeGreaterThanOrEqual(standard.body * 1.25);
  expect(standard.callHeight).toBeGreaterThan(0);
  expect(elder.callHeight).toBeGreaterThanOrEqual(standard.callHeight * 1.2);
  expect(before.equals(after)).toBe(false);
  expect(pngSize(after).height).toBeGreaterThan(pngSize(before).height);

  await page.reload();
  await page.locator('.post-name').first().waitFor();
  expect(await page.locator('.page.elder').count()).toBeGreaterThan(0);
  expect((await page.locator('.elder-toggle').first().innerText()).trim()).toBe('标准模式');
  expect((await measure(page)).name).toBeCloseTo(elder.name, 1);
  await context.close();
});

test('in elder mode at 360 px the place line breaks between names, never inside one', async () => {
  const { context, page } = await openSamplePlate({ width: 360, height: 740 });
  if ((await page.locator('.page.elder').count()) === 0) await page.locator('.elder-toggle').first().click();
  await page.locator('.page.elder').first().waitFor();
  // Each name's characters, and the lines (distinct tops) they lie on.
  const names = await page
    .locator('.post-place')
    .first()
    .evaluate((el) => {
      // Taro's H5 <Text> puts empty text nodes beside its content: the one holding the names.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text;
      while (node && !node.data.includes('·')) node = walker.nextNode() as Text;
      const text = node.data;
      const lines = new Set<number>();
      const out: { name: string; lines: number }[] = [];
      let from = 0;
      for (const name of text.split(/\s*·\s*/)) {
        const start = text.indexOf(name, from);
        from = start + name.length;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, from);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        tops.forEach((t) => lines.add(t));
        out.push({ name, lines: tops.size });
      }
      return { out, total: lines.size };
    });
  expect(names.out.map((n) => n.name)).toEqual(['洮北区', '明仁街道', '锦绣社区']);
  // The test is only worth its name if the line does wrap at this width.
  expect(names.total).toBeGreaterThan(1);
  expect(names.out.filter((n) => n.lines !== 1)).toEqual([]);
  await context.close();
});

test('in elder mode on a 320 px phone every button of the landing page reads on one line', async () => {
  const { context, page } = await openSamplePlate({ width: 320, height: 568 });
  if ((await page.locator('.page.elder').count()) === 0) await page.locator('.elder-toggle').first().click();
  await page.locator('.page.elder').first().waitFor();
  await page.locator('.location-ask .btn').first().waitFor();
  // Each label and the lines (distinct tops) its characters lie on: 我要咨 / 询 was two. A call button's label and its
  // number are two pieces: the number may take a line of its own, but never breaks (0436- / 3758028).
  const pieces = await page.$$eval('.page.elder .btn', (els) =>
    els
      .filter((el) => el.getBoundingClientRect().width > 0)
      .flatMap((el): Element[] => {
        const parts = el.querySelectorAll('.call-label, .call-number');
        return parts.length > 0 ? Array.from(parts) : [el];
      })
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        return { label: (el.textContent ?? '').trim(), lines: tops.size };
      }),
  );
  const labels = pieces.map((b) => b.label);
  expect(labels).toEqual(expect.arrayContaining(['我要咨询', '申请调解', '法律援助', '分享位置', '12348']));
  expect(pieces.filter((b) => b.lines !== 1)).toEqual([]);
  // The three entries wrap whole: two rows at most here (one on a 360 px phone), not one row each.
  const rows = await page.$$eval(
    '.action-entry',
    (els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size,
  );
  expect(rows).toBe(2);
  await context.close();
});
