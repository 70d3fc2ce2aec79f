/** The filters of 岗位管理: region, name search, status chips and 无志愿者. */
import { Text, View } from '@tarojs/components';
import { RegionSelect } from '../../components/RegionSelect';
import { SearchBar } from '../../components/SearchBar';
import { STRINGS } from './strings';
import type { PostFilters } from './usePostList';

const STATUSES = Object.keys(STRINGS.statuses) as PostFilters['status'][];
// The list's search keeps the classes it was first styled with.
const SEARCH = { row: 'search-row', input: 'search-input', button: 'btn btn-primary search-button' };

/** Props of Filters. */
export interface FiltersProps {
  filters: PostFilters;
  onChange: (next: Partial<PostFilters>) => void;
  /** Told the admin's own region once known. */
  onScope?: (scope: { code: string; name: string }) => void;
}

/** The filter card (class `post-filters`). */
export function Filters({ filters, onChange, onScope }: FiltersProps) {
  return (
    <View className="card post-filters">
      <Text className="field-label">{STRINGS.region}</Text>
      <RegionSelect
        depth="township"
        selected={filters.regionCode}
        onSelect={(code) => onChange({ regionCode: code })}
        onScope={onScope}
      />
      <SearchBar
        classes={SEARCH}
        placeholder={STRINGS.searchHint}
        initial={filters.q}
        searchKey
        onSearch={(q) => onChange({ q })}
      />
      <View className="chips">
        {STATUSES.map((s) => (
          <View
            key={s}
            className={`chip status-option${filters.status === s ? ' chip-on' : ''}`}
            onClick={() => onChange({ status: s })}
          >
            <Text>{STRINGS.statuses[s]}</Text>
          </View>
        ))}
        <View
          className={`chip unserved-option${filters.unserved ? ' chip-on' : ''}`}
          onClick={() => onChange({ unserved: !filters.unserved })}
        >
          <Text>{STRINGS.unserved}</Text>
        </View>
      </View>
    </View>
  );
}
