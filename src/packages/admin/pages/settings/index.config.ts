/** Page config of 答复时限. */
export default definePageConfig({ navigationBarTitleText: '答复时限' });
