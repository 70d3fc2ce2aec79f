/** The import template (导入模板): the header row of IMPORT_COLUMNS, as a CSV Excel opens with Chinese intact. */
import { IMPORT_COLUMNS } from '~/types/api';
import { STRINGS } from './strings';

/** The template's text: a UTF-8 BOM (so Excel reads it as UTF-8) and the header. */
export const TEMPLATE_CSV = '\uFEFF' + IMPORT_COLUMNS.join(',') + '\r\n';

/** H5: saves the template as 先锋岗导入模板.csv through a Blob link. */
export function downloadTemplate(): void {
  const blob = new Blob([TEMPLATE_CSV], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = STRINGS.templateName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the Blob to the download; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
