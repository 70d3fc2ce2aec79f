/**
 * A stored request's fields as its owner sees them: Chinese label/value pairs in form order, personal numbers
 * decrypted and then masked (the owner typed them, but a lost phone must not reveal them in full).
 */
import { maskIdNumber } from '../../../types/idcard';
import {
  AID_CHANNELS,
  AID_EXEMPTIONS,
  AID_MATTERS,
  AID_STAGES,
  DISPUTE_TYPES,
  PREFERRED_TIMES,
  QUESTION_CATEGORIES,
} from '../../../types/requests';
import type { RequestRow } from '../../store/port';
import { decrypt } from '../crypto';
import { maskPhone } from '../mask';
import { S } from './strings';

type Field = { label: string; value: string };
const L = S.label;

function pick<T extends Record<string, string>>(table: T, key: unknown): string {
  return typeof key === 'string' && key in table ? table[key] : '';
}

/** Who is looking: the owner (numbers masked), or a worker in scope (contact phones in full, see below). */
export interface FieldView {
  /**
   * A worker in scope sees the phone a resident gave to be called back on (a question's 回电电话, a mediation
   * applicant's 联系电话) in full: calling is its purpose. An aid applicant's numbers stay masked (work.reveal).
   */
  contactInFull: boolean;
}

/** The display fields of one request. */
export function requestFields(row: RequestRow, key: Buffer, view: FieldView = { contactInFull: false }): Field[] {
  const p = row.payload;
  const str = (k: string): string => (typeof p[k] === 'string' ? (p[k] as string) : '');
  const contact = view.contactInFull && row.kind !== 'aid';
  const phone = (k: string): string => {
    if (typeof p[k] !== 'string') return '';
    const plain = decrypt(key, p[k] as string);
    return contact ? plain : maskPhone(plain);
  };
  const out: Field[] = [];
  const add = (label: string, value: string) => {
    if (value !== '') out.push({ label, value });
  };
  if (row.kind === 'question') {
    add(L.category, pick(QUESTION_CATEGORIES, p.category));
    add(L.question, str('text'));
    add(L.callbackPhone, phone('callbackPhone'));
    add(L.hideName, p.hideName === true ? S.yes : S.no);
    add(L.supplements, str('supplements'));
  } else if (row.kind === 'mediation') {
    add(L.disputeType, pick(DISPUTE_TYPES, p.disputeType));
    add(L.applicantName, str('applicantName'));
    add(L.phone, phone('phone'));
    add(L.otherParty, str('otherParty'));
    add(L.account, str('account'));
    add(L.preferredTime, pick(PREFERRED_TIMES, p.preferredTime));
  } else {
    add(L.matter, pick(AID_MATTERS, p.matter));
    add(L.exemption, pick(AID_EXEMPTIONS, p.exemption));
    add(L.channel, pick(AID_CHANNELS, p.channel));
    add(L.name, str('name'));
    add(L.idNumber, typeof p.idNumber === 'string' ? maskIdNumber(decrypt(key, p.idNumber)) : '');
    add(L.phone, phone('phone'));
    add(L.address, str('address'));
    add(L.stage, pick(AID_STAGES, p.stage));
    add(L.facts, str('facts'));
    add(L.supplements, str('supplements'));
    if (typeof p.monthlyIncome === 'number') add(L.monthlyIncome, S.yuan(p.monthlyIncome));
    if (typeof p.householdSize === 'number') add(L.householdSize, S.persons(p.householdSize));
    add(L.pledge, p.pledge === true ? S.pledged : '');
    add(L.urgent, p.urgent === true ? S.urgentYes : '');
    const photos = typeof p.photos === 'string' && p.photos !== '' ? p.photos.split('\n').length : 0;
    if (photos > 0) add(L.photos, S.photos(photos));
  }
  return out;
}
