/** callCloud on H5: POST /api/<name> with the action in the body; envelopes become data or CloudError. */
import { callCloud } from '~/src/services/cloud.h5';
import { CloudError } from '~/src/services/cloudError';

const fetchMock = jest.fn();

function reply(status: number, body: unknown) {
  return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });
}

beforeEach(() => {
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});

test('an ok envelope yields its data, and the request carries action and payload', async () => {
  fetchMock.mockReturnValueOnce(
    reply(200, { ok: true, data: { role: 'resident', label: '群众', regionCode: null, regionName: null } }),
  );
  const me = await callCloud('resident', 'me', {});
  expect(me.role).toBe('resident');
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  expect(url).toBe('/api/resident');
  expect(init).toMatchObject({
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
  });
  expect(JSON.parse(String(init.body))).toEqual({ action: 'me' });
});

test('an error envelope throws CloudError with its code and Chinese message', async () => {
  fetchMock.mockReturnValueOnce(
    reply(404, { ok: false, error: { code: 'POST_NOT_FOUND', message: '没有找到这个先锋岗，请确认二维码是否完整' } }),
  );
  const err = await callCloud('scan', 'land', { postId: 'X1', scanId: '00000000-0000-4000-8000-000000000000' }).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CloudError);
  expect(err).toMatchObject({ code: 'POST_NOT_FOUND', message: '没有找到这个先锋岗，请确认二维码是否完整' });
});

test('a rejected fetch is a NETWORK error', async () => {
  fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({
    code: 'NETWORK',
    message: expect.stringContaining('网络不给力'),
  });
});

test('a body that is not JSON (a proxy page) is a NETWORK error too', async () => {
  fetchMock.mockResolvedValueOnce({ ok: false, status: 502, json: () => Promise.reject(new SyntaxError('bad json')) });
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'NETWORK' });
});

test("an error envelope's field reaches the CloudError; one without a field carries none", async () => {
  fetchMock.mockReturnValueOnce(
    reply(400, { ok: false, error: { code: 'INVALID_INPUT', message: '纬度必须是数字', field: 'lat' } }),
  );
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'lat' });
  fetchMock.mockReturnValueOnce(
    reply(403, { ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }),
  );
  const err = await callCloud('admin', 'stats', {}).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'FORBIDDEN' });
  expect(err).not.toHaveProperty('field');
});
