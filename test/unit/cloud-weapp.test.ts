/** callCloud on weapp: Taro.cloud.callFunction with { action, ...payload }; result is the envelope. */
import Taro from '@tarojs/taro';
import { callCloud } from '~/src/services/cloud.weapp';

const callFunction = Taro.cloud.callFunction as unknown as jest.Mock;

test('passes the action inside data and returns the envelope data', async () => {
  callFunction.mockResolvedValueOnce({
    result: { ok: true, data: { role: 'admin', label: '管理员', regionCode: '220800', regionName: '白城市' } },
  });
  await expect(callCloud('resident', 'me', {})).resolves.toMatchObject({ role: 'admin' });
  expect(callFunction).toHaveBeenCalledWith({ name: 'resident', data: { action: 'me' } });
});

test('an error envelope throws its code; a failed call is NETWORK', async () => {
  callFunction.mockResolvedValueOnce({
    result: { ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } },
  });
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail timeout' });
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'NETWORK' });
});

test("an error envelope's field reaches the CloudError, so a form can mark it", async () => {
  callFunction.mockResolvedValueOnce({
    result: { ok: false, error: { code: 'POST_EXISTS', message: '岗位编号已被使用：TB-PT-0001', field: 'id' } },
  });
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'POST_EXISTS', field: 'id' });
  // A field that is not text is not an error the app understands: it is refused whole, as any malformed reply.
  callFunction.mockResolvedValueOnce({ result: { ok: false, error: { code: 'POST_EXISTS', message: 'x', field: 7 } } });
  await expect(callCloud('admin', 'stats', {})).rejects.toMatchObject({ code: 'INTERNAL' });
});
