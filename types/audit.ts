/**
 * The audit log (审计日志): what is written to it, in one table read by the writer, the store and the admin page.
 * Every sensitive view (full numbers, evidence photos), every decision on a legal-aid application or mediation case
 * and every change to who administers what is one entry.
 */

/** The four kinds an admin filters by. */
export const AUDIT_KINDS = ['reveal', 'evidence', 'decision', 'admin'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** Chinese names of the kinds, for the filter. */
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  reveal: '查看完整信息',
  evidence: '查看证明材料',
  decision: '审查与调解决定',
  admin: '管理变更',
};

/** Every action written to the log, its kind and what the page calls it. */
export const AUDIT_ACTIONS = {
  'reveal.idNumber': { kind: 'reveal', label: '查看完整身份证号' },
  'reveal.phone': { kind: 'reveal', label: '查看完整手机号' },
  'view.photos': { kind: 'evidence', label: '查看证明材料照片' },
  'aid.startReview': { kind: 'decision', label: '法律援助：开始审查' },
  'aid.approve': { kind: 'decision', label: '法律援助：准予' },
  'aid.decline': { kind: 'decision', label: '法律援助：不予' },
  'aid.askMore': { kind: 'decision', label: '法律援助：需补充材料' },
  'mediation.step': { kind: 'decision', label: '调解：推进步骤' },
  'invite.create': { kind: 'admin', label: '生成邀请码' },
  'invite.accept': { kind: 'admin', label: '使用邀请码绑定' },
  'admin.bootstrap': { kind: 'admin', label: '首位管理员绑定' },
  'admin.revoke': { kind: 'admin', label: '撤销管理员' },
  // `npm run reopen-bootstrap` on the server (scripts/reopen-bootstrap.ts): the actor is the operator, not an admin.
  'admin.reopen': { kind: 'admin', label: '服务器运维解除管理员（重开首位管理员绑定）' },
  'worker.unbind': { kind: 'admin', label: '工作人员解除绑定' },
  'servicePoint.create': { kind: 'admin', label: '新建服务点' },
  'servicePoint.update': { kind: 'admin', label: '修改服务点' },
  'posts.create': { kind: 'admin', label: '新建岗位' },
  'posts.update': { kind: 'admin', label: '修改岗位' },
  'posts.import': { kind: 'admin', label: '批量导入岗位' },
  'volunteer.assign': { kind: 'admin', label: '分配先锋岗' },
  'volunteer.deactivate': { kind: 'admin', label: '停用志愿者' },
  'volunteer.restore': { kind: 'admin', label: '恢复志愿者' },
  'settings.update': { kind: 'admin', label: '修改答复承诺时限' },
} as const satisfies Record<string, { kind: AuditKind; label: string }>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The kind of an action; entries written before kinds existed are classified by their action name. */
export function auditKindOf(action: string): AuditKind {
  return (AUDIT_ACTIONS as Record<string, { kind: AuditKind }>)[action]?.kind ?? 'admin';
}

/** Chinese names of the actor roles an entry records (`admin:<level>` for admins). */
export const AUDIT_ROLE_LABELS: Record<string, string> = {
  'admin:city': '市级管理员',
  'admin:county': '县级管理员',
  'admin:township': '乡镇管理员',
  volunteer: '法律明白人',
  mediator: '调解员',
  staff: '工作人员',
  resident: '居民',
  operator: '服务器运维',
};

/** Entries are kept at least this many days: no sweep may delete a younger one. */
export const AUDIT_KEEP_DAYS = 180;
