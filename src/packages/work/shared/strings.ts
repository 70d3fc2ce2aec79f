/** User-facing texts shared by the worker pages (工作台), in one place. */
export const WORK_STRINGS = {
  kinds: { question: '咨询', mediation: '调解', aid: '法律援助' },
  allKinds: '全部',
  fromResident: '群众申请',
  needsReview: '待人工复核',
  /**
   * 法律援助法 第四十四条: a statutory time limit or deadline under 7 days away, or an urgent need for property or
   * evidence preservation (保全) or advance execution (先予执行); the office may give aid first.
   */
  urgent: '情况紧急',
  /** The decision date of a legal-aid application (第四十三条; 民法典 第二百零一、二百零三条 count the days). */
  aidDecisionBy: (day: string, note: string) => `应在 ${day} 24时前作出决定（${note}）`,
  urgentNote:
    '申请人称离法定时效或者期限届满不足7天，或者需要立即申请保全、先予执行：可以决定先行提供法律援助（法律援助法第四十四条）',
  left: (span: string) => `还剩 ${span}`,
  overdue: (span: string) => `已超时 ${span}`,
  days: (n: number) => `${n}天`,
  hours: (n: number) => `${n}小时`,
  minutes: (n: number) => `${n}分钟`,
  loadError: '网络不给力',
  loadErrorHint: '请检查网络后点重试',
  cancel: '取消',
  confirm: '确定',
  saved: '已保存',
  toInbox: '返回工作台',
  notWorker: '您还不是工作人员',
  notWorkerHint: '请使用管理员发给您的邀请码绑定身份',
} as const;
