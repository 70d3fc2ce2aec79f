/** The posts inside a subject, read in pages of the store's region query. */
import type { Post } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import type { Subject } from './subject';

const PAGE = 2000;

/** Every post whose village code starts with `prefix` (active and retired, or only `status`), in id order. */
export async function postsUnder(store: Store, prefix: string, status?: Post['status']): Promise<Post[]> {
  const out: Post[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.posts.inRegion(prefix, after, PAGE, status ? { status } : undefined);
    out.push(...page);
    if (page.length < PAGE) return out;
    after = page[page.length - 1].id;
  }
}

/**
 * The posts of a subject: the post itself, or every post of the region from the store's directory (a constant
 * number of reads whatever the number of posts).
 */
export function postsOf(store: Store, subject: Subject): Promise<Post[]> {
  return subject.kind === 'post' ? Promise.resolve([subject.post]) : store.posts.directory(subject.prefix);
}
