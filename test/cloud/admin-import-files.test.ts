/**
 * Import files as admins bring them: GBK from Excel, missing columns, a header alone, ids named twice, points
 * outside the city, a township admin's file with another township's villages, and the import's acceptance case: 100
 * new posts with 5 bad rows, reported, then the 95 good ones imported and their plates printed.
 */
import {
  csvFile,
  expectRefused,
  rowFor,
  withNetwork,
  uploaded,
  villagesIn,
  type CsvRow,
  COUNTY,
  TOWNSHIP,
} from './admin-posts-fixture';

const n = withNetwork();

const check = async (file: string) =>
  n.county.call('admin', { action: 'checkImport', fileId: await uploaded(n.county, file) });

test('a GBK file saved by Excel imports with its Chinese names intact and says it was GBK', async () => {
  const village = villagesIn(COUNTY)[3];
  const rows = [
    rowFor(village, 1, { 岗位名称: '新华村农家书屋先锋岗' }),
    rowFor(village, 2, { 岗位名称: '新华村卫生室先锋岗' }),
  ];
  const fileId = await uploaded(n.county, csvFile(rows, 'gbk'));
  const checked = await n.county.call('admin', { action: 'checkImport', fileId });
  expect(checked.json.data).toMatchObject({ encoding: 'gbk', total: 2, good: 2, bad: 0 });
  const res = await n.county.call('admin', {
    action: 'importPosts',
    fileId,
    goodOnly: false,
    offset: 0,
    filename: '新华村.csv',
  });
  expect(res.json.data.created).toBe(2);
  const stored = await Promise.all(res.json.data.postIds.map((id: string) => n.h.store.posts.byId(id)));
  expect(stored.map((p) => p!.name)).toEqual(['新华村农家书屋先锋岗', '新华村卫生室先锋岗']);
  const detail = (await n.county.call('admin', { action: 'post', postId: res.json.data.postIds[0] })).json.data;
  expect(detail.history[0]).toMatchObject({ action: 'import', summary: '由导入文件「新华村.csv」第2行创建' });
});

test('missing columns are named; a header alone and an empty file are clear 400s; nothing is written', async () => {
  const v = villagesIn(COUNTY)[0];
  const header = ['岗位编号', '岗位名称', '地址', '村代码'];
  expectRefused(await check(csvFile([rowFor(v, 1)], 'utf-8', header)), 400, 'IMPORT_UNREADABLE', /^缺少列：纬度、经度/);
  expectRefused(await check(csvFile([])), 400, 'IMPORT_UNREADABLE', /^文件只有表头，没有岗位数据$/);
  expectRefused(await check(Buffer.from('\ufeff').toString('base64')), 400, 'IMPORT_UNREADABLE', /^文件是空的$/);
  expectRefused(await n.county.postBytes('/admin-files', Buffer.alloc(0)), 400, 'INVALID_INPUT', /文件是空的/);
  const fileId = await uploaded(n.county, csvFile([]));
  const res = await n.county.call('admin', { action: 'importPosts', fileId, goodOnly: true, offset: 0 });
  expectRefused(res, 400, 'IMPORT_UNREADABLE');
});

test('ids named twice: both rows are reported, each naming the other', async () => {
  const v = villagesIn(COUNTY)[1];
  const rows = [rowFor(v, 1, { 岗位编号: 'pTWICE' }), rowFor(v, 2), rowFor(v, 3, { 岗位编号: 'pTWICE' })];
  expect((await check(csvFile(rows))).json.data).toMatchObject({
    good: 1,
    bad: 2,
    problems: [
      { row: 2, field: '岗位编号', reason: '岗位编号与第4行重复' },
      { row: 4, field: '岗位编号', reason: '岗位编号与第2行重复' },
    ],
  });
});

test('points outside the city and far from their village are reported by column', async () => {
  const v = villagesIn(COUNTY)[2];
  const rows: CsvRow[] = [
    rowFor(v, 1, { 纬度: '39.904', 经度: '116.407' }),
    rowFor(v, 2, { 经度: '125.5' }),
    rowFor(v, 3, { 纬度: String(v.lng), 经度: String(v.lat) }),
    rowFor(v, 4, { 纬度: (v.lat + 0.25).toFixed(6) }),
  ];
  const { problems } = (await check(csvFile(rows))).json.data;
  expect(problems).toEqual([
    { row: 2, field: '纬度', reason: '纬度不在本市范围内' },
    { row: 2, field: '经度', reason: '经度不在本市范围内' },
    { row: 3, field: '经度', reason: '经度不在本市范围内' },
    // Swapped columns are said as such (the single-post form says 是否填反 too), not as two points outside the city.
    { row: 4, field: '纬度', reason: expect.stringMatching(/^纬度和经度好像填反了/) },
    { row: 5, field: '纬度', reason: expect.stringMatching(/^位置距.+中心约28公里，超过20公里/) },
  ]);
});

test("a township admin's file with another township's village: that row is outside their region", async () => {
  const mine = villagesIn(TOWNSHIP)[0];
  const other = villagesIn(COUNTY).find((v) => !v.code.startsWith(TOWNSHIP))!;
  const fileId = await uploaded(n.township, csvFile([rowFor(mine, 1), rowFor(other, 2)]));
  const res = await n.township.call('admin', { action: 'checkImport', fileId });
  expect(res.json.data.problems).toEqual([{ row: 3, field: '村代码', reason: `${other.name}不在您负责的地区内` }]);
});

test('a code that names no village is a typo, wherever it points; one of a village elsewhere is outside', async () => {
  const mine = villagesIn(TOWNSHIP)[0];
  const other = villagesIn(COUNTY).find((v) => !v.code.startsWith(TOWNSHIP))!;
  const rows = [
    { ...rowFor(mine, 1), 村代码: `${TOWNSHIP}999` }, // inside the township, no such village
    { ...rowFor(mine, 2), 村代码: '229999999999' }, // outside it, and no such village anywhere
    rowFor(other, 3),
  ];
  const fileId = await uploaded(n.township, csvFile(rows));
  const res = await n.township.call('admin', { action: 'checkImport', fileId });
  expect(res.json.data.problems).toEqual([
    { row: 2, field: '村代码', reason: '没有找到这个村代码对应的村（社区）' },
    { row: 3, field: '村代码', reason: '没有找到这个村代码对应的村（社区）' },
    { row: 4, field: '村代码', reason: `${other.name}不在您负责的地区内` },
  ]);
});

test('the acceptance case: 100 new posts with 5 bad rows: reported, the 95 good imported, and their plates printed', async () => {
  const villages = villagesIn(COUNTY).slice(10, 30);
  const rows: CsvRow[] = villages.flatMap((v, i) => [0, 1, 2, 3, 4].map((k) => rowFor(v, 100 + i * 5 + k)));
  rows[7] = { ...rows[7], 岗位名称: '' };
  rows[23] = { ...rows[23], 村代码: '2208' };
  rows[42] = { ...rows[42], 纬度: 'N45' };
  rows[61] = { ...rows[61], 经度: '130.1' };
  rows[88] = { ...rows[88], 地址: '' };
  const fileId = await uploaded(n.county, csvFile(rows));
  const report = (await n.county.call('admin', { action: 'checkImport', fileId })).json.data;
  expect(report).toMatchObject({ total: 100, good: 95, bad: 5 });
  expect(report.problems.map((p: { row: number; field: string }) => [p.row, p.field])).toEqual([
    [9, '岗位名称'],
    [25, '村代码'],
    [44, '纬度'],
    [63, '经度'],
    [90, '地址'],
  ]);
  expectRefused(
    await n.county.call('admin', { action: 'importPosts', fileId, goodOnly: false, offset: 0 }),
    400,
    'IMPORT_HAS_ERRORS',
  );
  const res = await n.county.call('admin', { action: 'importPosts', fileId, goodOnly: true, offset: 0 });
  expect(res.json.data).toMatchObject({ created: 95, done: 95, total: 95 });
  const sheet = await n.county.call('admin', { action: 'plates', postIds: res.json.data.postIds.slice(0, 50) });
  expect(sheet.json.data.plates).toHaveLength(50);
  expect(sheet.json.data.plates[0]).toMatchObject({
    postId: res.json.data.postIds[0],
    imageUrl: `/qr/${res.json.data.postIds[0]}.svg`,
    link: `/s/${res.json.data.postIds[0]}`,
  });
});

test('the same file imported three times at once: each post arrives once, never twice', async () => {
  const village = villagesIn(COUNTY)[40];
  const fileId = await uploaded(n.county, csvFile([0, 1, 2, 3, 4].map((k) => rowFor(village, 500 + k))));
  const before = (await n.h.store.posts.inRegion(village.code, null, 1000)).length;
  const replies = await Promise.all(
    [0, 1, 2].map(() => n.county.call('admin', { action: 'importPosts', fileId, goodOnly: false, offset: 0 })),
  );
  // The others find the ids taken, or (once the first has finished and deleted the file) the file gone.
  for (const r of replies) {
    if (r.status === 409) expectRefused(r, 409, 'POST_EXISTS', /岗位编号已被使用/);
    else if (r.status !== 200) expectRefused(r, 404, 'FILE_NOT_FOUND', /文件不存在或已过期/);
  }
  const created = replies.reduce((sum, r) => sum + (r.status === 200 ? r.json.data.created : 0), 0);
  expect(created).toBe(5);
  expect((await n.h.store.posts.inRegion(village.code, null, 1000)).length).toBe(before + 5);
  expect(n.h.errors).toEqual([]);
});
