/** Home page (首页): scan a plate, revisit recent posts. */
export default definePageConfig({ navigationBarTitleText: '先锋岗' });
