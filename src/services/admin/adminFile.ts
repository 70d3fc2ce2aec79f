/**
 * Opening and forwarding admin files, the platform pair's shared face (as ../cloud): Taro's resolver picks
 * adminFile.weapp.ts or adminFile.h5.ts by TARO_ENV; this file is what tsc and jest see.
 */
export { openAdminFile, shareAdminFile, type DocumentType } from './adminFile.h5';
