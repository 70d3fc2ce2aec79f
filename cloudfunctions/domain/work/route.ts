/**
 * The two shapes of a worker's route on one request: a move (answer, ask for more, hand over, close, decide) opens
 * the request for its lifecycle action first; a look at an aid applicant's protected data (full numbers, evidence
 * photos) is for the staff of the assigned office only. Who may call and how often is said here once.
 */
import type * as v from 'valibot';
import type { WorkDetail } from '~/types/api/work';
import type { WorkAction } from '~/types/lifecycle';
import type { RequestStatus } from '~/types/requests';
import type { HandlerContext, Route } from '../context';
import { assignedStaffRequest, openRequest, type ScopedRequest } from './load';
import { WORK_TEXT } from './texts';

/** Every worker role: the lifecycle and the request's scope decide the rest. */
export const WORKERS = ['volunteer', 'mediator', 'staff'] as const;
/** Moves a worker may make a minute. */
const MOVES_PER_MINUTE = 20;
/** Looks at protected data a worker may take a minute. */
const LOOKS_PER_MINUTE = 30;

/** The request a move is made on, and the status the move leads to. */
export interface OpenedRequest {
  c: ScopedRequest;
  to: RequestStatus;
}

/** A worker route that first opens what it acts on (`open`), then does its work (`then`) with it. */
function workerRoute<S extends v.GenericSchema, C, O>(
  schema: S,
  perMinute: number,
  open: (ctx: HandlerContext, input: v.InferOutput<S>) => Promise<C>,
  then: (ctx: HandlerContext, input: v.InferOutput<S>, opened: C) => Promise<O>,
): Route<S, O> {
  return { schema, roles: WORKERS, perMinute, handle: async (ctx, input) => then(ctx, input, await open(ctx, input)) };
}

/**
 * A move on the request `input.id`: opened for `actionOf(input)` (in scope, unchanged since `input.version`, the
 * action allowed now), then written by `step`.
 */
export function requestMove<S extends v.GenericSchema<unknown, { id: string; version: number }>>(
  schema: S,
  actionOf: (input: v.InferOutput<S>) => WorkAction,
  step: (ctx: HandlerContext, input: v.InferOutput<S>, opened: OpenedRequest) => Promise<WorkDetail>,
): Route<S, WorkDetail> {
  return workerRoute(schema, MOVES_PER_MINUTE, (ctx, input) => openRequest(ctx, input, actionOf(input)), step);
}

/** A look at the protected data of the aid application `input.id`, for the assigned office's staff only. */
export function assignedStaffLook<S extends v.GenericSchema<unknown, { id: string }>, O>(
  schema: S,
  look: (ctx: HandlerContext, input: v.InferOutput<S>, c: ScopedRequest) => Promise<O>,
): Route<S, O> {
  const open = (ctx: HandlerContext, input: { id: string }) => assignedStaffRequest(ctx, input.id, WORK_TEXT.notAid);
  return workerRoute(schema, LOOKS_PER_MINUTE, open, look);
}
