/**
 * The timer's sweep of evidence uploads never attached (CloudBase): the server SDK cannot list a folder, so it goes
 * by the slots the uploads were made into (photo-slots.ts). The local runtime sweeps its own photo rows
 * (local/uploads.ts sweepOrphanPhotos).
 */
import type { Store } from '../../store/port';
import { photoIdsOf, type EvidenceFiles } from './evidence';
import { ORPHAN_SLOT_MS } from './photo-slots';

/** At most this many slots are swept a run; the next run takes the rest. */
export const SLOT_SWEEP_BATCH = 100;
// A resident has few requests (an hourly cap of a handful); this covers years of them.
const OWNER_REQUESTS_LIMIT = 1000;

/** What one sweep did, for the tick's report: files deleted, or why the sweep failed (the next run tries again). */
export type SlotSweep = { photosSwept: number } | { photosError: string };

/**
 * The timer's sweep of uploads never attached: slots open or checked for ORPHAN_SLOT_MS that no request of their
 * owner names have their files deleted, then their records; those a request names are marked attached and kept. A
 * file storage would not delete keeps its slot for the next run. Never throws.
 */
export async function sweepPhotoSlots(store: Store, evidence: EvidenceFiles, now: number): Promise<SlotSweep> {
  const uploads = evidence.uploads;
  if (!uploads) return { photosSwept: 0 };
  try {
    const before = now - ORPHAN_SLOT_MS;
    const listed = await uploads.slots.due(before, SLOT_SWEEP_BATCH);
    if (listed.length === 0) return { photosSwept: 0 };
    // Taken first, each by a compare-and-set: a submission naming one after this is refused (the slot is no longer
    // open or checked), and one that named it before this touched it, so it is not taken.
    const taken = new Set(
      await uploads.slots.claim(
        listed.map((s) => s.id),
        before,
      ),
    );
    const due = listed.filter((s) => taken.has(s.id));
    const owners = [...new Set(due.map((s) => s.owner))];
    const requests = await Promise.all(owners.map((o) => store.requests.byOwner(o, OWNER_REQUESTS_LIMIT)));
    const named = new Set(requests.flat().flatMap(photoIdsOf));
    const kept = due.filter((s) => named.has(s.fileId));
    const orphans = due.filter((s) => !named.has(s.fileId));
    if (kept.length > 0) await uploads.slots.attached(kept.map((s) => s.id));
    const failed = new Set(orphans.length > 0 ? await evidence.remove(orphans.map((s) => s.fileId)) : []);
    const gone = orphans.filter((s) => !failed.has(s.fileId));
    if (gone.length > 0) await uploads.slots.remove(gone.map((s) => s.id));
    return { photosSwept: gone.length };
  } catch (err) {
    return { photosError: err instanceof Error ? err.message : String(err) };
  }
}
