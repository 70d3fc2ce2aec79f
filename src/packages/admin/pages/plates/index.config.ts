/** 打印二维码牌, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '打印二维码牌' });
