/** Page config of 我的资料. */
export default definePageConfig({ navigationBarTitleText: '我的资料' });
