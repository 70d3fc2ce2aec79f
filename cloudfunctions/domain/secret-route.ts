/**
 * A route that takes a secret from anyone with an openid (the first admin's bootstrap secret, an invite code). A
 * guesser may change identity (on the local runtime dropping the cookie makes a new one), so guesses from one client
 * address are held as tightly as those of one identity.
 */
import type * as v from 'valibot';
import { AppError } from '~/types/errors';
import type { HandlerContext, Route } from './context';

/** The route of `handle`, which gets the caller's openid; `perMinute` guesses a minute per identity and per address. */
export function secretRoute<S extends v.GenericSchema, O>(
  schema: S,
  perMinute: number,
  handle: (ctx: HandlerContext, input: v.InferOutput<S>, openid: string) => Promise<O>,
): Route<S, O> {
  return {
    schema,
    perMinute,
    perAddress: perMinute,
    async handle(ctx, input) {
      const openid = ctx.identity.openid;
      if (!openid) throw new AppError('UNAUTHENTICATED');
      return handle(ctx, input, openid);
    },
  };
}
