// <quickcite-box>: the answer box. Composes the combobox and the answer card around one Core.
import { Core } from './core.js';
import { conf, langOf, apiOf, baseOf } from './config.js';
import { strings, uiLang } from './i18n.js';
import { adopt, themeClass } from './styles.js';
import { h } from './dom.js';
import { combobox } from './combobox.js';
import { answerView, loadingView, errorView } from './card.js';
import { shownSections } from './sections.js';

const boxes = new Set();

// "/" focuses the first box on the page that has not turned the shortcut off.
function onSlash(e) {
  if (e.key != '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const t = e.composedPath()[0];
  if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  for (const b of boxes) {
    if (b.input && conf(b, 'shortcut') != 'off') {
      e.preventDefault();
      return b.focus();
    }
  }
}

// A click on any [data-quickcite-ask] element in the page (the demo's examples) asks its question in the first box.
function onAsk(e) {
  const q = e.target.closest?.('[data-quickcite-ask]')?.getAttribute('data-quickcite-ask');
  if (!q) return;
  for (const b of boxes) {
    if (b.input) {
      e.preventDefault();
      return b.ask(q);
    }
  }
}

export class QuickciteBox extends HTMLElement {
  static observedAttributes = ['theme'];

  connectedCallback() {
    boxes.add(this);
    if (boxes.size == 1) {
      document.addEventListener('keydown', onSlash);
      document.addEventListener('click', onAsk);
    }
    if (this.shadowRoot) return;
    const api = apiOf(this);
    if (api == null) return;
    const lang = langOf(this);
    const t = strings(lang);
    const core = (this.core = new Core(api, conf(this, 'site')));
    const fire = (type, detail) => this.dispatchEvent(new CustomEvent('quickcite:' + type, { detail, bubbles: true, composed: true }));
    // One announcement from several messages, each ending as a sentence.
    const say = (...msgs) => (live.textContent = msgs.filter(Boolean).reduce((all, m) => all + (all && (/[.。:：]$/.test(all) ? ' ' : '. ')) + m, ''));
    const base = baseOf(this);
    let question = '';
    let exact = false;
    let answer = null;

    const ask = (q, x) => {
      bar.set(q);
      fire('question', { question: q });
      core.ask(q, x);
    };
    // Esc (twice) or ×: no answer and no request left; true when the card had something.
    const clear = () => {
      const had = !!card.firstChild;
      core.cancel();
      card.replaceChildren();
      card.setAttribute('aria-busy', 'false');
      say('');
      answer = null;
      return had;
    };
    const bar = combobox(t, conf(this, 'placeholder') || t.placeholder, { ask, type: (v) => core.suggest(v), clear });
    const live = h('div', { class: 'sr', role: 'status' });
    const card = h('div', { class: 'card', tabindex: '-1' });
    // Re-rendering the card must not drop keyboard focus on the floor.
    const show = (view, busy) => {
      const hadFocus = card.contains(this.shadowRoot.activeElement);
      card.replaceChildren(view);
      card.setAttribute('aria-busy', String(!!busy));
      if (hadFocus) card.focus();
    };

    core.addEventListener('loading', (e) => {
      ({ question, exact } = e.detail);
      show(loadingView(t), true);
    });
    core.addEventListener('answer', (e) => {
      const d = e.detail;
      answer = d.answered && d.answer ? d.answer : null;
      show(answerView(d, t, { ask, exact: (q) => ask(q, true), feedback, base }));
      const n = shownSections(d).length;
      say(d.corrected && t.showing.join(d.corrected), answer ? t.found : t.none, n && t.secs(n));
      fire('answer', { question, answered: !!answer, answerId: answer?.id ?? null, response: d });
    });
    core.addEventListener('error', (e) => {
      const { offline } = e.detail;
      show(errorView(t, offline, () => ask(question, exact)));
      say(offline ? t.offline : t.error);
      fire('error', e.detail);
    });
    core.addEventListener('suggestions', (e) => {
      bar.show(e.detail.items);
      if (e.detail.items.length) say(t.count(e.detail.items.length));
    });
    const feedback = (helpful) => {
      const detail = { answerId: answer.id, question, helpful };
      say(t.thanks);
      fire('feedback', detail);
      core.feedback(answer.id, question, helpful);
    };

    const root = this.attachShadow({ mode: 'open' });
    adopt(root);
    this.wrap = h('div', { class: themeClass(conf(this, 'theme')), lang: uiLang(lang), part: 'box' }, bar.form, live, card);
    this.input = bar.input;
    root.append(this.wrap);
  }

  disconnectedCallback() {
    boxes.delete(this);
    if (!boxes.size) {
      document.removeEventListener('keydown', onSlash);
      document.removeEventListener('click', onAsk);
    }
  }

  attributeChangedCallback() {
    if (this.wrap) this.wrap.className = themeClass(conf(this, 'theme'));
  }

  /** Focuses the question input. */
  focus(options) {
    this.input?.focus(options);
  }

  /** Asks a question programmatically, as if typed and submitted. */
  ask(question) {
    if (this.input) {
      this.input.value = question;
      this.input.form.requestSubmit();
    }
  }
}
