/** Post landing page (岗位首页): where a scanned plate opens. */
export default definePageConfig({ navigationBarTitleText: '岗位首页' });
