/** Page config of 答复模板. */
export default definePageConfig({ navigationBarTitleText: '答复模板' });
