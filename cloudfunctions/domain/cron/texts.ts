/** Texts of the promise timer (答复承诺计时): history notes and notices. */
export const TIMER_TEXT = {
  system: '系统',
  reminded: '已提醒志愿者尽快答复',
  handedOver: (hours: number, office: string) => `超过${hours}小时未答复，已自动转交 ${office}`,
  remindTitle: '有咨询快到答复时限了',
  remindBody: (title: string, hoursLeft: number) => `${title}，还剩约${hoursLeft}小时`,
  assignedTitle: '有超时未答复的咨询转交给您',
  residentTitle: '您的咨询已转交司法所',
} as const;
