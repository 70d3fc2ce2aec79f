/** 邀请工作人员, in the admin subpackage. */
// enableShareAppMessage: the 转发 of a new invite (useShareAppMessage in index.tsx) opens its accept page.
export default definePageConfig({ navigationBarTitleText: '邀请工作人员', enableShareAppMessage: true });
