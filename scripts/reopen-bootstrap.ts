/**
 * `npm run reopen-bootstrap -- [--db path] [--all]`: gives a city whose admins are all gone its first admin again.
 * On the local runtime a session is the account (there is no WeChat login): once every city admin has logged out or
 * let the session lapse, nobody can sign in as them, nobody above them can revoke them, and admin.bootstrap stays
 * closed while any admin is bound. Run on the server with the server stopped (it takes `<db>.lock`; having the
 * files is what makes the operator), it removes the city admins' bindings, each with an audit entry naming the
 * operator (admin.reopen), and ends their sessions; then ADMIN_BOOTSTRAP_SECRET binds a new first admin. Bootstrap
 * opens only when no admin at all is bound: with county or township admins left it changes nothing and says so,
 * unless `--all`, which removes theirs too (the new city admin invites them again).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CITY_CODE } from '~/types/ids';
import type { User } from '~/types/domain';
import { operatorEntry } from '~/cloudfunctions/domain/audit/operator';
import { regionPrefix } from '~/cloudfunctions/domain/scope';
import { unbindUser } from '~/cloudfunctions/domain/sessions';
import { holdLock } from '~/cloudfunctions/local/db-lock';
import { markMode } from '~/cloudfunctions/local/db-mode';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';

/** More admins than a city has (Baicheng: one per county and township at most a few times over, 111 regions). */
const ADMINS_LIMIT = 10_000;

/** What a run did: the admins whose bindings it removed, and those it left (county and township, without --all). */
export interface Reopened {
  removed: User[];
  left: User[];
}

/** Refused: nothing was changed; the message says why and what to do. */
export class ReopenError extends Error {}

const who = (u: User) => `${u.label || '（无名）'} (${u.regionCode})`;

/** Removes the admin bindings of the database at `dbPath` (see the header); the server must be stopped. */
export async function reopenBootstrap(dbPath: string, opts: { all?: boolean; now?: number } = {}): Promise<Reopened> {
  if (!existsSync(dbPath)) throw new ReopenError(`没有这个数据库 (no database at ${dbPath})`);
  // A running server would go on answering with the admins it has read; its sessions are its own to end.
  const release = holdLock(dbPath, 'stop the server before reopening the first-admin binding');
  const store = openSqliteStore(dbPath);
  try {
    const admins = await store.users.adminsIn(regionPrefix(CITY_CODE), ADMINS_LIMIT);
    const city = admins.filter((u) => u.regionCode === CITY_CODE);
    const below = admins.filter((u) => u.regionCode !== CITY_CODE);
    if (below.length > 0 && !opts.all) {
      throw new ReopenError(
        `未做任何更改 (nothing changed): the first admin binds only while no admin is bound, and ${below.length} ` +
          `county or township admin(s) are: ${below.map(who).join(', ')}. Run again with --all to remove their ` +
          'bindings too (the new city admin then invites them again).',
      );
    }
    const removing = opts.all ? admins : city;
    // Only a production database has admins to reopen: an older unmarked one gets its mark (db-mode.ts), so a demo
    // seed --force or a demo start refuses it from now on.
    await markMode(store, false);
    const at = opts.now ?? Date.now();
    for (const admin of removing) {
      const entry = operatorEntry(at, {
        action: 'admin.reopen',
        record: `admin:${admin.openid}`,
        detail: `${admin.label}（${admin.regionCode}）`,
      });
      // Sessions first, then the binding with its entry as one unit (domain/sessions.ts).
      await unbindUser(store, admin.openid, entry);
    }
    return { removed: removing, left: opts.all ? [] : below };
  } finally {
    await store.close();
    release();
  }
}

function parseArgs(argv: string[]): { db: string; all: boolean } {
  let db = process.env.DB_PATH || '.data/pioneer.db';
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db' && argv[i + 1]) db = argv[++i];
    else if (arg === '--all') all = true;
    else throw new ReopenError(`unknown argument: ${arg} (usage: tsx scripts/reopen-bootstrap.ts [--db path] [--all])`);
  }
  return { db: resolve(db), all };
}

async function main(): Promise<void> {
  const { db, all } = parseArgs(process.argv.slice(2));
  const { removed } = await reopenBootstrap(db, { all });
  if (removed.length === 0) {
    console.log(`首位管理员绑定已开放 (no admin is bound in ${db}): ADMIN_BOOTSTRAP_SECRET binds the first admin.`);
    return;
  }
  console.log(
    `已解除 ${removed.length} 位管理员 (removed ${removed.length} admin binding(s) of ${db}, each on the audit log ` +
      `as admin.reopen by operator; their sessions ended): ${removed.map(who).join(', ')}.\n` +
      'Start the server with ADMIN_BOOTSTRAP_SECRET (at least 16 characters) and bind the new first admin with ' +
      '管理员口令; remove the secret once bound.',
  );
}

// tsx runs this package as CommonJS, so `require.main` tells the command line from an import.
if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
