/**
 * The validation report of an import file (校验报告): the row checks, then the checks against the store (the
 * village exists and lies in the scope and near the point; an id is free, or already holds the same post; no
 * active post of the village has the row's name unless it is that very post).
 * Reads the store but writes nothing; its cost does not grow with the villages of the file: the villages by code
 * (one read per 1,000), the posts of the region they share (one bounded read), and the ids named but not found there.
 */
import { createHash } from 'node:crypto';
import type { Datum } from '~/types/gcj02';
import type { ImportProblem, ImportReport } from '~/types/api/network';
import type { Post, Region } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { regionContains, regionPrefix } from '../../scope';
import { samePost } from '../posts/same';
import { placeProblems } from '../posts/place';
import { decodeBytes } from './decode';
import { parseRows, type RawRow } from './parse';
import { checkRow, duplicateIds, repeatedRows, villageNameKey, type ImportRow } from './rows';
import type { ContentChecker } from '../../content-check';
import { PUBLIC_TEXT_REJECTED, riskyFields } from '../public-text';

export const CHECK_TEXTS = {
  villageOutside: (name: string) => `${name}不在您负责的地区内`,
  villageMissing: '没有找到这个村代码对应的村（社区）',
  idTaken: (name: string) => `岗位编号已被其他先锋岗使用（${name}）`,
  alreadyStored: (p: Pick<Post, 'name' | 'id'>) => `本村（社区）已有同名的先锋岗（${p.name}，岗位编号${p.id}）`,
} as const;

/** A row that passed every check; `existing` when the same post is already stored (it is skipped). */
export interface ValidRow extends ImportRow {
  existing: boolean;
}

/** The report, the valid rows in file order (new and existing), and what writing them needs. */
export interface CheckedFile {
  report: ImportReport;
  valid: ValidRow[];
  villages: Map<string, Region>;
  /** Every id already in use among the villages of the file, and every id the file names. */
  usedIds: string[];
}

/**
 * The narrowest region holding every village of the file, as a code prefix: their township, their county, else
 * the admin's scope. Its posts come in one bounded read (posts.directory), however many villages the file names.
 */
export function sharedPrefix(villageCodes: string[], scope: string): string {
  const scopePrefix = regionPrefix(scope);
  for (const length of [9, 6]) {
    const prefix = villageCodes[0].slice(0, length);
    if (length >= scopePrefix.length && villageCodes.every((c) => c.startsWith(prefix))) return prefix;
  }
  return scopePrefix;
}

/** The villages among `codes`, by code: one query (per 1,000 codes) however many the file names. */
async function loadVillages(store: Store, codes: string[]): Promise<Map<string, Region>> {
  const found = await store.regions.byCodes(codes);
  return new Map(found.filter((r) => r.level === 'village').map((r) => [r.code, r]));
}

/** Who reads the names and addresses of a file for words not fit to show the public (admin/public-text.ts). */
export interface ImportScreen {
  checker: ContentChecker;
  openid: string;
  /** The time of the call (when a clean verdict noted now expires). */
  now: number;
}

/** How long a file's clean names and addresses are remembered: the batches of one import, and a retry later on. */
const CLEAN_NOTE_MS = 24 * 3600 * 1000;

/**
 * The rows' risky fields (riskyFields), asked once per text: every batch of an import checks the whole file again,
 * and on WeChat each check spends the day's quota, so a text found clean is noted under its digest (meta, swept
 * when it expires) and not sent again. Any change to a name or an address makes another digest, checked anew. A
 * check that failed (quota, network) lets the text through this time, as everywhere, but is not noted: the next
 * batch asks again.
 */
async function riskyRows(store: Store, screen: ImportScreen, rows: ImportRow[]) {
  const digest = createHash('sha256')
    .update(rows.map((r) => `${r.row}\u0000${r.name}\u0000${r.address}`).join('\u0001'))
    .digest('hex');
  const key = `import.clean.${digest.slice(0, 40)}`;
  if (rows.length === 0 || (await store.meta.get(key)) !== null) return [];
  let failed = false;
  const checker: ContentChecker = {
    maxUnits: screen.checker.maxUnits,
    check: (text, openid) =>
      screen.checker.check(text, openid).catch((err: unknown) => {
        failed = true;
        throw err;
      }),
  };
  const risky = await riskyFields(checker, screen.openid, rows);
  if (risky.length === 0 && !failed) await store.meta.claim(key, '1', screen.now + CLEAN_NOTE_MS);
  return risky;
}

/**
 * Decodes, parses and checks a file's bytes for an admin of `scope`, its coordinates read in `datum`; the names
 * and addresses of the rows that pass the other row checks go through the content check with `screen`.
 */
export async function checkFile(
  store: Store,
  scope: string,
  file: Buffer,
  datum: Datum,
  screen: ImportScreen,
): Promise<CheckedFile> {
  const { text, encoding } = decodeBytes(file);
  const raw: RawRow[] = parseRows(text);
  const problems: ImportProblem[] = [...duplicateIds(raw)];
  const bad = new Set(problems.map((p) => p.row));
  const wellFormed: ImportRow[] = [];
  for (const r of raw) {
    const checked = checkRow(r, datum);
    problems.push(...checked.problems);
    if (checked.row && !bad.has(r.row)) wellFormed.push(checked.row);
    else bad.add(r.row);
  }
  const report = (row: { row: number }, field: string, reason: string) => {
    problems.push({ row: row.row, field, reason });
    bad.add(row.row);
  };
  for (const p of repeatedRows(wellFormed)) report(p, p.field, p.reason);
  const candidates = wellFormed.filter((r) => !bad.has(r.row));

  // Every code is looked up, the scope's or not: a code that names no village is a typo to fix, one of a village
  // elsewhere is the wrong file or the wrong admin; the two need different answers. Village codes are public.
  const codes = [...new Set(candidates.map((r) => r.villageCode))];
  const villages = await loadVillages(store, codes);
  const inPlace: ImportRow[] = [];
  for (const r of candidates) {
    const village = villages.get(r.villageCode);
    if (!village) report(r, '村代码', CHECK_TEXTS.villageMissing);
    else if (!regionContains(scope, r.villageCode)) report(r, '村代码', CHECK_TEXTS.villageOutside(village.name));
    else {
      const far = placeProblems(r, village);
      if (far.length > 0) far.forEach((p) => report(r, p.field, p.reason));
      else inPlace.push(r);
    }
  }
  // A name or address goes on a plate and a landing page: the content check reads it as it reads anyone's text.
  for (const { row, field } of await riskyRows(store, screen, inPlace)) {
    report({ row }, field === 'name' ? '岗位名称' : '地址', PUBLIC_TEXT_REJECTED);
  }
  const placed = inPlace.filter((r) => !bad.has(r.row));

  // What is stored already: the posts of every village of the file, then any named id not among them.
  const stored = new Map<string, Post>();
  const contents = new Set<string>();
  /** The active posts of the file's villages by village and name: a new row of the same name is the same post. */
  const named = new Map<string, Post>();
  const contentKey = (p: Pick<Post, 'villageCode' | 'name' | 'address' | 'lat' | 'lng'>) =>
    `${p.villageCode}|${p.name}|${p.address}|${p.lat.toFixed(6)}|${p.lng.toFixed(6)}`;
  const placedVillages = new Set(placed.map((r) => r.villageCode));
  if (placedVillages.size > 0) {
    for (const p of await store.posts.directory(sharedPrefix([...placedVillages], scope))) {
      if (!placedVillages.has(p.villageCode)) continue;
      stored.set(p.id, p);
      contents.add(contentKey(p));
      if (p.status === 'active') named.set(villageNameKey(p), p);
    }
  }
  const unknownIds = [...new Set(placed.flatMap((r) => (r.id !== null && !stored.has(r.id) ? [r.id] : [])))];
  for (const p of await store.posts.byIds(unknownIds)) stored.set(p.id, p);

  const valid: ValidRow[] = [];
  for (const r of placed) {
    const same = r.id !== null ? stored.get(r.id) : undefined;
    if (same && !samePost(same, r)) report(r, '岗位编号', CHECK_TEXTS.idTaken(same.name));
    else {
      const existing = same !== undefined || (r.id === null && contents.has(contentKey(r)));
      const twin = existing ? undefined : named.get(villageNameKey(r));
      if (twin) report(r, '岗位名称', CHECK_TEXTS.alreadyStored(twin));
      else valid.push({ ...r, existing });
    }
  }

  problems.sort((a, b) => a.row - b.row);
  const existing = valid.filter((r) => r.existing).length;
  return {
    report: {
      encoding,
      total: raw.length,
      good: valid.length - existing,
      bad: bad.size,
      problems,
      unchanged: existing,
    },
    valid,
    villages,
    usedIds: [...stored.keys(), ...raw.map((r) => r.cells.岗位编号).filter((id) => id !== '')],
  };
}
