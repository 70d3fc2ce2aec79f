/**
 * Residents' and workers' journeys in Chromium over `npm start`'s H5 build at 375 × 740: the case page's action
 * buttons keep every label on one line (standard and elder mode), the home page offers no 扫一扫 a browser cannot
 * do, the landing page links to 首页 · 我的诉求 · 消息 · 隐私说明, and 导航 opens the map site at the place.
 */
import type { Browser, Page } from 'playwright-core';
import { idCheckChar } from '~/types/idcard';
import { type Plate, closeApp, openApp, switchIdentity } from '../support/e2e-app';
import type { Started } from '../support/start-server';

jest.setTimeout(240_000);

let server: Started;
let browser: Browser;
let page: Page;
let plate: Plate;

beforeAll(
  async () =>
    ({ server, browser, page, plate } = await openApp({ viewport: { width: 375, height: 740 } }, (context) =>
      // The map site is out of reach here: answer its page locally, so only the address it was asked for matters.
      context.route('https://uri.amap.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<p>map</p>' }),
      ),
    )),
);

afterAll(() => closeApp(browser, server));

/** Switches the demo identity on the home page and waits until the app knows who it is now. */
const as = (label: string) => switchIdentity(page, server.url, label, { waitMe: false });

/** Each visible element of `selector`: its text, and how many lines that text takes. */
function lines(selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      );
      return { text: (el.textContent ?? '').trim(), lines: tops.size, overflows: el.scrollWidth > el.clientWidth };
    }),
  );
}

test('at 375 px the legal-aid case buttons keep each label whole, in standard and elder mode', async () => {
  await as('演示群众');
  const first17 = '22080219800101003';
  const res = await page.context().request.post(`${server.url}/api/resident`, {
    data: {
      action: 'applyAid',
      postId: plate.id,
      clientId: crypto.randomUUID(),
      matter: 'labourRemuneration',
      exemption: 'migrantWages',
      name: '韩立新',
      idNumber: `${first17}${idCheckChar(first17)}`,
      phone: '13804360012',
      address: '白城市洮北区明仁街道金辉社区6号楼',
      stage: 'notStarted',
      facts: '在县城装修队干活四个月，老板拖欠工资一万二千元，有微信聊天记录。',
      pledge: true,
    },
  });
  expect((await res.json()).ok).toBe(true);

  await as('演示法律援助中心工作人员');
  await page.locator('.work-entry').first().click();
  // The row shows the start of what the applicant wrote.
  await page.locator('.inbox-excerpt', { hasText: '装修队' }).first().click();
  await page.locator('.action-button').first().waitFor();
  for (const mode of ['standard', 'elder']) {
    if (mode === 'elder') await page.locator('.elder-toggle:visible').click();
    const buttons = await lines('.action-button:visible');
    expect(buttons.map((b) => b.text)).toEqual(['开始审查', '准予法律援助', '不予法律援助', '请群众补充']);
    for (const b of buttons) expect({ mode, ...b }).toEqual({ mode, text: b.text, lines: 1, overflows: false });
  }
  await page.locator('.elder-toggle:visible').click();
  // 开始审查 takes no opinion.
  await page.locator('.action-startReview').click();
  await page.locator('.decide-startReview .form-submit').click();
  await page.locator('.case-status', { hasText: '审查中' }).waitFor();
});

test('on H5 the home page offers no 扫一扫 and says how to scan with WeChat', async () => {
  await as('演示群众');
  await page.locator('.scan-in-wechat').waitFor();
  expect(await page.locator('.scan-button').count()).toBe(0);
});

test('from a plate: links to 首页, 我的诉求, 消息, 隐私说明; 导航 opens the map site at the place', async () => {
  await page.goto(plate.scanUrl);
  await page.locator('.post-name').first().waitFor();
  expect(await page.locator('.post-nav-link:visible').allInnerTexts()).toEqual([
    '首页',
    '我的诉求',
    '消息',
    '隐私说明',
  ]);
  const popup = page.waitForEvent('popup');
  await page.locator('.navigate-button:visible').first().click();
  const map = await popup;
  expect(map.url()).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=1\d\d\.\d{6},4\d\.\d{6}&name=/);
  await map.close();
  await page.locator('.nav-mine:visible').click();
  await page.waitForURL(/packages\/resident\/pages\/mine/);
});
