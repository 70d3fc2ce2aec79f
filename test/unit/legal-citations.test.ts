/**
 * The legal content as a class: every article cited anywhere (guides, answer templates, the legal-aid and mediation
 * forms) is in the verified table with what it says; guides close with the advice line; no template promises aid,
 * a lawyer or an outcome; each known defect stays fixed.
 */
import fs from 'node:fs';
import path from 'node:path';
import templates from '~/data/answer-templates.json';
import { GUIDES } from '~/src/services/guides/catalog';
import { citationGist, VERIFIED_CITATIONS } from '~/src/services/guides/citations';
import { STRINGS as GUIDE_STRINGS } from '~/src/packages/guides/strings';
import { STRINGS as AID_STRINGS } from '~/src/packages/resident/pages/aid/strings';
import { STRINGS as MEDIATION_STRINGS } from '~/src/packages/resident/pages/mediation/strings';
import { WORK_STRINGS } from '~/src/packages/work/shared/strings';
import { REQUEST_TEXT } from '~/cloudfunctions/domain/requests/texts';

const ROOT = path.join(__dirname, '../..');
const NUM = '[零一二三四五六七八九十百千]+';
/** Short names used in running text → the full name the table keeps. */
const SHORT: Record<string, string> = {
  民法典: '中华人民共和国民法典',
  法律援助法: '中华人民共和国法律援助法',
  人民调解法: '中华人民共和国人民调解法',
  农村土地承包法: '中华人民共和国农村土地承包法',
  消费者权益保护法: '中华人民共和国消费者权益保护法',
  反电信网络诈骗法: '中华人民共和国反电信网络诈骗法',
  劳动合同法: '中华人民共和国劳动合同法',
};
const MENTION = new RegExp(`(${Object.keys(SHORT).join('|')})\\s*第(${NUM}(?:、${NUM})*)条`, 'g');

/** Every (law, article) a running text names, e.g. 民法典第一百九十二、一百九十三条 gives two. */
function mentions(text: string): { law: string; article: string }[] {
  return Array.from(text.matchAll(MENTION)).flatMap((m) =>
    m[2].split('、').map((n) => ({ law: SHORT[m[1]], article: `第${n}条` })),
  );
}

const FORM_STRINGS = [
  'src/packages/resident/pages/aid/strings.ts',
  'src/packages/resident/pages/mediation/strings.ts',
  'src/packages/resident/shared/aidNotices.ts',
  'types/aidDeadline.ts',
  'types/requests.ts',
  'src/packages/work/shared/strings.ts',
  'cloudfunctions/domain/work/steps.ts',
  'cloudfunctions/domain/work/texts.ts',
].map((f) => [f, fs.readFileSync(path.join(ROOT, f), 'utf8')] as const);

test('the verified table has no duplicates and a gist for every article', () => {
  const keys = VERIFIED_CITATIONS.map((c) => `${c.law}${c.article}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const c of VERIFIED_CITATIONS) expect(c.gist.length).toBeGreaterThan(5);
});

test.each(GUIDES.map((g) => [g.id, g] as const))('every citation of %s is a verified one', (_id, g) => {
  const unknown = [...g.citations, ...mentions(`${g.answer}${g.steps.join('')}${g.case}`)].filter(
    (c) => citationGist(c) === null,
  );
  expect(unknown).toEqual([]);
});

test('an article missing from the table is caught', () => {
  expect(citationGist({ law: '中华人民共和国反电信网络诈骗法', article: '第九十九条' })).toBeNull();
  expect(mentions('民法典第一百九十二、一百九十三条')).toEqual([
    { law: '中华人民共和国民法典', article: '第一百九十二条' },
    { law: '中华人民共和国民法典', article: '第一百九十三条' },
  ]);
});

test.each(templates.templates.map((t) => [t.id, t.text] as const))(
  'template %s cites only verified articles and promises nothing',
  (_id, text) => {
    expect(mentions(text).filter((c) => citationGist(c) === null)).toEqual([]);
    expect(text).not.toMatch(/保证|一定能|一定会|肯定|必然|包赢|稳赢|给您派律师|为您指派律师|免费给您/);
    // Aid offered in a template always says the office decides (第四十三条).
    if (/申请法律援助/.test(text)) expect(text).toMatch(/由法律援助机构(审查)?决定|法律援助机构审查决定/);
  },
);

test.each(FORM_STRINGS)('the form texts of %s cite only verified articles', (_file, text) => {
  expect(mentions(text).filter((c) => citationGist(c) === null)).toEqual([]);
});

test('the closing line says every case differs and points to 12348 and the volunteer', () => {
  expect(GUIDE_STRINGS.closing).toMatch(/每个人的情况都不一样/);
  expect(GUIDE_STRINGS.closing).toMatch(/12348/);
  expect(GUIDE_STRINGS.closing).toMatch(/法律明白人/);
});

test('not every teaching case ends in success', () => {
  const unresolved = GUIDES.filter((g) => /没能|没有找到|不符合法定形式|还在等|没能追回/.test(g.case));
  expect(unresolved.length).toBeGreaterThanOrEqual(3);
});

const all = (pick: (g: (typeof GUIDES)[number]) => string) => GUIDES.map(pick).join('\n');
const everyText =
  all((g) => `${g.answer}\n${g.steps.join('\n')}\n${g.case}`) + templates.templates.map((t) => t.text).join('\n');

test('the defects found in the statute audit stay fixed everywhere', () => {
  // 协议离婚 since 2025-05-10: no 户口簿.
  const divorce = everyText.split(/[。\n]/).filter((l) => /离婚/.test(l) && /户口簿/.test(l));
  expect(divorce.length).toBeGreaterThan(0);
  for (const line of divorce) expect(line).toMatch(/不(再|用)[^。]*户口簿/);
  // 第四十二条 waives the check of hardship, not the condition.
  expect(everyText).not.toMatch(/不用(审)?查经济困难|不用审查经济/);
  // Arbitration of land disputes is the 仲裁委员会's; the 乡镇政府 mediates.
  expect(everyText).not.toMatch(/乡镇政府或者农村土地承包仲裁委员会申请仲裁/);
  // 96110 is the advice line: crimes are reported on 110.
  expect(everyText).not.toMatch(/96110报警/);
  // 第一千一百三十条: 应当 for special hardship and for heirs who did not support.
  expect(all((g) => g.answer)).not.toMatch(/有条件却不养老的，可以不分/);
  // Consumer arbitration needs an arbitration agreement (第三十九条).
  const consumer = GUIDES.filter((g) => g.topic === 'consumer')
    .map((g) => g.answer)
    .join('');
  for (const line of consumer.split('。').filter((l) => /仲裁/.test(l))) expect(line).toMatch(/仲裁协议/);
  // Selling bank or phone cards: the penalty article is 第四十四条.
  const cards = GUIDES.find((g) => g.id === 'fraud-selling-cards');
  expect(cards?.citations.map((c) => c.article)).toContain('第四十四条');
  expect(cards?.citations.map((c) => c.article)).not.toContain('第三十八条');
});

test('the defects of the second statute audit (2026-12-07) stay fixed everywhere', () => {
  // Interest above 4 × LPR is not supported; interest within it is still owed (民间借贷规定 第二十五条).
  expect(everyText).not.toMatch(/不用全还/);
  // Breaking a protection order: 训诫 is due, a fine or detention only may follow (反家庭暴力法 第三十四条).
  expect(everyText).not.toMatch(/会被训诫、罚款、拘留/);
  // 帮助信息网络犯罪活动罪 may be punished by a fine alone (刑法 第二百八十七条之二).
  expect(everyText).not.toMatch(/要坐牢/);
  // 第二十三条 names 救助管理机构; 老年人组织 come from the 2022 rule for the old, disabled and ill only.
  const proxies = GUIDES.find((g) => g.id === 'violence-children-elders')?.answer ?? '';
  const forced = proxies.split('；').find((part) => /威吓/.test(part)) ?? '';
  expect(forced).toMatch(/救助管理机构/);
  expect(forced).not.toMatch(/老年人组织/);
  // 法律援助法 第四十四条 has no hearing ground, and does have preservation and advance execution.
  for (const text of [AID_STRINGS.urgent, WORK_STRINGS.urgentNote, REQUEST_TEXT.urgentYes]) {
    expect(text).not.toMatch(/开庭/);
    expect(text).toMatch(/保全/);
  }
  expect(AID_STRINGS.urgentHint).not.toMatch(/会优先处理/);
  // A mediation agreement binds once the parties and the mediator sign and the committee seals (人民调解法 第二十九条).
  expect(MEDIATION_STRINGS.notes.join('')).toMatch(/调解员签名/);
});
