/** True in the WeChat mini-program build; Taro inlines TARO_ENV, so the other platform's branch is dropped. */
export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
/** True in the H5 (browser) build; Taro inlines TARO_ENV, so the other platform's branch is dropped. */
export const IS_H5 = process.env.TARO_ENV === 'h5';
