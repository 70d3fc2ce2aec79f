/** Post landing page (岗位首页): where a scanned plate opens. */
// enableShareAppMessage: 转发 sends this post's card (services/share.ts); without it WeChat greys the menu item out.
export default definePageConfig({ navigationBarTitleText: '岗位首页', enableShareAppMessage: true });
