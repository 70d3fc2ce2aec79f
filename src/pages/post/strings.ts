/** Every user-facing text of the post landing page (岗位首页). */
export const STRINGS = {
  title: '岗位首页',
  circle: '500米公共法律服务圈',
  /** The three big buttons: each names its form's page title. */
  entries: { ask: '我要咨询', mediation: '申请调解', aid: '法律援助' },
  volunteers: '法律明白人',
  /** The heading when a mediator serves the post too: a 调解员 is not always a 法律明白人. */
  volunteersAndMediators: '法律明白人和调解员',
  mediator: '调解员',
  hours: '在岗时间：',
  phoneHidden: '未公开电话。有事请点上方“我要咨询”留言，或拨打下方司法所电话、12348公共法律服务热线',
  noVolunteers: '本村还没有法律明白人',
  noVolunteersHint: '有事请拨打下方司法所或12348电话',
  nearby: '身边的法律服务',
  judicialOffice: '司法所',
  mediationRoom: '调解室',
  legalAid: '法律援助',
  cityContacts: '全市法律服务电话',
  networkError: '网络不给力',
  networkHint: '请检查网络后点重试',
  staleNotice: '网络不给力，显示的是上次的内容',
  notFound: '没有找到这个先锋岗',
  retired: '这个先锋岗已撤销',
  unknownHint: '您仍可拨打下面的电话求助',
  backHome: '返回首页',
  nearbyOthers: '附近的其他先锋岗',
  share: '把这个先锋岗转发给家人',
  locationAsk:
    '分享您现在的位置，帮我们看看服务圈有没有覆盖到您身边（只记录离先锋岗多远，不保存您的位置；没网时手机上先存一个大概位置，发出后就删掉）',
  locationAllow: '分享位置',
  locationDecline: '不用了',
} as const;
