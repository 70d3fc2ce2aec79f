/** Contracts of the resident's requests: asking, mediation, legal-aid pre-application, and following them. */
import * as v from 'valibot';
import { isValidIdNumber, MOBILE_PATTERN, PHONE_PATTERN } from '../idcard';
import {
  AID_CHANNELS,
  AID_EXEMPTIONS,
  AID_MATTERS,
  AID_STAGES,
  DISPUTE_TYPES,
  PREFERRED_TIMES,
  QUESTION_CATEGORIES,
} from '../requests';
import { PostIdSchema, wholeNumber } from './common';
import { FileIdSchema, MAX_PHOTOS } from './photoIds';
import { textField } from './text';

export * from './photoIds';
export * from './requestFollowUp';

const keys = <T extends Record<string, string>>(o: T) => Object.keys(o) as (keyof T & string)[];

/** Limits shown next to each text field (字数限制). */
export const TEXT_LIMITS = {
  question: { min: 5, max: 500 },
  account: { min: 10, max: 1000 },
  facts: { min: 20, max: 2000 },
  name: { min: 2, max: 20, line: true },
  party: { min: 2, max: 50, line: true },
  address: { min: 5, max: 100, line: true },
} as const;

// Trimmed, within limits, and saying something: emoji- or symbol-only text is refused (text.ts).
const text = textField;

/** A client-made id for each submission: sending the same one twice creates one request (quiet de-duplication). */
const ClientIdSchema = v.pipe(v.string('提交编号必须是文字'), v.uuid('提交编号格式不正确'));
const PhoneSchema = v.pipe(v.string('电话必须是文字'), v.trim(), v.regex(PHONE_PATTERN, '电话号码格式不正确'));
const MobileSchema = v.pipe(v.string('手机号必须是文字'), v.trim(), v.regex(MOBILE_PATTERN, '手机号格式不正确'));

/** resident.ask: a question to the post's volunteers (法律咨询). */
export const AskInputSchema = v.strictObject({
  postId: PostIdSchema,
  clientId: ClientIdSchema,
  category: v.picklist(keys(QUESTION_CATEGORIES), '请选择咨询类别'),
  text: text('问题描述', TEXT_LIMITS.question),
  callbackPhone: v.optional(PhoneSchema),
  hideName: v.optional(v.boolean('是否匿名必须是是或否'), false),
});
export type AskInput = v.InferInput<typeof AskInputSchema>;

/** resident.requestMediation: a mediation request to the village's mediation committee / room (调解申请). */
export const MediationInputSchema = v.strictObject({
  postId: PostIdSchema,
  clientId: ClientIdSchema,
  disputeType: v.picklist(keys(DISPUTE_TYPES), '请选择纠纷类型'),
  applicantName: text('申请人姓名', TEXT_LIMITS.name),
  phone: MobileSchema,
  otherParty: text('对方当事人', TEXT_LIMITS.party),
  account: text('纠纷简要情况', TEXT_LIMITS.account),
  preferredTime: v.picklist(keys(PREFERRED_TIMES), '请选择方便的时间'),
});
export type MediationInput = v.InferInput<typeof MediationInputSchema>;

/** The fields of a legal-aid pre-application (法律援助预申请), each with its own rule. */
export const AidFieldsSchema = v.strictObject({
  postId: PostIdSchema,
  clientId: ClientIdSchema,
  matter: v.picklist(keys(AID_MATTERS), '请选择申请事项'),
  exemption: v.picklist(keys(AID_EXEMPTIONS), '请选择您是否属于下列情形'),
  channel: v.optional(v.picklist(keys(AID_CHANNELS), '特殊通道不正确'), 'none'),
  name: text('姓名', TEXT_LIMITS.name),
  idNumber: v.pipe(
    v.string('身份证号必须是文字'),
    v.trim(),
    v.toUpperCase(),
    v.check(isValidIdNumber, '身份证号不正确，请核对后重新填写'),
  ),
  phone: MobileSchema,
  address: text('住址', TEXT_LIMITS.address),
  stage: v.picklist(keys(AID_STAGES), '请选择案件所处阶段'),
  facts: text('案件事实', TEXT_LIMITS.facts),
  /** Household monthly income per person in yuan, for the economic test; absent when exempt. */
  monthlyIncome: v.optional(
    wholeNumber('收入', 0, 1_000_000, { integer: '收入请填整数', min: '收入不能为负', max: '收入数额过大' }),
  ),
  householdSize: v.optional(
    wholeNumber('家庭人口', 1, 30, { integer: '家庭人口请填整数', min: '家庭人口至少1人', max: '家庭人口过多' }),
  ),
  /**
   * 第四十一条: the honest statement of economic hardship (个人诚信承诺), asked only of an applicant who claims hardship
   * (no 第三十二、四十二条 ground); then it must be true.
   */
  pledge: v.optional(v.boolean('诚信承诺必须是是或否'), false),
  /** 第四十四条: a limitation period, deadline or hearing is less than 7 days away (aid may be given first). */
  urgent: v.optional(v.boolean('是否紧急必须是是或否'), false),
  /** Optional evidence photos (an IOU, a contract, a pay slip…): ids of the caller's own uploads. */
  photos: v.optional(
    v.pipe(v.array(FileIdSchema, '照片格式不正确'), v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张照片`)),
    [],
  ),
});

/** resident.applyAid: the fields, and the pledge required of an applicant who claims economic hardship (第四十一条). */
export const AidInputSchema = v.pipe(
  AidFieldsSchema,
  v.forward(
    v.check((a) => a.exemption !== 'none' || a.pledge === true, '请阅读并同意诚信承诺'),
    ['pledge'],
  ),
);
export type AidInput = v.InferInput<typeof AidInputSchema>;

/** Reply of the local runtime's POST /upload (raw JPG or PNG body, ≤ MAX_PHOTO_BYTES). */
export interface UploadReply {
  fileId: string;
}

/** Reply of a submission. */
export interface SubmitReply {
  id: string;
  /** False when the same clientId was already submitted (nothing new was created). */
  created: boolean;
  /** When an answer or decision is promised, ms since epoch. */
  dueAt: number;
}
