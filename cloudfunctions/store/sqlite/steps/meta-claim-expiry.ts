/** Schema step 3: idempotency claims (meta.claim) carry an expiry, so the timer can sweep them. */
import type { Migration } from '../schema';

/** The step; settings keep a null expiry and are never swept. */
export const META_CLAIM_EXPIRY: Migration = {
  version: 3,
  name: 'meta claims expire',
  // The create-post claims made before this step expire a day after it (ms, like every time the store keeps).
  sql: `ALTER TABLE meta ADD COLUMN expires_at INTEGER;
CREATE INDEX meta_by_expiry ON meta (expires_at) WHERE expires_at IS NOT NULL;
UPDATE meta SET expires_at = CAST(unixepoch('now') AS INTEGER) * 1000 + 86400000 WHERE key LIKE 'posts.create.%';`,
};
