/**
 * The visitor hash is the same on every runtime: Node's one-shot digest (local server, Node ≥ 20.12) and the
 * Hash object (cloud runtimes on older Node) give the same 128 bits, so the figures of one visitor never split.
 */
import { createHash } from 'node:crypto';
import { visitorHash } from '~/cloudfunctions/domain/visitor';

const byHashObject = (salt: string, openid: string) =>
  createHash('sha256').update(salt).update('\u0000').update(openid).digest('hex').slice(0, 32);

describe('visitorHash', () => {
  it.each([
    ['salt', 'anon-6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f'],
    ['盐值-中文', 'oAbCdEf123_居民'],
    ['', ''],
    ['s\u0000', '\u0000o'],
  ])('of (%j, %j) is the Hash object’s digest, 32 hex digits', (salt, openid) => {
    const h = visitorHash(salt, openid);
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(h).toBe(byHashObject(salt, openid));
  });

  it('differs with the salt and with the openid', () => {
    expect(visitorHash('a', 'x')).not.toBe(visitorHash('b', 'x'));
    expect(visitorHash('a', 'x')).not.toBe(visitorHash('a', 'y'));
  });
});
