/** Whether a stored post is the one a row or a create request describes (a retried import, a double tap). */
import type { Post } from '~/types/domain';

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 5e-7;

/** True when the stored post has the name, address, village and place described (coordinates to 6 decimals). */
export function samePost(p: Post, r: Pick<Post, 'name' | 'address' | 'villageCode' | 'lat' | 'lng'>): boolean {
  return (
    p.name === r.name &&
    p.address === r.address &&
    p.villageCode === r.villageCode &&
    sameNumber(p.lat, r.lat) &&
    sameNumber(p.lng, r.lng)
  );
}
