/**
 * `npm run export:cloud -- --from sqlite [--db path] | --from demo  --out dir [--with-demo-users]`: writes the
 * network (regions, posts, service points, volunteers, bound users, settings that are not secrets) as CloudBase
 * import files, one `<collection>.json` (JSON Lines) per collection. Load them with `npm run deploy -- --load dir`
 * (or the console's 导入, one file per collection). Demo identities are left out unless --with-demo-users.
 */
import { resolve } from 'node:path';
import { writeNetworkFiles } from './deploy/network-files';
import { networkFromDemo, networkFromSqlite, withoutDemoUsers } from './deploy/network-sources';

interface Options {
  from: 'sqlite' | 'demo';
  db: string;
  out: string;
  withDemoUsers: boolean;
}

const USAGE = 'usage: npm run export:cloud -- --from sqlite [--db path] | --from demo  --out dir [--with-demo-users]';

/** Parses the command line; throws with the usage on anything it does not know. */
export function parseExportArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Options {
  const o: Partial<Options> = { db: env.DB_PATH || '.data/pioneer.db', withDemoUsers: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === '--from') {
      const from = next();
      if (from !== 'sqlite' && from !== 'demo') throw new Error(`--from ${from}: sqlite or demo\n${USAGE}`);
      o.from = from;
    } else if (arg === '--db') o.db = next();
    else if (arg === '--out') o.out = next();
    else if (arg === '--with-demo-users') o.withDemoUsers = true;
    else throw new Error(`unknown argument: ${arg}\n${USAGE}`);
  }
  if (!o.from || !o.out) throw new Error(USAGE);
  return o as Options;
}

function main(): number {
  const o = parseExportArgs(process.argv.slice(2));
  const source = o.from === 'sqlite' ? networkFromSqlite(o.db) : networkFromDemo();
  const data = o.withDemoUsers ? source : withoutDemoUsers(source);
  const counts = writeNetworkFiles(resolve(o.out), data);
  const from = o.from === 'sqlite' ? o.db : 'the demo generator (演示数据)';
  console.log(`export: the network from ${from} → ${o.out}/`);
  for (const [collection, n] of counts) console.log(`  ${collection}.json  ${n} documents`);
  if (!o.withDemoUsers && source.users.length !== data.users.length) {
    console.log(`  (${source.users.length - data.users.length} demo identities left out; --with-demo-users keeps them)`);
  }
  console.log(`load with: npm run deploy -- --load ${o.out}`);
  return 0;
}

if (require.main === module) {
  try {
    process.exit(main());
  } catch (err) {
    console.error(`export: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
