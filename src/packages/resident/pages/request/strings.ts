/** Every user-facing text of a request's detail page (诉求详情). */
export const STRINGS = {
  title: '诉求详情',
  fields: '提交的内容',
  steps: '调解进度',
  timeline: '办理记录',
  answers: '答复',
  noAnswers: '还没有答复，请耐心等待',
  answerNote: '答复是法律意见，不是裁决；需要时请向司法所或12348咨询',
  missingId: '没有找到这条诉求',
  loadError: '网络不给力',
  loadErrorHint: '请检查网络后点重试',
} as const;
