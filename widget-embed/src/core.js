// The event core: talks to the Answer API and emits loading / answer / error / suggestions.
// Components subscribe; none of them fetches. A newer request always wins: the older one is
// aborted, and a request counter drops any response that still arrives late.

export const DEBOUNCE_MS = 250;

export class Core extends EventTarget {
  /** api: base URL without trailing slash ("" for same origin); site: site id or null for the default. */
  constructor(api, site) {
    super();
    this.api = api;
    this.site = site;
    this.n = 0; // answer requests started
    this.sn = 0; // suggest requests started
  }

  url(path, params) {
    const q = new URLSearchParams(params);
    if (this.site) q.set('site', this.site);
    const s = String(q);
    return this.api + path + (s ? '?' + s : '');
  }

  async get(path, params, signal) {
    const res = await fetch(this.url(path, params), { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!res.ok) throw Object.assign(new Error('HTTP ' + res.status), { status: res.status });
    return res.json();
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /**
   * Asks a question (exact: search what was typed, no correction); emits loading ({ question, exact }), then
   * answer (the API response) or error ({ question, offline }).
   */
  async ask(question, exact) {
    this.cancel();
    const ctl = (this.ctl = new AbortController());
    const n = this.n;
    this.emit('loading', { question, exact: !!exact });
    try {
      const data = await this.get('/answer', exact ? { q: question, exact: true } : { q: question }, ctl.signal);
      if (n == this.n) this.emit('answer', data);
    } catch (e) {
      if (n == this.n && e.name != 'AbortError') this.emit('error', { question, offline: !e.status });
    }
  }

  /** Stops the pending answer and type-ahead requests: nothing they return is shown. */
  cancel() {
    this.cancelSuggest();
    this.ctl?.abort();
    this.n++;
  }

  /** Debounced type-ahead; emits suggestions ({ prefix, items }) for the latest prefix only. */
  suggest(prefix) {
    this.cancelSuggest();
    const n = this.sn;
    if (prefix.trim().length < 2) return this.emit('suggestions', { prefix, items: [] });
    this.timer = setTimeout(async () => {
      const ctl = (this.sctl = new AbortController());
      try {
        const data = await this.get('/suggest', { q: prefix }, ctl.signal);
        if (n == this.sn) this.emit('suggestions', { prefix, items: data.suggestions || [] });
      } catch {
        // type-ahead is optional: a failed suggest request shows nothing
      }
    }, DEBOUNCE_MS);
  }

  cancelSuggest() {
    clearTimeout(this.timer);
    this.sctl?.abort();
    this.sn++;
  }

  /** Posts feedback for an answer; resolves true when the API accepted it. */
  async feedback(answerId, question, helpful) {
    try {
      const res = await fetch(this.url('/feedback', {}), {
        method: 'POST',
        credentials: 'omit',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answerId, question, helpful }),
      });
      return res.ok;
    } catch {
      return false;
    }
  }

  /** Loads the site's FAQ items. */
  faq() {
    return this.get('/faq', {});
  }
}
