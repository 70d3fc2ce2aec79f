/** 人员管理, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '人员管理' });
