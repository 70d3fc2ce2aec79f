/**
 * saveCsv and saveExport, the platform pair's shared face. Taro's resolver swaps an import of `./download` for `download.weapp.ts`
 * or `download.h5.ts` by TARO_ENV (as with ../cloud), so this file is only what tsc and jest see.
 */
export { EXPORT_DELIVERY, saveCsv, saveExport } from './download.h5';
