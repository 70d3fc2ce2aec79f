/**
 * The CloudBase entry shared by every function: identity from WeChat's context (never from the event), the
 * cloudbase store, and dispatch. Bundled into each function's index.js by scripts/build-functions.ts.
 */
import cloud from 'wx-server-sdk';
import type { RouteTable } from '../domain/context';
import { createCloudbaseStore } from '../store/cloudbase';
import type { CloudDatabase } from '../store/cloudbase/sdk';
import { dispatch, failure } from './dispatch';
import { RateLimiter } from './rate-limit';

// DYNAMIC_CURRENT_ENV is a symbol at run time; the SDK's typings only admit strings for `env`.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
// The SDK's typings describe more than the adapter uses; CloudDatabase is the part it relies on.
const store = createCloudbaseStore(cloud.database() as unknown as CloudDatabase);
const limiter = new RateLimiter();

/** Builds the `main` of one cloud function from its route table. */
export function cloudMain(fn: string, table: RouteTable) {
  return async (event: Record<string, unknown>) => {
    const salt = process.env.VISITOR_SALT;
    if (!salt) {
      console.error(`[${fn}] VISITOR_SALT is not set in the function's environment`);
      return failure('INTERNAL').result;
    }
    // callFunction adds `userInfo` to the event; identity comes from getWXContext alone.
    const { userInfo: _ignored, ...body } = event;
    const openid = cloud.getWXContext().OPENID || null;
    const user = openid ? await store.users.byOpenid(openid) : null;
    const ctx = { store, identity: { openid, user }, now: Date.now, secrets: { visitorSalt: salt } };
    return (await dispatch(fn, table, body, ctx, limiter)).result;
  };
}
