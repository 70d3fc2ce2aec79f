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
import { payloadOf } from './payload';
import { S } from './strings';

type Field = { label: string; value: string };
const L = S.label;

function pick<T extends Record<string, string>>(table: T, key: string): string {
  return key in table ? table[key] : '';
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
  const p = payloadOf(row);
  const contact = view.contactInFull && p.kind !== 'aid';
  const phone = (sealed: string | null): string => {
    if (sealed === null) return '';
    const plain = decrypt(key, sealed);
    return contact ? plain : maskPhone(plain);
  };
  const out: Field[] = [];
  const add = (label: string, value: string) => {
    if (value !== '') out.push({ label, value });
  };
  if (p.kind === 'question') {
    add(L.category, pick(QUESTION_CATEGORIES, p.category));
    add(L.question, p.text);
    add(L.callbackPhone, phone(p.callbackPhone));
    add(L.hideName, p.hideName ? S.yes : S.no);
    add(L.supplements, p.supplements);
  } else if (p.kind === 'mediation') {
    add(L.disputeType, pick(DISPUTE_TYPES, p.disputeType));
    add(L.applicantName, p.applicantName);
    add(L.phone, phone(p.phone));
    add(L.otherParty, p.otherParty);
    add(L.account, p.account);
    add(L.preferredTime, pick(PREFERRED_TIMES, p.preferredTime));
  } else {
    add(L.matter, pick(AID_MATTERS, p.matter));
    add(L.exemption, pick(AID_EXEMPTIONS, p.exemption));
    add(L.channel, pick(AID_CHANNELS, p.channel));
    add(L.name, p.name);
    add(L.idNumber, p.idNumber === null ? '' : maskIdNumber(decrypt(key, p.idNumber)));
    add(L.phone, phone(p.phone));
    add(L.address, p.address);
    add(L.stage, pick(AID_STAGES, p.stage));
    add(L.facts, p.facts);
    add(L.supplements, p.supplements);
    if (p.monthlyIncome !== null) add(L.monthlyIncome, S.yuan(p.monthlyIncome));
    if (p.householdSize !== null) add(L.householdSize, S.persons(p.householdSize));
    add(L.pledge, p.pledge ? S.pledged : '');
    add(L.urgent, p.urgent ? S.urgentYes : '');
    if (p.photos.length > 0) add(L.photos, S.photos(p.photos.length));
  }
  return out;
}
