/**
 * @jest-environment node
 *
 * The app never imports server code: ESLint (as `npm run lint` runs it) refuses an import of cloudfunctions/ from
 * src/, however it is spelled, and lets the same import pass outside src/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(60_000);

const root = path.resolve(__dirname, '../..');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');

/** Lints `code` as if it were the file `file` of the project; returns the rule ids reported. */
function lint(file: string, code: string): string[] {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', file], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null }> }>;
  return result.messages.map((m) => m.ruleId ?? 'parse-error');
}

const serverImports = [
  "import { adminScope } from '../../../cloudfunctions/domain/admin/scope';\nexport const f = adminScope;\n",
  "import type { Store } from '~/cloudfunctions/store/port';\nexport type S = Store;\n",
  "export { dispatch } from '../cloudfunctions/functions/dispatch';\n",
];

test.each(serverImports)('an import of cloudfunctions/ from src/ is refused: %s', (code) => {
  expect(lint('src/packages/admin/pages/probe/index.ts', code)).toContain('no-restricted-imports');
});

test('the same import outside src/ (a script) passes, and src/ may import types/', () => {
  expect(lint('scripts/probe.ts', serverImports[0])).not.toContain('no-restricted-imports');
  const typesImport = "import type { Post } from '~/types/domain';\nexport type P = Post;\n";
  expect(lint('src/services/probe.ts', typesImport)).toEqual([]);
});
