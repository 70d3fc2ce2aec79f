/**
 * Evidence links of the local runtime: photos are store rows served at /files/<id>, to their owner by session. The
 * office deciding an application gets a link signed for its staff member and five minutes (work.evidence writes the
 * audit entry before handing it out), so /files serves them too without a lookup of who handles what.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EvidenceFiles } from '../domain/requests/evidence';

/** How long a signed link works. */
const LINK_MS = 5 * 60 * 1000;

const mac = (key: string, id: string, viewer: string, until: number) =>
  createHmac('sha256', key).update(`evidence\n${id}\n${viewer}\n${until}`).digest('base64url');

/** The local evidence storage: signed /files links; no cloud storage to remove from (its photos are store rows). */
export function localEvidence(key: string, now: () => number): EvidenceFiles {
  return {
    viewUrls: async (ids, viewer) => {
      const until = now() + LINK_MS;
      return new Map(ids.map((id) => [id, `/files/${id}?until=${until}&sig=${mac(key, id, viewer, until)}`]));
    },
    // Cloud file ids cannot be stored by this runtime's uploads; there is nothing of them to remove here.
    remove: async () => [],
  };
}

/** True when `query` is a live link to `id` signed for `viewer`. */
export function linkAllows(key: string, now: number, id: string, viewer: string, query: URLSearchParams): boolean {
  const until = Number(query.get('until'));
  const sig = query.get('sig') ?? '';
  if (!Number.isSafeInteger(until) || until < now) return false;
  const want = Buffer.from(mac(key, id, viewer, until));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}
