/**
 * Posts are stored in WGS-84 (types/domain.ts) and browsers speak it; WeChat's map, openLocation and
 * getLocation({type:'gcj02'}) speak GCJ-02, a few hundred metres off inside China — as much as a whole service
 * circle — and so do Amap and Tencent Maps; Baidu Maps speaks BD-09, GCJ-02 shifted once more. These are the widely
 * published conversions (a few metres' accuracy; test/unit/coords.test.ts checks published pairs); outside China
 * WGS-84 and GCJ-02 agree. Shared by the app and the server (the import converts a sheet's coordinates).
 */
import type { GeoPoint as Point } from '~/types/domain';

const A = 6378245.0;
const EE = 0.006693421622965943;

function outsideChina({ lat, lng }: Point): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function dLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function dLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** A WGS-84 point (a post, a browser's position) in GCJ-02, for WeChat's map and openLocation. */
export function wgs84ToGcj02(p: Point): Point {
  if (outsideChina(p)) return p;
  const radLat = (p.lat / 180) * Math.PI;
  const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
  const sqrtMagic = Math.sqrt(magic);
  const lat = (dLat(p.lng - 105, p.lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const lng = (dLng(p.lng - 105, p.lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: p.lat + lat, lng: p.lng + lng };
}

/** A GCJ-02 point (WeChat's getLocation) in WGS-84, the posts' datum; three rounds take it below a metre. */
export function gcj02ToWgs84(g: Point): Point {
  let w = g;
  for (let i = 0; i < 3; i++) {
    const back = wgs84ToGcj02(w);
    w = { lat: w.lat - (back.lat - g.lat), lng: w.lng - (back.lng - g.lng) };
  }
  return w;
}

const X_PI = (Math.PI * 3000) / 180;

/** A BD-09 point (Baidu Maps) in GCJ-02. */
export function bd09ToGcj02(b: Point): Point {
  const x = b.lng - 0.0065;
  const y = b.lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lat: z * Math.sin(theta), lng: z * Math.cos(theta) };
}

/** The datums a sheet of coordinates may come in: GPS (WGS-84), Amap or Tencent (GCJ-02), Baidu (BD-09). */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof DATUMS)[number];

/** A point of `datum` in WGS-84, rounded to 6 decimals (≈ 0.1 m) so that the same sheet gives the same posts. */
export function toWgs84(p: Point, datum: Datum): Point {
  const w = datum === 'wgs84' ? p : gcj02ToWgs84(datum === 'bd09' ? bd09ToGcj02(p) : p);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round(w.lat), lng: round(w.lng) };
}
