/**
 * The store contract for evidence photos listed by owner (photos.byOwner, read by 下载我的数据): the owner's rows
 * without their bytes, oldest first, at most the limit, nobody else's, gone with deleteByOwner. A store that keeps no
 * photo rows (CloudBase: the app uploads to cloud storage, and put refuses) lists none. Registered by
 * runStoreContract (store-contract.ts).
 */
import type { PhotoRow, Store } from '~/cloudfunctions/store/port';

const T0 = Date.UTC(2026, 11, 2, 2);

function photo(n: number, owner: string, createdAt: number): PhotoRow {
  return {
    id: `f${String(n).padStart(24, '0')}`,
    owner,
    mime: n % 2 ? 'image/png' : 'image/jpeg',
    bytes: Buffer.from(`photo ${n}`),
    createdAt,
  };
}

/** Registers the photo cases; `s` gives the adapter's store of the running test. */
export function photoContract(s: () => Store): void {
  describe('photos by owner', () => {
    it("lists the owner's photos without bytes, oldest first, within the limit, and nobody else's", async () => {
      const store = s();
      // Put out of order, two at the same moment (ordered by id then).
      const rows = [
        photo(3, 'o-alice', T0 + 20),
        photo(1, 'o-alice', T0),
        photo(2, 'o-alice', T0),
        photo(4, 'o-bob', T0),
      ];
      const kept = await Promise.all(
        rows.map((r) =>
          store.photos.put(r).then(
            () => true,
            () => false,
          ),
        ),
      );
      if (kept.every((k) => !k)) {
        // The adapter keeps no photo rows (cloud storage holds them): it has none to list.
        expect(await store.photos.byOwner('o-alice', 10)).toEqual([]);
        return;
      }
      expect(kept).toEqual([true, true, true, true]);
      const bare = (p: PhotoRow) => ({ id: p.id, owner: p.owner, mime: p.mime, createdAt: p.createdAt });
      const alice = [photo(1, 'o-alice', T0), photo(2, 'o-alice', T0), photo(3, 'o-alice', T0 + 20)].map(bare);
      expect(await store.photos.byOwner('o-alice', 10)).toEqual(alice);
      expect(await store.photos.byOwner('o-alice', 2)).toEqual(alice.slice(0, 2));
      expect(await store.photos.byOwner('o-bob', 10)).toEqual([bare(photo(4, 'o-bob', T0))]);
      expect(await store.photos.byOwner('o-carol', 10)).toEqual([]);
      expect(await store.photos.deleteByOwner('o-alice')).toBe(3);
      expect(await store.photos.byOwner('o-alice', 10)).toEqual([]);
      expect(await store.photos.byOwner('o-bob', 10)).toHaveLength(1);
    });
  });
}
