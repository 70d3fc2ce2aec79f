/** Page config of 隐私说明. */
export default definePageConfig({ navigationBarTitleText: '隐私说明' });
