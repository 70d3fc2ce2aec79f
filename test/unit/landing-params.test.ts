/** How a landing reads its post id and source, and how scan ids are made. */
import Taro from '@tarojs/taro';
import { landingParams } from '~/src/pages/post/params';
import { newScanId } from '~/src/services/post/newScanId';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** 2026-12-03 12:00 UTC: 0x19ae46f2c00 ms, the first 12 hex digits of a scan id made then. */
const NOW = Date.UTC(2026, 11, 3, 12);

test('a QR scene is URI-decoded and counts as qr; an id link keeps its source', () => {
  expect(landingParams({ scene: encodeURIComponent('TB-PT-0001') })).toEqual({ postId: 'TB-PT-0001', source: 'qr' });
  expect(landingParams({ id: 'TB-PT-0001', source: 'link' })).toEqual({ postId: 'TB-PT-0001', source: 'link' });
  expect(landingParams({ id: 'TB-PT-0001' })).toEqual({ postId: 'TB-PT-0001', source: 'manual' });
});

test('a malformed id or an unknown source is not trusted', () => {
  expect(landingParams({ id: '<script>' }).postId).toBeNull();
  expect(landingParams({ scene: '%E0%A4%A' }).postId).toBeNull();
  expect(landingParams({}).postId).toBeNull();
  expect(landingParams({ id: 'P1', source: 'evil' }).source).toBe('manual');
});

describe('newScanId', () => {
  const g = globalThis as { crypto?: unknown };
  const realCrypto = g.crypto;
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
  afterEach(() => {
    jest.restoreAllMocks();
    Object.defineProperty(globalThis, 'crypto', { value: realCrypto, configurable: true });
    delete (Taro as { getRandomValues?: unknown }).getRandomValues;
  });

  test('uses Web Crypto when there is one', async () => {
    const getRandomValues = jest.fn((a: Uint8Array) => a.fill(0xab));
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true });
    const id = await newScanId();
    expect(id).toMatch(UUID7);
    // The time first (so ids of one moment sort together), then the random digits drawn from the bytes.
    expect(id).toBe(
      `${NOW.toString(16)
        .padStart(12, '0')
        .replace(/^(.{8})/, '$1-')}-7aba-baba-babababababa`,
    );
    expect(getRandomValues).toHaveBeenCalled();
  });

  test('uses WeChat getRandomValues (callbacks) when there is no Web Crypto', async () => {
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    const bytes = new Uint8Array(16).fill(0x5c).buffer;
    (Taro as { getRandomValues?: unknown }).getRandomValues = jest.fn(
      (o: { success: (r: { randomValues: ArrayBuffer }) => void }) => o.success({ randomValues: bytes }),
    );
    expect(await newScanId()).toMatch(/^01a[0-9a-f]{5}-[0-9a-f]{4}-75c5-/);
  });

  test('falls back to Math.random when WeChat never answers', async () => {
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    (Taro as { getRandomValues?: unknown }).getRandomValues = jest.fn();
    const id = await newScanId();
    expect(id).toMatch(UUID7);
    expect(id.slice(0, 13)).toBe(
      `${NOW.toString(16)
        .padStart(12, '0')
        .replace(/^(.{8})/, '$1-')}`,
    );
  });

  test('ids made later sort after earlier ones', async () => {
    const first = await newScanId();
    jest.spyOn(Date, 'now').mockReturnValue(NOW + 1);
    expect((await newScanId()) > first).toBe(true);
  });
});
