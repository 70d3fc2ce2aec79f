/**
 * GCJ-02 ↔ WGS-84 against published pairs: the eviltransform project's test points (Shanghai, Shenzhen, Beijing),
 * gcoord's GCJ-02 → WGS-84 of (45°N, 123°E) — a few kilometres from Baicheng — and the round trip within a metre.
 */
import { bd09ToGcj02, gcj02ToWgs84, toWgs84, wgs84ToGcj02 } from '~/types/gcj02';

/** Great-circle distance in metres (haversine; plenty at these distances). */
function metres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lng - a.lng) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

// [WGS-84 lat, lng, GCJ-02 lat, lng] as eviltransform's tests publish them.
const PAIRS: [string, number, number, number, number][] = [
  ['上海', 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215],
  ['深圳', 22.543847, 113.912316, 22.540796131694766, 113.9171764808363],
  ['北京', 39.911954, 116.377817, 39.91334545536069, 116.38404722455657],
];

test.each(PAIRS)('%s: WGS-84 → GCJ-02 matches the published point within 0.1 m', (_city, wLat, wLng, gLat, gLng) => {
  expect(metres(wgs84ToGcj02({ lat: wLat, lng: wLng }), { lat: gLat, lng: gLng })).toBeLessThan(0.1);
});

test.each(PAIRS)('%s: GCJ-02 → WGS-84 returns the WGS-84 point within a metre', (_city, wLat, wLng, gLat, gLng) => {
  expect(metres(gcj02ToWgs84({ lat: gLat, lng: gLng }), { lat: wLat, lng: wLng })).toBeLessThan(1);
});

test("near Baicheng: gcoord's published GCJ-02 → WGS-84 of (45, 123), and the shift is hundreds of metres", () => {
  const w = gcj02ToWgs84({ lat: 45, lng: 123 });
  expect(metres(w, { lat: 44.99804071, lng: 122.99395597 })).toBeLessThan(1);
  // The error 移动岗位 made by storing GCJ-02 as WGS-84: about the radius of a 500 m circle.
  expect(metres(w, { lat: 45, lng: 123 })).toBeGreaterThan(400);
});

test('a round trip anywhere in the city stays within a metre', () => {
  for (let lat = 44.2; lat <= 46.3; lat += 0.35) {
    for (let lng = 121.6; lng <= 124.9; lng += 0.55) {
      const p = { lat, lng };
      expect(metres(gcj02ToWgs84(wgs84ToGcj02(p)), p)).toBeLessThan(1);
    }
  }
});

test('outside China nothing shifts', () => {
  for (const p of [
    { lat: 51.5074, lng: -0.1278 },
    { lat: -33.8688, lng: 151.2093 },
    { lat: 37.5665, lng: 126.978 + 12 },
  ]) {
    expect(wgs84ToGcj02(p)).toEqual(p);
    expect(gcj02ToWgs84(p)).toEqual(p);
  }
});

test("BD-09 → GCJ-02: coordtransform's published pair (Tiananmen, Baidu 116.404, 39.915)", () => {
  const g = bd09ToGcj02({ lat: 39.915, lng: 116.404 });
  expect(metres(g, { lat: 39.90865673957631, lng: 116.39762729119315 })).toBeLessThan(0.01);
});

test('a point read from each map comes back to the same WGS-84 point, to the 6th decimal', () => {
  const w = { lat: 45.619437, lng: 122.838563 };
  const g = wgs84ToGcj02(w);
  expect(toWgs84(w, 'wgs84')).toEqual(w);
  expect(metres(toWgs84(g, 'gcj02'), w)).toBeLessThan(1);
  // GCJ-02 → BD-09, the published inverse of bd09ToGcj02, so that the Baidu point is Baidu's own.
  const XPI = (Math.PI * 3000) / 180;
  const z = Math.sqrt(g.lng * g.lng + g.lat * g.lat) + 0.00002 * Math.sin(g.lat * XPI);
  const t = Math.atan2(g.lat, g.lng) + 0.000003 * Math.cos(g.lng * XPI);
  const b = { lat: z * Math.sin(t) + 0.006, lng: z * Math.cos(t) + 0.0065 };
  expect(metres(b, w)).toBeGreaterThan(800);
  expect(metres(toWgs84(b, 'bd09'), w)).toBeLessThan(1);
  for (const n of Object.values(toWgs84(b, 'bd09'))) expect(String(n).split('.')[1].length).toBeLessThanOrEqual(6);
});
