/** 我的诉求: the resident's own requests, in the resident subpackage. */
// enablePullDownRefresh: pull down to see new answers and statuses (usePullToRefresh in index.tsx).
export default definePageConfig({ navigationBarTitleText: '我的诉求', enablePullDownRefresh: true });
