/**
 * What the word list compares (内容检查的文本归一化): a text is brought to one spelling first, so a listed word cannot
 * slip through written another way. In order:
 * 1. NFKC: full-width letters and digits, circled and compatibility forms, Kangxi radicals become plain ones;
 * 2. CJK radicals and strokes NFKC leaves alone (⺩, ⻈…) become the ideograph they look like (王, 讠), from
 *    Unicode's EquivalentUnifiedIdeograph table (data/cjk-radicals.json);
 * 3. what shows nothing, or nothing of its own, is removed: every control, format, private-use and unassigned
 *    character (\p{C}: zero-width space and joiners, word joiner, BOM, soft hyphen, bidi marks, tag characters),
 *    every combining mark (\p{M}: accents stacked on a character, variation selectors, the combining grapheme
 *    joiner U+034F, Mongolian and Khmer invisible marks) and the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0),
 *    which are letters by category but blank on screen;
 * 4. whitespace, punctuation, symbols and modifier letters (\p{Lm}: the tone marks ˇ ˉ ˊ ˋ, the long-vowel mark ー,
 *    the iteration marks 々 〻) between characters are dropped;
 * 5. traditional characters (Taiwan and Hong Kong forms) and their Japanese forms (発, 単, 売) become simplified
 *    ones with OpenCC's tables (opencc-js, its traditional→simplified part only, ≈110 KB, server side);
 * 6. look-alikes become one character with Unicode's confusables table (unhomoglyph, UTS #39): katakana ハ, エ, カ,
 *    ロ, タ, ニ, ト read as 八, 工, 力, 口, 夕, 二, 卜 (the small katakana of the phonetic extensions, ㇵ for ハ, first
 *    become their full forms; 妳 reads as 你);
 * 7. lower case, and what a look-alike turned into punctuation (ꞏ and ᐧ into ·, ノ into /) is dropped as in step 4
 *    (never a Han character: 一 stays 一).
 * Clause punctuation between two clauses of three characters or more is a boundary no word is read across.
 * The list's own words go through the same steps, so a fold that makes two real characters one (士 and 土; the
 * Japanese table's 欠 and 缺) merges them on both sides alike. Look-alikes outside these tables (幵 for 开, 徽 for 微,
 * 愽 for 博) are not caught: the list is the local runtime's stand-in, and production asks WeChat (content-check.ts).
 */
import { Converter } from 'opencc-js/t2cn';
import unhomoglyph from 'unhomoglyph';
import radicalsFile from '~/data/cjk-radicals.json';
import { INVISIBLE } from './content-check';

const RADICALS: Readonly<Record<string, string>> = radicalsFile.map;
const RADICAL = /[\u2E80-\u2EFF\u31C0-\u31EF]/gu;
// Spaces and punctuation between the characters of a banned word must not slip it past the list.
const NOISE = /[\s\p{P}\p{S}\p{Lm}]/gu;
/**
 * Characters no table here folds: the small katakana of the phonetic extensions (U+31F0–U+31FF) to their full
 * forms, which the confusables table then reads (ㇵ → ハ → 八); 妳 (a feminine 你) to 你.
 */
const EXTRA: Readonly<Record<string, string>> = {
  ㇰ: 'ク',
  ㇱ: 'シ',
  ㇲ: 'ス',
  ㇳ: 'ト',
  ㇴ: 'ヌ',
  ㇵ: 'ハ',
  ㇶ: 'ヒ',
  ㇷ: 'フ',
  ㇸ: 'ヘ',
  ㇹ: 'ホ',
  ㇺ: 'ム',
  ㇻ: 'ラ',
  ㇼ: 'リ',
  ㇽ: 'ル',
  ㇾ: 'レ',
  ㇿ: 'ロ',
  妳: '你',
};
const EXTRA_CHARS = /[\u31F0-\u31FF妳]/gu;
// Both regional sets: a text may mix Taiwan and Hong Kong forms; each pass leaves simplified characters as they are.
const toSimplified = [
  Converter({ from: 'tw', to: 'cn' }),
  Converter({ from: 'hk', to: 'cn' }),
  // Japanese forms (新字体) of the same characters: 発 for 发, 単 for 单, 売 for 卖.
  Converter({ from: 'jp', to: 'cn' }),
];

/**
 * Clause punctuation (after NFKC: ，→ , and so on): a clause end between two clauses of CLAUSE_MIN characters or more
 * is a boundary no word is read across (他说我太傻，逼我签字 holds no insult). Between shorter runs it is dropped as
 * noise, so 王，八，蛋 and 王八，蛋 are still read as one word.
 */
const CLAUSE_END = /[,.!?;:、。]+/u;
const CLAUSE_MIN = 3;
/** What stands for a kept boundary: a character no listed word holds. */
const BOUNDARY = '|';
const HAN = /\p{Script=Han}/u;

/** One clause as the word list sees it (the steps above). */
function normaliseClause(text: string): string {
  const plain = text
    .replace(RADICAL, (r) => RADICALS[r] ?? r)
    .replace(INVISIBLE, '')
    .replace(EXTRA_CHARS, (c) => EXTRA[c] ?? c)
    .replace(NOISE, '');
  const simplified = toSimplified.reduce((s, convert) => convert(s), plain);
  // A look-alike may fold into punctuation (ꞏ into ·): dropped as the punctuation it now is. A Han character is never
  // dropped so: the table reads 一 as the katakana ー and 丿 as a slash, and 十一月 must stay 十一月.
  let out = '';
  for (const ch of simplified) {
    const folded = unhomoglyph(ch).toLowerCase().replace(NOISE, '');
    out += HAN.test(ch) && folded !== ch && folded.length === 0 ? ch : folded;
  }
  return out;
}

/** The text as the word list sees it (the steps above), clause by clause. */
export function normaliseForCheck(text: string): string {
  const clauses = text.normalize('NFKC').split(CLAUSE_END).map(normaliseClause);
  let out = clauses[0] ?? '';
  let last = out;
  for (let i = 1; i < clauses.length; i++) {
    const next = clauses[i];
    out += last.length >= CLAUSE_MIN && next.length >= CLAUSE_MIN ? BOUNDARY + next : next;
    last = next;
  }
  return out;
}
