/**
 * @jest-environment node
 *
 * The checks of an import row that need no database: every field by the rules of admin.createPost, numbers,
 * coordinates inside the city, and ids named twice in the file (both rows are told).
 */
import type { RawRow } from '~/cloudfunctions/domain/admin/import/parse';
import { checkRow, duplicateIds, repeatedRows } from '~/cloudfunctions/domain/admin/import/rows';
import { IdSequencer, seqOf } from '~/cloudfunctions/domain/admin/posts/ids';
import { placeProblems } from '~/cloudfunctions/domain/admin/posts/place';
import { wgs84ToGcj02 } from '~/types/gcj02';

const good = {
  岗位编号: '',
  岗位名称: '幸福村先锋岗',
  地址: '白城市洮北区幸福村',
  村代码: '220802001201',
  纬度: '45.61',
  经度: '122.83',
};
const raw = (row: number, cells: Partial<typeof good> = {}): RawRow => ({ row, cells: { ...good, ...cells } });

test('a good row becomes a post to import; a blank id is left for the import to make', () => {
  expect(checkRow(raw(2))).toEqual({
    row: {
      row: 2,
      id: null,
      name: '幸福村先锋岗',
      address: '白城市洮北区幸福村',
      villageCode: '220802001201',
      lat: 45.61,
      lng: 122.83,
    },
    problems: [],
  });
});

test('a name or address pasted with invisible characters is imported without them', () => {
  const { row, problems } = checkRow(
    raw(3, { 岗位名称: '\u202E幸福\u200B村先锋岗', 地址: '白城市\uFEFF洮北区\n幸福村' }),
  );
  expect(problems).toEqual([]);
  expect(row).toMatchObject({ name: '幸福村先锋岗', address: '白城市洮北区 幸福村' });
  expect(checkRow(raw(4, { 岗位名称: '\u202E\u200B' })).problems).toEqual([
    { row: 4, field: '岗位名称', reason: '请填写名称' },
  ]);
});

test('coordinates read from Amap/Tencent (GCJ-02) or Baidu (BD-09) are kept in WGS-84, checked there', () => {
  // The same spot as the good row, as each map shows it.
  const w = { lat: 45.61, lng: 122.83 };
  const g = wgs84ToGcj02(w);
  const fromMap = (datum: 'gcj02' | 'wgs84') =>
    checkRow(raw(2, { 纬度: String(g.lat), 经度: String(g.lng) }), datum).row!;
  const read = fromMap('gcj02');
  expect(Math.abs(read.lat - w.lat)).toBeLessThan(1e-5);
  expect(Math.abs(read.lng - w.lng)).toBeLessThan(1e-5);
  // Taken as GPS, the same numbers would put the post hundreds of metres away.
  expect(Math.abs(fromMap('wgs84').lng - w.lng)).toBeGreaterThan(0.005);
  expect(checkRow(raw(2), 'wgs84').row).toMatchObject(w);
});

test.each([
  [{ 岗位名称: '' }, '岗位名称', /^请填写名称$/],
  [{ 岗位名称: '站' }, '岗位名称', /^名称至少2个字$/],
  [{ 岗位名称: '名'.repeat(31) }, '岗位名称', /不能超过30个字/],
  [{ 地址: '' }, '地址', /^请填写地址$/],
  [{ 地址: '村' }, '地址', /^地址至少2个字$/],
  [{ 村代码: '' }, '村代码', /^请填写村代码$/],
  [{ 村代码: '22080200' }, '村代码', /12位数字/],
  [{ 村代码: '2.20802E+11' }, '村代码', /科学计数法/],
  [{ 纬度: '北纬45' }, '纬度', /必须是数字/],
  [{ 经度: '' }, '经度', /^请填写经度$/],
  [{ 经度: '东经122' }, '经度', /^经度必须是数字$/],
  [{ 纬度: '43.1' }, '纬度', /不在本市范围内/],
  [{ 纬度: '122.83', 经度: '45.61' }, '纬度', /纬度和经度好像填反了/],
  [{ 岗位编号: '岗位1' }, '岗位编号', /字母、数字/],
])('a row with %j is reported on %s', (cells, field, reason) => {
  const { row, problems } = checkRow(raw(7, cells));
  expect(row).toBeNull();
  expect(problems[0]).toEqual({ row: 7, field, reason: expect.stringMatching(reason) });
});

test('an id named by three rows: each row names the other two', () => {
  const rows = [
    raw(2, { 岗位编号: 'pX' }),
    raw(3, { 岗位编号: 'pY' }),
    raw(5, { 岗位编号: 'pX' }),
    raw(9, { 岗位编号: 'pX' }),
  ];
  expect(duplicateIds(rows)).toEqual([
    { row: 2, field: '岗位编号', reason: '岗位编号与第5、9行重复' },
    { row: 5, field: '岗位编号', reason: '岗位编号与第2、9行重复' },
    { row: 9, field: '岗位编号', reason: '岗位编号与第2、5行重复' },
  ]);
});

test('a point 30 km from its village is caught even inside the city (swapped or mistyped digits)', () => {
  const village = { name: '幸福村', lat: 45.61, lng: 122.83 };
  expect(placeProblems({ lat: 45.61, lng: 122.84 }, village)).toEqual([]);
  expect(placeProblems({ lat: 45.88, lng: 122.83 }, village)).toEqual([
    { field: '纬度', code: 'FAR_FROM_VILLAGE', reason: expect.stringMatching(/约30公里，超过20公里/) },
  ]);
});

test('new ids follow the seed: p + village code + next sequence after every id in use', () => {
  const ids = new IdSequencer();
  ids.takeAny('p22080200120103');
  ids.takeAny('p22080200120101');
  ids.takeAny('custom-id');
  expect(ids.next('220802001201')).toBe('p22080200120104');
  expect(ids.next('220802001201')).toBe('p22080200120105');
  expect(ids.next('220802001202')).toBe('p22080200120201');
  expect(seqOf('220802001201', 'p220802001201x1')).toBe(0);
});

test('a row repeating an earlier one (same name in the village, or at the same place) names it; others pass', () => {
  const row = (n: number, cells: Partial<typeof good> = {}) => checkRow(raw(n, cells)).row!;
  const rows = [
    row(2),
    row(3, { 地址: '幸福村村委会' }),
    row(4, { 岗位名称: '幸福村 先锋岗', 纬度: '45.62' }),
    row(5, { 村代码: '220802001202' }),
    row(6, { 岗位名称: '幸福村调解先锋岗' }),
    row(7, { 村代码: '220802001202', 纬度: '45.63' }),
  ];
  expect(repeatedRows(rows)).toEqual([
    { row: 3, field: '岗位名称', reason: '与第2行重复（同一村（社区）里同名的先锋岗）' },
    { row: 4, field: '岗位名称', reason: '与第2行重复（同一村（社区）里同名的先锋岗）' },
    { row: 5, field: '岗位名称', reason: '与第2行重复（同一位置同名的先锋岗）' },
  ]);
});
