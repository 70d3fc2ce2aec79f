/** Page config of 消息. */
export default definePageConfig({ navigationBarTitleText: '消息' });
