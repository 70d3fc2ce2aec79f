/** One topic of the guides (专题). */
export default definePageConfig({ navigationBarTitleText: '普法指南' });
