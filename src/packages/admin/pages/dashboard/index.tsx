/** 统计看板 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>统计看板</View>;
}
