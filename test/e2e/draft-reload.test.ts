/**
 * A legal-aid application half typed, then the page reloaded, in a real browser over `npm start`'s server: a reload
 * (or a browser that drops a page left in the background) used to wipe the name, ID number, phone, address and the
 * facts with no word. They come back now from the tab's sessionStorage; the device's lasting storage still never
 * holds them, and a new tab starts empty.
 */
import { idCheckChar } from '~/types/idcard';
import { typeInto } from '../support/e2e-app';
import { appForFile } from '../support/e2e-file';

jest.setTimeout(180_000);

const app = appForFile({ viewport: { width: 360, height: 740 } });
const FIRST17 = '22080219850315002';
const TYPED = {
  '.input-name': '赵国庆',
  '.input-id-number': `${FIRST17}${idCheckChar(FIRST17)}`,
  '.input-phone': '13804369876',
  '.input-address': '白城市洮北区明仁街道锦绣社区3号楼',
  '.input-facts': '2026年在洮北区某建筑工地务工，包工头拖欠工资一万二千元，多次讨要未果。',
} as const;

/** What each personal field of the form shows. */
const shown = () =>
  Promise.all(
    Object.keys(TYPED).map((s) =>
      app.page
        .locator(`${s} input, ${s} textarea`)
        .first()
        .inputValue()
        .then((v) => [s, v] as const),
    ),
  ).then(Object.fromEntries);

test('the typed application survives a reload, stays out of lasting storage, and a new tab starts empty', async () => {
  await app.page.goto(app.plate.scanUrl);
  await app.page.locator('.entry-aid').click();
  await app.page.locator('.matter-option', { hasText: '劳动报酬' }).click();
  await app.page.locator('.exemption-option', { hasText: '进城务工人员' }).click();
  await app.page.locator('.eligibility-next').click();
  for (const [selector, value] of Object.entries(TYPED)) await typeInto(app.page, selector, value);

  await app.page.reload();
  await app.page.locator('.input-facts').first().waitFor();
  expect(await shown()).toEqual(TYPED);

  // Nothing personal in the device's lasting storage; the tab's own storage holds it until the tab closes.
  const stored = await app.page.evaluate(() => ({
    lasting: JSON.stringify({ ...window.localStorage }),
    session: JSON.stringify({ ...window.sessionStorage }),
  }));
  for (const value of Object.values(TYPED)) expect(stored.lasting).not.toContain(value);
  expect(stored.session).toContain(TYPED['.input-id-number']);

  // Another tab of the same browser: the choices made by tapping are there, the personal fields are not.
  const other = await app.page.context().newPage();
  await other.goto(app.page.url());
  await other.locator('.input-facts').first().waitFor();
  const empty = await other.locator('.input-name input').first().inputValue();
  expect(empty).toBe('');
  await other.close();
});
