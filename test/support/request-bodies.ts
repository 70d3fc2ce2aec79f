/**
 * The valid requests a resident files (a question 法律咨询, a mediation request 调解申请, a legal-aid pre-application
 * 法律援助预申请), written once for every test that needs one: the fields alone (an action catalogue names the
 * action apart) or with the `action` the HTTP and cloud entries take. Each call gets a fresh clientId, so two
 * calls are two submissions, never a repeat.
 */
import { randomUUID } from 'node:crypto';
import { idCheckChar } from '~/types/idcard';

type Extra = Record<string, unknown>;

/** Seventeen digits of a Baicheng (220802) ID number born 1990-01-01; the check character is computed. */
export const ID17 = '22080219900101123';
/** A valid resident ID number (GB 11643 check character). */
export const ID_NUMBER = ID17 + idCheckChar(ID17);
/** The same number with a wrong check character. */
export const BAD_ID = ID17 + (idCheckChar(ID17) === '5' ? '6' : '5');
/** A valid mobile number. */
export const PHONE = '13912345678';
/** A real 1×1 PNG: the smallest evidence photo the upload accepts. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A question about unpaid wages with a callback phone (resident.ask without its action). */
export const questionFields = (postId: string, extra: Extra = {}) => ({
  postId,
  clientId: randomUUID(),
  category: 'wages',
  text: '老板拖欠三个月工资不给，该怎么办？',
  callbackPhone: PHONE,
  ...extra,
});

/** A neighbours' drainage dispute (resident.requestMediation without its action). */
export const mediationFields = (postId: string, extra: Extra = {}) => ({
  postId,
  clientId: randomUUID(),
  disputeType: 'neighbour',
  applicantName: '李春花',
  phone: PHONE,
  otherParty: '邻居王某',
  account: '邻居家的排水沟把雨水引到我家院子里，多次商量没有结果。',
  preferredTime: 'weekend',
  ...extra,
});

/** A migrant worker's unpaid wages, exempt from the means test (resident.applyAid without its action). */
export const aidFields = (postId: string, extra: Extra = {}) => ({
  postId,
  clientId: randomUUID(),
  matter: 'labourRemuneration',
  exemption: 'migrantWages',
  name: '赵铁柱',
  idNumber: ID_NUMBER,
  phone: PHONE,
  address: '白城市洮北区新华街道幸福社区3号楼',
  stage: 'notStarted',
  facts: '2026年在工地干活八个月，包工头拖欠工资两万元，多次讨要未果，没有签劳动合同。',
  pledge: true,
  ...extra,
});

/** The body of POST /api/resident for a question. */
export const questionBody = (postId: string, extra: Extra = {}) => ({
  action: 'ask',
  ...questionFields(postId, extra),
});
/** The body of POST /api/resident for a mediation request. */
export const mediationBody = (postId: string, extra: Extra = {}) => ({
  action: 'requestMediation',
  ...mediationFields(postId, extra),
});
/** The body of POST /api/resident for a legal-aid pre-application. */
export const aidBody = (postId: string, extra: Extra = {}) => ({ action: 'applyAid', ...aidFields(postId, extra) });

/** admin.saveServicePoint of a new women's legal-aid station (法律援助工作站) in `regionCode`. */
export const stationBody = (regionCode: string, extra: Extra = {}) => ({
  action: 'saveServicePoint',
  kind: 'legalAidStation',
  name: '新立社区法律援助工作站',
  regionCode,
  address: '白城市洮北区新立社区党群服务中心',
  phone: '0436-3229876',
  hours: '工作日 8:30-17:00',
  lat: 45.62,
  lng: 122.84,
  channels: ['aidWomen'],
  ...extra,
});
