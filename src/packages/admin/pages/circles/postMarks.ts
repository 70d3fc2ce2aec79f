/**
 * What the coverage map draws for the posts: only those whose circle reaches into the part on screen, each circle
 * on its own while they are few, and one mark per square of the grid when they are not. A whole city is 5,000
 * posts: drawn one by one that is 10,000 elements of which most are a pixel wide and take seconds to lay out.
 */
import type { CoverageData } from '~/types/api/dashboard';

const M_PER_DEG_LAT = 110_540;

/** The most marks drawn at once: well under a second to lay out on a cheap phone. */
export const MAX_MARKS = 400;

/** A part of the map, in degrees (WGS-84). */
export interface View {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** One thing to draw: a post's own circle (posts = 1) or a square of the grid standing for `posts` posts. */
export interface PostMark {
  key: string;
  lat: number;
  lng: number;
  /** The circle's radius, or half the side of the grid square, in metres. */
  radiusM: number;
  posts: number;
}

type PostPoint = CoverageData['posts'][number];

const mPerDegLng = (lat: number) => 111_320 * Math.cos((lat * Math.PI) / 180);

/** True when the circle of `p` reaches into `view`. */
function reaches(p: PostPoint, view: View): boolean {
  const dLat = p.radiusM / M_PER_DEG_LAT;
  const dLng = p.radiusM / mPerDegLng(p.lat);
  return (
    p.lat + dLat >= view.minLat &&
    p.lat - dLat <= view.maxLat &&
    p.lng + dLng >= view.minLng &&
    p.lng - dLng <= view.maxLng
  );
}

/** The posts grouped by squares of `sideM` metres, one mark per square, at the mean place of its posts. */
function grid(posts: PostPoint[], sideM: number, originLat: number): PostMark[] {
  const dLat = sideM / M_PER_DEG_LAT;
  const dLng = sideM / mPerDegLng(originLat);
  const cells = new Map<string, { lat: number; lng: number; n: number }>();
  for (const p of posts) {
    const key = `${Math.floor(p.lat / dLat)}:${Math.floor(p.lng / dLng)}`;
    const c = cells.get(key) ?? { lat: 0, lng: 0, n: 0 };
    c.lat += p.lat;
    c.lng += p.lng;
    c.n += 1;
    cells.set(key, c);
  }
  return [...cells].map(([key, c]) => ({
    key: `g${key}`,
    lat: c.lat / c.n,
    lng: c.lng / c.n,
    radiusM: sideM / 2,
    posts: c.n,
  }));
}

/**
 * The marks for `posts` seen through `view` (the whole region when absent), `sideM` metres across the screen:
 * circles one by one when at most `max` reach into the view and each is at least `minShare` of the width;
 * otherwise grid squares, starting at 1/50 of the width and doubled until at most `max` remain.
 */
export function postMarks(
  posts: PostPoint[],
  sideM: number,
  view?: View,
  max = MAX_MARKS,
  minShare = 0.01,
): PostMark[] {
  const shown = view ? posts.filter((p) => reaches(p, view)) : posts;
  const radius = shown.reduce((r, p) => Math.max(r, p.radiusM), 0);
  if (shown.length <= max && (2 * radius) / sideM >= minShare) {
    return shown.map((p) => ({ key: p.id, lat: p.lat, lng: p.lng, radiusM: p.radiusM, posts: 1 }));
  }
  const originLat = shown.length ? shown[0].lat : 0;
  let side = Math.max(sideM / 50, 2 * radius);
  let marks = grid(shown, side, originLat);
  while (marks.length > max) {
    side *= 2;
    marks = grid(shown, side, originLat);
  }
  return marks;
}
