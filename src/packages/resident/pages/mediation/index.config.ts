/** Mediation page (申请调解), in the resident subpackage. */
export default definePageConfig({ navigationBarTitleText: '申请调解' });
