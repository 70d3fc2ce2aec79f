/** Whether WeChat already grants scope.userLocation, read with getSetting (which never prompts). */
import Taro from '@tarojs/taro';

/** True when the scope is granted; false when it is not or WeChat cannot say (a base library without getSetting). */
export async function locationAuthorized(): Promise<boolean> {
  try {
    const get = Taro.getSetting as typeof Taro.getSetting | undefined;
    if (typeof get !== 'function') return false;
    const res = await get({});
    return res.authSetting?.['scope.userLocation'] === true;
  } catch {
    return false;
  }
}
