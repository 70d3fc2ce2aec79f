/** The four headline figures, each with its change from the previous period of the same length. */
import { Text, View } from '@tarojs/components';
import type { Figures } from '~/types/api/dashboard';
import { circleShare, countChange, countText, shareChange, shareText, type Change } from './format';
import { STRINGS } from './strings';

function Card({ label, value, change, name }: { label: string; value: string; change: Change | null; name: string }) {
  return (
    <View className={`figure-card figure-${name}`}>
      <Text className="figure-label">{label}</Text>
      <Text className="figure-value">{value}</Text>
      {change ? (
        <Text className={`figure-change change-${change.trend}`}>{`${STRINGS.vsPrevious} ${change.text}`}</Text>
      ) : null}
    </View>
  );
}

/** The cards: 扫码次数, 访客人次, 诉求, 圈内扫码占比. */
export function FigureCards({ now, before }: { now: Figures; before: Figures }) {
  const share = circleShare(now);
  return (
    <View className="figure-cards">
      <Card
        name="scans"
        label={STRINGS.figures.scans}
        value={countText(now.scans)}
        change={countChange(now.scans, before.scans)}
      />
      <Card
        name="visitors"
        label={STRINGS.figures.visitors}
        value={countText(now.visitors)}
        change={countChange(now.visitors, before.visitors)}
      />
      <Card
        name="requests"
        label={STRINGS.figures.requests}
        value={countText(now.requests)}
        change={countChange(now.requests, before.requests)}
      />
      <Card
        name="in-circle"
        label={STRINGS.figures.inCircle}
        value={shareText(share)}
        change={shareChange(share, circleShare(before))}
      />
    </View>
  );
}
