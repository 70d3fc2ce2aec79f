/**
 * The one maker of audit-log entries (审计日志). Every handler that reveals, decides or changes who administers what
 * makes its entry here: writeAudit for an act on record before it happens, auditEntry for one stored with the
 * change. The entry's kind comes from the action table (types/audit.ts), the actor from the runtime's identity
 * (never the body), unless the handler names a newly bound actor (an accepted invite).
 */
import { AUDIT_ACTIONS, type AuditAction } from '~/types/audit';
import { CITY_CODE } from '~/types/ids';
import type { User } from '~/types/domain';
import type { AuditEntry } from '../../store/port';
import type { HandlerContext } from '../context';
import { maskedNote, maskNumbers } from './mask-text';

/** The role an entry records: admins by the level of their region, everyone else by role. */
export function auditRoleOf(user: Pick<User, 'role' | 'regionCode'> | null): string {
  if (!user) return 'resident';
  if (user.role !== 'admin') return user.role;
  if (user.regionCode === CITY_CODE) return 'admin:city';
  // Counties have 6-digit codes (220802 洮北区), townships 9 (220802001); admins are never bound to a village.
  return user.regionCode.length > 6 ? 'admin:township' : 'admin:county';
}

/** What a handler says about one audited act. */
export interface AuditNote {
  action: AuditAction;
  /** A request id, or `<type>:<id>` for another record. */
  record: string;
  /** A short note; any ID number or phone in it is masked when the entry is made (auditEntry). */
  detail?: string;
  /** The actor when the caller's identity does not yet carry them (a just-accepted invite). */
  as?: Pick<User, 'openid' | 'role' | 'regionCode' | 'label'>;
}

/**
 * Appends one entry on its own: for the acts that must be on record before they happen (a reveal, a photo view).
 * A change carries its entry instead (auditEntry, given to the store's write), so the two are stored as one unit.
 */
export async function writeAudit(ctx: HandlerContext, note: AuditNote): Promise<void> {
  await ctx.store.audit.append(auditEntry(ctx, note));
}

/** How long an entry's note may be, in characters. */
const DETAIL_MAX = 200;
/** The record prefix of an import batch, before the file's name (admin/import/routes.ts). */
const IMPORT_RECORD = 'import:';

/** A record as stored: an import's file name is an admin's free text, so its numbers are masked like a note's. */
function maskedRecord(record: string): string {
  return record.startsWith(IMPORT_RECORD) ? IMPORT_RECORD + maskNumbers(record.slice(IMPORT_RECORD.length)) : record;
}

/**
 * The entry of one audited act, as the store keeps it. Its free text (the note, the actor's name) is masked here,
 * the one place every entry is made, so no caller can let an ID number or phone into the log (maskNumbers).
 */
export function auditEntry(ctx: HandlerContext, note: AuditNote): AuditEntry {
  const user = note.as ?? ctx.identity.user;
  return {
    at: ctx.now(),
    actor: note.as?.openid ?? ctx.identity.openid ?? '',
    actorLabel: maskedNote(user?.label ?? '', DETAIL_MAX),
    action: note.action,
    requestId: maskedRecord(note.record),
    kind: AUDIT_ACTIONS[note.action].kind,
    actorRole: auditRoleOf(user ?? null),
    detail: maskedNote(note.detail ?? '', DETAIL_MAX),
  };
}
