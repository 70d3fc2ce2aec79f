/** Ask page (我要咨询), in the resident subpackage. */
export default definePageConfig({ navigationBarTitleText: '我要咨询' });
