/**
 * `npm run export:cloud -- --from sqlite [--db path] | --from demo | --from csv <file> [--db base]
 * [--datum wgs84|gcj02|bd09]  --out dir [--with-demo-users]`: writes the network (regions, posts, service points, volunteers, bound users, settings that are not secrets) as CloudBase
 * import files, one `<collection>.json` (JSON Lines) per collection. Load them with `npm run deploy -- --load dir`
 * (or the console's 导入, one file per collection). `--from csv` adds the posts of an import CSV (批量导入 format) to
 * the network of the SQLite base, through the app's own import checks; `--datum` says what map its coordinates were
 * read from (GPS: wgs84, the default; Amap or Tencent: gcj02; Baidu: bd09), as the import page asks. Demo identities are left out unless
 * --with-demo-users.
 */
import { resolve } from 'node:path';
import type { EnvValues } from '~/cloudfunctions/functions/env';
import { DATUMS, type Datum } from '~/types/gcj02';
import { networkWithCsv } from './deploy/network-csv';
import { writeNetworkFiles } from './deploy/network-files';
import { networkFromDemo, networkFromSqlite, withoutDemoUsers } from './deploy/network-sources';

interface Options {
  from: 'sqlite' | 'demo' | 'csv';
  /** The import CSV (with --from csv). */
  csv?: string;
  /** The datum of the CSV's coordinates (with --from csv). */
  datum: Datum;
  db: string;
  out: string;
  withDemoUsers: boolean;
}

const USAGE =
  'usage: npm run export:cloud -- --from sqlite [--db path] | --from demo | --from csv <file> [--db base] ' +
  '[--datum wgs84|gcj02|bd09] --out dir [--with-demo-users]';

/** Parses the command line; throws with the usage on anything it does not know. */
export function parseExportArgs(argv: string[], env: EnvValues = process.env): Options {
  const o: Partial<Options> = { db: env.DB_PATH || '.data/pioneer.db', datum: 'wgs84', withDemoUsers: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    if (arg === '--from') {
      const from = next();
      if (from !== 'sqlite' && from !== 'demo' && from !== 'csv')
        throw new Error(`--from ${from}: sqlite, demo or csv\n${USAGE}`);
      o.from = from;
      if (from === 'csv') o.csv = next();
    } else if (arg === '--datum') {
      const datum = next();
      if (!(DATUMS as readonly string[]).includes(datum))
        throw new Error(`--datum ${datum}: wgs84, gcj02 or bd09\n${USAGE}`);
      o.datum = datum as Datum;
    } else if (arg === '--db') o.db = next();
    else if (arg === '--out') o.out = next();
    else if (arg === '--with-demo-users') o.withDemoUsers = true;
    else throw new Error(`unknown argument: ${arg}\n${USAGE}`);
  }
  if (!o.from || !o.out) throw new Error(USAGE);
  return o as Options;
}

async function main(): Promise<number> {
  const o = parseExportArgs(process.argv.slice(2));
  let source = o.from === 'demo' ? networkFromDemo() : networkFromSqlite(o.db);
  if (o.from === 'csv') {
    const withCsv = await networkWithCsv(o.db, o.csv!, Date.now(), o.datum);
    source = withCsv.data;
    console.log(`export: ${withCsv.created} posts of ${o.csv} added to the network of ${o.db}`);
  }
  const data = o.withDemoUsers ? source : withoutDemoUsers(source);
  const counts = writeNetworkFiles(resolve(o.out), data);
  const from = o.from === 'demo' ? 'the demo generator (演示数据)' : o.db;
  console.log(`export: the network from ${from} → ${o.out}/`);
  for (const [collection, n] of counts) console.log(`  ${collection}.json  ${n} documents`);
  if (!o.withDemoUsers && source.users.length !== data.users.length) {
    console.log(
      `  (${source.users.length - data.users.length} demo identities left out; --with-demo-users keeps them)`,
    );
  }
  console.log(`load with: npm run deploy -- --load ${o.out}`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`export: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
