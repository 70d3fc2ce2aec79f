/**
 * Checks of one row that need no database: each field against the same rules as admin.createPost, the place
 * against the city's box, ids named twice in the file (both rows are reported), and a row repeating an earlier one
 * (the same name in the same village, or at the same place: the later row is reported, naming the earlier).
 */
import * as v from 'valibot';
import { CreatePostInputSchema, type ImportProblem } from '~/types/api/network';
import { PostIdSchema } from '~/types/api/common';
import { toWgs84, type Datum } from '~/types/gcj02';
import { POST_ID_PATTERN } from '~/types/ids';
import { placeProblems } from '../posts/place';
import type { RawRow } from './parse';

/** A row whose fields are all well-formed (it may still fail the checks against the store). */
export interface ImportRow {
  row: number;
  /** Null when the row leaves 岗位编号 blank: an id is made on import. */
  id: string | null;
  name: string;
  address: string;
  villageCode: string;
  lat: number;
  lng: number;
}

export const ROW_TEXTS = {
  badId: '岗位编号只能由字母、数字、下划线和短横线组成，最多32位',
  repeatsVillage: (row: number) => `与第${row}行重复（同一村（社区）里同名的先锋岗）`,
  repeatsPlace: (row: number) => `与第${row}行重复（同一位置同名的先锋岗）`,
  idTwice: (rows: number[]) => `岗位编号与第${rows.slice(0, 5).join('、')}${rows.length > 5 ? '等' : ''}行重复`,
  notNumber: (col: string) => `${col}必须是数字`,
  missing: (col: string) => `请填写${col}`,
  scientific: '村代码应为12位数字（Excel把它变成了科学计数法：请把这一列设为「文本」后重新填写）',
} as const;

const postFields = CreatePostInputSchema.entries;

/** A cell through the field's schema: what a post stores (the schema's output: plain, trimmed), or its problem. */
function cell(schema: v.GenericSchema<string, string>, value: string): { value: string; issue: string | null } {
  const res = v.safeParse(schema, value);
  return res.success ? { value: res.output, issue: null } : { value, issue: res.issues[0].message };
}

function coordinate(text: string): number | null {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Checks one row, its coordinates read in `datum`; a row with any problem yields no ImportRow. */
export function checkRow(raw: RawRow, datum: Datum = 'wgs84'): { row: ImportRow | null; problems: ImportProblem[] } {
  const c = raw.cells;
  const problems: ImportProblem[] = [];
  const add = (field: string, reason: string | null) => {
    if (reason) problems.push({ row: raw.row, field, reason });
  };
  const id = c.岗位编号 === '' ? null : c.岗位编号;
  if (id !== null) add('岗位编号', cell(PostIdSchema, id).issue ?? (POST_ID_PATTERN.test(id) ? null : ROW_TEXTS.badId));
  const name = cell(postFields.name, c.岗位名称);
  const address = cell(postFields.address, c.地址);
  add('岗位名称', name.issue);
  add('地址', address.issue);
  add(
    '村代码',
    /^\d(\.\d+)?E\+\d+$/i.test(c.村代码) ? ROW_TEXTS.scientific : cell(postFields.villageCode, c.村代码).issue,
  );
  const given = { lat: coordinate(c.纬度), lng: coordinate(c.经度) };
  // Checked and stored in WGS-84, whatever map the sheet's numbers were read from.
  const { lat, lng } =
    given.lat !== null && given.lng !== null ? toWgs84({ lat: given.lat, lng: given.lng }, datum) : given;
  const numberIssue = (col: '纬度' | '经度', n: number | null) =>
    n !== null ? null : c[col].trim() === '' ? ROW_TEXTS.missing(col) : ROW_TEXTS.notNumber(col);
  add('纬度', numberIssue('纬度', lat));
  add('经度', numberIssue('经度', lng));
  if (lat !== null && lng !== null) {
    for (const p of placeProblems({ lat, lng }, null)) add(p.field, p.reason);
  }
  if (problems.length > 0 || lat === null || lng === null) return { row: null, problems };
  return {
    row: { row: raw.row, id, name: name.value, address: address.value, villageCode: c.村代码, lat, lng },
    problems,
  };
}

/** Problems of ids named by more than one row: each such row names the others. */
export function duplicateIds(rows: RawRow[]): ImportProblem[] {
  const byId = new Map<string, number[]>();
  for (const r of rows) {
    const id = r.cells.岗位编号;
    if (id === '') continue;
    const list = byId.get(id);
    if (list) list.push(r.row);
    else byId.set(id, [r.row]);
  }
  const problems: ImportProblem[] = [];
  for (const list of byId.values()) {
    if (list.length < 2) continue;
    for (const row of list) {
      problems.push({ row, field: '岗位编号', reason: ROW_TEXTS.idTwice(list.filter((n) => n !== row)) });
    }
  }
  return problems;
}

/** A post's name as people tell it apart: full-width forms folded (（一） = (一)), spaces ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The key of "the same post in the same village": the village code and the name. */
export const villageNameKey = (p: Pick<ImportRow, 'villageCode' | 'name'>) => `${p.villageCode}|${nameKey(p.name)}`;

/**
 * Rows that repeat an earlier row of the file: the same name in the same village, or the same name at the same
 * place (coordinates to 5 decimals, about a metre). Two such rows would make twin plates of one post; the first
 * stays, each later one is reported naming it.
 */
export function repeatedRows(rows: ImportRow[]): ImportProblem[] {
  const byVillage = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    const village = villageNameKey(r);
    const place = `${r.lat.toFixed(5)},${r.lng.toFixed(5)}|${nameKey(r.name)}`;
    const first = byVillage.get(village);
    const firstHere = byPlace.get(place);
    if (first !== undefined) problems.push({ row: r.row, field: '岗位名称', reason: ROW_TEXTS.repeatsVillage(first) });
    else if (firstHere !== undefined)
      problems.push({ row: r.row, field: '岗位名称', reason: ROW_TEXTS.repeatsPlace(firstHere) });
    else {
      byVillage.set(village, r.row);
      byPlace.set(place, r.row);
    }
  }
  return problems;
}
