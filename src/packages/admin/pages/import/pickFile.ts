/**
 * pickCsvFile, the platform pair's shared face (as services/admin/uploadImport): Taro's resolver picks
 * pickFile.weapp.ts or pickFile.h5.ts by TARO_ENV; this file is what tsc and jest see.
 */
export { pickCsvFile } from './pickFile.h5';
export type { PickedFile } from './picked';
