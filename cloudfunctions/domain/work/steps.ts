/** The agreement summary (人民调解协议摘要) of a mediation case, generated from its dated steps. */
import { DISPUTE_TYPES, MEDIATION_SOURCES } from '~/types/requests';
import type { RequestRow } from '../../store/port';
import { payloadOf } from '../requests/payload';
import { WORK_TEXT } from './texts';

export type { Step } from '../requests/payload';

const label = <T extends Record<string, string>>(table: T, key: string) => (key in table ? table[key] : '');
const day = (on: string) => {
  const [y, m, d] = on.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};

/**
 * 人民调解协议摘要 of a case that reached an agreement: the parties, the dispute, each step with its date and note,
 * and the terms (the note of 达成协议). Plain text, deterministic: the same case always gives the same summary.
 * Null for a case without an agreement.
 */
export function agreementSummary(row: RequestRow, mediatorName: string): string | null {
  const p = payloadOf(row);
  if (p.kind !== 'mediation') return null;
  const steps = p.steps;
  const agreed = steps.find((s) => s.to === 'agreed');
  if (!agreed) return null;
  const type = label(DISPUTE_TYPES, p.disputeType);
  const source = label(MEDIATION_SOURCES, p.source);
  const lines = [
    '人民调解协议摘要',
    `申请人：${p.applicantName}`,
    `对方当事人：${p.otherParty}`,
    `纠纷类型：${type || '其他纠纷'}${source ? `（${source}）` : ''}`,
    `纠纷简要情况：${p.account}`,
    `调解组织：${mediatorName}`,
    '调解经过：',
    ...steps
      .filter((s) => s.to !== 'agreed')
      .map((s) => `${day(s.on)} ${WORK_TEXT.stepNames[s.to] ?? s.to}：${s.note}`),
    `协议内容（${day(agreed.on)}达成）：${agreed.note}`,
    '双方当事人自愿达成以上协议，应当按照约定履行。经人民调解委员会调解达成的调解协议，具有法律约束力（人民调解法第三十一条）。',
    '双方当事人可以自调解协议生效之日起三十日内，共同向人民法院申请司法确认（人民调解法第三十三条）。',
    // 人民调解法 第二十九条: the parties sign (or thumbprint), the mediator signs, the committee seals.
    '申请人（签名或按指印）：__________　日期：____年__月__日',
    '对方当事人（签名或按指印）：__________　日期：____年__月__日',
    '人民调解员（签名）：__________',
    '人民调解委员会（盖章）　　　　____年__月__日',
  ];
  return lines.join('\n');
}
