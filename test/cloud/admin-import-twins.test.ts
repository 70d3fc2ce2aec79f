/**
 * One post is one plate: an import file that names the same post twice (the same name in the same village, or the
 * same name at the same place) reports the later row naming the earlier, and a row with the name of an active post
 * the village already has is reported naming that post; only the first of twins is imported. A sheet brought
 * again (with its codes, or exactly as stored) stays idempotent: unchanged, never a duplicate.
 */
import {
  postsIn,
  rowFor,
  uploaded,
  villagesIn,
  withNetwork,
  csvFile,
  COUNTY,
  type CsvRow,
} from './admin-posts-fixture';

const n = withNetwork();

const check = async (rows: CsvRow[]) => {
  const fileId = await uploaded(n.county, csvFile(rows));
  const res = await n.county.call('admin', { action: 'checkImport', fileId });
  expect(res.status).toBe(200);
  return { fileId, report: res.json.data };
};
const reasons = (report: { problems: { row: number; field: string; reason: string }[] }) =>
  report.problems.map((p) => ({ row: p.row, field: p.field, reason: p.reason }));

test('twin rows of one file: the later is a bad row naming the earlier, and one post is made, not two', async () => {
  const v = villagesIn(COUNTY)[5];
  const first = rowFor(v, 1, { 岗位名称: '幸福里调解先锋岗' });
  const rows = [
    first,
    { ...first },
    { ...first, 地址: `${v.name}村委会东侧`, 岗位名称: '幸福里 调解先锋岗' },
    { ...rowFor(v, 4), 岗位名称: first.岗位名称, 村代码: v.code, 经度: first.经度 },
    rowFor(v, 5),
  ];
  const { fileId, report } = await check(rows);
  expect(report).toMatchObject({ total: 5, good: 2, bad: 3, unchanged: 0 });
  expect(reasons(report)).toEqual([
    { row: 3, field: '岗位名称', reason: '与第2行重复（同一村（社区）里同名的先锋岗）' },
    { row: 4, field: '岗位名称', reason: '与第2行重复（同一村（社区）里同名的先锋岗）' },
    { row: 5, field: '岗位名称', reason: '与第2行重复（同一村（社区）里同名的先锋岗）' },
  ]);

  const before = (await n.h.store.posts.inRegion(v.code, null, 1000)).length;
  const res = await n.county.call('admin', { action: 'importPosts', fileId, goodOnly: true, offset: 0 });
  expect(res.json.data).toMatchObject({ created: 2, total: 2 });
  const after = await n.h.store.posts.inRegion(v.code, null, 1000);
  expect(after.length).toBe(before + 2);
  expect(after.filter((p) => p.name === '幸福里调解先锋岗')).toHaveLength(1);
});

test('a row named as an active post of its village is reported naming that post; the same sheet again is unchanged', async () => {
  const [v, w] = [villagesIn(COUNTY)[9], villagesIn(COUNTY)[12]];
  const [stored] = postsIn(v.code, 'active');
  const [storedW] = postsIn(w.code, 'active');
  expect(stored && storedW).toBeDefined();
  const { report } = await check([
    { ...rowFor(v, 3), 岗位名称: stored.name },
    { ...rowFor(w, 4), 岗位名称: storedW.name, 岗位编号: 'pTWINNEW1' },
    rowFor(v, 5, { 岗位编号: 'pTWINNEW2' }),
  ]);
  expect(report).toMatchObject({ total: 3, good: 1, bad: 2, unchanged: 0 });
  const twin = (p: { name: string; id: string }) => `本村（社区）已有同名的先锋岗（${p.name}，岗位编号${p.id}）`;
  expect(reasons(report)).toEqual([
    { row: 2, field: '岗位名称', reason: twin(stored) },
    { row: 3, field: '岗位名称', reason: twin(storedW) },
  ]);

  // A sheet with codes: the stored post as it stands is unchanged, the new one is made once.
  const asStored = { 岗位名称: stored.name, 地址: stored.address, 村代码: stored.villageCode };
  const place = { 纬度: stored.lat.toFixed(6), 经度: stored.lng.toFixed(6) };
  const sheet = [{ ...asStored, ...place, 岗位编号: stored.id }, rowFor(v, 5, { 岗位编号: 'pTWINNEW2' })];
  const first = await check(sheet);
  expect(first.report).toMatchObject({ good: 1, bad: 0, unchanged: 1 });
  const res = await n.county.call('admin', { action: 'importPosts', fileId: first.fileId, goodOnly: false, offset: 0 });
  expect(res.json.data).toMatchObject({ created: 1, postIds: ['pTWINNEW2'] });
  // The same sheet brought again, and the stored post without its code: nothing new, nothing bad.
  expect((await check(sheet)).report).toMatchObject({ good: 0, bad: 0, unchanged: 2, problems: [] });
  expect((await check([{ ...asStored, ...place }])).report).toMatchObject({ good: 0, bad: 0, unchanged: 1 });
});
