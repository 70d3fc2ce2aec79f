/**
 * Client validation from the shared contract schemas (types/api): the form checks a value with the very schema
 * the server will check it with, so the message the user sees first is the one the server would send.
 */
import * as v from 'valibot';

/** Null when `value` passes `schema` (e.g. `AnswerInputSchema.entries.text`), else the first issue's message. */
export function checkValue(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value);
  return result.success ? null : result.issues[0].message;
}
