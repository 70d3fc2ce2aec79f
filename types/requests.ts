/**
 * What residents ask for (群众诉求): a question to the post's volunteers (法律咨询), a mediation request (调解申请) and
 * a legal-aid pre-application (法律援助预申请). Labels are the Chinese shown to users.
 */

/** The three kinds of resident request. */
export type RequestKind = 'question' | 'mediation' | 'aid';

/** Categories of a question (咨询类别). */
export const QUESTION_CATEGORIES = {
  land: '土地承包与流转',
  family: '婚姻家庭',
  inheritance: '赡养与继承',
  wages: '拖欠工资',
  injury: '工伤',
  traffic: '交通事故',
  debt: '借款与担保',
  fraud: '电信网络诈骗',
  consumer: '消费维权',
  elderly: '老年人权益',
  violence: '家庭暴力',
  neighbour: '邻里纠纷',
  other: '其他',
} as const;
/** A question category. */
export type QuestionCategory = keyof typeof QUESTION_CATEGORIES;

/** Dispute types of a mediation request (纠纷类型). */
export const DISPUTE_TYPES = {
  neighbour: '邻里纠纷',
  family: '婚姻家庭纠纷',
  land: '土地纠纷',
  labour: '劳务纠纷',
  property: '财产纠纷',
  other: '其他纠纷',
} as const;
/** A dispute type. */
export type DisputeType = keyof typeof DISPUTE_TYPES;

/** When the resident prefers to be contacted for mediation. */
export const PREFERRED_TIMES = {
  weekday: '工作日白天',
  evening: '工作日晚上',
  weekend: '周末',
  any: '都可以',
} as const;
/** A preferred time. */
export type PreferredTime = keyof typeof PREFERRED_TIMES;

/** The matters of 法律援助法 第三十一条 for which a party may apply for legal aid. */
export const AID_MATTERS = {
  stateCompensation: '依法请求国家赔偿',
  socialSecurity: '请求给予社会保险待遇或者社会救助',
  pension: '请求发给抚恤金',
  support: '请求给付赡养费、抚养费、扶养费',
  labourRemuneration: '请求确认劳动关系或者支付劳动报酬',
  capacity: '请求认定公民无民事行为能力或者限制民事行为能力',
  injuryCompensation: '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
  environment: '请求环境污染、生态破坏损害赔偿',
  other: '法律、法规、规章规定的其他情形',
} as const;
/** A legal-aid matter. */
export type AidMatter = keyof typeof AID_MATTERS;

/** Grounds on which the economic test does not apply (第三十二条) or is not verified (第四十二条). */
export const AID_EXEMPTIONS = {
  none: '以上都不是',
  heroMartyr: '英雄烈士近亲属为维护英雄烈士的人格权益（第三十二条）',
  heroic: '因见义勇为行为主张相关民事权益（第三十二条）',
  wrongfulConviction: '再审改判无罪请求国家赔偿（第三十二条）',
  abuse: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益（第三十二条）',
  dependent: '无固定生活来源的未成年人、老年人、残疾人等特定群体（第四十二条）',
  socialAssistance: '社会救助、司法救助或者优抚对象（第四十二条）',
  migrantWages: '进城务工人员申请支付劳动报酬或者工伤事故人身损害赔偿（第四十二条）',
} as const;
/** A ground for waiving the economic test. */
export type AidExemption = keyof typeof AID_EXEMPTIONS;

/** Special channels (特殊通道) that route an application to a dedicated station. */
export const AID_CHANNELS = {
  none: '无',
  women: '妇女',
  military: '军人军属',
  student: '在校学生',
  migrant: '农民工',
} as const;
/** A special channel. */
export type AidChannel = keyof typeof AID_CHANNELS;

/** Where the matter stands (案件阶段). */
export const AID_STAGES = {
  notStarted: '尚未起诉或申请仲裁',
  negotiating: '正在协商或调解',
  arbitration: '劳动仲裁中',
  litigation: '诉讼中',
  enforcement: '执行中',
} as const;
/** A case stage. */
export type AidStage = keyof typeof AID_STAGES;

/** Status of any request, with the Chinese label residents see. */
export const REQUEST_STATUSES = {
  pending: '待答复',
  answered: '已答复',
  closed: '已办结',
  submitted: '已提交',
  accepted: '已受理',
  investigating: '调查中',
  mediating: '调解中',
  agreed: '达成协议',
  failed: '未达成协议',
  revisited: '已回访',
  reviewing: '审查中',
  needMore: '需补充材料',
  approved: '准予法律援助',
  declined: '不予法律援助',
} as const;
/** A request status. */
export type RequestStatus = keyof typeof REQUEST_STATUSES;

/** The mediation steps the app draws, from the mediation lifecycle (lifecycle/mediation.ts). */
export { MEDIATION_STEPS } from './lifecycle/mediation';

/** How long a volunteer has to answer a question (答复承诺), by default. */
export const QUESTION_PROMISE_HOURS = 24;

/** Days within which the legal-aid office decides (法律援助法 第四十三条). */
export const AID_DECISION_DAYS = 7;

/**
 * Sources of a mediation case under 五调联动 (five-way linked mediation): cases referred by property management,
 * labour, petition (信访), court and police offices. A case a resident asked for at a post has no source.
 */
export const MEDIATION_SOURCES = {
  property: '物调',
  labour: '劳调',
  petition: '信调',
  court: '诉调',
  police: '警调',
} as const;
/** A 五调联动 source. */
export type MediationSource = keyof typeof MEDIATION_SOURCES;

/** The answer promise (答复承诺) may be set between these bounds, in hours. */
export const PROMISE_HOURS_MIN = 2;
export const PROMISE_HOURS_MAX = 72;

/** The volunteer is reminded when this share of the promise is left (a 24 h promise: 6 h before it is due). */
export const REMIND_WHEN_LEFT = 0.25;

/** Where a question may be handed over (转交). */
export const HANDOVER_KINDS = ['judicialOffice', 'legalAidCentre', 'legalAidStation'] as const;
