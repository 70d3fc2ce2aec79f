/** Guides home (普法指南), in the guides subpackage. */
export default definePageConfig({ navigationBarTitleText: '普法指南' });
