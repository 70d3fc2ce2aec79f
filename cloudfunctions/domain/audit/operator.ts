/**
 * The audit entry of an operator's command on the server (scripts/reopen-bootstrap.ts): there is no caller, so no
 * identity; the entry names the actor `operator` (服务器运维), whoever holds the server's files. Made by auditEntry
 * (write.ts), the one maker of entries, so it is built and masked like every other.
 */
import type { AuditEntry } from '../../store/port';
import type { HandlerContext } from '../context';
import { auditEntry, type AuditNote } from './write';

/** The actor an operator's entry names. */
export const OPERATOR = { openid: 'operator', label: '服务器运维', role: 'operator' } as const;

/** The entry of an act an operator's command does at `at`. */
export function operatorEntry(at: number, note: Omit<AuditNote, 'as'>): AuditEntry {
  // auditEntry reads the time and the identity alone; the actor is named through `as`, its role set after.
  const ctx = { now: () => at, identity: { openid: null, user: null } } as unknown as HandlerContext;
  const as = { openid: OPERATOR.openid, role: 'admin', regionCode: '', label: OPERATOR.label } as const;
  return { ...auditEntry(ctx, { ...note, as }), actorRole: OPERATOR.role };
}
