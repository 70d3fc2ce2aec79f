/** One QR plate (二维码牌): the title, the QR code, the post's name and village, and the slogan large. */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Plate } from '~/types/api';
import { STRINGS } from './strings';

/** Props of PlateCard. */
export interface PlateCardProps {
  plate: Plate;
  slogan: string;
  /** On WeChat: a 保存二维码 button (preview, then long-press to save). */
  canSave: boolean;
}

/** The card (class `plate`). */
export function PlateCard({ plate, slogan, canSave }: PlateCardProps) {
  const save = () => {
    Taro.previewImage({ urls: [plate.imageUrl], current: plate.imageUrl }).catch(() => undefined);
  };
  return (
    <View className="plate">
      <Text className="plate-title">{STRINGS.plateTitle}</Text>
      <Image className="plate-qr" src={plate.imageUrl} mode="scaleToFill" />
      <Text className="plate-name">{plate.name}</Text>
      <Text className="plate-village place-line">{STRINGS.where(plate.townshipName, plate.villageName)}</Text>
      <Text className="plate-slogan">{STRINGS.slogan(slogan)}</Text>
      {canSave ? (
        <Button className="btn btn-secondary plate-save no-print" onClick={save}>
          {STRINGS.save}
        </Button>
      ) : null}
    </View>
  );
}
