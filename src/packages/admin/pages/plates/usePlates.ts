/** The plates to print: of `postIds`, of a township, or of the ids the import page handed over. */
import type { PlatesData } from '~/types/api';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchPlates } from '~/src/services/admin/fetchPlates';

/** admin.plates takes at most this many post ids per call. */
export const PLATES_PER_CALL = 200;

/** What the page asks for. */
export type PlatesSource = { postIds: string[] } | { townshipCode: string };

/** All plates of `source`, asking in chunks of PLATES_PER_CALL ids (an import may bring thousands). */
export async function loadPlates(source: PlatesSource): Promise<PlatesData> {
  if ('townshipCode' in source) return fetchPlates({ townshipCode: source.townshipCode });
  const chunks: string[][] = [];
  for (let i = 0; i < source.postIds.length; i += PLATES_PER_CALL) {
    chunks.push(source.postIds.slice(i, i + PLATES_PER_CALL));
  }
  const replies: PlatesData[] = [];
  // One after another: each call may make QR codes, and the admin's two cores are shared with the server.
  for (const postIds of chunks) replies.push(await fetchPlates({ postIds }));
  return { ...replies[0], plates: replies.flatMap((r) => r.plates) };
}

/** State of the page's request; `source` null means nothing to ask for. */
export function usePlates(source: PlatesSource | null, key: string) {
  // `key` stands for `source`, which is a new object on every render.
  const { data, error, reload } = useRemote(source ? () => loadPlates(source) : null, [key]);
  return { data, error, retry: () => void reload() };
}
