/** Contract of work.evidence: the evidence photos of a legal-aid pre-application, for the office deciding it. */
import * as v from 'valibot';
import { RequestIdSchema } from './work';

/** work.evidence: links to the photos of one application; each call is one view in the audit log. */
export const EvidenceInputSchema = v.strictObject({ id: RequestIdSchema });
/** Reply of work.evidence. */
export interface EvidenceData {
  /** One link per photo still stored, in the order the applicant added them. */
  photos: Array<{ url: string }>;
  /** How long the links work, in seconds (cloud links expire; a later look asks again, and is logged again). */
  expiresInS: number;
}
