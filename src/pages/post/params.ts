/** Reads which post a landing is for, and where the visitor came from, out of the page's query. */
import { POST_ID_PATTERN } from '../../../types/ids';
import type { ScanSource } from '../../../types/domain';

const SOURCES: readonly ScanSource[] = ['qr', 'link', 'recent', 'manual'];

/** The post id (null when absent or malformed) and scan source of a landing. */
export interface LandingParams {
  postId: string | null;
  source: ScanSource;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** weapp QR codes pass `scene` (URI-encoded); links and in-app navigation pass `id` and `source`. */
export function landingParams(params: Partial<Record<string, string>>): LandingParams {
  const scene = params.scene ? decode(params.scene) : '';
  const raw = scene || (params.id ? decode(params.id) : '');
  const postId = POST_ID_PATTERN.test(raw) ? raw : null;
  const asked = SOURCES.find((s) => s === params.source);
  return { postId, source: asked ?? (scene ? 'qr' : 'manual') };
}
