/** A request's detail page (诉求详情), in the resident subpackage. */
export default definePageConfig({ navigationBarTitleText: '诉求详情' });
