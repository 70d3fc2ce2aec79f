/**
 * What the generated residents submit (演示数据): the bodies of resident.ask, resident.requestMediation and
 * resident.applyAid, shaped exactly as the app sends them, with valid ID numbers (GB 11643) and mobile numbers.
 */
import type { AidInput, AskInput, MediationInput } from '~/types/api/requests';
import type { Post, Region } from '~/types/domain';
import { idCheckChar } from '~/types/idcard';
import {
  AID_MATTERS,
  DISPUTE_TYPES,
  PREFERRED_TIMES,
  type AidExemption,
  type AidMatter,
  type AidStage,
  type DisputeType,
  type QuestionCategory,
} from '~/types/requests';
import { AID_FACTS, DISPUTE_ACCOUNTS, OTHER_PARTIES, QUESTIONS } from './activity-texts';
import { mobilePhone, personName } from './names';
import type { Rng } from './prng';

/** How often residents ask about each category (wages, land and family matters lead in the villages). */
const CATEGORY_WEIGHTS: Record<QuestionCategory, number> = {
  land: 14,
  family: 13,
  inheritance: 9,
  wages: 12,
  injury: 5,
  traffic: 6,
  debt: 10,
  fraud: 7,
  consumer: 5,
  elderly: 6,
  violence: 3,
  neighbour: 7,
  other: 3,
};

/** A client id as the app makes it (a v4 UUID), from the seeded stream. */
export function clientId(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += rng.int(0, 15).toString(16);
  const v = `4${hex.slice(13, 16)}`;
  const variant = `${'89ab'[rng.int(0, 3)]}${hex.slice(17, 20)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${v}-${variant}-${hex.slice(20, 32)}`;
}

function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let x = rng.next() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return entries[entries.length - 1][0];
}

/** A valid resident ID number of someone born 1945–2004 whose household is registered in `countyCode`. */
export function idNumber(rng: Rng, countyCode: string): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const birth = `${rng.int(1945, 2004)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}`;
  const first17 = `${countyCode}${birth}${pad(rng.int(0, 999), 3)}`;
  return first17 + idCheckChar(first17);
}

/** The bodies the generated residents send; phones stay unique across the whole year. */
export class ResidentInputs {
  private readonly phones = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly regions: Map<string, Region>,
  ) {}

  /** resident.ask. */
  ask(post: Post): { action: 'ask' } & AskInput {
    const rng = this.rng;
    const category = weighted(rng, CATEGORY_WEIGHTS);
    return {
      action: 'ask',
      postId: post.id,
      clientId: clientId(rng),
      category,
      text: rng.pick(QUESTIONS[category]),
      ...(rng.chance(0.35) ? { callbackPhone: mobilePhone(rng, this.phones) } : {}),
      hideName: rng.chance(0.3),
    };
  }

  /** resident.requestMediation. */
  mediation(post: Post): { action: 'requestMediation' } & MediationInput {
    const rng = this.rng;
    const disputeType = rng.pick(Object.keys(DISPUTE_TYPES) as DisputeType[]);
    return {
      action: 'requestMediation',
      postId: post.id,
      clientId: clientId(rng),
      disputeType,
      applicantName: personName(rng),
      phone: mobilePhone(rng, this.phones),
      otherParty: rng.chance(0.5) ? `${rng.pick(OTHER_PARTIES)}${personName(rng)}` : personName(rng),
      account: rng.pick(DISPUTE_ACCOUNTS[disputeType]),
      preferredTime: rng.pick(Object.keys(PREFERRED_TIMES) as (keyof typeof PREFERRED_TIMES)[]),
    };
  }

  /** resident.applyAid: most pass the economic test by income, some by an exemption of 第三十二条 / 第四十二条. */
  aid(post: Post): { action: 'applyAid' } & AidInput {
    const rng = this.rng;
    const matter = rng.pick(Object.keys(AID_MATTERS) as AidMatter[]);
    const exemption: AidExemption =
      matter === 'labourRemuneration' && rng.chance(0.6)
        ? 'migrantWages'
        : matter === 'support' && rng.chance(0.4)
          ? 'dependent'
          : rng.chance(0.1)
            ? 'socialAssistance'
            : 'none';
    const channel = matter === 'labourRemuneration' ? 'migrant' : rng.chance(0.15) ? 'women' : 'none';
    const village = this.regions.get(post.villageCode)?.name ?? '';
    const township = this.regions.get(post.townshipCode)?.name ?? '';
    const stages: AidStage[] = ['notStarted', 'notStarted', 'negotiating', 'arbitration', 'litigation'];
    return {
      action: 'applyAid',
      postId: post.id,
      clientId: clientId(rng),
      matter,
      exemption,
      channel,
      name: personName(rng),
      idNumber: idNumber(rng, post.countyCode),
      phone: mobilePhone(rng, this.phones),
      address: `${township}${village}${rng.int(1, 9)}组${rng.int(1, 60)}号`,
      stage: rng.pick(stages),
      facts: rng.pick(AID_FACTS[matter]),
      ...(exemption === 'none' ? { monthlyIncome: rng.int(300, 1800), householdSize: rng.int(1, 6) } : {}),
      pledge: true,
    };
  }
}
