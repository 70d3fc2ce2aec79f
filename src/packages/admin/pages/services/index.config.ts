/** 服务点管理, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '服务点管理' });
