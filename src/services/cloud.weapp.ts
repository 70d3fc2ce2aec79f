/** callCloud on weapp: WeChat Cloud's callFunction, which carries the caller's OPENID to the function. */
import Taro from '@tarojs/taro';
import { asCloudError, unwrap, withAction, type CallCloud } from './cloudError';

export { CloudError, type CallCloud } from './cloudError';

/** Calls `name`'s `action`; throws CloudError on an error reply or when the call itself fails. */
export const callCloud: CallCloud = async (name, action, payload) => {
  try {
    const res = await Taro.cloud.callFunction({ name, data: withAction(action, payload) });
    return unwrap(res.result);
  } catch (err) {
    throw asCloudError(err);
  }
};
