/**
 * The demo dataset (演示数据) of the Baicheng network at real scale, after the Baicheng Judicial Bureau's 2023
 * report: 白城市, 5 county-level units, 105 townships, 1,038 villages, 5,292 posts (12 retired), 3,021 volunteers,
 * 104 judicial offices, 57 mediation rooms and the legal-aid, notary, arbitration and hotline contacts.
 * Everything but the published totals, region codes and known place names is generated and illustrative.
 * `generateDataset` is pure and deterministic; `seedDatabase` writes it into a fresh SQLite file.
 */
import { ownerOnlyDatabase } from '~/cloudfunctions/local/db-file';
import { DB_MODE_KEY, type DbMode } from '~/cloudfunctions/local/db-mode';
import { loadKeys } from '~/cloudfunctions/local/secrets';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite/index';
import type { Dataset } from '~/cloudfunctions/store/port';
import { buildPosts } from './posts';
import { writeActivity } from './activity';
import { writeScans } from './scans';
import { buildRegions, regionRows } from './regions';
import { buildServices } from './services';
import { buildUsers, castDemoVolunteers } from './users';
import { buildVolunteers, postsByVillage } from './volunteers';

/** The fixed creation time of every seeded row (2024-01-01T00:00:00Z). */
export const SEED_CREATED_AT = Date.UTC(2024, 0, 1);

/** Builds the whole demo network; no I/O, the same output on every run. */
export function generateDataset(): Dataset {
  const tree = buildRegions();
  const posts = buildPosts(tree.villages, SEED_CREATED_AT);
  const volunteers = buildVolunteers(tree.villages, postsByVillage(posts));
  const cast = castDemoVolunteers(posts, volunteers);
  const services = buildServices(tree, volunteers, cast.mediator);
  const users = buildUsers(cast, services, {
    staffTownshipCode: tree.townships[0].region.code,
    countyCode: tree.counties[0].code,
  });
  return { regions: regionRows(tree), posts, services, volunteers, users };
}

/**
 * The network alone — regions, posts and the offices among the service points — without people (volunteers, users,
 * the generated mediators' personal rooms) or activity: what a production database starts with. People join by the first-admin secret and invites; posts can be re-imported.
 */
export function networkOnly(data: Dataset): Dataset {
  // The personal mediation rooms (个人调解室) carry the names and mobile numbers of generated mediators: people.
  return { ...data, services: data.services.filter((s) => !isPersonalRoom(s)), volunteers: [], users: [] };
}

/** A generated personal mediation room (services.ts: named after its mediator, their phone its number). */
function isPersonalRoom(s: Dataset['services'][number]): boolean {
  return s.kind === 'mediationRoom' && s.name.endsWith('个人调解室');
}

/** What seedDatabase may add to the network. */
export interface SeedOptions {
  dataset?: Dataset;
  /**
   * Raw scans to generate over the last 365 days (a year of use for the dashboard), with residents' requests and
   * their handling at 3 per 1,000 scans (at most 5,000; scripts/seed/activity.ts); 0 or absent: none.
   */
  scans?: number;
  /** The end of the generated year (default: now). */
  endMs?: number;
  /** With `scans`: how many requests the year holds, instead of 3 per 1,000 scans (the dashboard bench). */
  requests?: number;
  /** With `scans`: end the year with requests waiting for the demo workers (`npm start`'s demo; activity.ts). */
  demoInbox?: boolean;
  /** The mode the database is marked with (local/db-mode.ts: `npm start`, `npm run seed`); unmarked when absent. */
  mode?: DbMode;
}

/**
 * Creates (or adds to an empty) SQLite database at `file` and loads the demo dataset in one transaction; fails,
 * writing nothing, if the database already holds rows. With `scans`, adds a generated year of scans and rebuilds
 * the aggregates from them. Returns the number of posts and scans and the time taken in ms.
 */
export async function seedDatabase(
  file: string,
  options: SeedOptions = {},
): Promise<{ posts: number; scans: number; requests: number; ms: number }> {
  const started = performance.now();
  const data = options.dataset ?? generateDataset();
  ownerOnlyDatabase(file);
  const store = openSqliteStore(file);
  try {
    await store.load(data);
    if (options.mode) await store.meta.set(DB_MODE_KEY, options.mode);
  } finally {
    await store.close();
  }
  let scans = 0;
  let requests = 0;
  if (options.scans && options.scans > 0) {
    const endMs = options.endMs ?? Date.now();
    scans = writeScans(file, data.posts, data.regions, options.scans, endMs).scans;
    const again = openSqliteStore(file);
    try {
      await again.stats.rebuild(endMs);
      const wanted = options.requests ?? Math.min(5000, Math.round(scans * 0.003));
      // The requests' personal numbers are encrypted with the key the server will use: the key file, made here.
      const keys = await loadKeys({ store: again, dbPath: file, production: false });
      if (wanted > 0) {
        const made = await writeActivity(again, data, wanted, endMs, keys, { demoInbox: options.demoInbox });
        requests = made.requests;
      }
    } finally {
      await again.close();
    }
  }
  return { posts: data.posts.length, scans, requests, ms: Math.round(performance.now() - started) };
}
