/**
 * The storage security rule (storage-rules.json): checked offline before a deploy, and evaluated against the cases
 * it exists for (an owner's evidence photo, someone else's, a plate, an anonymous caller). The expression language
 * is a small subset of JavaScript (`auth`, `resource`, `==`, `!=`, `&&`, `||`, `!`, parentheses, string and null
 * literals, regex literals with `.test(...) == true`); anything outside that subset is refused, so only the tokens
 * listed below ever reach the evaluator.
 */
import ruleFile from '~/cloudfunctions/store/cloudbase/storage-rules.json';
import type { SecurityRule, StorageAcl } from './sdk';

/** The rule file as the repository holds it. */
export interface StorageRuleFile {
  acl: StorageAcl;
  rule?: SecurityRule;
}

/** The repository's storage rule. */
export const STORAGE_RULE: StorageRuleFile = ruleFile as StorageRuleFile;

/** Who asks and about which file (`auth` null for a caller not signed in). */
export interface RuleCase {
  auth: { openid: string } | null;
  resource: { openid: string; path: string };
}

const TOKEN =
  /\s+|\/(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/(?=\.test\()|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|==|!=|&&|\|\||[!()]|\.test|\b(?:auth|resource)(?:\.(?:openid|uid|loginType|path))?\b|\bnull\b|\btrue\b|\bfalse\b/y;

/** The problems of one expression (empty when it is in the subset); regex literals must compile. */
export function expressionProblems(expr: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expr.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expr);
    if (!m) return [`unexpected text at ${at}: "${expr.slice(at, at + 12)}"`];
    const t = m[0];
    if (t === '(') depth++;
    if (t === ')' && --depth < 0) return [`unbalanced ")" at ${at}`];
    if (t.startsWith('/')) {
      try {
        new RegExp(t.slice(1, -1));
      } catch {
        problems.push(`regex ${t} does not compile`);
      }
    }
  }
  if (depth !== 0) problems.push('unbalanced "("');
  return problems;
}

/** Every problem of a rule file: an unknown acl, a CUSTOM acl without a rule, an expression outside the subset. */
export function storageRuleProblems(file: StorageRuleFile): string[] {
  const acls: StorageAcl[] = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY', 'CUSTOM'];
  if (!acls.includes(file.acl)) return [`storage rule: acl ${String(file.acl)} is not one of ${acls.join(', ')}`];
  if (file.acl !== 'CUSTOM') return file.rule ? ['storage rule: a rule is given but acl is not CUSTOM'] : [];
  if (!file.rule) return ['storage rule: acl CUSTOM needs a rule'];
  const problems: string[] = [];
  for (const key of ['read', 'write'] as const) {
    const value = file.rule[key];
    if (typeof value === 'boolean') continue;
    if (typeof value !== 'string' || value.trim() === '')
      problems.push(`storage rule: ${key} must be a boolean or an expression`);
    else problems.push(...expressionProblems(value).map((p) => `storage rule: ${key}: ${p}`));
  }
  const extra = Object.keys(file.rule).filter((k) => k !== 'read' && k !== 'write');
  if (extra.length > 0) problems.push(`storage rule: unknown keys ${extra.join(', ')}`);
  return problems;
}

/** Whether the rule lets this caller do `action` on this file (throws on an expression outside the subset). */
export function allows(rule: SecurityRule, action: 'read' | 'write', c: RuleCase): boolean {
  const expr = rule[action];
  if (typeof expr === 'boolean') return expr;
  const problems = expressionProblems(expr);
  if (problems.length > 0) throw new Error(problems.join('; '));
  // Only the whitelisted tokens above are present, so this is a pure boolean expression over auth and resource.
  const fn = new Function('auth', 'resource', `"use strict"; return (${expr});`) as (
    auth: RuleCase['auth'],
    resource: RuleCase['resource'],
  ) => unknown;
  try {
    return fn(c.auth, c.resource) === true;
  } catch {
    // An expression that cannot be evaluated (e.g. auth.openid with no auth) denies, as the service does.
    return false;
  }
}

const OWNER = 'o-owner';
const HASH = 'a'.repeat(32);
const TAG = 'b'.repeat(20);
const RANDOM = 'c'.repeat(16);

/** The cases the rule exists for, each with the answer it must give; the dry run checks all of them. */
export const RULE_CASES: { what: string; action: 'read' | 'write'; c: RuleCase; allowed: boolean }[] = [
  ...(['read', 'write'] as const).flatMap((action) => [
    {
      what: `the owner may ${action} their evidence photo`,
      action,
      c: { auth: { openid: OWNER }, resource: { openid: OWNER, path: `aid/${HASH}/p.jpg` } },
      allowed: true,
    },
    {
      what: `another user may not ${action} it`,
      action,
      c: { auth: { openid: 'o-other' }, resource: { openid: OWNER, path: `aid/${HASH}/p.jpg` } },
      allowed: false,
    },
    {
      what: `a caller not signed in may not ${action} it`,
      action,
      c: { auth: null, resource: { openid: OWNER, path: `aid/${HASH}/p.jpg` } },
      allowed: false,
    },
    {
      what: `a client may not ${action} a plate, even one it made`,
      action,
      c: { auth: { openid: OWNER }, resource: { openid: OWNER, path: 'plates/p1.png' } },
      allowed: false,
    },
    {
      what: `the admin may ${action} the import file they uploaded`,
      action,
      c: { auth: { openid: OWNER }, resource: { openid: OWNER, path: `imports/${TAG}/${RANDOM}/import.csv` } },
      allowed: true,
    },
    {
      what: `another user may not ${action} an admin's import file`,
      action,
      c: { auth: { openid: 'o-other' }, resource: { openid: OWNER, path: `imports/${TAG}/${RANDOM}/import.csv` } },
      allowed: false,
    },
    {
      what: `a caller not signed in may not ${action} a plate sheet`,
      action,
      c: { auth: null, resource: { openid: '', path: `sheets/${TAG}/${RANDOM}/plates.pdf` } },
      allowed: false,
    },
  ]),
  {
    what: 'a signed-in admin may read the plate sheet the function made for them (its path is unguessable)',
    action: 'read',
    c: { auth: { openid: OWNER }, resource: { openid: '', path: `sheets/${TAG}/${RANDOM}/plates.pdf` } },
    allowed: true,
  },
  {
    what: 'a signed-in admin may read an export the function made for them',
    action: 'read',
    c: { auth: { openid: OWNER }, resource: { openid: '', path: `exports/${TAG}/${RANDOM}/t.xlsx` } },
    allowed: true,
  },
  {
    what: 'no client may write into sheets/ or exports/',
    action: 'write',
    c: { auth: { openid: OWNER }, resource: { openid: OWNER, path: `exports/${TAG}/${RANDOM}/t.xlsx` } },
    allowed: false,
  },
  {
    what: 'a client may not read an invite code image',
    action: 'read',
    c: { auth: { openid: OWNER }, resource: { openid: '', path: 'invites/release/ABCD2345.png' } },
    allowed: false,
  },
];

/** The cases the rule answers wrongly (empty when it does what it is for). */
export function ruleCaseFailures(file: StorageRuleFile): string[] {
  if (file.acl !== 'CUSTOM' || !file.rule) return ['storage rule: evidence needs a CUSTOM owner-only rule'];
  const rule = file.rule;
  return RULE_CASES.filter((k) => allows(rule, k.action, k.c) !== k.allowed).map((k) => `storage rule: ${k.what}`);
}
