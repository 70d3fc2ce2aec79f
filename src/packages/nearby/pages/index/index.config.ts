/** Page config of 附近的先锋岗. */
export default definePageConfig({ navigationBarTitleText: '附近的先锋岗' });
