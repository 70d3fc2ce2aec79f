/**
 * The layout checks the guard runs inside the page (serialised by playwright, so synchronous and self-contained):
 * what a reader would notice as broken at this viewport, each finding naming the element and its text.
 */

/** One layout defect on the visible page. */
export interface LayoutFinding {
  kind: 'zero-width' | 'narrower-than-content' | 'clipped-text' | 'page-overflow' | 'button-wraps' | 'low-contrast';
  what: string;
}

/** Runs in the browser: returns every layout defect of the page currently shown. */
export function probeLayout(): LayoutFinding[] {
  const found: LayoutFinding[] = [];
  // Taro H5 keeps earlier pages of the stack in the document, hidden; only the shown one counts.
  const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).filter(
    (p) => p.offsetParent !== null || getComputedStyle(p).display !== 'none',
  );
  const root: HTMLElement = shown[shown.length - 1] ?? document.body;
  const name = (el: Element): string => {
    const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 3).join('.');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const hint = el.getAttribute('placeholder') ?? '';
    return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> “${text || hint}”`;
  };
  const visible = (el: HTMLElement): boolean =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Inside a box that scrolls sideways on purpose (a wide table), overflow is the design, not a defect.
  const inSideScroller = (el: HTMLElement): boolean => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true;
    }
    return false;
  };
  const canvas = document.createElement('canvas').getContext('2d');
  const textWidth = (el: HTMLElement, text: string): number => {
    if (!canvas) return 0;
    const s = getComputedStyle(el);
    canvas.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    return canvas.measureText(text).width;
  };

  // How many lines the text of `el` takes: text rects that start below another one's bottom begin a new line.
  const lines = (el: HTMLElement): number => {
    const rects: DOMRect[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      rects.push(...Array.from(range.getClientRects()).filter((r) => r.width > 0));
    }
    rects.sort((a, b) => a.top - b.top);
    let count = rects.length > 0 ? 1 : 0;
    for (let i = 1; i < rects.length; i++) if (rects[i].top >= rects[i - 1].bottom - 1) count++;
    return count;
  };
  // WCAG contrast of the text colour over the first opaque background behind it.
  const rgba = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4);
  const luminance = (c: number[]): number => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (el: HTMLElement): number => {
    let bg = [255, 255, 255, 1];
    for (let p: HTMLElement | null = el; p; p = p.parentElement) {
      const c = rgba(getComputedStyle(p).backgroundColor);
      if (c[3] > 0.5) {
        bg = c;
        break;
      }
    }
    const s = getComputedStyle(el);
    const fg = rgba(s.color);
    const a = fg[3] * parseFloat(s.opacity || '1');
    const mixed = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
    const [hi, lo] = [luminance(mixed), luminance(bg)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  // 1. The page never scrolls sideways.
  for (const el of [document.documentElement, document.body, root]) {
    if (el.scrollWidth > el.clientWidth + 1)
      found.push({ kind: 'page-overflow', what: `${name(el)} ${el.scrollWidth} px > ${el.clientWidth} px` });
  }
  // 2. Controls: never 0 px wide, never narrower than what they say (a placeholder or value counts).
  const controls = root.querySelectorAll<HTMLElement>('input, textarea, button, taro-button-core, .btn');
  for (const el of Array.from(controls)) {
    if (!visible(el)) continue;
    const input = el as HTMLInputElement;
    if (input.type === 'hidden' || input.type === 'file' || input.type === 'checkbox' || input.type === 'radio')
      continue;
    const rect = el.getBoundingClientRect();
    if (rect.width < 1) {
      found.push({ kind: 'zero-width', what: name(el) });
      continue;
    }
    const isField = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
    const s = getComputedStyle(el);
    const inner = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
    const says = isField ? input.value || input.placeholder || '' : '';
    // A one-line field must show its placeholder in full: a cut hint is a question the user cannot read.
    if (isField && el.tagName === 'INPUT' && says && textWidth(el, says) > inner + 1)
      found.push({
        kind: 'narrower-than-content',
        what: `${name(el)} needs ${Math.ceil(textWidth(el, says))} px, has ${Math.floor(inner)} px`,
      });
    if (!isField && el.scrollWidth > el.clientWidth + 1 && !inSideScroller(el))
      found.push({ kind: 'narrower-than-content', what: `${name(el)} ${el.scrollWidth} px > ${el.clientWidth} px` });
    // A short label broken over two lines reads as two words (开始审 / 查): a button's label stays on one line.
    const label = (el.textContent ?? '').trim();
    if (!isField && label && label.length <= 12 && !/\s/.test(label) && lines(el) > 1)
      found.push({ kind: 'button-wraps', what: name(el) });
  }
  // 3. Text blocks: text that spills out of its box, or is cut by it.
  const texts = root.querySelectorAll<HTMLElement>('*');
  for (const el of Array.from(texts)) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
    if (!own || !visible(el) || el.closest('input, textarea, svg, canvas')) continue;
    const s = getComputedStyle(el);
    // Large text (≥ 24 px, or ≥ 18.66 px bold) may have 3:1; everything else 4.5:1 (WCAG 2.1, 1.4.3).
    const px = parseFloat(s.fontSize);
    const large = px >= 24 || (px >= 18.66 && parseInt(s.fontWeight, 10) >= 700);
    const ratio = contrast(el);
    if (ratio < (large ? 3 : 4.5)) found.push({ kind: 'low-contrast', what: `${name(el)} ${ratio.toFixed(1)}:1` });
    if (s.display === 'inline') continue; // an inline run has no box of its own to be narrower than
    if (el.clientWidth < 1 && el.clientHeight < 1) {
      found.push({ kind: 'zero-width', what: name(el) });
      continue;
    }
    const wide = el.scrollWidth > el.clientWidth + 1;
    const tall = el.scrollHeight > el.clientHeight + 1;
    const cuts = s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.textOverflow === 'ellipsis';
    if (wide && !inSideScroller(el) && !(s.overflowX === 'auto' || s.overflowX === 'scroll'))
      found.push({ kind: 'narrower-than-content', what: `${name(el)} ${el.scrollWidth} px > ${el.clientWidth} px` });
    else if (tall && cuts && s.overflowY !== 'auto' && s.overflowY !== 'scroll')
      found.push({ kind: 'clipped-text', what: `${name(el)} ${el.scrollHeight} px > ${el.clientHeight} px` });
  }
  return found;
}
