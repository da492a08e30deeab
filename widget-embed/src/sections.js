// "More on this site": the site's closest sections for the question, each a real link with its excerpt.
import { h, deco, link, marked, abs } from './dom.js';

/** The sections to show: under an answer, not the answer's own section again (its document link has it). */
export const shownSections = (data) => {
  const own = data.answered && data.answer?.document?.sectionUrl;
  return (Array.isArray(data.sections) ? data.sections : []).filter((s) => !own || s?.url != own);
};

/** A labelled list of sections { title, heading, url, excerpt, highlights }; null when there are none. */
export const sectionsView = (items, label, base) =>
  items?.length
    ? h('div', { class: 'secs' },
        h('p', { class: 'lbl', id: 'sl' }, label),
        h('ul', { 'aria-labelledby': 'sl' }, items.map((s) =>
          h('li', {},
            link(abs(s.url, base), { class: 'st' }, s.title, s.heading && s.heading != s.title && [' ', deco('›'), ' ', s.heading]),
            s.excerpt && h('p', { class: 'ex' }, marked(s.excerpt, s.highlights))))))
    : null;
