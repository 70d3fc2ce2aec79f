/** The four headline figures, each with its change from the previous period of the same length. */
import { Text, View } from '@tarojs/components';
import type { Figures } from '~/types/api/dashboard';
import { circleShare, countChange, countText, shareChange, shareText, type Change } from './format';
import { STRINGS } from './strings';

/** Props of FigureCard. */
export interface FigureCardProps {
  /** The card's own class, e.g. `figure-scans`. */
  className: string;
  label: string;
  value: string;
  /** The change from the previous period, when there is one to show. */
  change?: Change | null;
  /** Said instead of a change where the periods do not compare (昨天全天 …). */
  reference?: string;
}

/** One headline figure (class `figure-card`): its label, its value and, if given, its change or a reference. */
export function FigureCard({ className, label, value, change, reference }: FigureCardProps) {
  return (
    <View className={`figure-card ${className}`}>
      <Text className="figure-label">{label}</Text>
      <Text className="figure-value">{value}</Text>
      {reference ? <Text className="figure-change change-reference">{reference}</Text> : null}
      {change && !reference ? (
        <Text className={`figure-change change-${change.trend}`}>{`${STRINGS.vsPrevious} ${change.text}`}</Text>
      ) : null}
    </View>
  );
}

/** The counted figures, in their order (each card's class is `figure-<field>`). */
const COUNTS = ['scans', 'visitors', 'requests'] as const;

/**
 * The cards: 扫码次数, 访客人次, 诉求, 圈内扫码占比. For 今天 (`partialDay`) the counts are of the day so far, and a
 * change from all of yesterday always read as a drop (较上期 ↓28% at noon): yesterday's whole-day count is given beside
 * them instead. A share compares fairly and keeps its change.
 */
export function FigureCards({ now, before, partialDay }: { now: Figures; before: Figures; partialDay: boolean }) {
  const share = circleShare(now);
  return (
    <View className="figure-cards">
      {COUNTS.map((key) => (
        <FigureCard
          key={key}
          className={`figure-${key}`}
          label={STRINGS.figures[key]}
          value={countText(now[key])}
          change={partialDay ? null : countChange(now[key], before[key])}
          reference={partialDay ? STRINGS.yesterdayAll(countText(before[key])) : undefined}
        />
      ))}
      <FigureCard
        className="figure-in-circle"
        label={STRINGS.figures.inCircle}
        value={shareText(share)}
        change={shareChange(share, circleShare(before))}
      />
    </View>
  );
}
