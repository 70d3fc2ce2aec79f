/** Page config of 接受邀请. */
export default definePageConfig({ navigationBarTitleText: '接受邀请' });
