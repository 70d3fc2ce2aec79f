/**
 * Planting formula text in a request: every string field of an action's input that its schema takes as free text
 * (the fields of the valid body and the optional fields the schema declares) gets a text that a spreadsheet would
 * run, each with its own marker. The fields come from the schema and the catalogue, so a new field is planted too.
 */
import * as v from 'valibot';

/** What makes a spreadsheet read a cell as a formula: ASCII, the full-width forms, a tab or CR before one. */
export const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'] as const;
/** A cell that begins with a formula trigger (runsAsFormula excepts plain signed numbers such as '-12'). */
export const FORMULA_CELL = /^[=+\-@\t\r＝＋－＠]/;
/** A plain signed number or share, which a spreadsheet reads as a number and never as a formula. */
export const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

// Strings that are credentials or references to records, never text shown to anyone: planting them only breaks
// the call (a bootstrap secret, an admin's openid, a stored photo's id).
const NOT_TEXT = new Set(['secret', 'openid', 'photoFileId']);

let planted = 0;

/** The next planted text: a trigger (in turn) and a marker `ZQ<n>`; long enough for fields with a minimum. */
export function nextFormula(long = false): string {
  const n = planted++;
  const t = TRIGGERS[n % TRIGGERS.length];
  // A tab or CR alone is trimmed by the schemas; before an '=' it still reaches a cell as '=…' once trimmed.
  const head = t === '\t' || t === '\r' ? `${t}=` : t;
  return long ? `${head}1+ZQ${n} 这段文字检验导出表格不会把它当作公式来运行` : `${head}1+ZQ${n}`;
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

/** The body with formula text in every field the schema takes it in; answers the fields planted. */
export function plant(schema: v.GenericSchema, valid: Obj): { body: Obj; fields: PlantedField[] } {
  const body = structuredClone(valid);
  const fields: PlantedField[] = [];
  const accepts = () => v.safeParse(schema, body).success;
  const tryAt = (holder: Obj | unknown[], key: string | number, path: string) => {
    const before = (holder as Obj)[key as string];
    for (const long of [false, true]) {
      const text = nextFormula(long);
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

/** Whether a cell would run as a formula in a spreadsheet. */
export function runsAsFormula(cell: string): boolean {
  return FORMULA_CELL.test(cell) && !PLAIN_NUMBER.test(cell);
}
