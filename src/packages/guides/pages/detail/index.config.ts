/** One guide (指南详情). */
export default definePageConfig({ navigationBarTitleText: '普法指南' });
