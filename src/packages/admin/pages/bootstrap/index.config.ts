/** 首位管理员绑定, in the admin subpackage. */
export default definePageConfig({ navigationBarTitleText: '首位管理员绑定' });
