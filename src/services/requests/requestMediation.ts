/** Asking the village's mediation committee to mediate a dispute (调解申请). */
import type { MediationInput, SubmitReply } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends a mediation request; sending the same clientId again creates nothing new. */
export function requestMediation(input: MediationInput): Promise<SubmitReply> {
  return callCloud('resident', 'requestMediation', input);
}
