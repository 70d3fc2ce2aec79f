/** The unused invites of the admin's scope. */
import type { InviteSummary } from '~/types/api';
import { callCloud } from '../cloud';

/** Unused invites, newest first. */
export async function fetchInvites(): Promise<InviteSummary[]> {
  return (await callCloud('admin', 'invites', {})).invites;
}
