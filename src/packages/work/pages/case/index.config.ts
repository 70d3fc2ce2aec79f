/** Page config of 诉求办理. */
export default definePageConfig({ navigationBarTitleText: '诉求办理' });
