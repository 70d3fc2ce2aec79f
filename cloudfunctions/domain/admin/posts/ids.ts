/** New post ids: `p` + 12-digit village code + a sequence of at least 2 digits, as the seed makes them. */
import type { Post } from '~/types/domain';
import { POST_ID_PATTERN } from '~/types/ids';
import type { Store } from '~/cloudfunctions/store/port';

const PAGE = 500;

/** Every post of one village (any status), id order. */
export async function villagePosts(store: Store, villageCode: string): Promise<Post[]> {
  const all: Post[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.posts.inRegion(villageCode, after, PAGE);
    all.push(...page);
    if (page.length < PAGE) return all;
    after = page[page.length - 1].id;
  }
}

/** The sequence number of `id` if it is a generated id of this village, else 0. */
export function seqOf(villageCode: string, id: string): number {
  const prefix = `p${villageCode}`;
  if (!id.startsWith(prefix)) return 0;
  const rest = id.slice(prefix.length);
  return /^\d{2,}$/.test(rest) ? Number(rest) : 0;
}

/** The id of sequence `seq` in a village: p22080200100101 (two digits, more once past 99). */
export function postIdOf(villageCode: string, seq: number): string {
  const id = `p${villageCode}${String(seq).padStart(2, '0')}`;
  if (!POST_ID_PATTERN.test(id)) throw new Error(`post id ${id} is too long`);
  return id;
}

/** Hands out the next free sequences of villages, after every id already used (stored or named in a file). */
export class IdSequencer {
  private readonly last = new Map<string, number>();

  /** Records an id as used. */
  take(villageCode: string, id: string): void {
    const seq = seqOf(villageCode, id);
    if (seq > (this.last.get(villageCode) ?? 0)) this.last.set(villageCode, seq);
  }

  /** Records an id as used if it has the shape of a generated id (the village is read from the id itself). */
  takeAny(id: string): void {
    const m = /^p(\d{12})\d{2,}$/.exec(id);
    if (m) this.take(m[1], id);
  }

  /** The next id of the village; also records it. */
  next(villageCode: string): string {
    const seq = (this.last.get(villageCode) ?? 0) + 1;
    this.last.set(villageCode, seq);
    return postIdOf(villageCode, seq);
  }
}
