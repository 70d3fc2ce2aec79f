/**
 * The local word list sees one spelling: listed words written with zero-width characters, soft hyphens, variation
 * selectors, full-width forms, or in traditional characters (Taiwan or Hong Kong forms) are caught; the plain
 * questions residents ask, in either script, pass.
 */
import contentFilter from '~/data/content-filter.json';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { normaliseForCheck } from '~/cloudfunctions/domain/content-normalise';

const checker = wordListChecker(contentFilter.words, contentFilter.review);
const verdict = (text: string) => checker.check(text, 'o-author');

test('invisible characters inside a listed word do not hide it', async () => {
  const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\uFE0F', '\u{E0100}'];
  for (const mark of invisible) {
    const text = `邻居骂我王${mark}八${mark}蛋怎么办`;
    expect([mark.codePointAt(0)!.toString(16), await verdict(text)]).toEqual([
      mark.codePointAt(0)!.toString(16),
      'risky',
    ]);
  }
  expect(await verdict('专业代\u200B开\u00AD发\u2060票，加V详谈')).toBe('risky');
});

test('blank letters, combining marks, private-use and unassigned characters inside a listed word do not hide it', async () => {
  const separators = [
    ['an acute accent on each character', '\u0301'],
    ['a dot below', '\u0323'],
    ['an enclosing circle', '\u20DD'],
    ['the combining grapheme joiner', '\u034F'],
    ['Hangul filler', '\u3164'],
    ['Hangul choseong filler', '\u115F'],
    ['Hangul jungseong filler', '\u1160'],
    ['half-width Hangul filler', '\uFFA0'],
    ['a Mongolian variation selector', '\u180B'],
    ['the Mongolian vowel separator', '\u180E'],
    ['a Khmer invisible vowel', '\u17B4'],
    ['a private-use character', '\uE000'],
    ['an unassigned code point', '\u{2FFFE}'],
    ['a tag character', '\u{E0061}'],
    ['the blank braille pattern', '\u2800'],
  ];
  for (const [what, mark] of separators) {
    expect([what, await verdict(`邻居骂我王${mark}八${mark}蛋`)]).toEqual([what, 'risky']);
  }
});

test('radicals and katakana that look like the characters of a listed word are read as those characters', async () => {
  // ⺩ is the CJK radical 王 (U+2EA9), which NFKC leaves alone; ハ is katakana ha, drawn as 八.
  expect(normaliseForCheck('⺩八蛋')).toBe(normaliseForCheck('王八蛋'));
  expect(await verdict('邻居骂我⺩八蛋')).toBe('risky');
  expect(await verdict('邻居骂我王ハ蛋')).toBe('risky');
  // ⻈ (U+2EC8) is the speech radical 讠, the left half of 讯; the strokes block folds too.
  expect(normaliseForCheck('⻈')).toBe(normaliseForCheck('讠'));
  // Ordinary text is unchanged in what it says: a question with no listed word still passes.
  expect(await verdict('工地老板拖欠工资八个月，胶水厂也不给钱')).toBe('pass');
});

test('letters that fold into punctuation, modifier letters and small katakana between characters do not hide a word', async () => {
  const separators = [
    ['the sinological dot', '\uA78F'],
    ['the Canadian syllabics middle dot', '\u1427'],
    ['the caron (a tone mark)', '\u02C7'],
    ['the macron (a tone mark)', '\u02C9'],
    ['the rising tone mark', '\u02CA'],
    ['the falling tone mark', '\u02CB'],
    ['the katakana long-vowel mark', '\u30FC'],
    ['the iteration mark', '\u3005'],
    ['the vertical iteration mark', '\u303B'],
    ['katakana no (folds to a slash)', '\u30CE'],
  ];
  for (const [what, mark] of separators) {
    expect([what, await verdict(`邻居骂我王${mark}八${mark}蛋`)]).toEqual([what, 'risky']);
  }
  // ㇵ is the small katakana ha of the phonetic extensions; 妳 is a feminine 你.
  expect(await verdict('邻居骂我王ㇵ蛋')).toBe('risky');
  expect(normaliseForCheck('操妳妈')).toBe(normaliseForCheck('操你妈'));
  // A word that is only flagged for a person's review is flagged however it is spelt.
  expect(await verdict('刷ˇ单ˇ返ˇ利骗了我两万')).toBe('review');
  expect(await verdict('工地老板拖欠工资八个月，我们一家々人都等着这笔钱')).toBe('pass');
});

test('the list reads a long text whole: a word spread over thousands of characters the check drops is caught', async () => {
  // Astral characters (two UTF-16 units each) and blanks around the word: the text is far over msgSecCheck's
  // 2,500 units, and the word would straddle a piece's joint if the list read it in pieces.
  const padding = '𠀀'.repeat(1241);
  expect(await verdict(`${padding}王八蛋，说的就是你`)).toBe('risky');
  expect(await verdict(`${padding.slice(0, 2480)}王${' '.repeat(3000)}八蛋`)).toBe('risky');
});

test('traditional characters of listed words are caught, in Taiwan, Hong Kong and Japanese forms', async () => {
  for (const text of ['專業代開發票', '辦證刻章一條龍', '貸款秒批', '加微信領紅包']) {
    expect([text, await verdict(text)]).toEqual([text, 'risky']);
  }
  // Words a victim tells their story with are for a person to read, in any script, never refused.
  for (const text of ['網絡賭博平台', '刷單返利']) {
    expect([text, await verdict(text)]).toEqual([text, 'review']);
  }
  // Japanese forms of the same characters (発 for 发, 専 for 专).
  expect(await verdict('専業代開発票')).toBe('risky');
  // Traditional and zero-width together.
  expect(await verdict('網\u200B絡\u200D賭博')).toBe('review');
  expect(await verdict('專業代\u200B開\u200D發票')).toBe('risky');
});

test('full-width and spaced-out forms are caught; plain questions in either script pass', async () => {
  expect(normaliseForCheck('ＡＢＣ　１２３')).toBe(normaliseForCheck('abc123'));
  expect(await verdict('專 業 代 開 發 票')).toBe('risky');
  for (const text of [
    '老板拖欠工资，我该去哪里申请劳动仲裁？',
    '老闆拖欠工資三個月，該怎麼辦？',
    '邻居家的排水沟把雨水引到我家院子里',
    '鄰居家的排水溝把雨水引到我家院子裡',
  ]) {
    expect([text, await verdict(text)]).toEqual([text, 'pass']);
  }
});

test('normalised traditional text reads as the simplified original', () => {
  expect(normaliseForCheck('鄰居家的排水溝把雨水引到我家院子裡')).toBe('邻居家的排水沟把雨水引到我家院子里');
  expect(normaliseForCheck('王\u200B八\uFEFF蛋')).toBe('王八蛋');
});

test('ordinary words of residents and volunteers pass: a clause end between clauses is a boundary, and 一 stays', async () => {
  for (const text of [
    '他说我太傻，逼我在欠条上签了字',
    '我当时很傻。逼不得已才借了高利贷',
    '个人劳务报酬需要到税务局代开发票吗？',
    '十一月的工资一直没发，一个人带孩子',
  ]) {
    expect([text, await verdict(text)]).toEqual([text, 'pass']);
  }
  expect(normaliseForCheck('十一月')).toBe('十一月');
  // Short runs between the marks are still one word, however they are cut.
  for (const text of ['邻居骂我王，八，蛋', '邻居骂我：王八，蛋', '傻，逼', '专业代开发票，加V详谈']) {
    expect([text, await verdict(text)]).toEqual([text, 'risky']);
  }
});
