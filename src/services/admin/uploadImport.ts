/**
 * uploadImport, the platform pair's shared face (as ../cloud): Taro's resolver picks uploadImport.weapp.ts or
 * uploadImport.h5.ts by TARO_ENV; this file is what tsc and jest see.
 */
export { uploadImport, type ImportSource } from './uploadImport.h5';
