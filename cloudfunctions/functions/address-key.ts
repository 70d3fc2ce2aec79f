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

function expand6(addr: string): string[] {
  const [head, tail] = addr.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
