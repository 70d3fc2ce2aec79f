/** Choosing a place without location: a county, then one of its townships; one big row each. */
import { Button, Text, View } from '@tarojs/components';
import type { TownshipsData } from '~/types/api';
import { STRINGS } from './strings';

/** Props of TownshipPicker. */
export interface TownshipPickerProps {
  tree: TownshipsData;
  county: string | null;
  onCounty: (code: string | null) => void;
  onTownship: (code: string, name: string) => void;
}

/** Counties first; once one is chosen, its townships. */
export function TownshipPicker({ tree, county, onCounty, onTownship }: TownshipPickerProps) {
  const chosen = tree.counties.find((c) => c.code === county);
  if (!chosen) {
    return (
      <View className="township-picker">
        <Text className="section-title">{STRINGS.chooseCounty}</Text>
        {tree.counties.map((c) => (
          <Button key={c.code} className="btn btn-secondary county-option" onClick={() => onCounty(c.code)}>
            {c.name}
          </Button>
        ))}
      </View>
    );
  }
  return (
    <View className="township-picker">
      <Text className="section-title">{`${chosen.name} · ${STRINGS.chooseTownship}`}</Text>
      {chosen.townships.map((t) => (
        <Button key={t.code} className="btn btn-secondary township-option" onClick={() => onTownship(t.code, t.name)}>
          {t.name}
        </Button>
      ))}
      <Button className="btn township-back" onClick={() => onCounty(null)}>
        {STRINGS.back}
      </Button>
    </View>
  );
}
