/** 管理员, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '管理员' });
