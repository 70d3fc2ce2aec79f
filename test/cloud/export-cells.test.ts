/**
 * How an admin's export shows names a spreadsheet could misread, through the real actions over the local runtime:
 * a post named with ⩵ (which compatibility folding turns into ==) or with a sign (+1, -12) gets the leading ' in
 * the CSV, where a spreadsheet would otherwise run it or read it as a number; in the workbook the same names read
 * exactly as written, stored as strings formatted as text, and no cell is a formula. The monthly form's change
 * column, which the export writes itself, stays +N / -N.
 */
import { randomUUID } from 'node:crypto';
import { IDLE_GRACE_DAYS } from '~/cloudfunctions/domain/admin/dashboard/ranks';
import { safeCell, toCsv } from '~/cloudfunctions/domain/admin/export/csv';
import { csvCells } from '../support/sheet-cells';
import { xlsxTextCells } from '../support/xlsx-text-cells';
import { withHarness } from './harness-world';
import { loginAs } from './work-fixture';

const w = withHarness({ county: 'demo-county-admin' });

const NAMES = ['⩵SUM(A1)', '⩶1+2', ' ⩵HYPERLINK()', '+1', '-12', '+3.5%', '@平安'];

test('names that fold into a formula or read as a signed number get the quote in the CSV only', async () => {
  for (const [k, name] of NAMES.entries()) {
    w.h.clock.now += 20_000;
    const made = await w.county.call('admin', {
      action: 'createPost',
      requestId: randomUUID(),
      name,
      address: '平安村村委会东侧',
      villageCode: w.at.post.villageCode,
      lat: w.at.post.lat + 0.0003 * (k + 1),
      lng: w.at.post.lng,
    });
    expect([name, made.status]).toEqual([name, 200]);
  }
  const stored = NAMES.map((n) => n.trim());
  // Past the days a new post has to be found before it counts as idle (the table lists the idle ones).
  w.h.clock.now += (IDLE_GRACE_DAYS + 1) * 86_400_000;
  const county = await loginAs(w.h, 'demo-county-admin');
  const inline = await county.call('admin', { action: 'export', table: 'idle' });
  expect(inline.status).toBe(200);
  const csvNames = csvCells(inline.json.data.csv).map((r) => r[1]);
  for (const name of stored) expect([name, csvNames.includes(`'${name}`)]).toEqual([name, true]);

  w.h.clock.now += 20_000;
  const files = await county.call('admin', { action: 'export', table: 'idle', delivery: 'file' });
  const got = await fetch(`${w.h.url}${files.json.data.files.xlsx.url}`, {
    headers: { cookie: county.cookieHeader() },
  });
  const cells = xlsxTextCells(Buffer.from(await got.arrayBuffer()));
  for (const name of stored) {
    const cell = cells.find((c) => c.text === name);
    expect([name, cell]).toEqual([name, { text: name, string: true, textFormat: true }]);
  }
  expect(cells.some((c) => c.text.startsWith("'"))).toBe(false);
  expect(cells.filter((c) => !c.string).every((c) => /^-?\d+(\.\d+)?$/.test(c.text))).toBe(true);
});

test('only a column the export fills with signed figures keeps a bare sign', () => {
  const table = {
    header: ['名称', '较上月增减'],
    rows: [
      ['+1', '+14'],
      ['-12', '-3'],
    ],
    signedColumns: ['较上月增减'],
  };
  expect(csvCells(toCsv(table))).toEqual([
    ['名称', '较上月增减'],
    ["'+1", '+14'],
    ["'-12", '-3'],
  ]);
  // In a signed column, text that is not a plain signed number is still made safe.
  expect(csvCells(toCsv({ ...table, rows: [['平安', '+1+cmd']] }))[1]).toEqual(['平安', "'+1+cmd"]);
  expect([safeCell('⩵1'), safeCell('\u3000⩵1'), safeCell('+1'), safeCell('+1', true), safeCell(5)]).toEqual([
    "'⩵1",
    "'\u3000⩵1",
    "'+1",
    '+1',
    5,
  ]);
});
