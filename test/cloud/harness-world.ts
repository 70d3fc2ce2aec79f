/**
 * The set-up most local-runtime tests share: a demo harness, the places of its network, and browsers logged in as
 * demo identities, opened before a test file's tests and closed after them.
 */
import { startHarness, type Client, type Harness } from '../support/local-harness';
import { loginAs, places, type Places } from './work-fixture';

/** The harness, its places and one logged-in browser per name asked for; filled before the first test runs. */
export type HarnessWorld<L extends string> = { h: Harness; at: Places } & Record<L, Client>;

/**
 * Starts the harness in a `beforeAll` (before any hook the file adds after this call) and logs in a browser per
 * entry of `logins` (name → demo openid); closes it in an `afterAll`. `start` overrides how the harness starts.
 */
export function withHarness<L extends string = never>(
  logins: Record<L, string> = {} as Record<L, string>,
  start: () => Promise<Harness> = () => startHarness(),
): HarnessWorld<L> {
  const world = {} as HarnessWorld<L>;
  beforeAll(async () => {
    world.h = await start();
    world.at = places();
    for (const [name, openid] of Object.entries<string>(logins)) {
      (world as Record<string, Client>)[name] = await loginAs(world.h, openid);
    }
  });
  afterAll(() => world.h.close());
  return world;
}
