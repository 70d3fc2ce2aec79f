/**
 * Exports as files (WeChat's way): admin.export with delivery 'file' stores the CSV (the same bytes as the inline
 * one, to forward) and an Excel workbook (what openDocument opens) in file storage and answers their links; the
 * admin's next export replaces them. In both files a cell that a spreadsheet would run as a formula is plain text.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { toCsv } from '~/cloudfunctions/domain/admin/export/csv';
import { toXlsx } from '~/cloudfunctions/domain/admin/export/xlsx';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin' });

/** The cell texts of the first sheet of a workbook, row by row, and whether any cell holds a formula. */
function sheetOf(xlsx: Buffer): { rows: string[][]; formulas: number } {
  const files = unzipSync(new Uint8Array(xlsx));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
      )
    : [];
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1].matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const inner = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '';
      return unescape(/t="s"/.test(c[1]) ? shared[Number(v)] : v);
    }),
  );
  return { rows, formulas: (xml.match(/<f[ >]/g) ?? []).length };
}

const HOSTILE = ['=HYPERLINK("http://x.example","点我")', '+1+2', '-1+cmd|/c calc', '@SUM(A1)', '\t=1', '\r=2'];

test('formula-like cells become text in the CSV and the workbook; plain numbers and signed figures stay', async () => {
  const table = {
    header: ['名称', '增减'],
    rows: [...HOSTILE.map((s) => [s, '+3']), ['王=李', '-12'], ['普通', 5]],
    signedColumns: ['增减'],
  };
  const csv = toCsv(table);
  for (const s of HOSTILE) expect(csv).toContain(`'${s.replace(/"/g, '""')}`);
  expect(csv).toContain('王=李');
  expect(csv).not.toContain("'+3");
  expect(csv).not.toContain("'-12");
  // The workbook's text cells are strings, never run: they read as written, without the CSV's quote.
  const { rows, formulas } = sheetOf(await toXlsx(table, '测试'));
  expect(formulas).toBe(0);
  expect(rows.slice(1, 1 + HOSTILE.length).map((r) => r[0])).toEqual(HOSTILE);
  expect(rows[HOSTILE.length + 1]).toEqual(['王=李', '-12']);
  expect(rows[HOSTILE.length + 2]).toEqual(['普通', '5']);
});

test("delivery 'file': a CSV equal to the inline one and a workbook of the same table, downloadable by link", async () => {
  const inline = (await w.county.call('admin', { action: 'export', table: 'children', period: { preset: '30d' } })).json
    .data;
  const res = await w.county.call('admin', {
    action: 'export',
    table: 'children',
    period: { preset: '30d' },
    delivery: 'file',
  });
  expect(res.status).toBe(200);
  const { files, csv, filename, rows } = res.json.data;
  expect({ csv, filename, rows }).toEqual({ csv: '', filename: inline.filename, rows: inline.rows });
  expect(files.csv.filename).toBe(inline.filename);
  expect(files.xlsx.filename).toBe(inline.filename.replace(/\.csv$/, '.xlsx'));
  // The files open to the admin who made them (their session), and to nobody else.
  const own = { headers: { cookie: w.county.cookieHeader() } };
  expect((await fetch(`${w.h.url}${files.csv.url}`)).status).toBe(404);
  const csvBytes = Buffer.from(await (await fetch(`${w.h.url}${files.csv.url}`, own)).arrayBuffer());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvBytes.toString('utf8')).toBe(inline.csv);
  const got = await fetch(`${w.h.url}${files.xlsx.url}`, own);
  expect(got.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const sheet = sheetOf(Buffer.from(await got.arrayBuffer()));
  const csvHeader = inline.csv.slice(1).split('\r\n')[0].split(',');
  expect(sheet.rows[0]).toEqual(csvHeader);
  expect(sheet.rows).toHaveLength(inline.rows + 1);

  // The next export replaces these two files.
  await w.county.call('admin', { action: 'export', table: 'top', period: { preset: '7d' }, delivery: 'file' });
  expect((await fetch(`${w.h.url}${files.csv.url}`, own)).status).toBe(404);
  expect((await fetch(`${w.h.url}${files.xlsx.url}`, own)).status).toBe(404);
});

test('a delivery other than inline or file is refused in Chinese', async () => {
  const res = await w.county.call('admin', { action: 'export', table: 'children', delivery: 'email' });
  expect(res.status).toBe(400);
  expect(res.json.error.message).toBe('导出方式不正确');
});
