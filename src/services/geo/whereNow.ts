/**
 * Where the phone is, in WGS-84 (the datum the server stores and compares in: getLocation's 'wgs84', never the
 * GCJ-02 of WeChat's map). Asking is the caller's decision (privacy consent first); these calls never prompt on
 * their own except getLocation itself, which WeChat answers at once when the scope is already granted.
 */
import Taro from '@tarojs/taro';
import type { GeoPoint } from '~/types/domain';

/** A fix is abandoned after this long: a landing's follow-up that late is better skipped than waited for. */
export const FIX_TIMEOUT_MS = 10_000;
/** A fix this recent may travel with the next scan itself. */
export const FRESH_FIX_MS = 2 * 60_000;

let last: { point: GeoPoint; at: number } | null = null;

/** The last fix of this app session if younger than FRESH_FIX_MS (kept in memory only, never stored). */
export function freshFix(now: number = Date.now()): GeoPoint | null {
  return last && now - last.at <= FRESH_FIX_MS ? last.point : null;
}

/** Forgets the session's fix (tests; and whenever the resident withdraws location). */
export function forgetFix(): void {
  last = null;
}

/** One WGS-84 fix (remembered for FRESH_FIX_MS); 'refused' when denied or switched off; 'late' past the timeout. */
export async function fixNow(timeoutMs: number = FIX_TIMEOUT_MS): Promise<GeoPoint | 'refused' | 'late'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    const got = Promise.resolve()
      .then(() => Taro.getLocation({ type: 'wgs84' }))
      .then(
        (res): GeoPoint => ({ lat: res.latitude, lng: res.longitude }),
        (): 'refused' => 'refused',
      );
    const point = await Promise.race([got, late]);
    if (typeof point === 'object') last = { point, at: Date.now() };
    return point;
  } finally {
    clearTimeout(timer);
  }
}
