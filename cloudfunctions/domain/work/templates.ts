/** work.templates, work.saveTemplate, work.deleteTemplate: built-in answer templates, then the caller's own. */
import { randomBytes } from 'node:crypto';
import {
  DeleteTemplateInputSchema,
  MAX_TEMPLATES,
  SaveTemplateInputSchema,
  TemplatesInputSchema,
  type AnswerTemplate,
} from '~/types/api/work';
import { AppError } from '~/types/errors';
import builtIn from '~/data/answer-templates.json';
import type { TemplateRow } from '../../store/port';
import type { Route } from '../context';
import { guideExists } from './guides';
import { checkText, workerOf } from './load';
import { WORKERS } from './route';
import { WORK_TEXT } from './texts';
import { requestDigest } from '../request-once';

/** The built-in templates (data/answer-templates.json). */
export const BUILT_IN_TEMPLATES: readonly AnswerTemplate[] = builtIn.templates.map((t) => ({ ...t, builtIn: true }));

const own = (row: TemplateRow): AnswerTemplate => ({
  id: row.id,
  title: row.title,
  text: row.text,
  guideIds: row.guideIds,
  builtIn: false,
});

/** work.templates. */
export const templates: Route<typeof TemplatesInputSchema, { templates: AnswerTemplate[] }> = {
  schema: TemplatesInputSchema,
  roles: WORKERS,
  async handle(ctx) {
    const { openid } = workerOf(ctx);
    const rows = await ctx.store.templates.forOwner(openid);
    return { templates: [...BUILT_IN_TEMPLATES, ...rows.map(own)] };
  },
};

/** work.saveTemplate: at most MAX_TEMPLATES own templates. */
export const saveTemplate: Route<typeof SaveTemplateInputSchema, AnswerTemplate> = {
  schema: SaveTemplateInputSchema,
  roles: WORKERS,
  perMinute: 20,
  async handle(ctx, input) {
    const { openid } = workerOf(ctx);
    const guideIds = [...new Set(input.guideIds)];
    if (!guideIds.every(guideExists)) throw new AppError('INVALID_INPUT', WORK_TEXT.guideMissing);
    // With a requestId the id is the submission's own (request-once.ts): a double tap or a retry stores the same
    // template again (put replaces by id) and answers it, never a second copy.
    const id = input.requestId
      ? `t${requestDigest({ openid, requestId: input.requestId, content: [input.title, input.text, guideIds] }).slice(0, 24)}`
      : `t${randomBytes(12).toString('hex')}`;
    const mine = await ctx.store.templates.forOwner(openid);
    const same = mine.find((t) => t.id === id);
    if (same) return own(same);
    if (mine.length >= MAX_TEMPLATES) throw new AppError('LIMIT_REACHED');
    await checkText(ctx, openid, input.title, input.text);
    const row: TemplateRow = {
      id,
      owner: openid,
      title: input.title,
      text: input.text,
      guideIds,
      createdAt: ctx.now(),
    };
    await ctx.store.templates.put(row);
    return own(row);
  },
};

/** work.deleteTemplate: only one's own. */
export const deleteTemplate: Route<typeof DeleteTemplateInputSchema, { deleted: boolean }> = {
  schema: DeleteTemplateInputSchema,
  roles: WORKERS,
  perMinute: 20,
  async handle(ctx, input) {
    const { openid } = workerOf(ctx);
    return { deleted: await ctx.store.templates.delete(openid, input.id) };
  },
};
