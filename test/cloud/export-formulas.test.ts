/**
 * No export hands a spreadsheet a formula. Formula text (= + - @; their full-width, small and super/subscript forms;
 * the minus sign; each behind blanks a spreadsheet may skip: a tab, CR, space, ideographic or no-break space, Hangul
 * filler, blank braille, Mongolian vowel separator, Arabic letter mark) is planted in every user-writable field
 * through the real actions as the real roles (every action of SCHEMAS, every field its schema takes as text, and
 * the id a new post is given), in post names and addresses of an import file, and in the region names the network
 * data brings. Then every table of EXPORT_TABLES is exported by every level of admin, for several subjects, as the
 * inline CSV and as the CSV and xlsx files: no CSV cell begins a formula, no workbook cell is a formula or holds
 * text as anything but a string formatted as text, and the planted text is still there to read: in the CSV behind
 * the leading ' that makes it text, in the workbook as written.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EXPORT_TABLES } from '~/types/api/dashboard';
import { safeCell } from '~/cloudfunctions/domain/admin/export/csv';
import { runTick } from '~/cloudfunctions/domain/cron/tick';
import { NO_PUSH } from '~/cloudfunctions/domain/context';
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { BOOTSTRAP_SECRET, CATALOGUE, demoPlaces, lifecycle, schemaOf, send } from '../support/action-catalogue';
import { Caller } from '../support/action-caller';
import { buildWorld, restore } from '../support/action-world';
import { nextFormula, plant, runsAsFormula, TRIGGERS, unblanked, type PlantedField } from '../support/formula-plant';
import { demoDataset, startHarness, type Harness } from '../support/local-harness';
import { csvCells, xlsxCells } from '../support/sheet-cells';
import { xlsxTextCells, type XlsxCell } from '../support/xlsx-text-cells';
import type { World } from '../support/action-catalogue';
import { awayFromPosts } from './admin-dashboard-fixture';
import { csvText } from './admin-posts-fixture';

let store: SqliteStore;
let h: Harness;
let w: World;
/** Planted text (as stored, trimmed) → where it was planted. */
const planted = new Map<string, string>();
const plantedByAction: Record<string, string[]> = {};
/** Every exported file's cells, by a label naming table, admin, subject and format (a workbook's with their kind). */
const exported: { label: string; rows: string[][]; formulas: number; cells?: XlsxCell[] }[] = [];

const place = demoPlaces();
const county = place.post.countyCode;

/** The network data as an operator loads it, with formula text in the names of the world's county and below. */
function plantedDataset() {
  const data = demoDataset();
  const regions = data.regions.map((r) => {
    if (!r.code.startsWith(county)) return r;
    const name = nextFormula();
    planted.set(unblanked(name).trim(), `region ${r.level}`);
    return { ...r, name };
  });
  return { ...data, regions };
}

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  await store.load(plantedDataset());
  h = await startHarness(true, {
    store,
    web: { publicUrl: null, trustProxy: true },
    bootstrapSecret: BOOTSTRAP_SECRET,
  });
  w = await buildWorld(h);
}, 120_000);
afterAll(async () => {
  await h.close();
  await store.close();
});

function remember(source: string, fields: PlantedField[]): void {
  // Kept as stored: the schemas trim the blanks before the trigger, or remove them (plainText).
  for (const f of fields) planted.set(unblanked(f.text).trim(), `${source} ${f.path}`);
}

test('formula text goes into every user-writable field of every action, through the real roles', async () => {
  for (const key of lifecycle()) {
    h.clock.now += 20_000;
    const entry = CATALOGUE[key];
    // admin.createPost is the one action whose `id` names the record it makes (a post's 岗位编号, shown in exports).
    const { body, fields } = plant(schemaOf(key), await entry.body(w), key === 'admin.createPost');
    if (fields.length === 0) continue;
    const res = await send(w.callers[entry.role], key, body);
    // The bootstrap takes a name, but admins exist already: its one answer for every failure.
    const expected = key === 'admin.bootstrap' ? [403, 'BOOTSTRAP_REFUSED'] : [200, undefined];
    expect([key, res.status, res.json?.error?.code]).toEqual([key, ...expected]);
    if (res.status === 200) await restore(w, key, entry.role);
    remember(key, fields);
    plantedByAction[key] = fields.map((f) => f.path);
  }
  // The text fields the exports show are among them (a post's name, a volunteer's own name).
  expect(plantedByAction['admin.createPost']).toEqual(expect.arrayContaining(['id', 'name', 'address']));
  expect(plantedByAction['admin.updatePost']).toEqual(expect.arrayContaining(['name']));
  expect(plantedByAction['work.updateProfile']).toEqual(expect.arrayContaining(['name', 'hours']));
  expect(plantedByAction['resident.ask']).toEqual(expect.arrayContaining(['text']));
  expect(plantedByAction['admin.saveServicePoint']).toEqual(expect.arrayContaining(['name', 'address']));
  console.log(`planted: ${JSON.stringify(plantedByAction)}`);
}, 120_000);

test('posts named with every trigger, made one by one and by import, side by side so their circles overlap', async () => {
  const { post } = place;
  for (const _t of TRIGGERS) {
    h.clock.now += 20_000;
    const body = {
      name: nextFormula(),
      address: nextFormula(),
      villageCode: post.villageCode,
      lat: post.lat,
      lng: post.lng,
    };
    const res = await send(w.callers.countyAdmin, 'admin.createPost', body);
    expect(res.status).toBe(200);
    remember('admin.createPost', [
      { path: 'name', text: body.name },
      { path: 'address', text: body.address },
    ]);
    // Half of them scanned (the top table), half never (the idle table).
    if (TRIGGERS.indexOf(_t) % 2 === 0) {
      const scan = await new Caller(h).call('scan', { action: 'land', postId: res.json.data.id, scanId: randomUUID() });
      expect(scan.status).toBe(200);
    }
  }
  const rows = TRIGGERS.map((_, k) => ({
    岗位名称: nextFormula(),
    地址: nextFormula(),
    村代码: post.villageCode,
    纬度: post.lat + 0.0001 * (k + 1),
    经度: post.lng,
  }));
  for (const r of rows)
    remember('admin.importPosts', [
      { path: '岗位名称', text: r.岗位名称 },
      { path: '地址', text: r.地址 },
    ]);
  const fileId = await w.callers.countyAdmin.uploadCsv(csvText(rows));
  const checked = await send(w.callers.countyAdmin, 'admin.checkImport', { fileId });
  expect(checked.json.data).toMatchObject({ bad: 0 });
  h.clock.now += 20_000;
  const imported = await send(w.callers.countyAdmin, 'admin.importPosts', { fileId, goodOnly: true, offset: 0 });
  expect(imported.status).toBe(200);
  // Scans from a place outside every circle: a cluster on the coverage page, in a township of planted name.
  const away = await awayFromPosts(h.store, { lat: post.lat + 0.018, lng: post.lng });
  for (let i = 0; i < 10; i++) {
    const scan = await new Caller(h).call('scan', {
      action: 'land',
      postId: post.id,
      scanId: randomUUID(),
      location: away,
    });
    expect(scan.status).toBe(200);
  }
  await runTick({ store: h.store, now: h.clock.now, pusher: NO_PUSH });
}, 60_000);

/** yyyymm of the world's clock (CST). */
const month = () => new Date(h.clock.now + 8 * 3_600_000).toISOString().slice(0, 7).replace('-', '');

test('every table, by every level of admin, inline and as files: no cell begins a formula', async () => {
  const admins = ['cityAdmin', 'countyAdmin', 'townshipAdmin'] as const;
  const subjects = [undefined, county, place.townshipCode, place.villageCode];
  const served = new Set<string>();
  for (const table of EXPORT_TABLES) {
    for (const admin of admins) {
      for (const subject of subjects) {
        h.clock.now += 20_000;
        const body = {
          table,
          ...(subject ? { subject } : {}),
          ...(table === 'monthly' ? { month: month() } : { period: { preset: '30d' } }),
        };
        const label = `${table} ${admin} ${subject ?? 'own scope'}`;
        const inline = await send(w.callers[admin], 'admin.export', body);
        if (inline.status !== 200) {
          expect([400, 403]).toContain(inline.status);
          continue;
        }
        exported.push({ label: `${label} csv`, rows: csvCells(inline.json.data.csv), formulas: 0 });
        if (inline.json.data.rows > 0) served.add(table);
        h.clock.now += 20_000;
        const files = await send(w.callers[admin], 'admin.export', { ...body, delivery: 'file' });
        expect(files.status).toBe(200);
        const cookie = w.callers[admin].sessionCookie;
        const get = async (url: string) =>
          Buffer.from(await (await fetch(`${h.url}${url}`, { headers: { cookie } })).arrayBuffer());
        const csv = await get(files.json.data.files.csv.url);
        expect(csv.toString('utf8')).toBe(inline.json.data.csv);
        const xlsx = await get(files.json.data.files.xlsx.url);
        exported.push({ label: `${label} xlsx`, ...xlsxCells(xlsx), cells: xlsxTextCells(xlsx) });
      }
    }
  }
  // Every table was produced with rows at least once.
  expect([...served].sort()).toEqual([...EXPORT_TABLES].sort());
  const csvLeaks = exported
    .filter((f) => !f.cells)
    .flatMap((f) =>
      f.rows.flatMap((row) => row.filter(runsAsFormula).map((cell) => `${f.label}: ${JSON.stringify(cell)}`)),
    );
  expect(csvLeaks).toEqual([]);
  expect(exported.filter((f) => f.formulas > 0).map((f) => f.label)).toEqual([]);
  // A workbook's text is a string formatted as text (never run, never read as a number, kept text when edited);
  // a cell that is not a string holds a number the export wrote.
  const xlsxLeaks = exported.flatMap((f) =>
    (f.cells ?? [])
      .filter((c) => (c.string ? !c.textFormat : !/^-?\d+(\.\d+)?(e-?\d+)?$/.test(c.text)))
      .map((c) => `${f.label}: ${JSON.stringify(c)}`),
  );
  expect(xlsxLeaks).toEqual([]);
  // The planted formula text is there in the workbooks, as such strings.
  const formulaText = exported.flatMap((f) => (f.cells ?? []).filter((c) => runsAsFormula(c.text)));
  expect(formulaText.length).toBeGreaterThan(0);
  expect(formulaText.every((c) => c.string && c.textFormat)).toBe(true);
}, 300_000);

test('the planted text is still there to read: in the CSV behind the quote, in the workbook as written', () => {
  const found = new Map<string, Set<string>>();
  for (const f of exported) {
    const xlsx = f.label.endsWith('xlsx');
    for (const cell of f.rows.flat()) {
      // The CSV quotes it; the workbook never does.
      if (cell.startsWith("'") === xlsx) continue;
      for (const [text, source] of planted) {
        if (unblanked(xlsx ? cell : cell.slice(1)).startsWith(text)) {
          const formats = found.get(source) ?? new Set<string>();
          formats.add(xlsx ? 'xlsx' : 'csv');
          found.set(source, formats);
        }
      }
    }
  }
  const reached = Object.fromEntries([...found].map(([s, formats]) => [s, [...formats].sort()]));
  console.log(`planted text seen in exports: ${JSON.stringify(reached)}`);
  const both = ['csv', 'xlsx'];
  expect(reached).toMatchObject({
    'admin.createPost id': both,
    'admin.createPost name': both,
    'admin.updatePost name': both,
    'admin.importPosts 岗位名称': both,
    'work.updateProfile name': both,
    'region county': both,
    'region township': both,
    'region village': both,
  });
});

test('no unexpected error was logged', () => {
  expect(h.errors).toEqual([]);
});

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

test('every spreadsheet the server writes goes through the one writer that makes cells safe', () => {
  // A CSV writer (papaparse's unparse, a byte-order mark) or an xlsx writer anywhere else would escape this test.
  const writers = sources(join(__dirname, '../../cloudfunctions'))
    .filter((f) => /Papa\.unparse|\\uFEFF|write-excel-file/i.test(readFileSync(f, 'utf8')))
    .map((f) => relative(join(__dirname, '../..'), f))
    .sort();
  expect(writers).toEqual(['cloudfunctions/domain/admin/export/csv.ts', 'cloudfunctions/domain/admin/export/xlsx.ts']);
  const csv = readFileSync(join(__dirname, '../../cloudfunctions/domain/admin/export/csv.ts'), 'utf8');
  expect(csv).toMatch(/Papa\.unparse\(safeLines\(table\)/);
  // The workbook writes text as strings formatted as text, never as a formula.
  const xlsx = readFileSync(join(__dirname, '../../cloudfunctions/domain/admin/export/xlsx.ts'), 'utf8');
  expect(xlsx).toMatch(/plainLines\(table\)/);
  expect(xlsx).toMatch(/type: String, value, format: '@'/);
  expect(xlsx).not.toMatch(/Formula/);
});

test('a cell beginning with any trigger gets the quote; signed figures the export writes and other text stay', () => {
  for (const t of TRIGGERS) expect(safeCell(`${t}SUM(A1)`)).toBe(`'${t}SUM(A1)`);
  // A name that is a signed number would be read as a number: it is text someone typed, so it is quoted.
  expect([safeCell('-12'), safeCell('+3'), safeCell('-4.5%')]).toEqual(["'-12", "'+3", "'-4.5%"]);
  // In a column the export fills with signed figures (the monthly form's change), they stay as written.
  expect([safeCell('-12', true), safeCell('+3', true), safeCell('-4.5%', true), safeCell('+1+2', true)]).toEqual([
    '-12',
    '+3',
    '-4.5%',
    "'+1+2",
  ]);
  expect([safeCell(7), safeCell('王=李'), safeCell('平安⩵')]).toEqual([7, '王=李', '平安⩵']);
});
