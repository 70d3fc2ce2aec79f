/** The frame of each store contract group: a describe block whose every test starts from a freshly loaded store. */
import type { Dataset, Store } from '~/cloudfunctions/store/port';

/** Registers `cases` under `title`, loading `dataset()` into the current test's `store()` before each of them. */
export function describeLoaded(title: string, store: () => Store, dataset: () => Dataset, cases: () => void): void {
  describe(title, () => {
    beforeEach(async () => {
      await store().load(dataset());
    });
    cases();
  });
}
