/** Page config of 邀请工作人员. */
export default definePageConfig({ navigationBarTitleText: '邀请工作人员' });
