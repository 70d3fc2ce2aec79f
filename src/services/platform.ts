export const IS_WEAPP = process.env.TARO_ENV === 'weapp';
export const IS_H5 = process.env.TARO_ENV === 'h5';
