/** 打印二维码牌 (placeholder until built). */
import { View } from '@tarojs/components';

export default function Page() {
  return <View>打印二维码牌</View>;
}
