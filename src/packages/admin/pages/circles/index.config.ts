/** 服务圈覆盖, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '服务圈覆盖' });
