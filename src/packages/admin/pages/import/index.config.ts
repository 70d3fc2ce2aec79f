/** 批量导入, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '批量导入' });
