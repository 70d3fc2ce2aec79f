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
  notesTitle: '调解前请了解',
  /** 人民调解法 第十七、二十九、三十一、三十三条, said as residents would. */
  notes: [
    '调解要双方都愿意。对方明确不同意调解的，调解委员会不能强迫，您可以换别的办法，比如到法院起诉（人民调解法第十七条）。',
    '调解成了，双方签名（或者盖章、按手印）、调解员签名并加盖调解委员会印章的调解协议有法律约束力，双方都应当照着做（人民调解法第二十九、三十一条）。',
    '想更有保障，可以在协议生效之日起30日内，双方一起到法院申请司法确认；确认后一方不履行的，另一方可以申请法院强制执行（人民调解法第三十三条）。',
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
