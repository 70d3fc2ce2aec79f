/** One topic of the guides (专题). */
// enableShareAppMessage: a guide is public; 转发 sends it to a chat (useShareCard in index.tsx).
export default definePageConfig({ navigationBarTitleText: '普法指南', enableShareAppMessage: true });
