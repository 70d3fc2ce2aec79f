/**
 * The region tree (city → counties → townships → villages), read once per store and kept: regions never change
 * while a process runs, and the dashboard needs names and children of a thousand villages on every call.
 */
import type { Crumb } from '~/types/api/dashboard';
import type { Region } from '~/types/domain';
import { CITY_CODE } from '~/types/ids';
import type { Store } from '~/cloudfunctions/store/port';

/** Every region by code, and the children of each. */
export interface RegionTree {
  byCode: Map<string, Region>;
  children: Map<string, Region[]>;
}

const trees = new WeakMap<Store, Promise<RegionTree>>();

async function load(store: Store): Promise<RegionTree> {
  const levels = await Promise.all([
    store.regions.byCode(CITY_CODE),
    store.regions.byLevel('county'),
    store.regions.byLevel('township'),
    store.regions.byLevel('village'),
  ]);
  const [city, ...rest] = levels;
  const all = [...(city ? [city] : []), ...rest.flat()];
  const byCode = new Map(all.map((r) => [r.code, r]));
  const children = new Map<string, Region[]>();
  for (const r of all) {
    if (!r.parentCode) continue;
    const list = children.get(r.parentCode) ?? [];
    list.push(r);
    children.set(r.parentCode, list);
  }
  for (const list of children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { byCode, children };
}

/** The tree of `store`'s regions (read on first use; a failed read is retried next time). */
export function regionTree(store: Store): Promise<RegionTree> {
  let tree = trees.get(store);
  if (!tree) {
    tree = load(store);
    trees.set(store, tree);
    tree.catch(() => trees.delete(store));
  }
  return tree;
}

/** The crumb of a region. */
export function regionCrumb(r: Region): Crumb {
  return { id: r.code, name: r.name, level: r.level };
}

/** The regions from `scope` down to `code` (both included), following parents; just `code` if not below scope. */
export function regionTrail(tree: RegionTree, scope: string, code: string): Crumb[] {
  const out: Crumb[] = [];
  let r = tree.byCode.get(code);
  while (r) {
    out.unshift(regionCrumb(r));
    if (r.code === scope) break;
    r = r.parentCode ? tree.byCode.get(r.parentCode) : undefined;
  }
  return out;
}

/** The name of a region, or '' when unknown. */
export function regionName(tree: RegionTree, code: string): string {
  return tree.byCode.get(code)?.name ?? '';
}
