/** App root: initialises WeChat Cloud once on weapp; pages render as children. */
import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.scss';

/** The Taro app component. */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Taro.cloud is a stub on H5; the build drops this branch there.
    if (process.env.TARO_ENV === 'weapp') {
      // Taro's typings lack DYNAMIC_CURRENT_ENV, a symbol WeChat accepts wherever an env id goes.
      const cloud = Taro.cloud as typeof Taro.cloud & { DYNAMIC_CURRENT_ENV: string };
      cloud.init({ env: process.env.CLOUD_ENV || cloud.DYNAMIC_CURRENT_ENV, traceUser: true });
    }
  });
  return children;
}

export default App;
