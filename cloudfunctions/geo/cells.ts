/**
 * The coarse grid of out-of-circle scans (服务圈外扫码): a scan made outside its post's circle is kept only as the
 * centre of its 0.002° cell (≈ 220 m north-south, ≈ 155 m east-west here), never as the scan's own point, so
 * clusters can suggest where a post is missing without storing where a resident stood.
 */
import type { GeoPoint } from '~/types/domain';

/** Side of a cell in degrees (latitude and longitude alike). */
export const CELL_DEG = 0.002;

// A hair added before flooring, so a coordinate printed on a cell edge (45.612) is not floored into the cell
// below by binary rounding (45.612 / 0.002 = 22805.999…).
const EDGE_EPSILON = 1e-9;

function centre(deg: number): number {
  const index = Math.floor(deg / CELL_DEG + EDGE_EPSILON);
  return Math.round((index + 0.5) * CELL_DEG * 1e6) / 1e6;
}

/** The centre of the grid cell containing `point`, rounded to 6 decimals. */
export function cellOf(point: GeoPoint): GeoPoint {
  return { lat: centre(point.lat), lng: centre(point.lng) };
}
