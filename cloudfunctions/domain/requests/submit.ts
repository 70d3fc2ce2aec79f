/**
 * What every submission shares: an identified caller, an active post, an hourly cap, the content check, one
 * write (request + first history entry) and quiet de-duplication by clientId (by owner in the store; by address for
 * a device that changes identity, same-device.ts).
 */
import { randomBytes } from 'node:crypto';
import type { SubmitReply } from '~/types/api/requests';
import type { Post } from '~/types/domain';
import { AppError } from '~/types/errors';
import { LIFECYCLES } from '~/types/lifecycle';
import type { RequestKind } from '~/types/requests';
import type { RequestRow, WindowCount } from '../../store/port';
import { reviewFlag, screenText } from '../content-check';
import type { HandlerContext } from '../context';
import { notify, workersOf } from '../notify';
import { HourlyBudget } from '../../memory/hourly-budget';
import { SameDevice } from '../../memory/same-device';
import { submittedLastHour } from './hourly-cap';
import type { Route } from './routing';
import { REQUEST_TEXT } from './texts';

const HOUR_MS = 3600_000;

/** At most this many submissions an hour per resident, across the three kinds. */
export const SUBMISSIONS_PER_HOUR = 10;
/**
 * At most this many an hour from one client address, across the three kinds and whoever sends them: a village
 * office's network where a volunteer helps residents file is far below it; a client dropping its cookie to be a new
 * resident each call is held by it (the per-minute limits alone let an address file 20 a minute all hour). An IPv6
 * /56 files at most 8 times as many, whichever of its /64s send them (HourlyBudget).
 */
export const ADDRESS_SUBMISSIONS_PER_HOUR = 60;
/** This process's count of submissions per address (see HourlyBudget: on CloudBase calls carry no address). */
export const addressSubmissions = new HourlyBudget(ADDRESS_SUBMISSIONS_PER_HOUR);
/** The submissions of a device that drops its cookie (same-device.ts). */
export const sameDevice = new SameDevice<SubmitReply>();

/** What one kind of request adds to the shared path. */
export interface SubmissionSpec {
  kind: RequestKind;
  postId: string;
  clientId: string;
  /** Every user-written text, checked before anything is written. */
  texts: string[];
  title: string;
  /** How long until the promised answer or decision, ms. */
  dueInMs: number;
  route(post: Post): Promise<Route>;
  /** A kind's own checks of the input against the store (e.g. photo ownership); throws to refuse. */
  check?(owner: string): Promise<void>;
  /** The kind-specific fields to store (personal numbers encrypted here, with the context's key). */
  payload(dataKey: Buffer): RequestRow['payload'];
}

/** A new request id: `r` + 24 hex characters (96 random bits). */
export function newRequestId(): string {
  return `r${randomBytes(12).toString('hex')}`;
}

/** The caller's openid, or UNAUTHENTICATED: a request needs someone to answer. */
export function ownerOf(ctx: HandlerContext): string {
  const openid = ctx.identity.openid;
  if (!openid) throw new AppError('UNAUTHENTICATED');
  return openid;
}

/** Runs the shared path of a submission. */
export async function submit(ctx: HandlerContext, spec: SubmissionSpec): Promise<SubmitReply> {
  const owner = ownerOf(ctx);
  const now = ctx.now();
  const address = ctx.clientAddress;
  if (!address) return submitOnce(ctx, spec, owner, now, undefined);
  // The same form from the same device under a new identity (no cookie kept): the first call's request. When the
  // call waited on fails, the first of its waiters to resume runs the submission, and the others wait on that one.
  for (let earlier = sameDevice.earlier(address, spec.clientId, now); earlier;) {
    const reply = await earlier.catch(() => null);
    if (reply) return { ...reply, created: false };
    const next = sameDevice.earlier(address, spec.clientId, now);
    earlier = next === earlier ? null : next;
  }
  // Remembered before anything is awaited, so a call arriving meanwhile waits for this one.
  const pending = submitOnce(ctx, spec, owner, now, address);
  sameDevice.remember(address, spec.clientId, now, pending);
  return pending;
}

/** The hourly cap of `owner` as a window of the store's (CloudBase: windows shared by every container). */
const hourWindow = (owner: string): WindowCount[] => [
  { key: `submit:${owner}`, limit: SUBMISSIONS_PER_HOUR, windowMs: HOUR_MS },
];

/** A submission no earlier call of the same device answers: the caps, then the store. */
async function submitOnce(
  ctx: HandlerContext,
  spec: SubmissionSpec,
  owner: string,
  now: number,
  address: string | undefined,
): Promise<SubmitReply> {
  const post = await ctx.store.posts.byId(spec.postId);
  if (!post) throw new AppError('POST_NOT_FOUND');
  if (post.status === 'retired') throw new AppError('POST_RETIRED');
  // Counted in the store, so the cap holds across cloud containers, restarts and deleting one's data; then the
  // address's hour, taken now (before any await) and given back below when nothing new is stored.
  const capped = (await submittedLastHour(ctx, owner)) >= SUBMISSIONS_PER_HOUR;
  const fromNetwork = !capped && address !== undefined && !addressSubmissions.take(address, 1, now);
  // Calls made at once by several containers (CloudBase) all count the same last hour before any has stored its
  // request: there the cap is also taken as a window of the store's, shared by every container, before the insert.
  // Its windows are hours of the clock, so only a burst across the turn of an hour may file up to twice the cap. The
  // local runtime (one process, no shared windows) holds the cap as it is (test/cloud/submit-cap-parallel.test.ts).
  const windows = capped || fromNetwork ? undefined : ctx.store.windows;
  let overShared = false;
  try {
    overShared = windows ? !(await windows.take(hourWindow(owner), now)) : false;
  } catch (err) {
    if (address) addressSubmissions.give(address, 1, now);
    throw err;
  }
  if (capped || fromNetwork || overShared) {
    if (overShared && address) addressSubmissions.give(address, 1, now);
    // A retry of something already stored is still answered quietly, even at the cap.
    const same = (await ctx.store.requests.byOwner(owner, SUBMISSIONS_PER_HOUR * 2)).find(
      (r) => r.clientId === spec.clientId,
    );
    if (same) return { id: same.id, created: false, dueAt: same.dueAt };
    throw new AppError(
      'RATE_LIMITED',
      fromNetwork ? REQUEST_TEXT.tooManyFromNetwork : REQUEST_TEXT.tooMany(SUBMISSIONS_PER_HOUR),
    );
  }
  // Nothing new stored: the address's hour and the store's window are given back.
  const giveBack = async () => {
    if (address) addressSubmissions.give(address, 1, now);
    if (windows) await windows.give(hourWindow(owner), now);
  };
  let reply: SubmitReply;
  try {
    reply = await store(ctx, spec, post, owner, now);
  } catch (err) {
    await giveBack().catch(() => undefined);
    throw err;
  }
  if (!reply.created) await giveBack();
  return reply;
}

/** The checks against the store, the content check and the one write of a submission the caps let through. */
async function store(
  ctx: HandlerContext,
  spec: SubmissionSpec,
  post: Post,
  owner: string,
  now: number,
): Promise<SubmitReply> {
  // Every request starts where its kind's lifecycle says.
  const status = LIFECYCLES[spec.kind].start;
  await spec.check?.(owner);
  // 'review' (and a check that failed) is stored with a flag for the handler, never refused: see content-check.ts.
  const screened = await screenText(ctx.contentChecker, spec.texts.join('\n'), owner, REQUEST_TEXT.contentRejected);

  const route = await spec.route(post);
  const row: RequestRow = {
    id: newRequestId(),
    kind: spec.kind,
    owner,
    clientId: spec.clientId,
    postId: post.id,
    villageCode: post.villageCode,
    townshipCode: post.townshipCode,
    countyCode: post.countyCode,
    assignee: route.assignee,
    status,
    title: spec.title,
    payload: { ...spec.payload(ctx.secrets.dataKey), ...reviewFlag(screened) },
    createdAt: now,
    updatedAt: now,
    dueAt: now + spec.dueInMs,
    version: 1,
    answeredBy: null,
    firstAnswerAt: null,
    rating: null,
    ratingWord: null,
    remindedAt: null,
    escalatedAt: null,
  };
  const first = { at: now, status, by: REQUEST_TEXT.system, note: REQUEST_TEXT.forwarded(route.name) };
  const outcome = await ctx.store.requests.create(row, [first]);
  if (outcome.created) {
    await notify(
      ctx,
      workersOf(ctx.store, route.assignee),
      { title: REQUEST_TEXT.newRequest, body: row.title, requestId: row.id, target: 'work' },
      'assigned',
    );
    return { id: row.id, created: true, dueAt: row.dueAt };
  }
  const existing = await ctx.store.requests.byId(outcome.id);
  return { id: outcome.id, created: false, dueAt: existing?.dueAt ?? row.dueAt };
}
