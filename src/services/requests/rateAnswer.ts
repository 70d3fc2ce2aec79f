/** Rating the answer to one's own question (1–5 stars and an optional word), once. */
import type { RateInput } from '~/types/api';
import { callCloud } from '../cloud';

/** Sends the rating; a second rating is refused with ALREADY_RATED. */
export async function rateAnswer(input: RateInput): Promise<void> {
  await callCloud('resident', 'rate', input);
}
