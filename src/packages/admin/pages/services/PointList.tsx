/** The service points of the scope, each with its kind, region, phone and the channels it serves. */
import { Button, Text, View } from '@tarojs/components';
import type { AdminServicePoint } from '~/types/api';
import { EDITABLE_SERVICE_KINDS, SERVICE_CHANNELS } from '~/types/services';
import { STRINGS } from './strings';

const kindLabel = (kind: string) => (EDITABLE_SERVICE_KINDS as Record<string, string>)[kind] ?? kind;

/** The list (class `point-list`); `onEdit` opens the form on a point. */
export function PointList({ points, onEdit }: { points: AdminServicePoint[]; onEdit: (p: AdminServicePoint) => void }) {
  if (points.length === 0) return <Text className="muted points-empty">{STRINGS.empty}</Text>;
  return (
    <View className="point-list">
      {points.map((p) => (
        <View key={p.id} className="card record-row point-row">
          <Text className="record-name point-name">{p.name}</Text>
          <Text className="muted point-meta">{`${kindLabel(p.kind)} · ${p.regionName} · ${p.phone}`}</Text>
          <Text className="point-channels">
            {p.channels.length > 0 ? p.channels.map((c) => SERVICE_CHANNELS[c]).join('、') : STRINGS.channelsNone}
          </Text>
          {p.editable ? (
            <Button className="btn btn-secondary point-edit" onClick={() => onEdit(p)}>
              {STRINGS.edit}
            </Button>
          ) : (
            <Text className="muted">{STRINGS.cityOnly}</Text>
          )}
        </View>
      ))}
    </View>
  );
}
