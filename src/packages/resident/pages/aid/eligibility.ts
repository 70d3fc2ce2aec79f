/** The honest self-check before a legal-aid pre-application: matter (第三十一条) and economic test (第三十二、四十二条). */
import * as v from 'valibot';
import { AidFieldsSchema } from '~/types/api';
import { AID_EXEMPTIONS, type AidExemption, type AidMatter } from '~/types/requests';
import { STRINGS } from './strings';

/** The contract's own message when `value` breaks `field`'s rule, else null. */
function ruleMessage(field: 'matter' | 'exemption' | 'householdSize' | 'monthlyIncome', value: unknown): string | null {
  const result = v.safeParse(AidFieldsSchema.entries[field], value);
  return result.success ? null : result.issues[0].message;
}

/** What the resident told the self-check. */
export interface EligibilityAnswers {
  matter?: AidMatter;
  exemption?: AidExemption;
  householdSize?: number;
  monthlyIncome?: number;
}

/** The self-check's outcome: lines to show, and what is still missing before the form step. */
export interface Eligibility {
  /** True when the matter is one that 第三十一条 lists by name. */
  matterListed: boolean | null;
  lines: string[];
  /** Chinese messages by field for what must still be answered; empty when the form step may open. */
  missing: Partial<Record<keyof EligibilityAnswers, string>>;
}

/** Which article waives the economic test for `exemption`: 32 (no test), 42 (not verified), or null. */
export function exemptionArticle(exemption: AidExemption): 32 | 42 | null {
  if (exemption === 'none') return null;
  return AID_EXEMPTIONS[exemption].includes('第三十二条') ? 32 : 42;
}

/**
 * The self-check. It never says "you qualify": the matter is listed or not, the economic test is waived or left
 * to the legal-aid office, which alone decides (第四十三条). No income threshold is invented here.
 */
export function checkEligibility(a: EligibilityAnswers): Eligibility {
  const lines: string[] = [];
  const missing: Eligibility['missing'] = {};
  const matterListed = a.matter ? a.matter !== 'other' : null;
  if (matterListed !== null) lines.push(matterListed ? STRINGS.inScope : STRINGS.otherMatter);
  else missing.matter = ruleMessage('matter', a.matter) ?? undefined;
  if (!a.exemption) {
    missing.exemption = ruleMessage('exemption', a.exemption) ?? undefined;
    return { matterListed, lines, missing };
  }
  const article = exemptionArticle(a.exemption);
  // A 第三十二条 ground is itself a matter legal aid may be applied for, whatever 第三十一条 lists.
  if (article === 32 && a.matter === 'other') lines[0] = STRINGS.otherMatterBy32;
  if (article === 32) lines.push(STRINGS.noEconomicTest);
  else if (article === 42) lines.push(STRINGS.noVerification);
  else {
    // The form step may not open without the two numbers the economic test needs.
    const size = a.householdSize === undefined ? STRINGS.needHousehold : ruleMessage('householdSize', a.householdSize);
    const income = a.monthlyIncome === undefined ? STRINGS.needIncome : ruleMessage('monthlyIncome', a.monthlyIncome);
    if (size) missing.householdSize = size;
    if (income) missing.monthlyIncome = income;
    if (!size && !income) lines.push(STRINGS.economic(a.householdSize ?? 0, a.monthlyIncome ?? 0));
  }
  return { matterListed, lines, missing };
}
