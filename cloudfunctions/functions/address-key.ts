/** Client addresses as rate-limit keys, on both runtimes. */
import { isIP } from 'node:net';

/**
 * An address as a rate-limit key: IPv4 as is (also when mapped into IPv6), IPv6 cut to its /64, since one
 * subscriber is given a whole /64 and could otherwise walk through it. Null for anything that is not an address.
 */
export function addressKey(raw: string | undefined): string | null {
  const addr = (raw ?? '').trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  if (mapped) return mapped[1];
  const kind = isIP(addr);
  if (kind === 4) return addr;
  if (kind !== 6) return null;
  return `${expand6(addr).slice(0, 4).join(':')}::/64`;
}

/**
 * The network an IPv6 key (a /64) belongs to, its /56, or null for an IPv4 key. A home line is often given a /56 or
 * a /60, so one subscriber can take 16–256 /64s: the per-address limits count the /56 as well, with room for
 * NETWORK_FACTOR addresses' worth (a carrier may hand neighbouring /64s of one /56 to different phones).
 */
export function networkKey(address: string): string | null {
  const slash = address.endsWith('::/64') ? address.slice(0, -5).split(':') : null;
  if (!slash || slash.length !== 4) return null;
  const fourth = parseInt(slash[3], 16).toString(16).padStart(4, '0').slice(0, 2);
  return `${slash.slice(0, 3).join(':')}:${fourth}00::/56`;
}

/** A /56 may make this many /64s' worth of calls. */
export const NETWORK_FACTOR = 8;

function expand6(addr: string): string[] {
  const [head, tail] = addr.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
