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

/** What a test has WeChat's text check answer: a verdict (`suggest`), or a failure as the SDK throws it. */
export type SecCheckAnswer = { suggest: string } | { fail: number };

/**
 * `openapi.security.msgSecCheck` (v2) as strict as WeChat documents it: `version` 2, an `openid`, `scene` 1–4 and a
 * non-empty UTF-8 `content` of at most 2,500 characters (counted here in UTF-16 units, the stricter count). A request
 * outside these throws as wx-server-sdk throws (`errCode`): 44002 for empty content, 40003 for no openid, 40129 for a
 * bad scene, 47001 for a bad version or an over-long content. The code WeChat gives an over-long content is not
 * documented; 47001 (参数格式不对) is a guess, and any failure is handled alike by the caller. Every accepted request
 * is pushed to `log`.
 */
export function secCheckStandin(answer: (content: string) => SecCheckAnswer, log: Record<string, unknown>[] = []) {
  const fail = (code: number) => {
    throw Object.assign(new Error(`openapi.security.msgSecCheck:fail ${code}`), { errCode: code });
  };
  return async (req: Record<string, unknown>) => {
    const { version, openid, scene, content } = req;
    if (typeof content !== 'string' || content === '') fail(44002);
    if (typeof openid !== 'string' || openid === '') fail(40003);
    if (![1, 2, 3, 4].includes(scene as number)) fail(40129);
    if (version !== 2 || (content as string).length > 2500) fail(47001);
    log.push(req);
    const a = answer(content as string);
    if ('fail' in a) fail(a.fail);
    const { suggest } = a as { suggest: string };
    return {
      errCode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
      result: { suggest, label: suggest === 'pass' ? 100 : 20001 },
    };
  };
}
