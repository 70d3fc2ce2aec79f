/** Geometry of the service circles: the exact lens of two circles, heavy overlaps, and clusters of outside scans. */
import { clusterCells } from '~/cloudfunctions/domain/admin/circles/clusters';
import { heavyOverlaps, lensArea, overlapPct } from '~/cloudfunctions/domain/admin/circles/geometry';
import { CELL_DEG, cellOf } from '~/cloudfunctions/geo/cells';
import type { OutsideCell } from '~/cloudfunctions/store/port';

const R = 500;
// Metres per degree of latitude on the haversine sphere (6371008.8 m).
const M_PER_DEG = (6371008.8 * Math.PI) / 180;

test('lens area: apart, touching, identical, one inside the other, and the textbook half-overlap', () => {
  expect(lensArea(1000, R, R)).toBe(0);
  expect(lensArea(1200, R, R)).toBe(0);
  expect(lensArea(0, R, R)).toBeCloseTo(Math.PI * R * R, 6);
  expect(overlapPct(100, 500, 200)).toBeCloseTo(100, 6); // the small circle lies inside the big one
  // Two unit circles cover half of each other when their centres are 0.80794 apart.
  expect(overlapPct(0.807946, 1, 1)).toBeCloseTo(50, 3);
  // Symmetric in the radii; for equal circles the lens is 2r²acos(d/2r) − (d/2)√(4r²−d²).
  const d = 300;
  const exact = 2 * R * R * Math.acos(d / (2 * R)) - (d / 2) * Math.sqrt(4 * R * R - d * d);
  expect(lensArea(d, R, R)).toBeCloseTo(exact, 6);
  expect(lensArea(d, 400, 600)).toBeCloseTo(lensArea(d, 600, 400), 6);
});

const at = (id: string, north: number, east = 0, radiusM = R) => ({
  id,
  name: `岗${id}`,
  lat: 45 + north / M_PER_DEG,
  lng: 122 + east / (M_PER_DEG * Math.cos((45 * Math.PI) / 180)),
  radiusM,
});

test('heavy overlaps: pairs at or above half of a circle, once each, heaviest first', () => {
  const pairs = heavyOverlaps([
    at('c', 0),
    at('a', 100), // 100 m from c: heavy
    at('b', 450), // 350 m from a, 450 m from c: heavy with a only
    at('d', 5000),
    at('e', 5450), // 450 m from d: about 43 %, not heavy
    at('f', 10000, 0, 100), // a small circle inside a big one
    at('g', 10000, 300, 500),
  ]);
  expect(pairs.map((p) => `${p.a.id}-${p.b.id}`)).toEqual(['f-g', 'a-c', 'a-b']);
  expect(pairs[0].overlapPct).toBe(100);
  expect(pairs[1]).toMatchObject({ distanceM: 100 });
  expect(pairs[1].overlapPct).toBeGreaterThan(pairs[2].overlapPct);
  expect(pairs[2].overlapPct).toBeGreaterThanOrEqual(50);
});

test('heavy overlaps are capped', () => {
  const many = Array.from({ length: 30 }, (_, i) => at(`p${String(i).padStart(2, '0')}`, i * 10));
  expect(heavyOverlaps(many, 50, 200)).toHaveLength(200);
  expect(heavyOverlaps(many, 50, 5)).toHaveLength(5);
});

function cell(lat: number, lng: number, count: number, townshipCode = '220802001'): OutsideCell {
  const c = cellOf({ lat, lng });
  return { ...c, count, postId: 'p1', townshipCode };
}

/** The thin background of out-of-circle scans round every circle: lone cells of one scan, far apart. */
function background(from: { lat: number; lng: number }) {
  return Array.from({ length: 20 }, (_, k) => cell(from.lat - 0.3 - k * 0.01, from.lng, 1));
}

test('a thin background of cells touching corner to corner is no cluster, however far it runs', () => {
  const chain = Array.from({ length: 40 }, (_, k) => cell(45.6 + k * CELL_DEG, 122.8 + k * CELL_DEG, 2));
  expect(clusterCells(chain, CELL_DEG)).toEqual([]);
  // A dense spot inside the same background stands out on its own.
  const spot = cell(45.6 + 10 * CELL_DEG, 122.8 + 11 * CELL_DEG, 30);
  expect(clusterCells([...chain, spot], CELL_DEG)).toEqual([expect.objectContaining({ scans: 30, cells: 1 })]);
});

test('clusters: cells touching at a side or a corner merge; small clusters are dropped; the centre is scan-weighted', () => {
  const base = { lat: 45.6011, lng: 122.8011 };
  const cells = [
    cell(base.lat, base.lng, 6),
    cell(base.lat + CELL_DEG, base.lng + CELL_DEG, 6, '220802002'), // corner neighbour
    cell(base.lat + 2 * CELL_DEG, base.lng + CELL_DEG, 6, '220802002'), // side neighbour of the one before
    cell(base.lat + 0.05, base.lng, 9), // alone and under 10 scans
    cell(base.lat + 0.1, base.lng, 12), // alone, enough
    cell(base.lat + 0.1 + 2 * CELL_DEG, base.lng, 12), // two cells away: a separate cluster
    ...background(base),
  ];
  const clusters = clusterCells(cells, CELL_DEG);
  expect(clusters.map((c) => [c.scans, c.cells])).toEqual([
    [18, 3],
    [12, 1],
    [12, 1],
  ]);
  expect(clusters[0].townshipCode).toBe('220802002');
  const first = cellOf(base);
  expect(clusters[0].lat).toBeCloseTo(first.lat + CELL_DEG, 6);
  expect(clusters[0].lng).toBeCloseTo(first.lng + (2 / 3) * CELL_DEG, 6);
});

test('the same cell listed for two posts is one cell', () => {
  const c = cell(45.6, 122.8, 5);
  expect(clusterCells([c, { ...c, postId: 'p2' }, ...background({ lat: 45.6, lng: 122.8 })], CELL_DEG)).toEqual([
    expect.objectContaining({ scans: 10, cells: 1 }),
  ]);
});
