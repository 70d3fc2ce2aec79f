/** 我的诉求: the resident's own requests, in the resident subpackage. */
export default definePageConfig({ navigationBarTitleText: '我的诉求' });
