/** Encryption of personal numbers at rest and the local content check, on their own. */
import { randomBytes } from 'node:crypto';
import { wordListChecker } from '~/cloudfunctions/domain/content-words';
import { decrypt, encrypt, parseDataKey } from '~/cloudfunctions/domain/crypto';

const key = randomBytes(32);

test('a number encrypts to a different text each time and decrypts back only with its key', () => {
  const a = encrypt(key, '13912345678');
  const b = encrypt(key, '13912345678');
  expect(a).not.toBe(b);
  expect(a).not.toContain('13912345678');
  expect(decrypt(key, a)).toBe('13912345678');
  expect(() => decrypt(randomBytes(32), a)).toThrow();
});

test('an altered stored value is refused, not decrypted to something else', () => {
  const stored = encrypt(key, '220802199001011234');
  const raw = Buffer.from(stored.slice(3), 'base64');
  raw[raw.length - 1] ^= 1;
  expect(() => decrypt(key, `v1:${raw.toString('base64')}`)).toThrow();
});

test('DATA_KEY must be the base64 of exactly 32 bytes', () => {
  expect(parseDataKey(key.toString('base64'))?.equals(key)).toBe(true);
  expect(parseDataKey(undefined)).toBeNull();
  expect(parseDataKey('')).toBeNull();
  expect(parseDataKey(randomBytes(16).toString('base64'))).toBeNull();
});

test('the word list catches a banned phrase even with spaces or punctuation inside, and passes plain questions', async () => {
  const checker = wordListChecker(['王八蛋', '代开发票']);
  expect(await checker.check('邻居骂我王八蛋怎么办', 'o')).toBe('risky');
  expect(await checker.check('专业代 开·发票', 'o')).toBe('risky');
  expect(await checker.check('老板拖欠工资，我该去哪里申请劳动仲裁？', 'o')).toBe('pass');
});
