/** 服务圈覆盖 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>服务圈覆盖</View>;
}
