/** Page config of 工作台: pull down to refresh. */
export default definePageConfig({ navigationBarTitleText: '工作台', enablePullDownRefresh: true });
