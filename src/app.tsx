/**
 * App root: initialises WeChat Cloud once on weapp, hooks privacy consent, new versions (weapp), pages that fail to
 * load (H5), links to pages the app no longer has, drafts kept through a reload (H5) and the offline scan queue.
 */
import type { PropsWithChildren } from 'react';
import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import { installPrivacyHandler } from './components/PageShell/privacy';
import { watchForUpdates } from './services/appUpdate';
import { recoverFailedPageLoads } from './services/navigation';
import { watchForMissingPages } from './services/pageNotFound';
import { IS_WEAPP } from './services/platform';
import { flushScansOnShow, watchNetworkForScans } from './stores/scanQueueTriggers';
import { keepDraftsForSession } from './stores/sessionDrafts';
import './app.scss';

// At load, not in useLaunch: Taro runs app hooks only once React has mounted the app, and a missing entry page (an old
// card's path) may be reported before that.
watchForMissingPages();
// At load too: a form reloaded on H5 must find its personal fields before its first render.
keepDraftsForSession();

/** The Taro app component. */
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Taro.cloud is a stub on H5; the build drops this branch there.
    if (IS_WEAPP) {
      // Taro's typings lack DYNAMIC_CURRENT_ENV, a symbol WeChat accepts wherever an env id goes.
      const cloud = Taro.cloud as typeof Taro.cloud & { DYNAMIC_CURRENT_ENV: string };
      cloud.init({ env: process.env.CLOUD_ENV || cloud.DYNAMIC_CURRENT_ENV, traceUser: true });
    }
    installPrivacyHandler();
    watchForUpdates();
    recoverFailedPageLoads();
    watchNetworkForScans();
  });
  useDidShow(flushScansOnShow);
  return children;
}

export default App;
