/** 岗位管理 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>岗位管理</View>;
}
