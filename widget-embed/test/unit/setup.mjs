// A happy-dom window as the global DOM for unit tests (the e2e tests use real Chromium).
import { Window } from 'happy-dom';

export const window = new Window({ url: 'http://127.0.0.1:8080/' });
for (const k of ['document', 'HTMLElement', 'customElements', 'Event', 'CustomEvent', 'EventTarget', 'CSSStyleSheet', 'Node']) {
  globalThis[k] = window[k];
}

/** A fetch stand-in: every call is recorded and answered by the test through its deferred. */
export function fakeFetch() {
  const calls = [];
  const fetch = (url, init = {}) =>
    new Promise((resolve, reject) => {
      const call = { url: String(url), init, resolve, reject };
      call.json = (body, status = 200) =>
        resolve({ ok: status < 300, status, json: async () => structuredClone(body) });
      calls.push(call);
    });
  return { fetch, calls };
}

/** Resolves after pending promise callbacks have run. */
export const settle = () => new Promise((r) => setImmediate(r));
