/** uploadPhoto on H5 and weapp: where the bytes go, what id comes back, and failures as CloudError. */
import Taro from '@tarojs/taro';
import { CloudError } from '~/src/services/cloudError';
import { photoSrc, uploadPhoto } from '~/src/services/requests/uploadPhoto.h5';
import * as weapp from '~/src/services/requests/uploadPhoto.weapp';

const fetchMock = jest.fn();
const FOLDER = 'aid/0123456789abcdef0123456789abcdef';

beforeEach(() => {
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});

test('H5 posts the chosen file raw to /upload with its type and returns the file id', async () => {
  const blob = new Blob([new Uint8Array([0x89, 0x50])], { type: 'image/png' });
  fetchMock.mockResolvedValueOnce({ blob: () => Promise.resolve(blob) }).mockResolvedValueOnce({
    json: () => Promise.resolve({ ok: true, data: { fileId: 'f0123456789abcdef01234567' } }),
  });
  expect(await uploadPhoto('blob:x')).toBe('f0123456789abcdef01234567');
  expect(fetchMock.mock.calls[0][0]).toBe('blob:x');
  const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
  expect(url).toBe('/upload');
  expect(init).toMatchObject({ method: 'POST', credentials: 'include', headers: { 'content-type': 'image/png' } });
  expect(init.body).toBe(blob);
  expect(photoSrc('f0123456789abcdef01234567')).toBe('/files/f0123456789abcdef01234567');
});

test("H5 passes the server's refusal on, and a dropped connection is the network", async () => {
  const blob = new Blob([new Uint8Array([1])], { type: 'image/gif' });
  fetchMock.mockResolvedValueOnce({ blob: () => Promise.resolve(blob) }).mockResolvedValueOnce({
    json: () => Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片' } }),
  });
  await expect(uploadPhoto('blob:x')).rejects.toEqual(new CloudError('INVALID_INPUT', '只能上传 JPG 或 PNG 图片'));
  fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await expect(uploadPhoto('blob:y')).rejects.toMatchObject({ code: 'NETWORK' });
});

test('weapp asks resident.photoSlot for each photo, uploads at that path and returns the fileID', async () => {
  // The stub has no uploadFile; a plain mock stands in (its overloads do not matter here).
  const uploadFile = jest.fn((o: { cloudPath: string }) =>
    Promise.resolve({ fileID: `cloud://env-1.b/${o.cloudPath}` }),
  );
  const slot = (n: number) => `${FOLDER}/0000000${n}-0000-4000-8000-000000000000.jpg`;
  // Under jest `../cloud` is the H5 callCloud (see src/services/cloud.ts), so resident.photoSlot answers over fetch.
  for (const n of [1, 2]) {
    fetchMock.mockResolvedValueOnce({
      json: () => Promise.resolve({ ok: true, data: { cloudPath: slot(n), maxBytes: 2 * 1024 * 1024 } }),
    });
  }
  Object.assign(Taro.cloud, { uploadFile });
  expect(await weapp.uploadPhoto('wxfile://tmp/a.jpg')).toBe(`cloud://env-1.b/${slot(1)}`);
  expect(await weapp.uploadPhoto('wxfile://tmp/b.jpg')).toBe(`cloud://env-1.b/${slot(2)}`);
  expect(fetchMock.mock.calls.map(([, init]) => JSON.parse((init as RequestInit).body as string).action)).toEqual([
    'photoSlot',
    'photoSlot',
  ]);
  expect(uploadFile.mock.calls.map(([o]) => o)).toEqual([
    { cloudPath: slot(1), filePath: 'wxfile://tmp/a.jpg' },
    { cloudPath: slot(2), filePath: 'wxfile://tmp/b.jpg' },
  ]);
  expect(weapp.photoSrc(`cloud://env-1.b/${slot(1)}`)).toBe(`cloud://env-1.b/${slot(1)}`);
});

test('weapp passes a refused slot on (the store is full) and uploads nothing', async () => {
  const uploadFile = jest.fn();
  Object.assign(Taro.cloud, { uploadFile });
  const full = { code: 'RATE_LIMITED' as const, message: '照片存储已满，请稍后再试或联系工作人员' };
  fetchMock.mockResolvedValueOnce({ json: () => Promise.resolve({ ok: false, error: full }) });
  await expect(weapp.uploadPhoto('wxfile://tmp/c.jpg')).rejects.toEqual(new CloudError(full.code, full.message));
  expect(uploadFile).not.toHaveBeenCalled();
});
