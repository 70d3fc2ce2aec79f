/**
 * locationAuthorized, the platform pair's shared face: Taro's resolver swaps this import for
 * `locationAuthorized.weapp.ts` (getSetting) or `locationAuthorized.h5.ts` (never) by TARO_ENV, so this file is
 * only what tsc and jest see. Unit tests play either platform within one run, so the face picks at call time.
 */
import { IS_H5 } from '~/src/services/platform';
import * as h5 from './locationAuthorized.h5';
import * as weapp from './locationAuthorized.weapp';

/** Whether WeChat already grants scope.userLocation; false when it cannot say (H5, old base). */
export function locationAuthorized(): Promise<boolean> {
  return (IS_H5 ? h5 : weapp).locationAuthorized();
}
