/**
 * Compile-time proof that the route tables are held to the action contract (types/api SCHEMAS / Replies). No test
 * runner runs this file: `npx tsc --noEmit -p tsconfig.test.json` (and `-p tsconfig.json`) compiles it, and each
 * `@ts-expect-error` fails that compile if the line below it ever stops being an error.
 */
import type { LandInputSchema, LandingData } from '~/types/api';
import type { Route } from '~/cloudfunctions/domain/context';
import { land } from '~/cloudfunctions/domain/scan/land';
import { locate } from '~/cloudfunctions/domain/scan/locate';
import type { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import type { ROUTES } from '~/cloudfunctions/functions/routes';
import type { AllRoutes, RoutesOf } from '~/cloudfunctions/functions/contract';

/** The real table, as written: it compiles. */
export const complete = { land, locate } satisfies RoutesOf<'scan'>;

/** An action of the contract left out of the table. */
// @ts-expect-error `locate` is in SCHEMAS.scan, so a table without it does not compile.
export const missing = { land } satisfies RoutesOf<'scan'>;

/** An action the contract does not have. */
// @ts-expect-error `lookAround` is not an action of SCHEMAS.scan.
export const extra = { land, locate, lookAround: locate } satisfies RoutesOf<'scan'>;

/** An action wired to another action's handler (another schema, another reply). */
// @ts-expect-error `land` must be served by a route of LandInputSchema replying LandingData.
export const swapped = { land: locate, locate } satisfies RoutesOf<'scan'>;

/** A route of the right schema whose reply is not the contract's. */
export declare const wrongReply: Route<typeof LandInputSchema, Omit<LandingData, 'post'>>;
// @ts-expect-error the reply of `land` must be LandingData.
export const badReply = { land: wrongReply, locate } satisfies RoutesOf<'scan'>;

/** The resident table with one action taken away (as if someone deleted its line). */
export declare const residentWithoutMyData: Omit<typeof residentRoutes, 'myData'>;
// @ts-expect-error `myData` is in SCHEMAS.resident.
export const residentMissing = residentWithoutMyData satisfies RoutesOf<'resident'>;

/** The runtime's map of every table satisfies the whole contract, function by function. */
export declare const routes: typeof ROUTES;
export const everyFunction = routes satisfies AllRoutes;
