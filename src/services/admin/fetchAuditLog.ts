/** One page of the audit log (审计日志), city admins only; `before` continues from the previous page. */
import type { AuditLogData, AuditLogInput } from '~/types/api/audit';
import { callCloud } from '../cloud';

/** The page. */
export function fetchAuditLog(input: AuditLogInput): Promise<AuditLogData> {
  return callCloud('admin', 'auditLog', input);
}
