/** Every Chinese text the request handlers produce: titles, history notes, field labels and error messages. */

export const S = {
  kind: { question: '法律咨询', mediation: '调解申请', aid: '法律援助预申请' },
  title: (kind: string, subject: string) => `${kind} · ${subject}`,
  system: '系统',
  newRequest: '有新的群众诉求',
  forwarded: (to: string) => `已转交 ${to}`,
  volunteersOf: (village: string) => `${village}的法律明白人`,
  postVolunteers: '本岗位的法律明白人',
  aidOffice: '法律援助机构',
  judicialOffice: '司法所',
  contentRejected: '内容含有不适宜的信息，请修改后再提交',
  tooMany: (n: number) => `提交太频繁了，每小时最多提交${n}次，请稍后再试`,
  yes: '是',
  no: '否',
  pledged: '已承诺',
  yuan: (n: number) => `${n}元`,
  persons: (n: number) => `${n}人`,
  photos: (n: number) => `${n}张照片`,
  photoExpired: '照片已失效，请重新上传',
  onlyImages: '只能上传 JPG 或 PNG 图片',
  photoTooLarge: '图片不能超过2MB',
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
    exemption: '免予经济困难审查',
    channel: '特殊通道',
    name: '姓名',
    idNumber: '身份证号',
    address: '住址',
    stage: '案件阶段',
    facts: '案件事实',
    monthlyIncome: '家庭人均月收入',
    householdSize: '家庭人口',
    pledge: '诚信承诺',
    photos: '证明材料',
    supplements: '补充说明',
  },
} as const;

/** The women's legal-aid stations are named …妇女法律援助工作站. */
export const WOMEN_STATION = '妇女法律援助工作站';
/** The station for students (在校学生通道). */
export const STUDENT_STATION = '白城师范学院法律援助工作站';
