/**
 * The layer boundary the linter holds: domain handlers reach storage only through store/port, never an adapter or
 * the local runtime. Lints small probe sources as if they sat in domain/, with the project's own ESLint config.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const probe = join(root, 'cloudfunctions/domain/scan/boundary-probe.ts');

interface LintMessage {
  ruleId: string | null;
  message: string;
  line: number;
}

// The CLI in a child process: jest's module sandbox cannot load the flat config (an ES module) in-process.
function lint(source: string, filePath: string): LintMessage[] {
  const cli = join(root, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [cli, '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result.messages;
}

const REFUSED: [string, string][] = [
  ["import { openSqliteStore } from '../../store/sqlite';", 'the SQLite adapter'],
  ["import { toPost } from '../../store/sqlite/mappers';", 'a file inside the SQLite adapter'],
  ["import { createCloudbaseStore } from '../../store/cloudbase';", 'the CloudBase adapter'],
  ["import type { CloudDatabase } from '../../../store/cloudbase/sdk';", 'a type of the CloudBase adapter'],
  ["import { VISITOR_DAYS_KEPT } from '../../store/rollups';", 'a store internal beside the port'],
  ["import { startServer } from '../../local/server';", 'the local runtime'],
  ["import { openSqliteStore } from '~/cloudfunctions/store/sqlite';", 'the SQLite adapter, by the root alias'],
];

describe('domain/ imports only the store port', () => {
  it('refuses every adapter, store internal and the local runtime, one error per import line', () => {
    const source = `${REFUSED.map(([line]) => line).join('\n')}\nexport {};\n`;
    const refused = lint(source, probe).filter((m) => m.ruleId === 'no-restricted-imports');
    expect(refused.map((m) => m.line)).toEqual(REFUSED.map((_, i) => i + 1));
    for (const m of refused) expect(m.message).toMatch(/store\/port only/);
  }, 60_000);

  it('accepts the port and the shared geometry', () => {
    const source = [
      "import type { Store } from '../../store/port';",
      "import { distanceM } from '../../geo/distance';",
      "import type { PostsPort } from '~/cloudfunctions/store/port';",
      'export type S = Store;',
      'export type P = PostsPort;',
      'export const d = distanceM;',
      '',
    ].join('\n');
    expect(lint(source, probe).filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  }, 60_000);

  it('leaves the adapters themselves free to import each other’s helpers', () => {
    const messages = lint(
      "import { toPost } from '../sqlite/mappers';\nexport const t = toPost;\n",
      join(root, 'cloudfunctions/store/cloudbase/probe.ts'),
    );
    expect(messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  }, 60_000);
});
