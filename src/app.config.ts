/** Pages and window of the app: the landing page stays in the main package (it is what a scan opens). */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/post/index'],
  subPackages: [{ root: 'packages/admin', pages: ['pages/stats/index'] }],
  window: {
    navigationBarTitleText: '先锋岗',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  // Inject only the components a page uses: a faster cold start from a scan on cheap phones.
  lazyCodeLoading: 'requiredComponents',
});
