/**
 * The resident services' path in a real browser over `npm start`'s server: from a scanned post a resident finds a guide by
 * searching 工资, asks a question, files a mediation request and a legal-aid pre-application, and sees all three
 * under 我的诉求 with their status. The pre-application carries a photo (an IOU) picked in the browser's file chooser.
 */
import { idCheckChar } from '~/types/idcard';
import { shooter, typeInto } from '../support/e2e-app';
import { appForFile } from '../support/e2e-file';

jest.setTimeout(180_000);
// A real 1×1 PNG: the server checks the bytes, and the thumbnail must actually decode.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const app = appForFile({ viewport: { width: 390, height: 844 } });
const shot = shooter(() => app.page);

/** Types into a Taro H5 input or textarea. */
const type = (selector: string, value: string) => typeInto(app.page, selector, value);

async function backToLanding(): Promise<void> {
  await app.page.goto(`${app.server.url}/#/pages/post/index?id=${app.plate.id}&source=recent`);
  await app.page.locator('.post-name').first().waitFor();
}

test('a guide is found by searching 工资', async () => {
  await app.page.goto(app.plate.scanUrl);
  await app.page.locator('.post-name').first().waitFor();
  await app.page.locator('.guide-entry-button').click();
  await type('.guide-search-input', '工资');
  await app.page.locator('.guide-result').first().waitFor();
  expect(await app.page.locator('.guide-result .guide-title').first().innerText()).toContain('工资');
  await app.page.locator('.guide-result').first().click();
  await app.page.locator('.guide-citation').first().waitFor();
  expect(await app.page.locator('.guide-citation').first().innerText()).toMatch(/《.+》第.+条/);
});

test('a question is asked from the landing page in three steps and promised an answer time', async () => {
  await backToLanding();
  await app.page.locator('.entry-ask').click();
  await app.page.locator('.category-option', { hasText: '拖欠工资' }).click();
  await type('.input-text', '我在工地干了三个月，老板一直拖着不给工资，该怎么办？');
  await shot('ask');
  await app.page.locator('.form-submit').click();
  await app.page.locator('.form-success').waitFor();
  expect(await app.page.locator('.form-success').innerText()).toMatch(/前答复/);
});

test('a mediation request is filed', async () => {
  await backToLanding();
  await app.page.locator('.entry-mediation').click();
  // Consent, the agreement's force and court confirmation in 30 days (人民调解法 第十七、三十一、三十三条).
  await app.page.locator('.mediation-note').first().waitFor();
  const notes = await app.page.locator('.mediation-note').allInnerTexts();
  expect(notes).toHaveLength(3);
  expect(notes[0]).toContain('调解要双方都愿意');
  expect(notes[2]).toContain('30日内');
  await app.page.locator('.dispute-option', { hasText: '邻里纠纷' }).click();
  await type('.input-name', '李秀兰');
  await type('.input-phone', '13904361234');
  await type('.input-other-party', '东院邻居王某');
  await type('.input-text', '邻居盖仓房占了我家院墙外的过道，商量了几次都没有结果。');
  await app.page.locator('.preferred-option, .time-option').first().click();
  await app.page.locator('.form-submit').click();
  await app.page.locator('.form-success').waitFor();
});

test('a legal-aid pre-application passes the self-check and is filed with a valid ID number', async () => {
  await backToLanding();
  await app.page.locator('.entry-aid').click();
  await app.page.locator('.matter-option', { hasText: '劳动报酬' }).click();
  await app.page.locator('.exemption-option', { hasText: '进城务工人员' }).click();
  await app.page.locator('.eligibility-next').click();
  const first17 = '22080219850315002';
  await type('.input-name', '赵国庆');
  await type('.input-id-number', `${first17}${idCheckChar(first17)}`);
  await type('.input-phone', '13804369876');
  await type('.input-address', '白城市洮北区明仁街道锦绣社区3号楼');
  await app.page.locator('.stage-option').first().click();
  await type(
    '.input-facts',
    '2026年在洮北区某建筑工地务工，包工头拖欠工资一万二千元，多次讨要未果，有工友作证和考勤记录。',
  );
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.locator('.photo-add').click()]);
  await chooser.setFiles({ name: 'iou.png', mimeType: 'image/png', buffer: PNG });
  await app.page.locator('.photo-thumb').first().waitFor();
  await app.page.waitForFunction(
    () => (document.querySelector('.photo-thumb img') as HTMLImageElement | null)?.naturalWidth === 1,
  );
  expect(await app.page.locator('.photo-thumb').count()).toBe(1);
  // A 第四十二条 applicant makes no hardship pledge (第四十一条).
  expect(await app.page.locator('.pledge-checkbox').count()).toBe(0);
  await shot('aid');
  await app.page.locator('.form-submit').click();
  await app.page.locator('.form-success').waitFor();
  const success = await app.page.locator('.form-success').innerText();
  expect(success).toContain('7日');
  // The decision date is a date, 24:00 of the 7th day after receipt, with how it was counted (moved past days off).
  expect(success).toMatch(
    /应在 \d{4}年\d{1,2}月\d{1,2}日（星期.） 24时前作出是否给予法律援助的决定（依民法典第二百零一、二百零三条，从收到申请的第二天起算7日，最后一天如果是/,
  );
});

test('我的诉求 lists all three with their status', async () => {
  await app.page.goto(`${app.server.url}/#/pages/index/index`);
  await app.page.locator('.entry-mine').click();
  await app.page.locator('.request-item').nth(2).waitFor();
  const titles = await app.page.locator('.request-title').allInnerTexts();
  expect(titles).toHaveLength(3);
  expect(titles.join('|')).toMatch(/法律援助/);
  expect(titles.join('|')).toMatch(/调解/);
  expect(titles.join('|')).toMatch(/咨询/);
  const statuses = await app.page.locator('.request-status').allInnerTexts();
  expect(statuses.map((s) => s.trim()).sort()).toEqual(['已提交', '已提交', '待答复']);
  await shot('mine');
  await app.page.locator('.request-item', { hasText: '调解' }).click();
  await app.page.locator('.timeline-entry').first().waitFor();
  expect(await app.page.locator('.timeline-entry').first().innerText()).toMatch(/已转交/);
  await shot('request');
});
