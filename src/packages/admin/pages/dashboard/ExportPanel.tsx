/** A wide panel over one of the dashboard's tables, with 导出CSV of that table for the subject and period shown. */
import type { ReactNode } from 'react';
import type { ExportInput, PeriodInput } from '~/types/api/dashboard';
import { ExportButton } from './ExportButton';
import { Panel } from './Panel';

/** Props of ExportPanel. */
export interface ExportPanelProps {
  table: ExportInput['table'];
  subject: string;
  period: PeriodInput;
  /** The panel's class; `<table>-panel` when not given. */
  className?: string;
  title: string;
  children?: ReactNode;
}

/** The panel. */
export function ExportPanel({ table, subject, period, className, title, children }: ExportPanelProps) {
  return (
    <Panel
      wide
      className={className ?? `${table}-panel`}
      title={title}
      action={<ExportButton input={{ table, subject, period }} />}
    >
      {children}
    </Panel>
  );
}
