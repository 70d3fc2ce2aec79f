/** 邀请工作人员, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '邀请工作人员' });
