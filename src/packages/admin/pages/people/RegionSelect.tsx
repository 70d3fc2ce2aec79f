/** 区域: the admin's scope by default; drill city → county → township with admin.regions, or back up a level. */
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { RegionsData } from '~/types/api';
import { fetchRegions } from '~/src/services/admin/fetchRegions';
import { STRINGS } from './strings';

/** A region as the page keeps it. */
export interface RegionChoice {
  code: string;
  name: string;
}

/** Props of RegionSelect. */
export interface RegionSelectProps {
  scope: RegionChoice;
  onSelect: (region: RegionChoice) => void;
}

// People are listed down to a township; its villages would split the list too finely.
const DEEPEST = 'township';

/** The trail from the scope to the chosen region (class `region-trail`) and the children chips (`region-option`). */
export function RegionSelect({ scope, onSelect }: RegionSelectProps) {
  const [trail, setTrail] = useState<RegionChoice[]>([scope]);
  const [children, setChildren] = useState<RegionsData['regions'] | null>(null);
  const [failed, setFailed] = useState(false);
  const current = trail[trail.length - 1];

  useEffect(() => {
    let live = true;
    setChildren(null);
    setFailed(false);
    // The scope's own children come without a parent code: the server knows the scope.
    fetchRegions(current.code === scope.code ? undefined : current.code).then(
      (data) => live && setChildren(data.parent.level === DEEPEST ? [] : data.regions),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [current.code, scope.code]);

  const go = (next: RegionChoice[]) => {
    setTrail(next);
    onSelect(next[next.length - 1]);
  };

  return (
    <View className="region-select">
      <Text className="region-trail">
        {[STRINGS.own(scope.name), ...trail.slice(1).map((r) => r.name)].join(' › ')}
      </Text>
      <View className="chips">
        {trail.length > 1 ? (
          <View className="chip region-up" onClick={() => go(trail.slice(0, -1))}>
            <Text>{STRINGS.up}</Text>
          </View>
        ) : null}
        {(children ?? []).map((r) => (
          <View
            key={r.code}
            className="chip region-option"
            onClick={() => go([...trail, { code: r.code, name: r.name }])}
          >
            <Text>{r.name}</Text>
          </View>
        ))}
      </View>
      {!children && !failed ? <Text className="muted">{STRINGS.regionsLoading}</Text> : null}
      {failed ? <Text className="muted">{STRINGS.regionsFailed}</Text> : null}
    </View>
  );
}
