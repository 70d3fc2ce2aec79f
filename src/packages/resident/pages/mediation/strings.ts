/** Every user-facing text of the mediation page (申请调解). */
export const STRINGS = {
  title: '申请调解',
  intro: '人民调解不收费。调解员会先联系您，按下面的步骤办理：',
  steps: [
    { name: '受理', note: '调解委员会登记您的申请' },
    { name: '调查', note: '了解双方情况' },
    { name: '调解', note: '约双方当面协商' },
    { name: '达成协议 / 未达成', note: '达成的签协议；未达成的告诉您其他途径' },
    { name: '回访', note: '事后回访协议履行情况' },
  ],
  disputeType: '纠纷类型',
  name: '您的姓名',
  phone: '手机号',
  otherParty: '对方是谁',
  otherPartyHint: '姓名或单位，如：邻居王某',
  account: '简单说说发生了什么',
  preferredTime: '什么时间方便联系您',
  sent: '调解申请已提交',
  due: (time: string) => `预计 ${time} 前与您联系`,
} as const;
