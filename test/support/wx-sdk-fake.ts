/**
 * The wx-server-sdk surface the cloud entries use, stood in for a test's `jest.mock('wx-server-sdk', …)` factory.
 * Each part is a getter read at call time: the factory is hoisted above the test's own variables, and a test
 * changes the caller (OPENID) or the database between cases. Require it inside the factory
 * (`() => require('../support/wx-sdk-fake').fakeWxSdk({...})`): an import binding is not yet set when jest hoists it.
 */
import type { StorageSdk } from '~/cloudfunctions/functions/storage';
import type { StandinDatabase } from './cloudbase-standin';

/** What a test plugs into the fake SDK. */
export interface FakeSdkParts {
  /** The CloudBase stand-in `cloud.database()` answers. */
  db: () => StandinDatabase;
  /** The caller's OPENID as `cloud.getWXContext()` gives it; '' (a timer trigger) unless told. */
  openid?: () => string;
  /** `cloud.openapi` (subscribeMessage, security, wxacode …): only what the test stands in exists. */
  openapi?: Record<string, unknown>;
  /** The storage calls (uploadFile …), forwarded to whatever `storage()` answers when called. */
  storage?: () => Partial<StorageSdk>;
}

const STORAGE_CALLS = ['uploadFile', 'downloadFile', 'getTempFileURL', 'deleteFile'] as const;

/** The module object `require('wx-server-sdk')` gives the code under test. */
export function fakeWxSdk({ db, openid = () => '', openapi = {}, storage }: FakeSdkParts): Record<string, unknown> {
  const files = storage
    ? Object.fromEntries(
        STORAGE_CALLS.map((name) => [
          name,
          // Forwarded by name: each call has its own argument type, checked where the stand-in defines it.
          (a: never) => (storage()[name] as (a: never) => Promise<unknown>)(a),
        ]),
      )
    : {};
  return {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: jest.fn(),
    database: db,
    getWXContext: () => ({ OPENID: openid() }),
    openapi,
    ...files,
  };
}

/** A cloud function's `main` as a test calls it; replies are read field by field, hence the loose data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EntryMain = (event: Record<string, unknown>) => Promise<{ ok: boolean; data?: any; error?: any }>;

/** Loads the deployable entry `name` (cloudfunctions/functions/<name>) after the SDK is mocked. */
export async function loadEntry(name: string): Promise<EntryMain> {
  return (await import(`~/cloudfunctions/functions/${name}`)).main as EntryMain;
}
