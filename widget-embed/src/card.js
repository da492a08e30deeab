// The answer card: answer, no-answer, loading and error states. Text only, never HTML.
import { h, deco, link, abs, safeUrl } from './dom.js';
import { runs } from './text.js';
import { sectionsView, shownSections } from './sections.js';

/**
 * Numbered citation chips "[n] title": a link when the URL is http(s) or a site path, a plain "[n]" when the
 * source has neither title nor URL. With ids, each item is id="c<n>" and focusable, for the inline markers.
 */
export const cites = (list, t, base, ids) =>
  list?.length
    ? h('ol', { class: 'cites', 'aria-label': t.sources },
        [...list].sort((a, b) => a.n - b.n).map((c) => {
          const url = safeUrl(abs(c.url, base));
          const kids = [deco('['), String(c.n), deco(']'), c.title && ' ' + c.title];
          return h('li', ids ? { id: 'c' + c.n, tabindex: -1 } : {},
            c.title || url ? link(url, url ? { class: 'chip', rel: 'noopener' } : { class: 'chip' }, kids) : h('span', { class: 'num' }, kids));
        }))
    : null;

/** "document › section", linking to the section (or page) when its URL is safe. */
export const docLink = (d, t, base) =>
  d && h('p', { class: 'doc' },
    link(abs(d.sectionUrl || d.url, base), {}, d.title, d.section && [' ', deco('›'), ' ', d.section]));

/** A labelled list of question buttons; clicking one asks it. */
const questions = (label, items, ask) =>
  items?.length
    ? h('div', { class: 'rel' },
        h('p', { class: 'lbl', id: 'rl' }, label),
        h('ul', { 'aria-labelledby': 'rl' },
          items.map((r) => h('li', {}, h('button', { type: 'button', class: 'q', onclick: () => ask(r.question) }, r.question)))))
    : null;

/** "Showing results for “corrected”" with one button that searches exactly what was typed. */
const didYouMean = (data, t, exact) =>
  data.corrected
    ? h('p', { class: 'dym' }, t.showing[0], h('strong', {}, data.corrected), t.showing[1], ' ',
        h('button', { type: 'button', class: 'q', onclick: () => exact(data.question) }, t.instead[0], data.question, t.instead[1]))
    : null;

/** The answer text: the fact marked strongest, the question's words lighter, inline [n] markers linking to their chips. */
const answerText = (a, t, chips) =>
  h('p', { class: 'txt' }, runs(a.text || '', a.facts, a.highlights, a.markers, new Set((a.citations || []).map((c) => c.n))).map((r) =>
    r.n != null
      ? h('sup', {}, h('a', { class: 'm', href: '#c' + r.n, 'aria-label': t.source(r.n), onclick: (e) => {
          e.preventDefault();
          chips.querySelector(`[id="c${r.n}"]`)?.focus();
        } }, `[${r.n}]`))
      : r.level ? h('mark', r.level > 1 ? { class: 'f' } : {}, r.s) : r.s));

/** The card content for an API response. act: { ask(question), exact(question), feedback(helpful), base }. */
export function answerView(data, t, act) {
  const a = data.answer;
  const dym = didYouMean(data, t, act.exact);
  if (!data.answered || !a) {
    return h('div', { class: 'none' }, dym, h('p', {}, t.none), sectionsView(shownSections(data), t.near, act.base),
      questions(t.tryThese, data.related, act.ask));
  }
  const fb = (helpful) => (e) => {
    if (group.dataset.done) return;
    group.dataset.done = '1';
    for (const b of group.querySelectorAll('button')) b.setAttribute('aria-disabled', 'true');
    e.currentTarget.setAttribute('aria-pressed', 'true');
    thanks.hidden = false;
    act.feedback(helpful);
  };
  const thanks = h('span', { class: 'thx', hidden: true }, t.thanks);
  const group = h('div', { class: 'fb', role: 'group', 'aria-labelledby': 'fq' },
    h('span', { id: 'fq' }, t.helpful),
    h('button', { type: 'button', 'aria-pressed': 'false', onclick: fb(true) }, t.yes),
    h('button', { type: 'button', 'aria-pressed': 'false', onclick: fb(false) }, t.no),
    thanks);
  const chips = cites(a.citations, t, act.base, true);
  return h('div', { class: 'ans', 'data-kind': a.kind },
    dym,
    answerText(a, t, chips),
    chips,
    docLink(a.document, t, act.base),
    sectionsView(shownSections(data), t.more, act.base),
    questions(t.related, data.related?.filter((r) => r.answerId != a.id), act.ask),
    group);
}

export const loadingView = (t) => h('p', { class: 'load' }, t.loading);

export const errorView = (t, offline, retry) =>
  h('div', { class: 'err' }, h('p', {}, offline ? t.offline : t.error), h('button', { type: 'button', onclick: retry }, t.retry));
