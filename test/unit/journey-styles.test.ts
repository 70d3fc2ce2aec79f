/**
 * Layout rules of the journeys, read from the compiled SCSS: work buttons keep their labels whole at 375 px (a row
 * wraps a button, never a word), and the elder-mode toggle scrolls with the page instead of lying over its text.
 * @jest-environment node
 */
import path from 'node:path';
import * as sass from 'sass';

describe('styles', () => {
  const src = path.join(__dirname, '..', '..', 'src');
  const css = (file: string) => sass.compile(path.join(src, file), { loadPaths: [src] }).css.replace(/\s+/g, ' ');
  /** The declarations of the rule whose selector list includes `selector`, or null. */
  const rule = (sheet: string, selector: string) => {
    for (const m of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      if (m[1].split(',').some((sel) => sel.trim() === selector)) return m[2];
    }
    return null;
  };

  test('a row of work buttons keeps each label on one line and moves a button that does not fit', () => {
    const decls = rule(css('packages/work/shared/work.scss'), '.button-row .btn');
    expect(decls).toMatch(/white-space: nowrap/);
    expect(decls).toMatch(/flex: 1 0 auto/);
    expect(rule(css('packages/work/shared/work.scss'), '.button-row')).toMatch(/flex-wrap: wrap/);
  });

  test('the elder-mode toggle sits in its own row and scrolls away: never sticky, fixed or absolute', () => {
    const decls = rule(css('components/PageShell/index.scss'), '.elder-bar');
    expect(decls).not.toBeNull();
    expect(decls).not.toMatch(/position: (sticky|fixed|absolute)/);
  });
});
