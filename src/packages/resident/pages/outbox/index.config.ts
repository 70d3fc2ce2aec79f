/** 消息: the caller's notifications, in the resident subpackage (residents and workers alike); pull down to refresh. */
export default definePageConfig({ navigationBarTitleText: '消息', enablePullDownRefresh: true });
