/** The cached landing data of the post a reader came from, so a guide can offer that post's real contacts. */
import type { LandingData } from '~/types/api';
import { useAppStore } from '~/src/stores';

/** Landing data of `postId`, else of the most recently visited post; null when none is cached. */
export function usePostLanding(postId: string | null): LandingData | null {
  return useAppStore((s) => {
    const id = postId ?? s.recent[0]?.id;
    return id ? (s.landings[id]?.data ?? null) : null;
  });
}
