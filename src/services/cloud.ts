/**
 * callCloud, the ONLY way the app reaches data. Taro's resolver swaps an import of `./cloud` for
 * `cloud.weapp.ts` or `cloud.h5.ts` by TARO_ENV, so this file is only what tsc and jest see; it re-exports
 * the H5 implementation so both share one signature.
 */
export { callCloud } from './cloud.h5';
export { CloudError, type CallCloud } from './cloudError';
