/** Every volunteer of a region, read in pages of bounded size (a city has about 3,000: two pages). */
import type { Store, VolunteerRow } from '~/cloudfunctions/store/port';

const VOLUNTEER_PAGE = 2000;

/** The volunteers whose village code starts with `prefix`, in id order. */
export async function regionVolunteers(store: Store, prefix: string): Promise<VolunteerRow[]> {
  const out: VolunteerRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.volunteers.inRegion(prefix, after, VOLUNTEER_PAGE);
    out.push(...page);
    if (page.length < VOLUNTEER_PAGE) return out;
    after = page[page.length - 1].id;
  }
}
