/** The embedded store's small persistent settings (table `meta`). */
import type Database from 'better-sqlite3';
import type { AuditEntry, MetaPort } from '../port';
import { prepareAppend } from './audit';
import { metaClaimer } from './meta-claim';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

/** The meta group of one connection. */
export function sqliteMeta(db: Database.Database, st: Statements): MetaPort {
  const appendAudit = prepareAppend(db);
  const set = writeTransaction(db, (key: string, value: string, expiresAt: number | null, audit?: AuditEntry) => {
    st.metaSetUntil.run(key, value, expiresAt);
    if (audit) appendAudit.run(audit);
  });
  return {
    ...metaClaimer(db),
    get: async (key) => st.metaGet.get(key) ?? null,
    set: async (key, value, options) => set(key, value, options?.expiresAt ?? null, options?.audit),
  };
}
