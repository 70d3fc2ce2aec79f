/** 岗位管理, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '岗位管理' });
