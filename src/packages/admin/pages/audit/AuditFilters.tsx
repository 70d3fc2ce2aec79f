/** The audit log's filters: a kind chip row and a date range (both optional). */
import { Picker, Text, View } from '@tarojs/components';
import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditKind } from '~/types/audit';
import { STRINGS } from './strings';

/** What the list is filtered by. */
export interface AuditFilter {
  kind?: AuditKind;
  /** yyyymmdd, CST. */
  from?: string;
  to?: string;
}

const dashed = (k: string) => `${k.slice(0, 4)}-${k.slice(4, 6)}-${k.slice(6, 8)}`;
const undashed = (d: string) => d.replace(/-/g, '');

function DayPicker(props: { label: string; value?: string; className: string; onPick: (key: string) => void }) {
  return (
    <View className={`audit-day ${props.className}`}>
      <Text className="audit-day-label">{props.label}</Text>
      <Picker
        mode="date"
        value={props.value ? dashed(props.value) : ''}
        onChange={(e) => props.onPick(undashed(String(e.detail.value)))}
      >
        <View className="field-picker audit-day-value">
          <Text>{props.value ? dashed(props.value) : STRINGS.pickDay}</Text>
        </View>
      </Picker>
    </View>
  );
}

/** The filter card. */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (f: AuditFilter) => void }) {
  const chip = (kind: AuditKind | undefined, label: string) => (
    <View
      key={kind ?? 'all'}
      className={`chip audit-kind${filter.kind === kind ? ' chip-on' : ''}`}
      ariaRole="button"
      onClick={() => onChange({ ...filter, kind })}
    >
      <Text>{label}</Text>
    </View>
  );
  return (
    <View className="card audit-filters">
      <View className="audit-kinds">
        {chip(undefined, STRINGS.all)}
        {AUDIT_KINDS.map((k) => chip(k, AUDIT_KIND_LABELS[k]))}
      </View>
      <View className="audit-days">
        <DayPicker
          label={STRINGS.from}
          value={filter.from}
          className="audit-from"
          onPick={(from) => onChange({ ...filter, from })}
        />
        <DayPicker
          label={STRINGS.to}
          value={filter.to}
          className="audit-to"
          onPick={(to) => onChange({ ...filter, to })}
        />
      </View>
      {filter.from || filter.to ? (
        <Text className="audit-clear" onClick={() => onChange({ kind: filter.kind })}>
          {STRINGS.clear}
        </Text>
      ) : null}
    </View>
  );
}
