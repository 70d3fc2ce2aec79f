/** The plot's and the map's legend: what each colour means. */
import { Text, View } from '@tarojs/components';
import { STRINGS } from './strings';

/** What the colours mean. */
export function Legend() {
  return (
    <View className="plot-legend">
      <View className="legend-item">
        <View className="legend-mark legend-post" />
        <Text className="legend-text">{STRINGS.legend.post}</Text>
      </View>
      <View className="legend-item">
        <View className="legend-mark legend-village" />
        <Text className="legend-text">{STRINGS.legend.village}</Text>
      </View>
      <View className="legend-item">
        <View className="legend-mark legend-suggest" />
        <Text className="legend-text">{STRINGS.legend.suggest}</Text>
      </View>
    </View>
  );
}
