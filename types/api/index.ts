/**
 * The action contract: every cloud function and action with its input schema (schemas.ts), its reply type
 * (replies.ts) and the types derived from both; and every shape of the API, re-exported from its own module.
 */
import type * as v from 'valibot';
import type { Replies } from './replies';
import type { SCHEMAS } from './schemas';

export * from './admin';
export * from './common';
export * from './dashboard';
export * from './files';
export * from './network';
export * from './nearby';
export * from './requests';
export * from './resident';
export * from './scan';
export * from './servicePoints';
export * from './inviteCode';
export * from './evidence';
export * from './audit';
export * from './myData';
export * from './work';
export * from './replies';
export * from './schemas';

/** Names of the deployable cloud functions. */
export type FunctionName = keyof typeof SCHEMAS;
/** Action names of one function. */
export type ActionName<F extends FunctionName> = keyof (typeof SCHEMAS)[F] & string;
/** The input schema of one action. */
export type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof SCHEMAS)[F][A] extends infer S extends
  v.GenericSchema
  ? S
  : never;
/** What a caller sends to an action. */
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = v.InferInput<SchemaOf<F, A>>;
/** What a handler receives after validation (defaults applied). */
export type ActionParsed<F extends FunctionName, A extends ActionName<F>> = v.InferOutput<SchemaOf<F, A>>;
/** What an action replies. */
export type ActionReply<F extends FunctionName, A extends ActionName<F>> = A extends keyof Replies[F]
  ? Replies[F][A]
  : never;
