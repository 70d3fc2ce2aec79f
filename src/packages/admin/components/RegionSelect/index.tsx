/**
 * 区域选择 of the admin pages: the admin's own region first, then county → township (→ village) as chips, each
 * level asked of admin.regions once a region above it is picked.
 */
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { RegionsData } from '~/types/api';
import { STRINGS } from './strings';
import { useRegions } from './useRegions';

export { clearRegionCache, useRegions } from './useRegions';

/** How deep the select goes: a township (lists, plates) or a village (a new post). */
export type RegionDepth = 'township' | 'village';

/** Props of RegionSelect. */
export interface RegionSelectProps {
  /** The selected code; null means the admin's whole scope. */
  selected: string | null;
  onSelect: (code: string | null, name: string) => void;
  depth: RegionDepth;
  /** Told the admin's own region once it is known. */
  onScope?: (scope: RegionsData['parent']) => void;
}

const MAX_LENGTH: Record<RegionDepth, number> = { township: 9, village: 12 };

/** The picked codes between the scope and `selected`, top down (the city's counties share its 6-digit length). */
export function chainOf(scope: string, selected: string | null): string[] {
  if (!selected) return [];
  return [6, 9, 12]
    .filter((len) => len <= selected.length)
    .map((len) => selected.slice(0, len))
    .filter((code) => code.length > scope.length || (code.length === scope.length && code !== scope));
}

function Level({
  parent,
  selected,
  onSelect,
}: {
  parent: string | null;
  selected: string | null;
  onSelect: RegionSelectProps['onSelect'];
}) {
  const { data, error } = useRegions(parent);
  if (error) return <Text className="muted region-failed">{`${STRINGS.failed}：${error}`}</Text>;
  if (!data) return <Text className="muted region-loading">{STRINGS.loading}</Text>;
  if (data.regions.length === 0) return null;
  const level = STRINGS.levels[data.regions[0].level] ?? '';
  return (
    <>
      <Text className="muted region-sub">{STRINGS.choose(level)}</Text>
      <View className="chips">
        {data.regions.map((r) => (
          <View
            key={r.code}
            className={`chip region-option${selected?.startsWith(r.code) ? ' chip-on' : ''}`}
            onClick={() => onSelect(r.code, r.name)}
          >
            <Text>{r.name}</Text>
          </View>
        ))}
      </View>
    </>
  );
}

/** The chips (class `region-own`, then `region-option` per child region). */
export function RegionSelect({ selected, onSelect, depth, onScope }: RegionSelectProps) {
  const root = useRegions(null);
  const scope = root.data?.parent ?? null;
  useEffect(() => {
    if (scope && onScope) onScope(scope);
  }, [scope, onScope]);
  const chain = scope ? chainOf(scope.code, selected) : [];
  const parents = scope ? [scope.code, ...chain].filter((code) => code.length < MAX_LENGTH[depth]) : [];

  return (
    <View className="region-select">
      {root.error ? <Text className="muted region-failed">{`${STRINGS.failed}：${root.error}`}</Text> : null}
      {!root.data && !root.error ? <Text className="muted region-loading">{STRINGS.loading}</Text> : null}
      {scope ? (
        <View className="chips">
          <View
            className={`chip region-own${selected === null ? ' chip-on' : ''}`}
            onClick={() => onSelect(null, scope.name)}
          >
            <Text>{STRINGS.own(scope.name)}</Text>
          </View>
        </View>
      ) : null}
      {parents.map((code) => (
        <Level key={code} parent={code === scope?.code ? null : code} selected={selected} onSelect={onSelect} />
      ))}
    </View>
  );
}
