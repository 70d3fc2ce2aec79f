/** Mediation cases grouped by their 五调联动 source: 物调、劳调、信调、诉调、警调, then residents' own (群众申请). */
import type { InboxItem } from '~/types/api';
import { MEDIATION_SOURCES, type MediationSource } from '~/types/requests';
import { WORK_STRINGS } from '../../shared/strings';

/** One group of rows with its heading; `key` is the source or `resident`. */
export interface InboxGroup {
  key: MediationSource | 'resident' | 'other';
  label: string;
  items: InboxItem[];
}

const SOURCES = Object.keys(MEDIATION_SOURCES) as MediationSource[];

/** Other kinds first as the server ordered them, then one group per source present, in the fixed order. */
export function groupBySource(items: InboxItem[], otherLabel: string): InboxGroup[] {
  const others = items.filter((i) => i.kind !== 'mediation');
  const cases = items.filter((i) => i.kind === 'mediation');
  const groups: InboxGroup[] = others.length ? [{ key: 'other', label: otherLabel, items: others }] : [];
  for (const source of SOURCES) {
    const mine = cases.filter((i) => i.source === source);
    if (mine.length) groups.push({ key: source, label: MEDIATION_SOURCES[source], items: mine });
  }
  const own = cases.filter((i) => !i.source);
  if (own.length) groups.push({ key: 'resident', label: WORK_STRINGS.fromResident, items: own });
  return groups;
}
