/**
 * 证明材料 for the office deciding a legal-aid application: shown only on ask, after saying the view is recorded
 * (work.evidence logs each view), as thumbnails that open full size. The links expire within minutes; asking again
 * is another recorded view.
 */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { confirmFirst } from '~/src/components/confirmFirst';
import { useState } from 'react';
import type { WorkDetail } from '~/types/api';
import { fetchEvidence } from '~/src/services/work/fetchEvidence';
import { useSave } from '../../shared/useSave';
import { STRINGS } from './strings';

/** The card (class `case-evidence`); nothing unless the caller decides this application and it has photos. */
export function EvidencePhotos({ detail }: { detail: WorkDetail }) {
  const [urls, setUrls] = useState<string[] | null>(null);
  const { busy, error, save } = useSave();
  const hasPhotos = detail.fields.some((f) => f.label === STRINGS.evidenceLabel);
  if (detail.kind !== 'aid' || !detail.actions.includes('reveal') || !hasPhotos) return null;

  const open = async () => {
    const ok = await confirmFirst({ title: STRINGS.evidenceShow, content: STRINGS.revealConfirm });
    if (!ok || busy) return;
    await save(async () => {
      const res = await fetchEvidence(detail.id);
      setUrls(res.photos.map((p) => p.url));
    });
  };

  return (
    <View className="card case-evidence">
      <Text className="section-title">{STRINGS.evidenceLabel}</Text>
      {urls === null ? (
        <Button
          className="btn btn-secondary evidence-show"
          {...(busy ? { disabled: true } : {})}
          onClick={() => void open()}
        >
          {STRINGS.evidenceShow}
        </Button>
      ) : urls.length === 0 ? (
        <Text className="muted evidence-none">{STRINGS.evidenceNone}</Text>
      ) : (
        <View className="evidence-list">
          {urls.map((url) => (
            <Image
              key={url}
              className="evidence-photo"
              src={url}
              mode="aspectFill"
              onClick={() => void Taro.previewImage({ urls, current: url }).catch(() => undefined)}
            />
          ))}
        </View>
      )}
      {error ? <Text className="form-error evidence-error">{error}</Text> : null}
    </View>
  );
}
