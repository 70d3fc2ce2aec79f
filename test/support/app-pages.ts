/** Every page of the app, read from src/app.config.ts itself so a page added there is checked without asking. */

interface AppConfigShape {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
}

/** The route of every page in app.config.ts, main package first, e.g. `packages/admin/pages/posts/index`. */
export function appPages(): string[] {
  // app.config.ts calls Taro's build-time global; here it only has to hand the object back.
  const g = globalThis as unknown as { defineAppConfig?: (c: AppConfigShape) => AppConfigShape };
  g.defineAppConfig = (c) => c;
  // Loaded only after the global above exists.
  const config = require('~/src/app.config').default as AppConfigShape;
  const sub = (config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`));
  return [...config.pages, ...sub];
}
