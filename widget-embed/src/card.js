// The answer card: answer, no-answer, loading and error states. Text only, never HTML.
import { h, deco, link, marked } from './dom.js';

/** Numbered citation chips "[n] title"; a chip links only when its URL is http(s) or a site path. */
export const cites = (list, t) =>
  list?.length
    ? h('ol', { class: 'cites', 'aria-label': t.sources },
        [...list].sort((a, b) => a.n - b.n).map((c) =>
          h('li', {}, link(c.url, { class: 'chip' }, deco('['), String(c.n), deco(']'), ' ', c.title || 'Source ' + c.n))))
    : null;

/** "document › section", linking to the section (or page) when its URL is safe. */
export const docLink = (d, t) =>
  d && h('p', { class: 'doc' },
    link(d.sectionUrl || d.url, {}, d.title, d.section && [' ', deco('›'), ' ', d.section]));

/** A labelled list of question buttons; clicking one asks it. */
const questions = (label, items, ask) =>
  items?.length
    ? h('div', { class: 'rel' },
        h('p', { class: 'lbl', id: 'rl' }, label),
        h('ul', { 'aria-labelledby': 'rl' },
          items.map((r) => h('li', {}, h('button', { type: 'button', class: 'q', onclick: () => ask(r.question) }, r.question)))))
    : null;

/** The card content for an API response. act: { ask(question), feedback(helpful) }. */
export function answerView(data, t, act) {
  const a = data.answer;
  if (!data.answered || !a) {
    return h('div', { class: 'none' }, h('p', {}, t.none), questions(t.tryThese, data.related, act.ask));
  }
  const fb = (helpful) => (e) => {
    if (group.dataset.done) return;
    group.dataset.done = '1';
    for (const b of group.querySelectorAll('button')) b.setAttribute('aria-disabled', 'true');
    e.currentTarget.setAttribute('aria-pressed', 'true');
    act.feedback(helpful);
  };
  const group = h('div', { class: 'fb', role: 'group', 'aria-labelledby': 'fq' },
    h('span', { id: 'fq' }, t.helpful),
    h('button', { type: 'button', 'aria-pressed': 'false', onclick: fb(true) }, t.yes),
    h('button', { type: 'button', 'aria-pressed': 'false', onclick: fb(false) }, t.no));
  return h('div', { class: 'ans', 'data-kind': a.kind },
    h('p', { class: 'txt' }, marked(a.text || '', a.highlights)),
    cites(a.citations, t),
    docLink(a.document, t),
    questions(t.related, data.related?.filter((r) => r.answerId != a.id), act.ask),
    group);
}

export const loadingView = (t) => h('p', { class: 'load' }, t.loading);

export const errorView = (t, offline, retry) =>
  h('div', { class: 'err' }, h('p', {}, offline ? t.offline : t.error), h('button', { type: 'button', onclick: retry }, t.retry));
