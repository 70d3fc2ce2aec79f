/** The out-of-circle cell grid (geo/cells.ts): what is kept of a scan made outside its post's circle. */
import { CELL_DEG, cellOf } from '~/cloudfunctions/geo/cells';
import { distanceM } from '~/cloudfunctions/geo/distance';

describe('cellOf', () => {
  it('gives the centre of the 0.002° cell, never the point itself', () => {
    expect(cellOf({ lat: 45.6213, lng: 122.8397 })).toEqual({ lat: 45.621, lng: 122.839 });
    expect(cellOf({ lat: 45.6229, lng: 122.8381 })).toEqual({ lat: 45.623, lng: 122.839 });
  });

  it('puts points on a cell edge in the cell above it, despite binary rounding', () => {
    expect(cellOf({ lat: 45.612, lng: 122.836 })).toEqual({ lat: 45.613, lng: 122.837 });
  });

  it('gives every point of one cell the same centre, within half a cell of each', () => {
    for (let i = 0; i < 200; i++) {
      const p = { lat: 45 + i * 0.0000731, lng: 122 + i * 0.0000517 };
      const c = cellOf(p);
      expect(Math.abs(c.lat - p.lat)).toBeLessThanOrEqual(CELL_DEG / 2 + 1e-9);
      expect(Math.abs(c.lng - p.lng)).toBeLessThanOrEqual(CELL_DEG / 2 + 1e-9);
      expect(cellOf(c)).toEqual(c);
      expect(distanceM(p, c)).toBeLessThan(200);
    }
  });

  it('handles negative coordinates (south and west) by flooring, not truncating', () => {
    expect(cellOf({ lat: -0.0005, lng: -0.0031 })).toEqual({ lat: -0.001, lng: -0.003 });
  });
});
