/**
 * saveMyData, the platform pair's shared face: Taro's resolver swaps this import for `saveMyData.weapp.ts` (a file
 * in cloud storage, forwarded from WeChat) or `saveMyData.h5.ts` (a browser download) by TARO_ENV; tsc and jest
 * see H5.
 */
export { MY_DATA_DELIVERY, saveMyData } from './saveMyData.h5';
