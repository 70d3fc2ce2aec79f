/**
 * Where a sheet's coordinates come from (批量导入 asks: GPS, Amap/Tencent, Baidu). Amap's numbers for a spot lie
 * hundreds of metres from GPS's, as much as a service circle's radius; the import converts them, so the post is
 * stored where it stands, in WGS-84, and the same sheet brought again with the same answer is unchanged.
 */
import { distanceM } from '~/cloudfunctions/geo/distance';
import { wgs84ToGcj02 } from '~/types/gcj02';
import { csvFile, rowFor, uploaded, villagesIn, withNetwork, COUNTY } from './admin-posts-fixture';

const n = withNetwork();

test('a sheet read from Amap (GCJ-02) is stored in WGS-84; again with the same answer, it is unchanged', async () => {
  const v = villagesIn(COUNTY)[7];
  // The post's true place (WGS-84), 300 m north-east of the village centre, as Amap shows it.
  const truth = { lat: v.lat + 0.002, lng: v.lng + 0.002 };
  const amap = wgs84ToGcj02(truth);
  const rows = [rowFor(v, 1, { 岗位名称: '高德取点先锋岗', 纬度: amap.lat.toFixed(6), 经度: amap.lng.toFixed(6) })];
  const fileId = await uploaded(n.county, csvFile(rows));
  const checked = await n.county.call('admin', { action: 'checkImport', fileId, datum: 'gcj02' });
  expect(checked.json.data).toMatchObject({ total: 1, good: 1, bad: 0 });
  const res = await n.county.call('admin', {
    action: 'importPosts',
    fileId,
    datum: 'gcj02',
    goodOnly: false,
    offset: 0,
  });
  expect(res.status).toBe(200);
  const [id] = res.json.data.postIds;
  const post = (await n.h.store.posts.byId(id))!;
  expect(distanceM(post, truth)).toBeLessThan(1);
  // Taken as GPS, the same numbers would have put it this far off.
  expect(distanceM(amap, truth)).toBeGreaterThan(300);

  const again = await uploaded(n.county, csvFile(rows));
  const second = await n.county.call('admin', { action: 'checkImport', fileId: again, datum: 'gcj02' });
  expect(second.json.data).toMatchObject({ total: 1, good: 0, bad: 0, unchanged: 1 });
});

test('an unknown source is refused in Chinese', async () => {
  const fileId = await uploaded(n.county, csvFile([rowFor(villagesIn(COUNTY)[8], 2)]));
  const res = await n.county.call('admin', { action: 'checkImport', fileId, datum: 'mars' });
  expect([res.status, res.json.error.message]).toEqual([400, '请选择经纬度的来源']);
});
