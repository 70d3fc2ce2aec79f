/** Pages and window of the app: the landing page stays in the main package (it is what a scan opens). */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/post/index'],
  subPackages: [
    {
      root: 'packages/admin',
      pages: [
        'pages/stats/index',
        'pages/invite/index',
        'pages/settings/index',
        'pages/dashboard/index',
        'pages/circles/index',
        'pages/posts/index',
        'pages/post/index',
        'pages/import/index',
        'pages/plates/index',
        'pages/people/index',
        'pages/bootstrap/index',
        'pages/services/index',
        'pages/admins/index',
        'pages/audit/index',
      ],
    },
    {
      root: 'packages/resident',
      pages: [
        'pages/ask/index',
        'pages/mediation/index',
        'pages/aid/index',
        'pages/mine/index',
        'pages/request/index',
        'pages/outbox/index',
      ],
    },
    {
      root: 'packages/work',
      pages: [
        'pages/inbox/index',
        'pages/case/index',
        'pages/templates/index',
        'pages/profile/index',
        'pages/invite/index',
      ],
    },
    { root: 'packages/nearby', pages: ['pages/index/index'] },
    { root: 'packages/privacy', pages: ['pages/index/index'] },
    { root: 'packages/guides', pages: ['pages/index/index', 'pages/topic/index', 'pages/detail/index'] },
  ],
  // On Wi-Fi, fetch the resident's forms while the landing is read, so 我要咨询 opens at once; never on mobile data.
  preloadRule: { 'pages/post/index': { network: 'wifi', packages: ['packages/resident'] } },
  window: {
    navigationBarTitleText: '先锋岗',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'dark',
  },
  // WeChat's privacy flow (since 2023-10-17): location is declared, explained, and asked for only after consent.
  // chooseLocation: an admin moving a post picks its new place on the map (先锋岗详情 · 选择位置).
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找您附近500米内的先锋岗' } },
  __usePrivacyCheck__: true,
  // Search indexes only the public pages (src/sitemap.json, copied to the build's root by config/index.ts).
  sitemapLocation: 'sitemap.json',
  // Inject only the components a page uses: a faster cold start from a scan on cheap phones.
  lazyCodeLoading: 'requiredComponents',
});
