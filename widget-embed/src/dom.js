// Tiny element builder. Server data only ever reaches the DOM as text nodes or checked href values.

/** h('a', { href, class, text, onclick }, ...children): children are nodes or strings (become text nodes). */
export function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  for (const k in props) {
    const v = props[k];
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k == 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  el.append(...kids.flat().filter((x) => x != null && x !== false));
  return el;
}

/** Decorative text that screen readers skip (brackets, separators). */
export const deco = (s) => h('span', { 'aria-hidden': 'true' }, s);

/** The URL if it is http(s) or a site path starting with a single "/", else null. */
export const safeUrl = (u) =>
  typeof u == 'string' && !/[\s\\\0-\x1f\x7f]/.test(u) && (/^https?:\/\/[^/]/i.test(u) || /^\/(?!\/)/.test(u))
    ? u
    : null;

/** Text split into strings and <mark> elements for the [start, end) ranges; bad ranges are skipped. */
export function marked(text, ranges) {
  const out = [];
  let at = 0;
  const rs = (Array.isArray(ranges) ? ranges : []).filter((r) => Array.isArray(r)).sort((a, b) => a[0] - b[0]);
  for (const [s, e] of rs) {
    const a = Math.max(s | 0, at);
    const b = Math.min(e | 0, text.length);
    if (b <= a) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(h('mark', {}, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** A link when the URL is safe, otherwise a plain span with the same content. */
export const link = (url, props, ...kids) => {
  const href = safeUrl(url);
  return h(href ? 'a' : 'span', href ? { ...props, href } : props, ...kids);
};

/** A site path ("/guide/#install") joined to base (the site's public root, http(s)); other URLs unchanged. */
export const abs = (u, base) => (base && safeUrl(u) && u[0] == '/' ? base.replace(/\/+$/, '') + u : u);
