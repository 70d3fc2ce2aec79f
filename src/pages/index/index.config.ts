/** Home page (首页): scan a plate, revisit recent posts. */
// enableShareAppMessage: 转发 sends the home page's card (services/share.ts), never a resident's own posts.
export default definePageConfig({ navigationBarTitleText: '先锋岗', enableShareAppMessage: true });
