/**
 * The hourly cap on submissions counts stored requests, so it holds across cloud containers; without this file a
 * resident could reset it by deleting their data. Deleting therefore leaves a note of how many of the last hour's
 * submissions went, keyed by a salted hash (never the openid), which the cap adds until the hour is over.
 */
import type { HandlerContext } from '../context';
import { visitorHash } from '../visitor';

const HOUR_MS = 3600 * 1000;

interface Note {
  n: number;
  until: number;
}

const keyOf = (ctx: HandlerContext, owner: string) => `cap:${visitorHash(ctx.secrets.visitorSalt, owner)}`;

async function noted(ctx: HandlerContext, owner: string, now: number): Promise<number> {
  const raw = await ctx.store.meta.get(keyOf(ctx, owner));
  if (!raw) return 0;
  const note = JSON.parse(raw) as Note;
  return note.until > now ? note.n : 0;
}

/** How many submissions `owner` made in the last hour, including those they have since deleted. */
export async function submittedLastHour(ctx: HandlerContext, owner: string): Promise<number> {
  const now = ctx.now();
  return (await ctx.store.requests.countSince(owner, now - HOUR_MS)) + (await noted(ctx, owner, now));
}

/** Call before deleting `owner`'s requests: keeps the last hour's submissions counted. */
export async function noteDeletedSubmissions(ctx: HandlerContext, owner: string): Promise<void> {
  const now = ctx.now();
  const recent = await submittedLastHour(ctx, owner);
  if (recent === 0) return;
  const note: Note = { n: recent, until: now + HOUR_MS };
  // The note expires with the hour: the timer's sweep removes it, so nothing of the resident stays after.
  await ctx.store.meta.set(keyOf(ctx, owner), JSON.stringify(note), { expiresAt: note.until });
}
