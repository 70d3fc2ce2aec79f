import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { HmacSha256 } from '~/cloudfunctions/local/hmac';

describe('HmacSha256 (the session cookie signature)', () => {
  it('gives the same text as createHmac for any key and message, short or long, one after another', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 100 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 1200 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('hex' as const, 'base64url' as const),
        (keyBytes, messages, encoding) => {
          const key = Buffer.from(keyBytes);
          const mac = new HmacSha256(key);
          for (const m of messages) {
            expect(mac.digest(m, encoding)).toBe(createHmac('sha256', key).update(m).digest(encoding));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches RFC 4231 test case 2 (key "Jefe")', () => {
    expect(new HmacSha256(Buffer.from('Jefe')).digest('what do ya want for nothing?', 'hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('tells a changed message or another key apart', () => {
    const mac = new HmacSha256(Buffer.alloc(32, 7));
    const signed = mac.digest('payload', 'base64url');
    expect(mac.digest('payloae', 'base64url')).not.toBe(signed);
    expect(new HmacSha256(Buffer.alloc(32, 8)).digest('payload', 'base64url')).not.toBe(signed);
  });
});
