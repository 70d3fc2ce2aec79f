/**
 * The payload of a request, typed per kind, over the flat row the store keeps (`RequestRow['payload']`: strings,
 * numbers, booleans and nulls). Two values are packed to fit that row: a mediation case's dated steps (a JSON array
 * in one string) and an application's evidence photo ids (joined by newlines; neither id form holds one). This
 * module is the one place that parses and formats them: handlers read `payloadOf(row)` and write `formatPayload`.
 * Personal numbers stay sealed here (crypto.ts opens them); what is stored is unchanged.
 */
import type { RequestStatus } from '~/types/requests';
import type { RequestRow } from '../../store/port';

type Flat = RequestRow['payload'];

/** One dated step of a mediation case: where it went, the day (yyyy-mm-dd) and the note. */
export interface Step {
  to: RequestStatus;
  on: string;
  note: string;
}

/** What every kind may carry after submission: the resident's supplements and what the handler asked for. */
interface FollowUp {
  /** The resident's supplements (补充说明), one a line, oldest first; '' when none. */
  supplements: string;
  /** What the handler asked for while the request waits for the resident (需补充材料), else null. */
  askedFor: string | null;
}

/** A question's payload (法律咨询). */
export interface QuestionPayload extends FollowUp {
  kind: 'question';
  category: string;
  text: string;
  /** The sealed callback phone, or null. */
  callbackPhone: string | null;
  hideName: boolean;
}

/** A mediation case's payload (调解申请). */
export interface MediationPayload extends FollowUp {
  kind: 'mediation';
  disputeType: string;
  applicantName: string;
  /** The sealed phone. */
  phone: string | null;
  otherParty: string;
  account: string;
  preferredTime: string;
  /** The 五调联动 source given on 受理, or ''. */
  source: string;
  steps: Step[];
}

/** A legal-aid pre-application's payload (法律援助预申请). */
export interface AidPayload extends FollowUp {
  kind: 'aid';
  matter: string;
  exemption: string;
  channel: string;
  name: string;
  /** The sealed ID number and phone. */
  idNumber: string | null;
  phone: string | null;
  address: string;
  stage: string;
  facts: string;
  monthlyIncome: number | null;
  householdSize: number | null;
  pledge: boolean;
  urgent: boolean;
  photos: string[];
  /** The reason given with 准予 / 不予, or ''. */
  decisionReason: string;
}

/** A request's payload, by kind. */
export type RequestPayload = QuestionPayload | MediationPayload | AidPayload;

/** Evidence photo ids, newline-joined in the row. */
export const photoCodec = {
  parse: (raw: Flat[string] | undefined): string[] =>
    typeof raw === 'string' ? raw.split('\n').filter((id) => id !== '') : [],
  format: (ids: readonly string[]): string => ids.join('\n'),
};

/** A mediation case's steps, a JSON array in one string of the row; what does not parse reads as no steps. */
export const stepCodec = {
  parse(raw: Flat[string] | undefined): Step[] {
    if (typeof raw !== 'string' || raw === '') return [];
    try {
      const parsed = JSON.parse(raw) as unknown;
      return Array.isArray(parsed) ? (parsed as Step[]) : [];
    } catch {
      return [];
    }
  },
  format: (steps: readonly Step[]): string => JSON.stringify(steps),
};

/** Reads a request's payload as its kind's type. */
export function payloadOf(row: Pick<RequestRow, 'kind' | 'payload'>): RequestPayload {
  const p = row.payload;
  const str = (k: string): string => (typeof p[k] === 'string' ? (p[k] as string) : '');
  const sealed = (k: string): string | null => (typeof p[k] === 'string' ? (p[k] as string) : null);
  const num = (k: string): number | null => (typeof p[k] === 'number' ? (p[k] as number) : null);
  const followUp: FollowUp = { supplements: str('supplements'), askedFor: sealed('askedFor') };
  if (row.kind === 'question')
    return {
      kind: 'question',
      ...followUp,
      category: str('category'),
      text: str('text'),
      callbackPhone: sealed('callbackPhone'),
      hideName: p.hideName === true,
    };
  if (row.kind === 'mediation')
    return {
      kind: 'mediation',
      ...followUp,
      disputeType: str('disputeType'),
      applicantName: str('applicantName'),
      phone: sealed('phone'),
      otherParty: str('otherParty'),
      account: str('account'),
      preferredTime: str('preferredTime'),
      source: str('source'),
      steps: stepCodec.parse(p.steps),
    };
  return {
    kind: 'aid',
    ...followUp,
    matter: str('matter'),
    exemption: str('exemption'),
    channel: str('channel'),
    name: str('name'),
    idNumber: sealed('idNumber'),
    phone: sealed('phone'),
    address: str('address'),
    stage: str('stage'),
    facts: str('facts'),
    monthlyIncome: num('monthlyIncome'),
    householdSize: num('householdSize'),
    pledge: p.pledge === true,
    urgent: p.urgent === true,
    photos: photoCodec.parse(p.photos),
    decisionReason: str('decisionReason'),
  };
}

/** The typed values a change may write, packed values included. */
export type PayloadWrite = Partial<Omit<QuestionPayload, 'kind'>> &
  Partial<Omit<MediationPayload, 'kind' | 'steps'>> &
  Partial<Omit<AidPayload, 'kind' | 'photos'>> & { steps?: readonly Step[]; photos?: readonly string[] };

/** The flat row values of a typed write (what the store merges into the payload); absent keys are left alone. */
export function formatPayload(write: PayloadWrite): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(write) as [string, PayloadWrite[keyof PayloadWrite]][]) {
    if (v === undefined) continue;
    if (k === 'steps') out.steps = stepCodec.format(v as readonly Step[]);
    else if (k === 'photos') out.photos = photoCodec.format(v as readonly string[]);
    else out[k] = v as Flat[string];
  }
  return out;
}
