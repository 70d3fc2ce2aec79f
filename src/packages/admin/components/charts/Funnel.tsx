/** A funnel (e.g. 扫码 → 提交诉求 → 已答复 → 已办结): bars as shares of the first step, each with its conversion. */
import { HBarChart } from './HBarChart';

/** One step of the funnel. */
export interface FunnelStep {
  key: string;
  label: string;
  value: number;
}

/** Props of Funnel. */
export interface FunnelProps {
  steps: FunnelStep[];
  unit: string;
  /** The wording of a step's conversion from the one before, e.g. (p) => `转化 ${p}`. */
  conversion: (pct: string) => string;
}

/** Conversion from `from` to `to` as a percentage with at most one decimal, "—" when nothing came in. */
export function conversionPct(to: number, from: number): string {
  if (from <= 0) return '—';
  const pct = (to / from) * 100;
  return `${pct >= 10 || pct === 0 ? Math.round(pct) : pct.toFixed(1)}%`;
}

/** The funnel. */
export function Funnel({ steps, unit, conversion }: FunnelProps) {
  const first = steps[0]?.value ?? 0;
  return (
    <HBarChart
      className="funnel"
      unit={unit}
      max={first}
      rows={steps.map((s, i) => ({
        ...s,
        note: i === 0 ? undefined : conversion(conversionPct(s.value, steps[i - 1].value)),
      }))}
    />
  );
}
