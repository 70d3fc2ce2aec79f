/**
 * requestSubscribe: asks the resident to allow WeChat subscribe messages before a submission. Taro's resolver swaps
 * this import for `requestSubscribe.weapp.ts` (WeChat's consent dialog) or `requestSubscribe.h5.ts` (nothing: the
 * local outbox is the channel there) by TARO_ENV; tsc and jest see H5.
 */
export { requestSubscribe } from './requestSubscribe.h5';
