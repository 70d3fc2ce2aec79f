/** Admin statistics page (扫码统计), in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '扫码统计' });
