/** 答复时限, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '答复时限' });
