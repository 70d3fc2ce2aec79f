/**
 * A stored request's fields as its owner sees them: Chinese label/value pairs in form order, personal numbers
 * decrypted and then masked (the owner typed them, but a lost phone must not reveal them in full).
 */
import { maskIdNumber } from '~/types/idcard';
import {
  AID_CHANNELS,
  AID_EXEMPTIONS,
  AID_MATTERS,
  AID_STAGES,
  DISPUTE_TYPES,
  PREFERRED_TIMES,
  QUESTION_CATEGORIES,
} from '~/types/requests';
import type { RequestRow } from '../../store/port';
import { decrypt } from '../crypto';
import { maskPhone } from '../mask';
import { payloadOf } from './payload';
import { REQUEST_TEXT } from './texts';

type Field = { label: string; value: string };
const LABEL = REQUEST_TEXT.label;

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
    add(LABEL.category, pick(QUESTION_CATEGORIES, p.category));
    add(LABEL.question, p.text);
    add(LABEL.callbackPhone, phone(p.callbackPhone));
    add(LABEL.hideName, p.hideName ? REQUEST_TEXT.yes : REQUEST_TEXT.no);
    add(LABEL.supplements, p.supplements);
  } else if (p.kind === 'mediation') {
    add(LABEL.disputeType, pick(DISPUTE_TYPES, p.disputeType));
    add(LABEL.applicantName, p.applicantName);
    add(LABEL.phone, phone(p.phone));
    add(LABEL.otherParty, p.otherParty);
    add(LABEL.account, p.account);
    add(LABEL.preferredTime, pick(PREFERRED_TIMES, p.preferredTime));
  } else {
    add(LABEL.matter, pick(AID_MATTERS, p.matter));
    add(LABEL.exemption, pick(AID_EXEMPTIONS, p.exemption));
    add(LABEL.channel, pick(AID_CHANNELS, p.channel));
    add(LABEL.name, p.name);
    add(LABEL.idNumber, p.idNumber === null ? '' : maskIdNumber(decrypt(key, p.idNumber)));
    add(LABEL.phone, phone(p.phone));
    add(LABEL.address, p.address);
    add(LABEL.stage, pick(AID_STAGES, p.stage));
    add(LABEL.facts, p.facts);
    add(LABEL.supplements, p.supplements);
    if (p.monthlyIncome !== null) add(LABEL.monthlyIncome, REQUEST_TEXT.yuan(p.monthlyIncome));
    if (p.householdSize !== null) add(LABEL.householdSize, REQUEST_TEXT.persons(p.householdSize));
    add(LABEL.pledge, p.pledge ? REQUEST_TEXT.pledged : '');
    add(LABEL.urgent, p.urgent ? REQUEST_TEXT.urgentYes : '');
    if (p.photos.length > 0) add(LABEL.photos, REQUEST_TEXT.photos(p.photos.length));
  }
  return out;
}
