/**
 * Submissions of one device under changing identities (同一设备的重复提交). A browser that keeps no cookie is a new
 * anonymous identity at every call, so a retry or a double tap of the same form would store a second request: the
 * store de-duplicates by (owner, clientId), and the owner changed. The clientId is a random uuid made on the device
 * for the form, which no other device can name; so the same clientId from the same address within WINDOW_MS is the
 * same submission, answered with the request the first call stored (or is storing). This process's memory only: on
 * CloudBase mini-program calls carry no address, and their identity (the openid) does not change.
 */
import { trimOldest } from './bounded-map';

/** How long a submission is remembered: far longer than any retry of one form. */
const WINDOW_MS = 10 * 60_000;
/** Entries kept at most (the oldest go first); an address files at most 60 an hour (submit.ts). */
const MAX_ENTRIES = 50_000;

interface Entry<R> {
  at: number;
  reply: Promise<R>;
}

/** The replies of recent submissions, by address and clientId. */
export class SameDevice<R> {
  private readonly entries = new Map<string, Entry<R>>();

  private static key(address: string, clientId: string): string {
    return `${address}\u0000${clientId}`;
  }

  /** The reply of an earlier call of this submission (settled or still on its way), or null. */
  earlier(address: string, clientId: string, now: number): Promise<R> | null {
    const key = SameDevice.key(address, clientId);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now - entry.at > WINDOW_MS) {
      this.entries.delete(key);
      return null;
    }
    return entry.reply;
  }

  /** Remembers `reply` for this submission; a call that fails is forgotten, so its retry runs again. */
  remember(address: string, clientId: string, now: number, reply: Promise<R>): void {
    const key = SameDevice.key(address, clientId);
    const entry = { at: now, reply };
    this.entries.set(key, entry);
    trimOldest(this.entries, MAX_ENTRIES);
    reply.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
  }

  clear(): void {
    this.entries.clear();
  }
}
