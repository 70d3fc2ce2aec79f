/** Links to the evidence photos of a legal-aid application; every call is a view in the server's audit log. */
import type { EvidenceData } from '~/types/api';
import { callCloud } from '../cloud';

/** The photos of request `id`, for the office deciding it. */
export function fetchEvidence(id: string): Promise<EvidenceData> {
  return callCloud('work', 'evidence', { id });
}
