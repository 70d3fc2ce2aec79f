/** 导出CSV: asks the server for the table as CSV and saves it the platform's way; toasts the outcome. */
import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ExportInput } from '~/types/api/dashboard';
import { exportCsv } from '~/src/services/admin/exportCsv';
import { CloudError } from '~/src/services/cloud';
import { STRINGS } from './strings';

/** Runs one export and toasts 已导出 or the reason it failed (Chinese). */
export async function runExport(input: ExportInput): Promise<void> {
  try {
    await exportCsv(input);
    await Taro.showToast({ title: STRINGS.exported, icon: 'success' });
  } catch (err) {
    // Server errors carry Chinese; a platform's own failure (English errMsg) gets a plain Chinese one.
    const chinese = err instanceof Error && /[\u4e00-\u9fff]/.test(err.message);
    const title = err instanceof CloudError || chinese ? (err as Error).message : STRINGS.exportFailed;
    await Taro.showToast({ title, icon: 'none' });
  }
}

/** Props of ExportButton. */
export interface ExportButtonProps {
  input: ExportInput;
  label?: string;
  className?: string;
}

/**
 * A small secondary button; a tap while its export runs does nothing. No `disabled` prop: Taro H5 writes
 * disabled="false" on the element, which its stylesheet's [disabled] rule greys out.
 */
export function ExportButton({ input, label = STRINGS.export, className }: ExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    await runExport(input);
    setBusy(false);
  };
  return (
    <Button
      className={['btn btn-secondary export-button', `export-${input.table}`, className].filter(Boolean).join(' ')}
      onClick={() => void run()}
    >
      {busy ? STRINGS.exporting : label}
    </Button>
  );
}
