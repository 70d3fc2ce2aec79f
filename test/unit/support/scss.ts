/** The app's real SCSS compiled and read rule by rule, for the style tests (node environment). */
import path from 'node:path';
import * as sass from 'sass';

const src = path.join(__dirname, '..', '..', '..', 'src');

/** The CSS that `file` (a path under src/) compiles to, with src/ as the load path as the build has it. */
export const compile = (file: string): string => sass.compile(path.join(src, file), { loadPaths: [src] }).css;

/** The CSS that SCSS `source` compiles to, with src/ as the load path (for trying a mixin). */
export const compileString = (source: string): string => sass.compileString(source, { loadPaths: [src] }).css;

/** `selector → declarations` of every plain rule in a stylesheet (a selector's rules joined in order). */
export function rules(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const sel of m[1].split(',')) {
      const key = sel.trim().replace(/\s+/g, ' ');
      out.set(key, (out.get(key) ?? '') + m[2]);
    }
  }
  return out;
}

/** The rpx value of `prop` in a rule's declarations, or null when it is not set in rpx. */
export function rpx(decls: string | undefined, prop: string): number | null {
  const m = decls?.match(new RegExp(`(?:^|;|\\s)${prop}:\\s*([\\d.]+)rpx`));
  return m ? Number(m[1]) : null;
}
