/** A card of the dashboard grid: a title, an optional action (导出CSV) on its right, the content. */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** Props of Panel. */
export interface PanelProps {
  title: string;
  action?: ReactNode;
  className?: string;
  /** Spans both columns on a wide screen. */
  wide?: boolean;
  children?: ReactNode;
}

/** The panel. */
export function Panel({ title, action, className, wide, children }: PanelProps) {
  return (
    <View className={['card', 'panel', wide ? 'panel-wide' : null, className].filter(Boolean).join(' ')}>
      <View className="panel-head">
        <Text className="panel-title">{title}</Text>
        {action}
      </View>
      {children}
    </View>
  );
}
