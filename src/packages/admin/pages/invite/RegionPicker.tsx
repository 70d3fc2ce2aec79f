/** 所属区域: the admin's own region, or a county / township inside it (from resident.townships). */
import { Text, View } from '@tarojs/components';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchTownships } from '~/src/services/admin/fetchTownships';
import { STRINGS } from './strings';

/** True when region `code` lies inside `scope` (the city 220800 holds every 2208… code). */
export function inScope(scope: string, code: string): boolean {
  const prefix = scope.length === 6 && scope.endsWith('00') ? scope.slice(0, 4) : scope;
  return code.startsWith(prefix);
}

/** Props of RegionPicker. */
export interface RegionPickerProps {
  scope: { code: string; name: string };
  selected: string;
  onSelect: (code: string, name: string) => void;
}

/** A region as the picker shows it. */
type Region = { code: string; name: string };

function Chip({ on, label, className, onTap }: { on: boolean; label: string; className: string; onTap: () => void }) {
  return (
    <View className={`chip ${className}${on ? ' chip-on' : ''}`} onClick={onTap}>
      <Text>{label}</Text>
    </View>
  );
}

/** One level of regions under the scope (counties, or a county's townships): a title and a chip each. */
function Level(p: { title: string; regions: readonly Region[]; chipClass: string } & Omit<RegionPickerProps, 'scope'>) {
  if (p.regions.length === 0) return null;
  return (
    <>
      <Text className="muted region-sub">{p.title}</Text>
      <View className="chips">
        {p.regions.map((r) => (
          <Chip
            key={r.code}
            on={p.selected === r.code}
            label={r.name}
            className={p.chipClass}
            onTap={() => p.onSelect(r.code, r.name)}
          />
        ))}
      </View>
    </>
  );
}

/** Own region first; then the counties in scope; then the townships of the chosen (or only) county. */
export function RegionPicker({ scope, selected, onSelect }: RegionPickerProps) {
  const { data: tree, error } = useRemote(fetchTownships, []);
  const failed = error !== null;
  const pick = { selected, onSelect };

  // A township admin's scope has no county or township to pick below it.
  const counties = (tree?.counties ?? [])
    .filter((c) => inScope(scope.code, c.code) || inScope(c.code, scope.code))
    .map((c) => ({ ...c, townships: c.townships.filter((t) => inScope(scope.code, t.code)) }));
  const pickable = counties.filter((c) => c.code !== scope.code && inScope(scope.code, c.code));
  const county =
    counties.find((c) => selected.startsWith(c.code.slice(0, 6))) ?? (counties.length === 1 ? counties[0] : null);
  const townships = county?.townships.filter((t) => t.code !== scope.code) ?? [];

  return (
    <View className="region-picker">
      <View className="chips">
        <Chip
          on={selected === scope.code}
          label={STRINGS.ownRegion(scope.name)}
          className="region-own"
          onTap={() => onSelect(scope.code, scope.name)}
        />
      </View>
      {failed ? <Text className="muted">{STRINGS.townshipsFailed}</Text> : null}
      {!tree && !failed ? <Text className="muted">{STRINGS.loadingTownships}</Text> : null}
      <Level title={STRINGS.chooseCounty} regions={pickable} chipClass="county-option" {...pick} />
      <Level title={STRINGS.chooseTownship} regions={townships} chipClass="township-option" {...pick} />
    </View>
  );
}
