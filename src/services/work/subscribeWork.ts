/**
 * subscribeWork: asks a worker to allow WeChat notices of new and overdue requests. Taro's resolver swaps this
 * import for `subscribeWork.weapp.ts` (WeChat's consent dialog) or `subscribeWork.h5.ts` (nothing) by TARO_ENV;
 * tsc and jest see H5.
 */
export { subscribeWork, workTemplateIds } from './subscribeWork.h5';
