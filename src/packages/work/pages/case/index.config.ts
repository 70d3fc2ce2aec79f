/** Page config of 诉求办理. */
// enablePullDownRefresh: pull down to see what changed since the case was opened (usePullToRefresh in index.tsx).
export default definePageConfig({ navigationBarTitleText: '诉求办理', enablePullDownRefresh: true });
