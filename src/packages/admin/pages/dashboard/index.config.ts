/** 统计看板, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '统计看板' });
