/** Every Chinese text the request handlers produce: titles, history notes, field labels and error messages. */

/** Why a text was refused by the content check (内容安全), said to whoever wrote it: resident or worker. */
export const CONTENT_REJECTED =
  '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响';

/** Texts of a resident's submission: titles, routing notes, field labels, photo and rate-limit messages. */
export const REQUEST_TEXT = {
  kind: { question: '法律咨询', mediation: '调解申请', aid: '法律援助预申请' },
  title: (kind: string, subject: string) => `${kind} · ${subject}`,
  system: '系统',
  newRequest: '有新的群众诉求',
  forwarded: (to: string) => `已转交 ${to}`,
  volunteersOf: (village: string) => `${village}的法律明白人`,
  postVolunteers: '本岗位的法律明白人',
  aidOffice: '法律援助机构',
  judicialOffice: '司法所',
  contentRejected: CONTENT_REJECTED,
  tooMany: (n: number) => `提交太频繁了，每小时最多提交${n}次，请稍后再试`,
  tooManyFromNetwork: '这个网络一小时内提交的求助太多了，请稍后再试；急事请拨打12348公共法律服务热线',
  yes: '是',
  no: '否',
  pledged: '已承诺',
  urgentYes: '是，离时效或期限届满不足7天，或需立即申请保全、先予执行',
  yuan: (n: number) => `${n}元`,
  persons: (n: number) => `${n}人`,
  photos: (n: number) => `${n}张照片`,
  photoExpired: '照片已失效，请重新上传',
  onlyImages: '只能上传 JPG 或 PNG 图片',
  photoTooLarge: '图片不能超过2MB',
  photoStoreFull: '照片存储已满，请稍后再试或联系工作人员',
  photosThisHour: '这个网络一小时内上传的照片太多了，请一小时后再试或联系工作人员',
  label: {
    category: '咨询类别',
    question: '问题描述',
    callbackPhone: '回电电话',
    hideName: '匿名咨询',
    disputeType: '纠纷类型',
    applicantName: '申请人',
    phone: '联系电话',
    otherParty: '对方当事人',
    account: '纠纷简要情况',
    preferredTime: '方便联系的时间',
    matter: '申请事项',
    exemption: '经济困难条件的例外',
    channel: '特殊通道',
    name: '姓名',
    idNumber: '身份证号',
    address: '住址',
    stage: '案件阶段',
    facts: '案件事实',
    monthlyIncome: '家庭人均月收入',
    householdSize: '家庭人口',
    pledge: '诚信承诺',
    urgent: '情况紧急（第四十四条）',
    photos: '证明材料',
    supplements: '补充说明',
  },
} as const;

/** Texts of a resident's follow-ups (补充说明、评价). */
export const FOLLOWUP_TEXT = {
  resident: '群众',
  contentRejected: CONTENT_REJECTED,
  notAsked: '办理人员没有要求补充材料，现在不需要补充',
  photosOnlyAid: '只有法律援助申请可以补充照片',
  noAnswer: '还没有答复，暂时不能评价',
  onlyQuestions: '只能评价法律咨询的答复',
  supplemented: (text: string) => `补充说明：${text}`,
  supplementTitle: '群众补充了情况',
  rated: (stars: number, word: string) => `群众评价：${stars}星${word ? `，${word}` : ''}`,
} as const;
