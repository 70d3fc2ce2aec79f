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

test('traditional characters of listed words are caught, in Taiwan and Hong Kong forms', async () => {
  for (const text of ['專業代開發票', '辦證刻章一條龍', '貸款秒批', '加微信領紅包']) {
    expect([text, await verdict(text)]).toEqual([text, 'risky']);
  }
  // Words a victim tells their story with are for a person to read, in any script, never refused.
  for (const text of ['網絡賭博平台', '刷單返利']) {
    expect([text, await verdict(text)]).toEqual([text, 'review']);
  }
  // Traditional and zero-width together.
  expect(await verdict('網\u200B絡\u200D賭博')).toBe('review');
  expect(await verdict('代\u200B開\u200D發票')).toBe('risky');
});

test('full-width and spaced-out forms are caught; plain questions in either script pass', async () => {
  expect(normaliseForCheck('ＡＢＣ　１２３')).toBe('abc123');
  expect(await verdict('代 開 發 票')).toBe('risky');
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
