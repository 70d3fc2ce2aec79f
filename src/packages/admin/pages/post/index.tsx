/** 先锋岗详情 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>先锋岗详情</View>;
}
