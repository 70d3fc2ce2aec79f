/** 批量导入 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>批量导入</View>;
}
