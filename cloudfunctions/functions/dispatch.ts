/**
 * The one way an action runs, on the cloud and on the local runtime alike: check the envelope, find the action,
 * check the caller's role and rate, validate the input against its shared schema, run the handler, and turn
 * every outcome into the `{ok, data | error}` envelope with its HTTP status.
 */
import * as v from 'valibot';
import { AppError, ERRORS, type ApiError, type ApiResult, type ErrorCode } from '~/types/errors';
import { roleOf, type HandlerContext, type RouteTable } from '../domain/context';
import { minuteWindows, rateChecks, type Limiter } from './rate-limit';
import { storeFault } from './store-faults';
import type { ReadCache } from './read-cache';

/** An envelope and the HTTP status the local runtime answers with. */
export interface Dispatched {
  status: number;
  result: ApiResult<unknown>;
}

/** Where unexpected errors are reported (console by default; tests pass their own). */
export type ErrorLog = (err: unknown, where: string) => void;

/**
 * The envelope of a failure with the code's status and message (or a more precise Chinese message), and the input
 * field it is about when there is one, so a form marks that field without reading the message.
 */
export function failure(code: ErrorCode, message?: string, field?: string): Dispatched {
  const error: ApiError = { code, message: message ?? ERRORS[code].message };
  if (field) error.field = field;
  return { status: ERRORS[code].status, result: { ok: false, error } };
}

const HAS_CJK = /[\u4e00-\u9fff]/;

/** The dotted path of a validation issue (`name`, `channels.0`); empty when it is about the whole input. */
export function issueField(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((p) => String(p.key)).join('.') ?? '';
}

/** A Chinese message for the first validation issue: the schema's own when it has one, else by issue type. */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = issueField(issue);
  if (HAS_CJK.test(issue.message)) return issue.message;
  // An object's key issues: a required key that is absent (expected its name), or a key the schema does not have.
  if (path && issue.received === 'undefined') return `缺少字段“${path}”`;
  if (issue.type === 'strict_object' && issue.expected === 'never' && path) return `不支持的字段：${path}`;
  if (issue.kind === 'schema' && path) return `字段“${path}”的类型不正确`;
  return path ? `字段“${path}”格式不正确` : ERRORS.INVALID_INPUT.message;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs `body.action` of `table` for the caller in `ctx`. Never throws. */
export async function dispatch(
  fn: string,
  table: RouteTable,
  body: unknown,
  ctx: HandlerContext,
  limiter: Limiter,
  log: ErrorLog = (err, where) => console.error(`[${where}]`, err),
  cache?: ReadCache,
): Promise<Dispatched> {
  if (!isPlainObject(body) || typeof body.action !== 'string') {
    return failure('MALFORMED_BODY', '请求内容必须是包含 action 的对象');
  }
  const { action, ...payload } = body;
  const route = Object.prototype.hasOwnProperty.call(table, action) ? table[action] : undefined;
  if (!route) return failure('UNKNOWN_ACTION');

  if (route.roles && !route.roles.includes(roleOf(ctx.identity))) {
    return ctx.identity.user ? failure('FORBIDDEN') : failure('UNAUTHENTICATED');
  }
  if (route.perMinute !== undefined) {
    // A route that takes the store's windows itself, beside its first read: this process's windows here.
    const beside = route.limitsBeside === true && limiter.shared !== undefined;
    const checks = rateChecks(
      `${fn}.${action}`,
      ctx.identity.openid,
      ctx.clientAddress,
      route.perMinute,
      route.perAddress,
    );
    let allowed: boolean;
    try {
      // The memory windows answer at once: no await (a microtask on every write, a scan included) unless the store's.
      const taken = limiter.take(checks, ctx.now(), beside);
      allowed = typeof taken === 'boolean' ? taken : await taken;
    } catch (err) {
      // The shared windows live in the store: a store that fails here fails the call, as the handler would.
      log(err, `${fn}.${action}:limits`);
      return failure(storeFault(err) ?? 'INTERNAL');
    }
    if (!allowed) return failure('RATE_LIMITED');
    if (beside) ctx = { ...ctx, besideLimits: minuteWindows(checks) };
  }
  const parsed = v.safeParse(route.schema, payload);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    return failure('INVALID_INPUT', issueMessage(issue), issueField(issue));
  }

  try {
    const { user } = ctx.identity;
    // Shared only within one role and region: the scope checks inside the handler decide alike for all of them.
    const data =
      cache && route.cacheMs && user
        ? await cache.get(
            `${fn}.${action}|${user.role}:${user.regionCode}|${JSON.stringify(parsed.output)}`,
            route.cacheMs,
            ctx.now(),
            () => route.handle(ctx, parsed.output),
          )
        : await route.handle(ctx, parsed.output);
    return { status: 200, result: { ok: true, data } };
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.message, err.field);
    log(err, `${fn}.${action}`);
    return failure(storeFault(err) ?? 'INTERNAL');
  }
}
