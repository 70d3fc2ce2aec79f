/**
 * Planting formula text in a request: every string field of an action's input that its schema takes as free text
 * (the fields of the valid body and the optional fields the schema declares) gets a text that a spreadsheet would
 * run, each with its own marker. The fields come from the schema and the catalogue, so a new field is planted too.
 */
import * as v from 'valibot';

/**
 * What makes a spreadsheet read a cell as a formula: = + - @ in ASCII, full-width (＝＋－＠), small (﹦﹢﹣﹫) and
 * super/subscript (⁼⁺₌₊) forms, the minus sign (−), characters whose folding starts with one (⩵ folds to ==, ⩶ to
 * ===), and any of them behind blanks a spreadsheet may skip: a tab or CR, a space, the ideographic or no-break
 * space, the Mongolian vowel separator, a Hangul filler, the blank braille pattern, the Arabic letter mark.
 */
export const TRIGGERS = [
  '=',
  '+',
  '-',
  '@',
  '\t=',
  '\r=',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '﹢',
  '﹣',
  '﹫',
  '⁼',
  '⁺',
  '₌',
  '₊',
  '\u2212',
  '\u2A75',
  '\u2A76',
  ' =',
  '\u3000=',
  '\u00A0+',
  '\u180E=',
  '\u3164-',
  '\u2800@',
  '\u061C=',
] as const;
/** Each of these, alone or repeated before a cell's first character, is a blank a spreadsheet may skip. */
const BLANKS = new Set([
  ' ',
  '\t',
  '\r',
  '\n',
  '\u3000',
  '\u00A0',
  '\u180E',
  '\u3164',
  '\u115F',
  '\u1160',
  '\uFFA0',
  '\u2800',
  '\u061C',
  '\u200B',
  '\uFEFF',
]);
/** The characters that, read by a spreadsheet after folding compatibility forms, start a formula. */
const STARTS = new Set(['=', '+', '-', '@', '\u2212']);
/** A plain signed number or share, which a spreadsheet reads as a number and never as a formula. */
export const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

/** `s` without the blanks before its first character. */
export function unblanked(s: string): string {
  const chars = [...s];
  let i = 0;
  while (i < chars.length && BLANKS.has(chars[i])) i++;
  return chars.slice(i).join('');
}

// Strings that are credentials or references to records, never text shown to anyone: planting them only breaks
// the call (a bootstrap secret, an admin's openid, a stored photo's id).
const NOT_TEXT = new Set(['secret', 'openid', 'photoFileId']);

let planted = 0;

/** The next planted text: a trigger (in turn) and a marker `ZQ<n>`; long enough for fields with a minimum. */
export function nextFormula(long = false): string {
  const n = planted++;
  const t = TRIGGERS[n % TRIGGERS.length];
  // Blanks before a trigger are trimmed or removed by most schemas; the trigger still reaches the cell.
  return long ? `${t}1+ZQ${n} 这段文字检验导出表格不会把它当作公式来运行` : `${t}1+ZQ${n}`;
}

type Obj = Record<string, unknown>;

function entriesOf(schema: v.GenericSchema): Obj {
  const s = schema as unknown as { entries?: Obj; pipe?: { entries?: Obj }[] };
  return s.entries ?? s.pipe?.[0]?.entries ?? {};
}

/** One planted field: its path in the body and the text it got. */
export interface PlantedField {
  path: string;
  text: string;
}

/**
 * The body with formula text in every field the schema takes it in; answers the fields planted. `newId`: the call
 * creates a record under the `id` it is given, so that id is planted too.
 */
export function plant(schema: v.GenericSchema, valid: Obj, newId = false): { body: Obj; fields: PlantedField[] } {
  const body = structuredClone(valid);
  const fields: PlantedField[] = [];
  const accepts = () => v.safeParse(schema, body).success;
  const tryAt = (holder: Obj | unknown[], key: string | number, path: string) => {
    const before = (holder as Obj)[key as string];
    // Short text, long text (a field with a minimum); for the id of a record the call creates (a post's 岗位编号), a
    // hyphen before letters and digits, its alphabet. Ids naming records that exist (postId…) are left alone.
    const candidates = [() => nextFormula(false), () => nextFormula(true)];
    if (key === 'id' && newId) candidates.push(() => `-ZQ${planted++}`);
    for (const next of candidates) {
      const text = next();
      (holder as Obj)[key as string] = text;
      if (accepts()) {
        fields.push({ path, text });
        return;
      }
    }
    if (before === undefined) delete (holder as Obj)[key as string];
    else (holder as Obj)[key as string] = before;
  };
  const keys = new Set([...Object.keys(body), ...Object.keys(entriesOf(schema))]);
  for (const key of keys) {
    if (NOT_TEXT.has(key)) continue;
    const value = body[key];
    if (typeof value === 'string' || value === undefined) tryAt(body, key, key);
    else if (Array.isArray(value))
      value.forEach((item, i) => typeof item === 'string' && tryAt(value, i, `${key}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      for (const [k, inner] of Object.entries(value)) {
        if (typeof inner === 'string') tryAt(value as Obj, k, `${key}.${k}`);
      }
    }
  }
  return { body, fields };
}

/**
 * Whether a cell would run as a formula in a spreadsheet: past its blanks, the first character of its folded form
 * (NFKC: ⩵ folds to ==) is a trigger. A plain signed number is read as a number, not run.
 */
export function runsAsFormula(cell: string): boolean {
  const first = [...unblanked([...unblanked(cell)].slice(0, 8).join('').normalize('NFKC'))][0];
  return first !== undefined && STARTS.has(first) && !PLAIN_NUMBER.test(cell);
}
