/** 先锋岗详情, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '先锋岗详情' });
