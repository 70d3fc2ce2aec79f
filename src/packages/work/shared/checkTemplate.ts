/** The check of an answer template before it is saved, by the shared schema (答复, 答复模板). */
import { SaveTemplateInputSchema } from '~/types/api';
import { checkValue } from '~/src/components/forms';

/** The Chinese message of the first bad field (title, then text), or null when both pass. */
export function checkTemplate(title: string, text: string): string | null {
  return (
    checkValue(SaveTemplateInputSchema.entries.title, title) ?? checkValue(SaveTemplateInputSchema.entries.text, text)
  );
}
