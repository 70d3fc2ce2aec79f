/** Chinese full-text search over the guides, on the queries villagers actually type. */
import { GUIDES, topicById } from '~/src/services/guides/catalog';
import { buildIndex, queryTerms, searchGuides } from '~/src/services/guides/search';
import type { Guide } from '~/src/services/guides/types';

const ids = (q: string) => searchGuides(q).map((g) => g.id);
const topics = (q: string) => searchGuides(q).map((g) => g.topic);

test('工资 拖欠 puts the unpaid-wages guide first and wage guides on top', () => {
  const found = searchGuides('工资 拖欠');
  expect(found[0].title).toBe('老板拖欠工资不给怎么办？');
  expect(topics('工资 拖欠').slice(0, 3)).toEqual(['wages', 'wages', 'wages']);
});

test('离婚 孩子 finds who keeps the child after divorce first', () => {
  expect(searchGuides('离婚 孩子')[0].title).toBe('离婚后孩子归谁？');
  // AND: every result has both words in what is indexed (the topic's name counts).
  for (const g of searchGuides('离婚 孩子')) {
    const text = [g.title, topicById(g.topic)?.name, ...g.steps, g.answer, g.case].join('');
    expect({ id: g.id, both: text.includes('离婚') && text.includes('孩子') }).toEqual({ id: g.id, both: true });
  }
});

test('土地 流转 finds land transfer first', () => {
  expect(ids('土地 流转')[0]).toBe('land-transfer');
});

test('诈骗 finds the fraud guides before anything else', () => {
  expect(topics('诈骗').slice(0, 3)).toEqual(['fraud', 'fraud', 'fraud']);
});

test('家暴 finds domestic violence first, also through its synonym 家庭暴力', () => {
  expect(topics('家暴').slice(0, 3)).toEqual(['violence', 'violence', 'violence']);
  expect(ids('家庭暴力')[0]).toMatch(/^violence-/);
});

test("villagers' words reach the guides' words: 欠薪, 打官司, 老人, 车祸", () => {
  expect(ids('欠薪')[0]).toBe('wages-unpaid');
  expect(ids('打官司')[0]).toMatch(/^legalAid-/);
  expect(topics('老人')[0]).toBe('elderly');
  expect(topics('车祸')[0]).toBe('traffic');
});

test('every term must match (AND): a real word plus a word no guide has finds nothing', () => {
  expect(searchGuides('工资').length).toBeGreaterThan(0);
  expect(searchGuides('工资 火星')).toEqual([]);
  expect(searchGuides('火星移民')).toEqual([]);
});

test('a one-character query matches single characters; blanks and punctuation find nothing', () => {
  expect(topics('地')).toContain('land');
  expect(searchGuides('   ')).toEqual([]);
  expect(searchGuides('？！，')).toEqual([]);
  expect(queryTerms('工资，拖欠 ')).toEqual(['工资', '拖欠']);
});

test('the title outranks the body: a guide asking the question beats one that mentions it', () => {
  const make = (id: string, title: string, answer: string): Guide => ({
    id,
    topic: 'wages',
    title,
    answer,
    steps: ['一', '二', '三'],
    contacts: ['hotline'],
    otherContacts: [],
    case: '',
    citations: [],
    reviewedAt: '2026-11',
  });
  const index = buildIndex([
    make('body', '别的事情怎么办？', '顺便说说彩礼的事。'),
    make('title', '彩礼能要回来吗？', '可以。'),
  ]);
  expect(searchGuides('彩礼', index).map((g) => g.id)).toEqual(['title', 'body']);
});

test('the whole catalogue is searchable: each guide is found by its own title', () => {
  for (const g of GUIDES) expect(ids(g.title)[0]).toBe(g.id);
});

test.each([
  ['老板不给钱', 'wages'],
  ['我老板不给我发工资怎么办', 'wages'],
  ['离婚', 'divorce'],
  ['不想过了', 'divorce'],
  ['欠钱', 'loans'],
  ['借钱不还', 'loans'],
  ['老公打我', 'violence'],
])("residents' own words %s reach their topic, and that topic's guides come first", (q, topic) => {
  const found = topics(q);
  const own = GUIDES.filter((g) => g.topic === topic).length;
  expect(found.length).toBeGreaterThanOrEqual(own);
  expect(found.slice(0, own)).toEqual(Array(own).fill(topic));
});

test('a topic word ranks its own guides above guides of other topics that mention it', () => {
  // 离婚 appears in marriage and inheritance guides too; the divorce guides come first.
  const found = topics('离婚');
  const firstOther = found.findIndex((t) => t !== 'divorce');
  expect(firstOther).toBe(GUIDES.filter((g) => g.topic === 'divorce').length);
  expect(found.slice(firstOther)).not.toContain('divorce');
});

test("a resident's phrase for a topic lists other topics only where they are about it, not where they mention it", () => {
  // 老板不给钱 → 工资: the divorce guides count wages among a couple's property, in their answers only.
  expect(topics('老板不给钱')).not.toContain('divorce');
  expect(topics('我老板不给我发工资怎么办')).not.toContain('divorce');
  // The topic word typed as such still lists every guide that mentions it, after its own.
  expect(topics('工资')).toContain('divorce');
});
