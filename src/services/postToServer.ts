/**
 * A POST to the local runtime with the session cookie (the identity there): the one request shape of every H5
 * service (`cloud.h5.ts`, uploads, demo login). Only `*.h5.ts` files import it, so the weapp build never has it.
 */

/** POSTs `body` as `contentType` to `path` on this origin. */
export function postToServer(path: string, body: BodyInit, contentType: string): Promise<Response> {
  return fetch(path, { method: 'POST', credentials: 'include', headers: { 'content-type': contentType }, body });
}
