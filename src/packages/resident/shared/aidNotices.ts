/** What a legal-aid applicant is told about the decision: its date and, on a refusal, their rights. */

export const AID_NOTICES = {
  /** The decision date and how it was counted (deadlineNote: 民法典 第二百零一、二百零三条). */
  decisionBy: (day: string, note: string) => `法律援助机构应在 ${day} 24时前作出是否给予法律援助的决定（${note}）`,
  declinedTitle: '不予法律援助，您还可以这样做',
  /** The decision as the applicant reads it, with the reason the office gave. */
  reason: (text: string) => `理由：${text}`,
  approvedTitle: '已准予法律援助',
  /** 第四十三条: a legal-aid worker is appointed within 3 days of the decision. */
  approvedLines: [
    '法律援助机构应当自决定之日起三日内指派法律援助人员为您提供法律援助（法律援助法第四十三条），请留意电话和消息。',
  ],
  /** 第四十三条: the refusal comes in writing with its reasons; 第四十九条: the applicant may object. */
  declinedLines: [
    '法律援助机构会另行书面告知您不予法律援助的决定和理由（法律援助法第四十三条）。',
    '您对这个决定有异议的，可以向设立该法律援助机构的司法行政部门（县、市、区司法局）提出（法律援助法第四十九条）。',
    '也可以拨打12348公共法律服务热线，或者找本村先锋岗的法律明白人问问其他办法。',
  ],
} as const;
