/** The breadcrumb trail (城市 › 县区 › 乡镇 › 村 › 先锋岗): every crumb but the last goes up to it. */
import { Text, View } from '@tarojs/components';
import type { Crumb } from '~/types/api/dashboard';
import { STRINGS } from './strings';

/** Props of Trail. */
export interface TrailProps {
  trail: Crumb[];
  /** Called with a crumb above the current subject, and whether it is the first (the admin's scope). */
  onUp: (crumb: Crumb, isScope: boolean) => void;
}

/** The trail. */
export function Trail({ trail, onUp }: TrailProps) {
  const last = trail.length - 1;
  return (
    <View className="trail" ariaLabel={STRINGS.trail}>
      {trail.map((c, i) => (
        <View key={c.id} className="trail-item">
          {i > 0 ? <Text className="trail-sep">›</Text> : null}
          {i < last ? (
            <Text className="trail-crumb trail-link" onClick={() => onUp(c, i === 0)}>
              {c.name}
            </Text>
          ) : (
            <Text className="trail-crumb trail-here">{c.name}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
