/**
 * work.evidence: the evidence photos (证明材料) of a legal-aid pre-application, to the staff of the office it is
 * assigned to only (as work.reveal), through links that live minutes. Each call is written to the audit log before
 * any link leaves, the way reveals of ID numbers are.
 */
import { EvidenceInputSchema, type EvidenceData } from '~/types/api/evidence';
import { writeAudit } from '../audit/write';
import { PLAIN_EVIDENCE, photoIdsOf } from '../requests/evidence';
import { assignedStaffLook } from './route';

/** How long links are said to work: cloud links live 5 minutes (functions/evidence-files.ts), local ones too. */
export const EVIDENCE_LINK_S = 300;

/** work.evidence. */
export const evidence = assignedStaffLook(EvidenceInputSchema, async (ctx, _input, c): Promise<EvidenceData> => {
  const ids = photoIdsOf(c.rec);
  if (ids.length === 0) return { photos: [], expiresInS: EVIDENCE_LINK_S };
  // Logged before the links leave: a view that is not on record never happens.
  await writeAudit(ctx, { action: 'view.photos', record: c.rec.id, detail: `${ids.length}张` });
  const urls = await (ctx.evidence ?? PLAIN_EVIDENCE).viewUrls(ids, c.openid);
  return {
    photos: ids.flatMap((id) => (urls.has(id) ? [{ url: urls.get(id) as string }] : [])),
    expiresInS: EVIDENCE_LINK_S,
  };
});
