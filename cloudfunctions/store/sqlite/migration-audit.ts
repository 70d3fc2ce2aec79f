/**
 * Migration 7: the audit log's one record shape. Entries gain their kind (the page's filter), the actor's role and a
 * short detail; older entries get the kind their action name meant (types/audit.ts) and the role is left unknown.
 * The append-only triggers are dropped for the one backfill and created again in the same transaction.
 */
import type { Migration } from './schema';

/** Adds kind, actor_role and detail to audit_log, fills kind for existing rows, and indexes the page's reads. */
export const MIGRATION_AUDIT_SHAPE: Migration = {
  version: 7,
  name: 'audit log: kind, actor role, detail; read newest first',
  sql: `
ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'admin'
  CHECK (kind IN ('reveal', 'evidence', 'decision', 'admin'));
ALTER TABLE audit_log ADD COLUMN actor_role TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN detail TEXT NOT NULL DEFAULT '';
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET kind = 'reveal' WHERE action LIKE 'reveal.%';
UPDATE audit_log SET kind = 'evidence' WHERE action = 'view.photos';
UPDATE audit_log SET kind = 'decision' WHERE action LIKE 'aid.%' OR action LIKE 'mediation.%';
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX audit_log_by_at ON audit_log (at, seq);
CREATE INDEX audit_log_by_kind_at ON audit_log (kind, at, seq);
`,
};
