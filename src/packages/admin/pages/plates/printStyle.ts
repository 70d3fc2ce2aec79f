/**
 * Print CSS of the plate sheet, H5 only: A4 with 10 mm margins, 2 × 3 plates per sheet in millimetres, a page
 * break after each sheet, and nothing but the plates on paper. Injected at run time rather than compiled into the
 * page's stylesheet because WeChat's style compiler knows neither `@page` nor print media.
 */
import { useEffect } from 'react';

/** The id of the injected style element. */
export const PRINT_STYLE_ID = 'plates-print-style';

/** The rules. */
export const PRINT_CSS = `
@page { size: A4; margin: 10mm; }
@media print {
  html, body, .page, .plates-page { background: #fff !important; padding: 0 !important; margin: 0 !important; min-height: 0 !important; }
  /* Taro's H5 router pins each page to the viewport and scrolls inside it: unpinned, every sheet reaches paper. */
  html, body, .taro_router, .taro_page { height: auto !important; overflow: visible !important; position: static !important; transform: none !important; }
  .taro_page:not(.taro_page_show) { display: none !important; }
  .no-print, .elder-bar, .privacy-mask, .taro-navigation-bar, .taro-tabbar__tabbar, .taro_tabbar { display: none !important; }
  .plate-sheet { display: grid !important; grid-template-columns: 1fr 1fr; grid-template-rows: repeat(3, 1fr);
    gap: 4mm; width: 190mm; height: 277mm; margin: 0 !important; padding: 0 !important; box-sizing: border-box;
    break-after: page; page-break-after: always; box-shadow: none !important; }
  .plate-sheet:last-child { break-after: auto; page-break-after: auto; }
  .plate { width: auto !important; height: auto !important; margin: 0 !important; padding: 3mm !important;
    border: 0.6mm solid #b71c1c !important; border-radius: 3mm; break-inside: avoid; page-break-inside: avoid;
    display: flex !important; flex-direction: column; align-items: center; justify-content: center; }
  .plate-title { font-size: 16pt !important; color: #b71c1c !important; }
  .plate-qr { width: 45mm !important; height: 45mm !important; margin: 2mm 0 !important; }
  .plate-qr img { width: 100% !important; height: 100% !important; position: static !important; transform: none !important; }
  .plate-name { font-size: 13pt !important; }
  .plate-village { font-size: 10pt !important; }
  .plate-slogan { font-size: 15pt !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Adds the print rules while the page is open (H5). */
export function usePrintStyle(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof document === 'undefined' || document.getElementById(PRINT_STYLE_ID)) return;
    const style = document.createElement('style');
    style.id = PRINT_STYLE_ID;
    style.textContent = PRINT_CSS;
    document.head.appendChild(style);
    return () => style.remove();
  }, [enabled]);
}
