/** 证明材料（可不传）: up to MAX_PHOTOS evidence photos, uploaded as soon as they are picked; ids live in the draft. */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '~/types/api';
import { CloudError } from '~/src/services/cloudError';
import { photoSrc, uploadPhoto } from '~/src/services/requests/uploadPhoto';
import { STRINGS } from './strings';
import './photos.scss';

/** Props of PhotoPicker. */
export interface PhotoPickerProps {
  photos: string[];
  onChange: (photos: string[]) => void;
}

type Picked = { path: string; size?: number; type?: string };

// What the upload takes (the server checks the bytes too). H5's picker reports the file's type; a browser lets
// a resident pick any file there, and a PDF or a Word file must be named as such, not fail as "上传失败".
const IMAGE_TYPES = /^image\/(jpeg|jpg|png)$/i;
const notAnImage = (file: Picked) => typeof file.type === 'string' && file.type !== '' && !IMAGE_TYPES.test(file.type);

/** The message of a failed upload: the server's own (e.g. 只能上传 JPG 或 PNG 图片), or a retry for the network. */
function uploadError(err: unknown): string {
  return err instanceof CloudError && err.code !== 'NETWORK' && err.code !== 'INTERNAL'
    ? err.message
    : STRINGS.photoFailed;
}

// WeChat refuses album and camera until the privacy guide is agreed to (errno 104/112, "privacy" in errMsg).
function isPrivacyRefusal(err: unknown): boolean {
  const e = err as { errMsg?: unknown; errno?: unknown } | null;
  return e?.errno === 104 || e?.errno === 112 || (typeof e?.errMsg === 'string' && /privacy/i.test(e.errMsg));
}

/** The photo section of the pre-application form. */
export function PhotoPicker({ photos, onChange }: PhotoPickerProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Uploads finish one after another; each adds to the newest list, not to the one of the tap.
  const latest = useRef(photos);
  latest.current = photos;
  const set = (next: string[]) => {
    latest.current = next;
    onChange(next);
  };

  async function add() {
    setError(null);
    let picked: Picked[];
    try {
      const res = await Taro.chooseImage({
        count: MAX_PHOTOS - photos.length,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      picked = res.tempFiles?.length ? res.tempFiles : res.tempFilePaths.map((path) => ({ path }));
    } catch (err) {
      // A cancelled picker is not an error worth a word.
      if (isPrivacyRefusal(err)) setError(STRINGS.photoPrivacy);
      return;
    }
    setBusy(true);
    for (const file of picked.slice(0, MAX_PHOTOS - latest.current.length)) {
      if (notAnImage(file)) {
        setError(STRINGS.photoNotImage);
        continue;
      }
      if (file.size !== undefined && file.size > MAX_PHOTO_BYTES) {
        setError(STRINGS.photoTooLarge);
        continue;
      }
      try {
        set([...latest.current, await uploadPhoto(file.path)]);
      } catch (err) {
        setError(uploadError(err));
      }
    }
    setBusy(false);
  }

  return (
    <View className="field photo-field">
      <Text className="field-label">{STRINGS.photos}</Text>
      <Text className="muted photo-hint">{STRINGS.photosHint}</Text>
      <View className="photo-list">
        {photos.map((id) => (
          <View key={id} className="photo-item">
            <Image className="photo-thumb" src={photoSrc(id)} mode="aspectFill" />
            <Button className="btn btn-secondary photo-remove" onClick={() => set(photos.filter((p) => p !== id))}>
              {STRINGS.photoRemove}
            </Button>
          </View>
        ))}
      </View>
      {busy ? <Text className="muted photo-uploading">{STRINGS.photoUploading}</Text> : null}
      {error ? <Text className="form-error photo-error">{error}</Text> : null}
      {!busy && photos.length < MAX_PHOTOS ? (
        <Button className="btn btn-secondary photo-add" onClick={() => void add()}>
          {STRINGS.photoAdd}
        </Button>
      ) : null}
    </View>
  );
}
