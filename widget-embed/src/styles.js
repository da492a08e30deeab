// One constructed stylesheet shared by every shadow root: no <style> element, so hosts need no
// style-src for it. The build inlines styles.css minified.
import css from './styles.css';

let sheet;

/** Gives a shadow root the shared stylesheet. */
export function adopt(root) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  root.adoptedStyleSheets = [sheet];
}

/** The wrapper class for a theme attribute value: light, dark, or auto (follow the OS). */
export const themeClass = (v) => 'qc ' + (v == 'light' || v == 'dark' ? v : 'auto');
