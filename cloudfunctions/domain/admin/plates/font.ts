/**
 * The CJK font of the printable plate sheet: Noto Sans SC Regular (SIL OFL 1.1), a TrueType file shipped by the npm
 * package @expo-google-fonts/noto-sans-sc. scripts/build-functions.ts copies it beside the admin function's
 * index.js; from source (tests, the local runtime) it is read from node_modules. Read once per container.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The font's file name beside the bundled function. */
export const PLATE_FONT_FILE = 'NotoSansSC-Regular.ttf';
/** The font inside its npm package. */
export const PLATE_FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let cached: Buffer | null = null;

/** The font's bytes. */
export function plateFont(): Buffer {
  if (cached) return cached;
  const bundled = join(__dirname, PLATE_FONT_FILE);
  // Only source runs (this file as .ts) read node_modules: a bundle without its font fails loudly here.
  const fromSource = __filename.endsWith('.ts') && !existsSync(bundled);
  cached = readFileSync(fromSource ? require.resolve(PLATE_FONT_MODULE) : bundled);
  return cached;
}
