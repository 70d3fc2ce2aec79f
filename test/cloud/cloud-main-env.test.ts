/**
 * Each deployable function requires exactly the environment its manifest declares: one missing a required variable
 * answers INTERNAL and logs the variable's name; one that does not use VISITOR_SALT runs without it; a handler that
 * reads a secret its function was not given fails instead of using an empty one.
 */
import { randomBytes } from 'node:crypto';
import * as v from 'valibot';
import type { RouteTable } from '~/cloudfunctions/domain/context';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { demoDataset } from '../support/local-harness';
import { loadThroughAdapter } from '../support/cloudbase-ready';
import { loadEntry } from '../support/wx-sdk-fake';

const standin = createStandinDatabase();
let openid = '';
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
  }),
);

type Reply = { ok: boolean; data?: unknown; error?: { code: string } };
const entry = async (name: string) => (await loadEntry(name)) as (event: Record<string, unknown>) => Promise<Reply>;
const VARS = ['VISITOR_SALT', 'DATA_KEY', 'ADMIN_BOOTSTRAP_SECRET', 'SUBSCRIBE_TMPL_ANSWER', 'SUBSCRIBE_TMPL_PROGRESS'];
const saved = Object.fromEntries(VARS.map((k) => [k, process.env[k]]));
let errors: jest.SpyInstance;

beforeAll(async () => {
  await setupDatabase(standin.admin);
  const data = demoDataset();
  await loadThroughAdapter(standin, { regions: [], posts: [], services: [], volunteers: [], users: data.users });
});
beforeEach(() => {
  for (const k of VARS) delete process.env[k];
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => errors.mockRestore());
afterAll(() => {
  for (const [k, value] of Object.entries(saved)) if (value !== undefined) process.env[k] = value;
});

const logged = () => errors.mock.calls.map((c) => c.map(String).join(' ')).join('\n');

test('resident without DATA_KEY answers INTERNAL and the log names DATA_KEY', async () => {
  process.env.VISITOR_SALT = 'salt-of-at-least-thirty-two-characters';
  openid = 'o-resident-env';
  const res = await (await entry('resident'))({ action: 'myRequests' });
  expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
  expect(logged()).toContain('DATA_KEY is not set');
  expect(logged()).not.toContain('VISITOR_SALT');
});

test('a DATA_KEY that is not 32 bytes is refused by name, before any handler runs', async () => {
  process.env.VISITOR_SALT = 'salt-of-at-least-thirty-two-characters';
  process.env.DATA_KEY = randomBytes(16).toString('base64');
  const res = await (await entry('work'))({ action: 'profile' });
  expect(res.error?.code).toBe('INTERNAL');
  expect(logged()).toContain('DATA_KEY is not the base64 of 32 bytes');
});

test('a VISITOR_SALT under 32 characters, or the example value of .env.example, answers INTERNAL, named', async () => {
  openid = 'o-resident-env';
  process.env.VISITOR_SALT = 'salt';
  expect((await (await entry('scan'))({ action: 'land', postId: 'P1', scanId: 'x' })).error?.code).toBe('INTERNAL');
  expect(logged()).toContain('VISITOR_SALT is shorter than 32 characters');
  process.env.VISITOR_SALT = 'example-salt-replace-with-openssl-rand-hex-32';
  expect((await (await entry('scan'))({ action: 'land', postId: 'P1', scanId: 'x' })).error?.code).toBe('INTERNAL');
  expect(logged()).toContain('VISITOR_SALT is the example value published in .env.example');
});

test('the example DATA_KEY of .env.example answers INTERNAL and the log names DATA_KEY', async () => {
  process.env.DATA_KEY = 'ZXhhbXBsZS1vbmx5LWRvLW5vdC11c2UtaW4tcHJvZCE=';
  openid = 'demo-volunteer';
  const res = await (await entry('work'))({ action: 'profile' });
  expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
  expect(logged()).toContain('DATA_KEY is the example value published in .env.example');
  expect(JSON.stringify(res)).not.toContain('example');
});

test('scan without VISITOR_SALT answers INTERNAL and names it', async () => {
  openid = 'o-resident-env';
  const res = await (await entry('scan'))({ action: 'land', postId: 'P1', scanId: 'x' });
  expect(res.error?.code).toBe('INTERNAL');
  expect(logged()).toContain('VISITOR_SALT is not set');
});

test('admin runs without DATA_KEY (it never reads personal numbers)', async () => {
  process.env.VISITOR_SALT = 'salt-of-admin-file-folders-thirty-two-or-more';
  openid = 'demo-admin';
  const res = await (await entry('admin'))({ action: 'settings' });
  expect(res.ok).toBe(true);
  expect(errors).not.toHaveBeenCalled();
});

test('work runs with DATA_KEY alone, without VISITOR_SALT', async () => {
  process.env.DATA_KEY = randomBytes(32).toString('base64');
  openid = 'demo-volunteer';
  const res = await (await entry('work'))({ action: 'profile' });
  expect(res.ok).toBe(true);
  expect(errors).not.toHaveBeenCalled();
});

test('a handler reading a secret its function is not given fails (INTERNAL) rather than use an empty one', async () => {
  process.env.VISITOR_SALT = 'salt-of-admin-file-folders-thirty-two-or-more';
  process.env.DATA_KEY = randomBytes(32).toString('base64');
  const { cloudMain } = await import('~/cloudfunctions/functions/cloud-main');
  const table: RouteTable = {
    peek: { schema: v.strictObject({}), handle: async (ctx) => ({ key: ctx.secrets.dataKey.toString('base64') }) },
  };
  const res = await cloudMain('admin', table)({ action: 'peek' });
  expect(res).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
  expect(JSON.stringify(res)).not.toContain(process.env.DATA_KEY);
});
