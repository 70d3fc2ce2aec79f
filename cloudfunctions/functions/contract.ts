/**
 * The route tables typed against the action contract (types/api SCHEMAS / Replies): a table written as
 * `{ ... } satisfies RoutesOf<'work'>` fails to compile when it misses an action, names one the contract does not
 * have, or pairs an action with a handler of another schema or reply.
 */
import type { ActionName, ActionReply, FunctionName, SchemaOf } from '~/types/api';
import type { Route } from '../domain/context';

/** Every action of function `F`, each with a route of exactly its input schema and reply type. */
export type RoutesOf<F extends FunctionName> = { [A in ActionName<F>]: Route<SchemaOf<F, A>, ActionReply<F, A>> };

/** The route tables of every deployable function. */
export type AllRoutes = { [F in FunctionName]: RoutesOf<F> };
