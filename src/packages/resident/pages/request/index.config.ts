/** A request's detail page (诉求详情), in the resident subpackage. */
// enablePullDownRefresh: pull down to see whether an answer came (usePullToRefresh in index.tsx).
export default definePageConfig({ navigationBarTitleText: '诉求详情', enablePullDownRefresh: true });
