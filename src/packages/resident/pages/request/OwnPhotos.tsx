/** The resident's own evidence photos on their request: thumbnails, tap to see one full size. */
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { photoSrc } from '~/src/services/requests/uploadPhoto';
import { STRINGS } from './strings';

/** Thumbnails of `photos` (the caller's own file ids); nothing when there are none. */
export function OwnPhotos({ photos }: { photos: string[] }) {
  if (photos.length === 0) return null;
  const urls = photos.map(photoSrc);
  const show = (current: string) => void Taro.previewImage({ current, urls }).catch(() => undefined);
  return (
    <View className="card own-photos">
      <Text className="section-title">{STRINGS.ownPhotos}</Text>
      <View className="photo-list">
        {urls.map((src) => (
          <Image key={src} className="photo-thumb own-photo" src={src} mode="aspectFill" onClick={() => show(src)} />
        ))}
      </View>
    </View>
  );
}
