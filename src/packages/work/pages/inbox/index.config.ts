/** Page config of 工作台. */
export default definePageConfig({ navigationBarTitleText: '工作台' });
