/** User-facing texts shared by the resident's forms and request pages, in one place. */
export const SHARED_STRINGS = {
  submit: '提交',
  resubmit: '重新提交',
  sending: '正在提交…',
  networkSaved: '网络不给力，已保存草稿',
  savedWith: (message: string) => `${message}，已保存草稿`,
  optional: '（可不填）',
  missingPost: '缺少岗位编号，请重新扫描先锋岗二维码',
  backHome: '返回首页',
  viewMine: '查看我的诉求',
  kinds: { question: '法律咨询', mediation: '调解申请', aid: '法律援助' },
  due: {
    question: (time: string) => `预计 ${time} 前答复`,
    mediation: (time: string) => `预计 ${time} 前与您联系`,
  },
  submittedAt: (time: string) => `提交于 ${time}`,
} as const;
