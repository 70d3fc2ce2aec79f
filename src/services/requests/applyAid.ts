/** A legal-aid pre-application (法律援助预申请); the legal-aid office decides. */
import type { AidInput, SubmitReply } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends a pre-application; sending the same clientId again creates nothing new. */
export function applyAid(input: AidInput): Promise<SubmitReply> {
  return callCloud('resident', 'applyAid', input);
}
