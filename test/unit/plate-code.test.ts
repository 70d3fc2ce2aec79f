/** Every form a plate's code reaches the app in, read to a post id; anything else (hostile or foreign) to null. */
import {
  linkHosts,
  MAX_CODE_LENGTH,
  postIdFromCode,
  postIdFromPagePath,
  postIdFromQ,
  postIdFromScanResult,
  postIdFromScene,
} from '~/types/plate-code';
import { landingParams } from '~/src/pages/post/params';

const HOSTS = linkHosts('https://pp.baicheng.example.cn');
const LINK = 'https://pp.baicheng.example.cn/s/TB-PT-0001';

describe('scene (mini-program code)', () => {
  test('is decoded once to the post id', () => {
    expect(postIdFromScene(encodeURIComponent('TB-PT-0001'))).toBe('TB-PT-0001');
    expect(postIdFromScene('TB-PT-0001')).toBe('TB-PT-0001');
  });
  test('malformed %, a foreign alphabet, a double-encoded id or a long scene is no post', () => {
    expect(postIdFromScene('%E0%A4%A')).toBeNull();
    expect(postIdFromScene('%')).toBeNull();
    expect(postIdFromScene(encodeURIComponent('<script>'))).toBeNull();
    expect(postIdFromScene(encodeURIComponent('a=b&c'))).toBeNull();
    expect(postIdFromScene(encodeURIComponent(encodeURIComponent('TB PT')))).toBeNull();
    expect(postIdFromScene('A'.repeat(33))).toBeNull();
    expect(postIdFromScene('A'.repeat(MAX_CODE_LENGTH + 1))).toBeNull();
  });
});

describe('q (plain QR code of the plate link)', () => {
  test('the URI-encoded full link gives its post, with or without a trailing slash, query or fragment', () => {
    expect(postIdFromQ(encodeURIComponent(LINK), HOSTS)).toBe('TB-PT-0001');
    expect(postIdFromQ(encodeURIComponent(`${LINK}/`), HOSTS)).toBe('TB-PT-0001');
    expect(postIdFromQ(encodeURIComponent(`${LINK}?from=plate#x`), HOSTS)).toBe('TB-PT-0001');
    expect(postIdFromQ(encodeURIComponent('HTTP://PP.Baicheng.Example.CN/s/TB-PT-0001'), HOSTS)).toBe('TB-PT-0001');
  });
  test('another host, a look-alike host, another path or a deeper path is no post', () => {
    expect(postIdFromQ(encodeURIComponent('https://evil.example.com/s/TB-PT-0001'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('https://pp.baicheng.example.cn.evil.com/s/TB-PT-0001'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('https://evil.com@pp.baicheng.example.cn/s/X'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('https://pp.baicheng.example.cn/x/TB-PT-0001'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('https://pp.baicheng.example.cn/s/TB-PT-0001/more'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('javascript:alert(1)//s/TB'), HOSTS)).toBeNull();
  });
  test('malformed %, a bad id inside the link or a long q is no post', () => {
    expect(postIdFromQ('https%3A%2F%2Fpp.baicheng.example.cn%2Fs%2F%E0%A4%A', HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent('https://pp.baicheng.example.cn/s/%3Cb%3E'), HOSTS)).toBeNull();
    expect(postIdFromQ(encodeURIComponent(`${LINK}?${'a'.repeat(MAX_CODE_LENGTH)}`), HOSTS)).toBeNull();
  });
  test('with no public host configured, any host with the /s/ shape is read', () => {
    expect(linkHosts(undefined)).toEqual([]);
    expect(postIdFromQ(encodeURIComponent('https://other.example.org/s/TB-PT-0009'))).toBe('TB-PT-0009');
  });
});

describe('the in-app scanner', () => {
  test('a mini-program code is read from its path (scene), whatever result holds', () => {
    const path = `pages/post/index?scene=${encodeURIComponent('TB-PT-0002')}`;
    expect(postIdFromScanResult({ scanType: 'WX_CODE', path, result: '' })).toBe('TB-PT-0002');
    expect(postIdFromScanResult({ scanType: 'WX_CODE', path: `/${path}`, result: 'junk' })).toBe('TB-PT-0002');
    expect(postIdFromPagePath('pages/post/index?id=TB-PT-0003&source=link')).toBe('TB-PT-0003');
  });
  test('a code of another page of the app (an invite) is no post', () => {
    expect(postIdFromScanResult({ scanType: 'WX_CODE', path: 'packages/work/pages/invite/index?scene=AB12CD' })).toBe(
      null,
    );
    expect(postIdFromPagePath('pages/post/indexx?scene=TB')).toBeNull();
    expect(postIdFromPagePath('pages/post/index')).toBeNull();
    expect(postIdFromPagePath('pages/post/index?scene=%E0%A4%A')).toBeNull();
  });
  test('a plain code gives its text: a link, a bare id, a path; foreign text is no post', () => {
    expect(postIdFromScanResult({ scanType: 'QR_CODE', result: LINK }, HOSTS)).toBe('TB-PT-0001');
    expect(postIdFromScanResult({ scanType: 'QR_CODE', result: ' TB-PT-0004 ' })).toBe('TB-PT-0004');
    expect(postIdFromCode('https://shop.example.com/item?id=12345&ref=ad')).toBeNull();
    expect(postIdFromCode('https://evil.example.com/s/TB-PT-0001', HOSTS)).toBeNull();
    expect(postIdFromCode('')).toBeNull();
    expect(postIdFromCode(`${LINK}${'/'.repeat(MAX_CODE_LENGTH)}`)).toBeNull();
  });
});

describe('the landing page query', () => {
  test('scene and q count as a plate scan (qr); an id link keeps its source', () => {
    expect(landingParams({ scene: 'TB-PT-0001' }, HOSTS)).toEqual({ postId: 'TB-PT-0001', source: 'qr' });
    const q = encodeURIComponent(LINK);
    expect(landingParams({ q, scancode_time: '1764726000' }, HOSTS)).toEqual({ postId: 'TB-PT-0001', source: 'qr' });
    expect(landingParams({ id: 'TB-PT-0001', source: 'recent' }, HOSTS)).toEqual({
      postId: 'TB-PT-0001',
      source: 'recent',
    });
  });
  test('an unreadable code is an unknown post, never another parameter', () => {
    expect(landingParams({ scene: '%E0%A4%A', id: 'TB-PT-0001' }, HOSTS).postId).toBeNull();
    const foreign = encodeURIComponent('https://evil.example.com/s/TB-PT-0001');
    expect(landingParams({ q: foreign, id: 'TB-PT-0001' }, HOSTS)).toEqual({ postId: null, source: 'qr' });
  });
});
