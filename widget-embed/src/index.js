// ES module entry: the two custom elements and define().
import { setDefaults } from './config.js';
import { QuickciteBox } from './box.js';
import { QuickciteFaq } from './faq.js';

export { QuickciteBox, QuickciteFaq };

/** Registers <quickcite-box> and <quickcite-faq> (once) with page-wide defaults { api, site, lang, theme, placeholder, shortcut, 'base-url' }. */
export function define(defaults = {}) {
  setDefaults(defaults);
  for (const [name, cls] of [['quickcite-box', QuickciteBox], ['quickcite-faq', QuickciteFaq]]) {
    if (!customElements.get(name)) customElements.define(name, cls);
  }
}
