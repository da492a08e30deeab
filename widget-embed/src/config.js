// Settings: an element's own attribute wins over the script tag's data-* defaults.
let defaults = {};

/** Sets page-wide defaults (from the script tag's data-* attributes or define()). */
export const setDefaults = (d) => (defaults = { ...d });

/** The element's attribute `name`, else the page default, else null. */
export const conf = (el, name) => el.getAttribute(name) ?? defaults[name] ?? null;

/** The language for UI strings: lang attribute or default, else the nearest lang in the page. */
export const langOf = (el) => conf(el, 'lang') || el.closest('[lang]')?.lang || '';

/** The API base without trailing slash, or null (after logging why) when it is missing or unsafe. */
export function apiOf(el) {
  const api = conf(el, 'api');
  if (api == null || !(api == '' || /^(https?:\/\/|\/)/i.test(api))) {
    report(`<${el.localName}> needs data-api on the script tag or an api attribute: "" (same origin), a path or an http(s) URL`);
    return null;
  }
  return api.replace(/\/+$/, '');
}

/** The site's public base URL (base-url), for site-relative links; null when unset or not http(s). */
export function baseOf(el) {
  const b = conf(el, 'base-url');
  if (!b || /^https?:\/\/[^/\s\\]+[^\s\\]*$/i.test(b)) return b || null;
  report(`<${el.localName}> base-url must be an http(s) URL, not "${b}"`);
  return null;
}

/** Misconfiguration is logged, never thrown on the host page. */
export const report = (msg) => console.error('[quickcite] ' + msg);
