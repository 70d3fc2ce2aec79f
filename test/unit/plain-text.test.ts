/**
 * @jest-environment node
 *
 * What a name, an address or an account keeps of what was typed or pasted (types/api/text.ts): what a reader sees,
 * never the characters that only a screen or a spreadsheet acts on.
 */
import * as v from 'valibot';
import { plainText, textField } from '~/types/api/text';

test.each([
  ['a right-to-left override', '\u202E岗位甲', '岗位甲'],
  ['isolates and embeddings', '\u2066幸福村\u2069\u202A先锋岗\u202C', '幸福村先锋岗'],
  ['zero-width spaces, joiners and the byte-order mark', '\uFEFF张\u200B三\u200C\u200D\u2060', '张三'],
  ['C0 and C1 controls, the soft hyphen', 'a\u0000b\u0007c\u001Bd\u0085e\u009Ff\u00AD', 'abcdef'],
  ['the Hangul fillers, which are blank letters', '\u3164王\u115F八\u1160蛋\uFFA0', '王八蛋'],
  ['the combining grapheme joiner, Khmer and Mongolian invisible marks', '张\u034F三\u17B4\u17B5\u180B\u180E', '张三'],
  ['the blank braille pattern, the Arabic letter mark, tag characters', '\u2800\u061C张\u{E0061}\u{E007F}三', '张三'],
])('%s: none is kept', (_what, typed, kept) => {
  expect(plainText(typed)).toBe(kept);
});

test('a tab is kept as a space', () => {
  expect(plainText('每天\t上午')).toBe('每天 上午');
});

test('an account keeps its lines, whichever way they were broken; a one-line field reads each break as one space', () => {
  const typed = '第一行\r\n第二行\r第三行\u2028第四行  \n\n  第五行';
  expect(plainText(typed)).toBe('第一行\n第二行\n第三行\n第四行  \n\n  第五行');
  expect(plainText(typed, true)).toBe('第一行 第二行 第三行 第四行 第五行');
});

test('a field counts what is left: invisible characters do not make up its minimum', () => {
  const name = textField('姓名', { min: 2, max: 20, line: true });
  expect(v.safeParse(name, '张\u200B\u200B').issues?.[0].message).toBe('姓名至少2个字');
  expect(v.parse(name, ' 张\u200B三\n ')).toBe('张三');
});

test('a one-line field of 64 KB of spaces, or of spaces and breaks, is cleaned in linear time', () => {
  // The regular expression this replaced took 1.2–1.4 s for the first on the server's main thread.
  const started = performance.now();
  expect(plainText(' '.repeat(65_536) + '张三', true)).toBe(' '.repeat(65_536) + '张三');
  expect(plainText((' '.repeat(1000) + '\n').repeat(60) + '张三', true)).toBe(' 张三');
  expect(performance.now() - started).toBeLessThan(100);
});

test('one-line joining: each break with the spaces and breaks around it is one space, as before', () => {
  for (const [typed, kept] of [
    ['a  \n \n  b', 'a b'],
    ['a\n\nb', 'a b'],
    ['\na', ' a'],
    ['a\n', 'a '],
    [' \n', ' '],
    ['a \r\n b\u2028c', 'a b c'],
  ]) {
    expect([typed, plainText(typed, true)]).toEqual([typed, kept]);
  }
});
