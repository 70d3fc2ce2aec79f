/**
 * A place line (县 · 乡镇 · 村, 岗位 · 村): names joined by a dot that a line break never separates from the name
 * before it. Shown with the class `place-line` (app.scss, `word-break: keep-all`), a line breaks only after a
 * separator and never inside a name: in elder mode at 360 px a plain join split 锦绣社/区.
 */
export function placeLine(...names: (string | null | undefined)[]): string {
  return names.filter((n): n is string => Boolean(n)).join('\u00a0· ');
}
