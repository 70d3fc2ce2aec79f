/**
 * The work flows' path in a real browser over `npm start`'s server, switching demo identities on one phone:
 * a resident asks at a post → the post's demo volunteer sees it in 工作台 and answers → the resident sees the answer
 * and a notice in 消息; an unanswered question is handed over by the promise timer run on demand (/dev/cron) and
 * reaches the township's judicial office; a mediation case goes through its five steps at the demo mediator's
 * room; a legal-aid application is reviewed and granted by the county legal-aid centre's staff, and the resident
 * sees the decision. The mediation and aid forms themselves are driven in resident-services.test.ts; here they
 * are sent through the resident's own session (same cookie) to keep this test on the workers' pages.
 */
import { idCheckChar } from '~/types/idcard';
import { shooter, switchIdentity, typeInto } from '../support/e2e-app';
import { appForFile } from '../support/e2e-file';

jest.setTimeout(240_000);

const app = appForFile({ viewport: { width: 390, height: 844 } });
const shot = shooter(() => app.page);

/** Switches the demo identity on the home page and waits until the app knows who it is now. */
const as = (label: string) => switchIdentity(app.page, app.server.url, label);

/** Types into a Taro H5 input or textarea. */
const type = (selector: string, value: string) => typeInto(app.page, selector, value);

/** Calls an action as the browser's current identity (its session cookie). */
async function call(fn: string, body: Record<string, unknown>) {
  const res = await app.page.context().request.post(`${app.server.url}/api/${fn}`, { data: body });
  const json = await res.json();
  if (!json.ok) throw new Error(`${fn}.${String(body.action)}: ${JSON.stringify(json.error)}`);
  return json.data;
}

/** Opens 工作台 from the home page and then the row that contains `text`. */
async function openFromInbox(text: string): Promise<void> {
  await app.page.locator('.work-entry').first().click();
  await app.page.locator('.inbox-row', { hasText: text }).first().click();
  await app.page.locator('.case-status').waitFor();
}

/** Opens an action's form on the case page (a click on an open one would close it). */
async function openAction(action: string, form: string): Promise<void> {
  if (!(await app.page.locator(form).isVisible())) await app.page.locator(`.action-${action}`).click();
  await app.page.locator(form).waitFor();
}

const QUESTION = '我家承包的地被村里调给别人种了，也没跟我商量，这样合法吗？';
const ANSWER = '您好，承包期内发包方不得随意调整承包地，请先带上承包合同找村委会协商，协商不成可申请调解。';

test('the post volunteer answers a question, and the resident sees the answer and a notice', async () => {
  await as('演示群众');
  await app.page.goto(app.plate.scanUrl);
  await app.page.locator('.post-name').first().waitFor();
  await app.page.locator('.entry-ask').click();
  await app.page.locator('.category-option', { hasText: '土地承包与流转' }).click();
  await type('.input-text', QUESTION);
  await app.page.locator('.form-submit').click();
  await app.page.locator('.form-success').waitFor();

  await as('演示志愿者');
  await openFromInbox('土地');
  expect(await app.page.locator('.case-fields').innerText()).toContain(QUESTION);
  await openAction('answer', '.answer-form');
  await type('.answer-input', ANSWER);
  await shot('work-answer');
  await app.page.locator('.answer-form .form-submit').click();
  await app.page.locator('.case-answer', { hasText: '承包期内' }).waitFor();
  expect(await app.page.locator('.case-status').innerText()).toContain('已答复');

  await as('演示群众');
  await app.page.locator('.unread-badge').waitFor();
  expect(Number(await app.page.locator('.unread-badge').innerText())).toBeGreaterThanOrEqual(1);
  await app.page.locator('.entry-messages').click();
  await app.page.locator('.message-title', { hasText: '答复' }).first().click();
  await app.page.locator('.answer-text').first().waitFor();
  expect(await app.page.locator('.answer-text').first().innerText()).toContain('承包期内');
  await shot('resident-answer');
});

test('an unanswered question is handed over to the judicial office by the timer run on demand', async () => {
  await as('演示群众');
  const asked = await call('resident', {
    action: 'ask',
    postId: app.plate.id,
    clientId: crypto.randomUUID(),
    category: 'wages',
    text: '在镇上的砖厂干了两个月，老板一直拖着不发工资。',
  });
  const run = await (
    await fetch(`${app.server.url}/dev/cron`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hoursLater: 25 }),
    })
  ).json();
  expect(run.data.handedOver).toBeGreaterThanOrEqual(1);

  await as('演示司法所工作人员');
  await openFromInbox('拖欠工资');
  expect(await app.page.locator('.case-fields').innerText()).toContain('砖厂');
  const history = await app.page.locator('.case-history').innerText();
  expect(history).toMatch(/自动转交/);
  expect(history).toMatch(/司法所/);
  await shot('work-handed-over');

  await as('演示群众');
  const detail = await call('resident', { action: 'requestDetail', id: asked.id });
  expect(detail.timeline.at(-1).note).toMatch(/自动转交.*司法所/);
});

test('a mediation case goes through its five steps at the mediator room', async () => {
  await as('演示群众');
  const filed = await call('resident', {
    action: 'requestMediation',
    postId: app.plate.id,
    clientId: crypto.randomUUID(),
    disputeType: 'neighbour',
    applicantName: '孙桂芝',
    phone: '13904367788',
    otherParty: '西院邻居刘某',
    account: '邻居家的鸡鸭常年散养进我家菜园，多次沟通无果，双方有口角。',
    preferredTime: 'weekend',
  });

  await as('演示调解员');
  await openFromInbox('孙桂芝');
  const steps: [string, string][] = [
    ['已受理', '电话联系双方，同意调解。'],
    ['调查中', '到现场查看菜园和院墙情况。'],
    ['调解中', '在调解室组织双方面对面调解。'],
    ['达成协议', '刘某圈养鸡鸭并赔偿菜苗损失二百元。'],
    ['已回访', '回访双方，协议已履行。'],
  ];
  for (const [label, note] of steps) {
    await openAction('advance', '.advance-form');
    await app.page.locator('.step-option', { hasText: new RegExp(`^\\s*${label}\\s*$`) }).click();
    await type('.advance-form .note-input', note);
    await app.page.locator('.advance-form .form-submit').click();
    await app.page.locator('.case-status', { hasText: label }).waitFor();
    if (label === '达成协议') {
      await app.page.locator('.case-agreement').waitFor();
      expect(await app.page.locator('.agreement-text').innerText()).toContain('赔偿菜苗损失二百元');
    }
  }
  await shot('work-mediation');
  expect(await app.page.locator('.action-advance').count()).toBe(0);

  await as('演示群众');
  const detail = await call('resident', { action: 'requestDetail', id: filed.id });
  expect(detail.status).toBe('revisited');
  expect(detail.timeline.map((t: { status: string }) => t.status)).toEqual(
    expect.arrayContaining(['accepted', 'investigating', 'mediating', 'agreed', 'revisited']),
  );
});

test('a legal-aid application is reviewed and granted by the legal-aid centre, and the resident sees it', async () => {
  await as('演示群众');
  const first17 = '22080219700101002';
  const filed = await call('resident', {
    action: 'applyAid',
    postId: app.plate.id,
    clientId: crypto.randomUUID(),
    matter: 'labourRemuneration',
    exemption: 'migrantWages',
    name: '周德胜',
    idNumber: `${first17}${idCheckChar(first17)}`,
    phone: '13804360011',
    address: '白城市洮北区明仁街道金辉社区5号楼',
    stage: 'notStarted',
    facts: '在城里建筑工地干活半年，包工头拖欠工资两万元，有考勤表和工友证明。',
    pledge: true,
  });

  await as('演示法律援助中心工作人员');
  await openFromInbox('周德胜');
  // The staff sees the ID number masked until they ask (and the view is recorded).
  expect(await app.page.locator('.case-fields').innerText()).not.toContain(first17);
  await openAction('startReview', '.decide-startReview');
  await type('.decide-startReview .note-input', '材料基本齐全，开始审查。');
  await app.page.locator('.decide-startReview .form-submit').click();
  await app.page.locator('.case-status', { hasText: '审查中' }).waitFor();
  await openAction('approve', '.decide-approve');
  await type('.decide-approve .note-input', '符合法律援助条件，指派律师代理。');
  await app.page.locator('.decide-approve .form-submit').click();
  // Asked first: the decision reaches the applicant at once and is not taken back.
  await app.page.locator('.taro-modal__text', { hasText: '不能撤回' }).waitFor();
  await app.page.locator('.taro-model__confirm').click();
  await app.page.locator('.case-status', { hasText: '准予法律援助' }).waitFor();
  await shot('work-aid');

  await as('演示群众');
  await app.page.goto(`${app.server.url}/#/packages/resident/pages/request/index?id=${filed.id}`);
  await app.page.locator('.timeline-entry', { hasText: '指派律师' }).waitFor();
  expect(await app.page.locator('.request-page').innerText()).toContain('准予法律援助');
});
