// <quickcite-faq>: the site's FAQ as a disclosure list with a filter box, and optional
// schema.org FAQPage JSON-LD (seo attribute). Attribute single: at most one answer open.
import { Core } from './core.js';
import { conf, langOf, apiOf, baseOf } from './config.js';
import { strings, uiLang } from './i18n.js';
import { adopt, themeClass } from './styles.js';
import { h } from './dom.js';
import { cites, docLink, loadingView, errorView } from './card.js';

// Pages that enforce Trusted Types need a policy to fill even a data-only <script>; this one,
// named "quickcite", passes JSON and nothing else.
let policy;
const jsonScript = (s) => {
  const tt = globalThis.trustedTypes;
  if (!tt) return s;
  policy ||= tt.createPolicy('quickcite', { createScript: (x) => (JSON.parse(x), x) });
  return policy.createScript(s);
};

const norm = (s) => (s || '').toLocaleLowerCase();

export class QuickciteFaq extends HTMLElement {
  static observedAttributes = ['theme'];

  connectedCallback() {
    if (this.shadowRoot) return;
    const api = apiOf(this);
    if (api == null) return;
    const lang = langOf(this);
    const t = (this.t = strings(lang));
    this.core = new Core(api, conf(this, 'site'));
    this.base = baseOf(this);
    const root = this.attachShadow({ mode: 'open' });
    adopt(root);
    this.body = h('div', {});
    this.wrap = h('div', { class: themeClass(conf(this, 'theme')), lang: uiLang(lang), part: 'faq' }, this.body);
    root.append(this.wrap);
    this.load();
  }

  disconnectedCallback() {
    this.ld?.remove();
  }

  attributeChangedCallback() {
    if (this.wrap) this.wrap.className = themeClass(conf(this, 'theme'));
  }

  async load() {
    const t = this.t;
    this.body.replaceChildren(loadingView(t));
    let items;
    try {
      items = (await this.core.faq()).items || [];
    } catch (e) {
      this.body.replaceChildren(errorView(t, !e.status, () => this.load()));
      return;
    }
    this.render(items.filter((it) => it.answer?.text));
    if (this.hasAttribute('seo')) this.jsonLd(items);
    this.dispatchEvent(new CustomEvent('quickcite:faq', { detail: { count: items.length }, bubbles: true, composed: true }));
  }

  render(items) {
    const t = this.t;
    const level = Math.min(6, Math.max(2, +this.getAttribute('heading-level') || 3));
    const rows = items.map((it, i) => {
      const b = h('button', { type: 'button', id: 'b' + i, 'aria-expanded': 'false', 'aria-controls': 'p' + i }, it.question);
      const panel = h('div', { id: 'p' + i, role: 'region', 'aria-labelledby': 'b' + i, hidden: true },
        h('p', { class: 'txt' }, it.answer.text), cites(it.answer.citations, t, this.base), docLink(it.answer.document, t, this.base));
      b.addEventListener('click', () => {
        const open = b.getAttribute('aria-expanded') != 'true';
        if (open && this.hasAttribute('single')) for (const r of rows) toggle(r, false);
        toggle(row, open);
      });
      const row = h('li', {}, h('h' + level, {}, b), panel);
      row.text = norm(it.question + ' ' + it.answer.text);
      return row;
    });
    const toggle = (row, open) => {
      row.querySelector('button').setAttribute('aria-expanded', String(open));
      row.lastChild.hidden = !open;
    };
    const live = h('p', { class: 'sr', role: 'status' });
    const none = h('p', { hidden: true }, t.noMatch);
    const filter = h('input', { id: 'f', type: 'search', autocomplete: 'off', spellcheck: 'false' });
    filter.addEventListener('input', () => {
      const terms = norm(filter.value).split(/\s+/).filter(Boolean);
      let n = 0;
      for (const r of rows) n += !(r.hidden = !terms.every((w) => r.text.includes(w)));
      none.hidden = n > 0;
      live.textContent = t.shown(n);
    });
    this.body.replaceChildren(h('label', { for: 'f' }, t.filter), filter, live, h('ul', { class: 'faq' }, rows), none);
  }

  /** Adds (or replaces) this element's FAQPage JSON-LD in the document head. */
  jsonLd(items) {
    this.ld?.remove();
    this.ld = h('script', { type: 'application/ld+json' });
    this.ld.textContent = jsonScript(JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: items.map((it) => ({
        '@type': 'Question',
        name: it.question,
        acceptedAnswer: { '@type': 'Answer', text: it.answer.text },
      })),
    }));
    document.head.append(this.ld);
  }
}
