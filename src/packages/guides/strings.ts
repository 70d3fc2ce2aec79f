/** Every user-facing text of the guides subpackage (普法指南), in one place for its three pages. */
export const STRINGS = {
  title: '普法指南',
  /** The title of a forwarded card (转发) of the guides home and of a topic. */
  shareHome: '普法指南：常见的法律问题怎么办',
  shareTopic: (name: string) => `普法指南：${name}`,
  searchPlaceholder: '输入您想问的，如：工资 拖欠',
  searchHint: '也可以点下面的专题',
  topics: '按专题看',
  results: (n: number) => `找到${n}条指南`,
  noResults: '没有找到相关指南',
  noResultsHint: '换个说法试试，或拨打12348公共法律服务热线，免费咨询',
  callHotline: '拨打 12348',
  unknownTopic: '没有这个专题',
  unknownGuide: '没有找到这条指南',
  backToGuides: '返回普法指南',
  answer: '怎么办',
  steps: '分几步做',
  contacts: '找谁帮忙',
  volunteer: '法律明白人',
  judicialOffice: '司法所',
  mediationRoom: '调解室',
  legalAid: '法律援助',
  alsoContact: '还可以找：',
  fromPost: (name: string) => `来自：${name}`,
  caseTitle: '以案释法',
  caseNote: '案例根据常见情况改编，仅供学习。',
  citations: '引用法条',
  reviewed: (month: string) => `内容审核于${month.replace('-', '年')}月，仅供参考，具体问题请咨询专业人员。`,
  /** The closing line of every guide: advice, not a ruling; where to ask about one's own case. */
  closing:
    '每个人的情况都不一样，以上是一般性的建议，不是对您这件事的结论。拿不准的，请拨打12348公共法律服务热线，或者找本村先锋岗的法律明白人问一问。',
  callVolunteer: (name: string) => `拨打 ${name}`,
} as const;
