/**
 * The catalogue the export and fuzz tests build on is complete and right: one valid input for every action of
 * types/api SCHEMAS, each passing its schema, each accepted by the local runtime when its role sends it.
 */
import * as v from 'valibot';
import {
  BOOTSTRAP_SECRET,
  CATALOGUE,
  allActions,
  catalogueGaps,
  lifecycle,
  schemaOf,
  send,
} from '../support/action-catalogue';
import { buildWorld } from '../support/action-world';
import { startHarness, type Harness } from '../support/local-harness';
import type { World } from '../support/action-catalogue';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness(true, { web: { publicUrl: null, trustProxy: true }, bootstrapSecret: BOOTSTRAP_SECRET });
  w = await buildWorld(h);
}, 60_000);
afterAll(() => h.close());

test('every action of SCHEMAS has a valid input, and every entry names an action', () => {
  expect(allActions().length).toBeGreaterThan(50);
  expect(catalogueGaps()).toEqual({ missing: [], unknown: [] });
});

test.each(lifecycle())('%s: the valid input passes the schema and its role is served', async (key) => {
  const entry = CATALOGUE[key];
  const body = await entry.body(w);
  const parsed = v.safeParse(schemaOf(key), body);
  expect(parsed.issues?.map((i) => i.message) ?? []).toEqual([]);
  const res = await send(w.callers[entry.role], key, body);
  if (key === 'admin.bootstrap') {
    // Admins exist already: the bootstrap gives its one answer for every failure.
    expect(res.status).toBe(403);
    return;
  }
  expect({ status: res.status, ok: res.json?.ok, error: res.json?.error }).toEqual({
    status: 200,
    ok: true,
    error: undefined,
  });
});

test('no unexpected error was logged', () => {
  expect(h.errors).toEqual([]);
});
