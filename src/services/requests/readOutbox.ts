/** Marking the caller's notifications read. */
import { callCloud } from '../cloud';

/** Marks `ids` read, or every notice when `ids` is absent; replies with what stays unread. */
export async function readOutbox(ids?: string[]): Promise<number> {
  return (await callCloud('resident', 'readOutbox', ids ? { ids } : {})).unread;
}
