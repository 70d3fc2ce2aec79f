/** The map of every cloud function and action: input schema, input type and reply type, in one place. */
import type * as v from 'valibot';
import { StatsInputSchema, type StatsData } from './admin';
import { MeInputSchema, type MeData } from './resident';
import { NearbyInputSchema, TownshipsInputSchema, type NearbyData, type TownshipsData } from './nearby';
import {
  AidInputSchema,
  AskInputSchema,
  DeleteMyDataInputSchema,
  MediationInputSchema,
  MyRequestsInputSchema,
  RequestDetailInputSchema,
  type RequestDetail,
  type RequestSummary,
  type SubmitReply,
} from './requests';
import { LandInputSchema, type LandingData } from './scan';

export * from './admin';
export * from './common';
export * from './nearby';
export * from './requests';
export * from './resident';
export * from './scan';

/** Input schemas by function and action; the functions validate every call against these. */
export const SCHEMAS = {
  scan: { land: LandInputSchema },
  resident: {
    me: MeInputSchema,
    ask: AskInputSchema,
    requestMediation: MediationInputSchema,
    applyAid: AidInputSchema,
    myRequests: MyRequestsInputSchema,
    requestDetail: RequestDetailInputSchema,
    deleteMyData: DeleteMyDataInputSchema,
    nearbyPosts: NearbyInputSchema,
    townships: TownshipsInputSchema,
  },
  admin: { stats: StatsInputSchema },
} as const;

/** Reply types by function and action. */
export interface Replies {
  scan: { land: LandingData };
  resident: {
    me: MeData;
    ask: SubmitReply;
    requestMediation: SubmitReply;
    applyAid: SubmitReply;
    myRequests: { requests: RequestSummary[] };
    requestDetail: RequestDetail;
    deleteMyData: { deleted: number };
    nearbyPosts: NearbyData;
    townships: TownshipsData;
  };
  admin: { stats: StatsData };
}

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
