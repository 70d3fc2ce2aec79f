// Stand-in for src/services/platform.ts under jest: the builds inline TARO_ENV, but unit tests play either
// platform within one run (setting process.env.TARO_ENV per test), so the flags are read on every use.
/** True while a test plays the mini-program. */
export declare const IS_WEAPP: boolean;
/** True while a test plays the H5 build. */
export declare const IS_H5: boolean;
Object.defineProperties(exports, {
  IS_WEAPP: { enumerable: true, get: () => process.env.TARO_ENV === 'weapp' },
  IS_H5: { enumerable: true, get: () => process.env.TARO_ENV === 'h5' },
});
