/** 人员管理 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>人员管理</View>;
}
