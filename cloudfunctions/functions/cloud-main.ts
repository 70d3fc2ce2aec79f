/**
 * The CloudBase entry shared by every function: identity from WeChat's context (never from the event), the
 * cloudbase store, and dispatch. Bundled into each function's index.js by scripts/build-functions.ts.
 */
import cloud from 'wx-server-sdk';
import { verdictOf, withVisibleForm, type ContentChecker } from '../domain/content-check';
import type { RouteTable } from '../domain/context';
import { createCloudbaseStore } from '../store/cloudbase';
import { cloudPhotoSlots } from '../store/cloudbase/photos';
import type { CloudDatabase } from '../store/cloudbase/sdk';
import { dispatch, failure } from './dispatch';
import { envProblems, secretsFor } from './env';
import { MANIFEST } from './manifest';
import { createCloudPlateMaker, plateEnvVersion, type PlateSdk } from './plates';
import { createCloudFileStore, type StorageSdk } from './storage';
import { createCloudInviteCodes } from './invite-codes';
import { createCloudEvidence, type EvidenceSdk } from './evidence-files';
import { createSubscribePusher, type SubscribeMessageApi } from './push';
import { RateLimiter, sharedLimiter } from './rate-limit';
import { addressKey } from './address-key';
import { callerUser } from './caller';

// DYNAMIC_CURRENT_ENV is a symbol at run time; the SDK's typings only admit strings for `env`.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
// The SDK's typings describe more than the adapter uses; CloudDatabase is the part it relies on.
const db = cloud.database() as unknown as CloudDatabase;
// The shared windows' ids are keyed with the function's visitor salt where it has one (work has none: its windows'
// keys hold OPENIDs only, hashed plainly).
const windowSalt = process.env.VISITOR_SALT;
const store = createCloudbaseStore(db, windowSalt ? { windowKey: Buffer.from(windowSalt, 'utf8') } : {});
/** The CloudBase store of this container; also used by the `cron` function's entry. */
export const cloudStore = store;
/** The OPENID of the caller, or null for a timer trigger (which has no user). */
export const callerOpenid = (): string | null => cloud.getWXContext().OPENID || null;
// Limits held across containers: this container's windows, then the shared ones in the database.
const limiter = sharedLimiter(new RateLimiter(), store.windows);
// Subscribe messages (订阅消息) for notices; template ids from SUBSCRIBE_TMPL_* in the function's environment.
const subscribeMessage: SubscribeMessageApi = {
  // The SDK types openapi loosely (Record<string, any>); SubscribeMessageApi is the shape it is called with.
  send: (args) => cloud.openapi.subscribeMessage.send(args) as Promise<unknown>,
};
/** Sends notices as subscribe messages; also used by the `cron` function's entry. */
export const cloudPusher = createSubscribePusher(subscribeMessage);

// QR plates: wxacode.getUnlimited (openapi permission in the admin function's config.json), stored in cloud storage.
const plateSdk: PlateSdk = {
  // The SDK types openapi loosely; PlateSdk is the shape it is called with and answers.
  getUnlimited: (args) =>
    cloud.openapi.wxacode.getUnlimited(args) as Promise<Awaited<ReturnType<PlateSdk['getUnlimited']>>>,
  uploadFile: (args) => cloud.uploadFile(args),
  // Typed `Promise | void` (the callback form); called without a callback it always answers a promise.
  getTempFileURL: (args) => cloud.getTempFileURL(args) as Promise<Awaited<ReturnType<PlateSdk['getTempFileURL']>>>,
  downloadFile: (args) => cloud.downloadFile(args) as Promise<{ fileContent: Buffer }>,
};
/** The plate maker of this container (admin.plates, admin.plateSheet); PLATE_ENV_VERSION picks the version. */
const codeVersion = plateEnvVersion(process.env.PLATE_ENV_VERSION);
export const cloudPlates = createCloudPlateMaker(plateSdk, store.meta, undefined, codeVersion);

// Admin files (plate sheets, exports, import uploads): the four storage calls, through one narrow interface.
const storageSdk: StorageSdk = {
  uploadFile: (args) => cloud.uploadFile(args),
  // The SDK types these with the callback form's `void`; called without a callback they answer a promise.
  downloadFile: (args) => cloud.downloadFile(args) as Promise<{ fileContent: Buffer }>,
  getTempFileURL: (args) => cloud.getTempFileURL(args) as ReturnType<StorageSdk['getTempFileURL']>,
  deleteFile: (args) => cloud.deleteFile(args) as ReturnType<StorageSdk['deleteFile']>,
};
/** Cloud storage as the handlers' FileStore. */
export const cloudFiles = createCloudFileStore(storageSdk);
/** Mini-program codes of invites (admin.inviteCode), over the same SDK calls as the plates. */
const cloudInviteCodes = createCloudInviteCodes(plateSdk, undefined, codeVersion);
// Evidence photos: uploaded into slots (checked when submitted, swept by the timer when never attached), removed on
// 删除我的数据, shown to the deciding handler through temporary links.
const evidenceSdk: EvidenceSdk = {
  // Typed `Promise | void` (the callback form); called without a callback they always answer a promise.
  deleteFile: (args) => cloud.deleteFile(args) as Promise<Awaited<ReturnType<EvidenceSdk['deleteFile']>>>,
  getTempFileURL: (args) => cloud.getTempFileURL(args) as Promise<Awaited<ReturnType<EvidenceSdk['getTempFileURL']>>>,
  downloadFile: (args) => cloud.downloadFile(args) as Promise<{ fileContent: Buffer }>,
  uploadFile: (args) => cloud.uploadFile(args),
};
/** The evidence storage of this container; also used by the `cron` function's entry (the sweep of uploads). */
export const cloudEvidence = createCloudEvidence(evidenceSdk, undefined, cloudPhotoSlots(db));

/**
 * WeChat's own check of user text (msgSecCheck v2): its verdict; a failed call throws (see screenText). A text with
 * characters that show nothing is also checked without them (withVisibleForm).
 */
const contentChecker: ContentChecker = withVisibleForm({
  async check(content, openid) {
    const res = await cloud.openapi.security.msgSecCheck({ version: 2, openid, scene: 1, content });
    // The SDK's typings for v2 lag behind the API; `result.suggest` is what v2 returns.
    return verdictOf((res as unknown as { result?: { suggest?: string } }).result?.suggest);
  },
});

/** Builds the `main` of one cloud function from its route table; its environment is checked against the manifest. */
export function cloudMain(fn: keyof typeof MANIFEST, table: RouteTable) {
  const spec = MANIFEST[fn];
  return async (event: Record<string, unknown>) => {
    const problems = envProblems(spec, process.env);
    if (problems.length > 0) {
      console.error(`[${fn}] cannot run: ${problems.join('; ')} in the function's environment`);
      return failure('INTERNAL').result;
    }
    // callFunction adds `userInfo` to the event; identity comes from getWXContext alone.
    const { userInfo: _ignored, ...body } = event;
    const wx = cloud.getWXContext();
    const openid = wx.OPENID || null;
    const user = await callerUser(store, table, body, openid);
    const ctx = {
      store,
      identity: { openid, user },
      now: Date.now,
      secrets: secretsFor(fn, spec, process.env),
      contentChecker,
      pusher: cloudPusher,
      plates: cloudPlates,
      inviteCodes: cloudInviteCodes,
      evidence: cloudEvidence,
      files: cloudFiles,
      // Mini-program calls carry no client address (the OPENID is the stable key there); other call types may.
      clientAddress: addressKey(wx.CLIENTIP || wx.CLIENTIPV6 || undefined),
    };
    return (await dispatch(fn, table, body, ctx, limiter)).result;
  };
}
