// ARIA 1.2 combobox: a text input with a listbox of suggestions and a clear (×) button.
// Arrows move the active option, Enter asks it (or the typed text), Esc closes the list, then clears.
import { h, marked } from './dom.js';

/** Builds the search bar. on: { ask(question), type(text), clear() }. */
export function combobox(t, placeholder, on) {
  let items = [];
  let active = -1;
  const input = h('input', {
    id: 'i', type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'l',
    autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search', maxlength: 300, placeholder,
  });
  const list = h('ul', { id: 'l', role: 'listbox', 'aria-label': t.suggestions, hidden: true });
  const x = h('button', { type: 'button', class: 'x', 'aria-label': t.clear, hidden: true, onclick: () => (clear(), input.focus()) }, '×');
  const form = h('form', { class: 'bar', novalidate: true },
    h('label', { for: 'i', class: 'sr' }, t.label),
    h('div', { class: 'field' }, input, x, list),
    h('button', { type: 'submit' }, t.ask));

  const set = (v) => {
    input.value = v;
    x.hidden = !v;
  };
  const setActive = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j == i)));
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else input.setAttribute('aria-activedescendant', 'o' + i);
  };
  const open = (yes) => {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) setActive(-1);
  };
  const choose = (q) => {
    q = q.trim();
    open(false);
    if (!q) return;
    set(q);
    on.ask(q);
  };
  // Clears the input and the answer; true when there was something to clear.
  const clear = () => {
    const had = !!input.value;
    set('');
    open(false);
    items = [];
    return on.clear() || had;
  };

  // A host placeholder too wide for the input (a phone) gives way to the short built-in one.
  const ctx = globalThis.ResizeObserver && placeholder != t.placeholder && document.createElement('canvas').getContext?.('2d');
  if (ctx) {
    new ResizeObserver(() => {
      const cs = getComputedStyle(input);
      ctx.font = cs.font;
      input.placeholder = ctx.measureText(placeholder).width <= input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight)
        ? placeholder : t.placeholder;
    }).observe(input);
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    choose(input.value);
  });
  input.addEventListener('input', () => {
    setActive(-1);
    x.hidden = !input.value;
    on.type(input.value);
  });
  input.addEventListener('blur', () => open(false));
  // Keep focus in the input while an option is clicked.
  list.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('keydown', (e) => {
    const n = items.length;
    const shown = !list.hidden;
    if (e.key == 'ArrowDown' || e.key == 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      if (!shown) open(true);
      const down = e.key == 'ArrowDown';
      setActive(active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n);
    } else if (e.key == 'Enter' && shown && active >= 0) {
      e.preventDefault();
      choose(items[active].question);
    } else if (e.key == 'Escape') {
      if (shown) open(false);
      else if (!clear()) return;
      e.preventDefault();
    }
  });

  return {
    form,
    input,
    set,
    /** Replaces the suggestions (matched part marked, kind named when not a question); opens the list when the input has focus. */
    show(next) {
      items = next;
      list.replaceChildren(...items.map((s, j) =>
        h('li', { id: 'o' + j, role: 'option', 'aria-selected': 'false', onclick: () => choose(s.question) },
          h('span', {}, marked(s.question, s.highlights)), Object.hasOwn(t.kinds, s.kind) && h('span', { class: 'k' }, ' ', t.kinds[s.kind]))));
      open(items.length > 0 && input.matches(':focus'));
    },
    close: () => open(false),
  };
}
