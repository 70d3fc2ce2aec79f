/** The route of an admin action: admins only, rate-limited, its handler given the caller's scope up front. */
import type * as v from 'valibot';
import type { HandlerContext, Route } from '../context';
import { adminScope } from './scope';

/** The caller of an admin action: their scope (负责地区) and openid. */
export type AdminCaller = ReturnType<typeof adminScope>;

/** A route for `role: admin` whose handler receives the caller (FORBIDDEN before it runs for anyone else). */
export function adminRoute<S extends v.GenericSchema, O>(
  schema: S,
  perMinute: number,
  handle: (ctx: HandlerContext, input: v.InferOutput<S>, caller: AdminCaller) => Promise<O>,
): Route<S, O> {
  return { schema, roles: ['admin'], perMinute, handle: async (ctx, input) => handle(ctx, input, adminScope(ctx)) };
}
