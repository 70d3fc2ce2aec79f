/** Flat-earth placement of points inside the region's bounds: fine over a county's few tens of kilometres. */
import type { CoverageData } from '~/types/api/dashboard';

const M_PER_DEG_LAT = 110_540;

/** A square frame around the bounds: its centre and its side in metres. */
export interface Frame {
  lat: number;
  lng: number;
  sideM: number;
  mPerDegLng: number;
}

/** The frame of `bounds`, with a margin so border circles stay whole. */
export function frameOf(bounds: CoverageData['bounds'], marginM = 600): Frame {
  const lat = (bounds.minLat + bounds.maxLat) / 2;
  const lng = (bounds.minLng + bounds.maxLng) / 2;
  const mPerDegLng = 111_320 * Math.cos((lat * Math.PI) / 180);
  const w = (bounds.maxLng - bounds.minLng) * mPerDegLng;
  const h = (bounds.maxLat - bounds.minLat) * M_PER_DEG_LAT;
  return { lat, lng, sideM: Math.max(w, h, 1000) + 2 * marginM, mPerDegLng };
}

/** Where a point falls in the frame, as % from the left and from the top. */
export function place(frame: Frame, p: { lat: number; lng: number }): { left: number; top: number } {
  const x = (p.lng - frame.lng) * frame.mPerDegLng;
  const y = (p.lat - frame.lat) * M_PER_DEG_LAT;
  return { left: 50 + (x / frame.sideM) * 100, top: 50 - (y / frame.sideM) * 100 };
}

/** A length in metres as % of the frame's side. */
export function span(frame: Frame, metres: number): number {
  return (metres / frame.sideM) * 100;
}

/** A weapp map zoom (3–18) that shows about `sideM` metres across a phone. */
export function zoomFor(sideM: number): number {
  // At zoom 16 a phone's width shows roughly 1.2 km; each step out doubles it.
  return Math.max(3, Math.min(18, Math.floor(16 - Math.log2(sideM / 1200))));
}
