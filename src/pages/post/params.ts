/** Reads which post a landing is for, and where the visitor came from, out of the page's query. */
import { linkHosts, postIdFromQ, postIdFromScene, safeDecode } from '~/types/plate-code';
import { POST_ID_PATTERN } from '~/types/ids';
import type { ScanSource } from '~/types/domain';

const SOURCES: readonly ScanSource[] = ['qr', 'link', 'recent', 'manual'];

/** The post id (null when absent or malformed) and scan source of a landing. */
export interface LandingParams {
  postId: string | null;
  source: ScanSource;
}

/** The hosts of the printed plate links (build env TARO_APP_PUBLIC_URL; empty: any host). */
export function plateLinkHosts(): string[] {
  return linkHosts(process.env.TARO_APP_PUBLIC_URL);
}

/**
 * A plate's mini-program code passes `scene`, a plain QR code of its link passes `q` (both count as `qr`); links
 * and in-app navigation pass `id` and `source`. A code that is present but unreadable is an unknown post: it never
 * falls back to another parameter.
 */
export function landingParams(
  params: Partial<Record<string, string>>,
  hosts: readonly string[] = plateLinkHosts(),
): LandingParams {
  const asked = SOURCES.find((s) => s === params.source);
  if (params.scene) return { postId: postIdFromScene(params.scene), source: asked ?? 'qr' };
  if (params.q) return { postId: postIdFromQ(params.q, hosts), source: asked ?? 'qr' };
  const raw = params.id ? safeDecode(params.id) : null;
  const postId = raw !== null && POST_ID_PATTERN.test(raw) ? raw : null;
  return { postId, source: asked ?? 'manual' };
}
