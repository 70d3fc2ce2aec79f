/**
 * uploadPhoto: an evidence photo (证明材料) to where the server can check it. Taro's resolver swaps this import for
 * `uploadPhoto.weapp.ts` (cloud storage) or `uploadPhoto.h5.ts` (POST /upload) by TARO_ENV; tsc and jest see H5.
 */
export { photoSrc, uploadPhoto } from './uploadPhoto.h5';
