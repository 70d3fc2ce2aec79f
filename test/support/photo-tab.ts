/**
 * A logged-in browser tab of the local runtime that also uploads evidence photos (POST /upload) and opens files
 * (/files/<id>, signed links) with its own session cookie, as the H5 app does.
 */
import { Client } from './local-harness';
import { PNG } from './request-bodies';

/** A Client that sends photos and fetches files as the identity it logged in as. */
export class PhotoTab extends Client {
  constructor(private readonly url: string) {
    super(url);
  }

  /** Logs in as a demo identity; a refused login fails the test at once rather than later, as someone else. */
  async as(openid: string): Promise<this> {
    const status = await this.login(openid);
    if (status !== 200) throw new Error(`login as ${openid} answered ${status}`);
    return this;
  }

  /** Uploads bytes as a photo of `type`; the reply as the runtime gave it. */
  upload(bytes: Buffer = PNG, type = 'image/png') {
    return this.postBytes('/upload', bytes, type);
  }

  /** Uploads the 1×1 PNG and returns its file id (the upload must succeed). */
  async uploadId(): Promise<string> {
    const res = await this.upload();
    if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${JSON.stringify(res.json)}`);
    return res.json.data.fileId as string;
  }

  /** GETs a path of the runtime (a photo, a signed link) with this tab's cookie. */
  get(path: string): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers: { cookie: this.cookieHeader() } });
  }

  /** GETs a stored photo by id. */
  fetchPhoto(id: string): Promise<Response> {
    return this.get(`/files/${id}`);
  }
}
