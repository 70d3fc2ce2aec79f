/** The import template (导入模板): the header row of IMPORT_COLUMNS, as a CSV Excel opens with Chinese intact. */
import { IMPORT_COLUMNS } from '~/types/api';
import { saveCsv } from '~/src/services/admin/download';
import { STRINGS } from './strings';

/** The template's text: a UTF-8 BOM (so Excel reads it as UTF-8) and the header. */
export const TEMPLATE_CSV = '\uFEFF' + IMPORT_COLUMNS.join(',') + '\r\n';

/** H5: saves the template as 先锋岗导入模板.csv (a Blob link, as every CSV the admin pages save). */
export function downloadTemplate(): void {
  void saveCsv(STRINGS.templateName, TEMPLATE_CSV);
}
