/** 审计日志, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '审计日志' });
