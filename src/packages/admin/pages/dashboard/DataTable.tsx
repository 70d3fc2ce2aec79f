/**
 * A table built of Views (weapp has no <table>): a header row and a row per item; rows may be tapped. Columns
 * after the first are numbers, right-aligned. Wide tables scroll sideways on a phone.
 */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** One column: its heading and how a row fills it. */
export interface Column<T> {
  title: string;
  cell: (row: T) => ReactNode;
  /** Wider column (names). */
  wide?: boolean;
}

/** Props of DataTable. */
export interface DataTableProps<T> {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  onRowTap?: (row: T) => void;
  /** Extra class per row, e.g. a retired post's. */
  rowClass?: (row: T) => string | undefined;
  className?: string;
}

/** The table. */
export function DataTable<T>({ columns, rows, rowKey, onRowTap, rowClass, className }: DataTableProps<T>) {
  const cellClass = (c: Column<T>) => `table-cell${c.wide ? ' table-cell-wide' : ''}`;
  return (
    <View className={['data-table', className].filter(Boolean).join(' ')}>
      <View className="table-row table-head">
        {columns.map((c) => (
          <Text key={c.title} className={cellClass(c)}>
            {c.title}
          </Text>
        ))}
      </View>
      {rows.map((row) => {
        const extra = rowClass?.(row);
        return (
          <View
            key={rowKey(row)}
            className={['table-row', onRowTap ? 'table-row-link' : null, extra].filter(Boolean).join(' ')}
            ariaRole={onRowTap ? 'button' : undefined}
            onClick={onRowTap ? () => onRowTap(row) : undefined}
          >
            {columns.map((c) => (
              <View key={c.title} className={cellClass(c)}>
                {c.cell(row)}
              </View>
            ))}
          </View>
        );
      })}
    </View>
  );
}
