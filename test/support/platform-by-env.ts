/**
 * A stand-in for src/services/platform in unit tests. A build fixes IS_WEAPP / IS_H5 when it is made; a jest file
 * renders both platforms' pages in one run, so here each flag is read from TARO_ENV as the test sets it.
 * Use: `jest.mock('~/src/services/platform', () => jest.requireActual('~/test/support/platform-by-env').byEnv);`
 */
export const byEnv = {
  get IS_WEAPP(): boolean {
    return process.env.TARO_ENV === 'weapp';
  },
  get IS_H5(): boolean {
    return process.env.TARO_ENV === 'h5';
  },
};
