// XSS: content whose sentences, FAQ entries, titles, headings and source titles carry HTML and script
// payloads (src/test/resources/hostile-content/) is indexed by the jar's own indexer and served by the real
// server. In Chromium, on the demo page (CSP + Trusted Types) and on a host page with no CSP at all (where an
// injected script or handler would really run), the widget must show every payload as literal text: no script
// runs, no handler fires, no dialog opens, no element or javascript: link comes from content, no CSP report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, startBrowser, buildIndex, open, inBox, api, until, screenshot, ROOT, withMarkers } from './harness.mjs';

const CONTENT = join(ROOT, 'src/test/resources/hostile-content');

/** Question -> a payload its answer text must carry verbatim. */
const PROBES = [
  ['What is the subject of this guide?', '<script>window.__pwned=1</script>'],
  ['How is the zebra stripe pattern written?', '<img src=x onerror="window.__pwned=2">'],
  ["How does a zebra foal learn its mother's stripes?", '<a href="javascript:window.__pwned=3">x</a>'],
  ['Where are zebra grazing routes logged?', '"><svg onload=window.__pwned=4>'],
  ['Where does a grazing zebra herd cross the river?', '<details open ontoggle=window.__pwned=5>'],
  ['When does zebra migration start?', '<body onload=window.__pwned=6>'],
  ['How many plains zebra are there?', "{{constructor.constructor('window.__pwned=7')()}}"],
  ['What did the zebra census report print on its cover?', '</script><script>window.__pwned=8</script>'],
  ['What does the zebra night patrol record?', '&lt;script&gt;'],
  ['Why do zebra herds sleep standing?', '<a href="javascript:alert(10)">one zebra</a>'],
  ['Who guards the zebra waterhole?', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=11>'],
];
const UNANSWERABLE = 'When does the Hong Kong marathon start?';

let index;
let server;
let browser;
const expected = new Map();
let faq;
before(async () => {
  index = buildIndex(CONTENT);
  server = await startServer({ classpath: [index.dir] });
  browser = await startBrowser();
  for (const [question] of PROBES) expected.set(question, await api(server.base, '/answer?q=' + encodeURIComponent(question)));
  expected.set(UNANSWERABLE, await api(server.base, '/answer?q=' + encodeURIComponent(UNANSWERABLE)));
  faq = (await api(server.base, '/faq')).items;
});
after(async () => {
  await browser?.stop();
  await server?.stop();
  index?.remove();
});

// Every payload assigns window.__pwned or calls alert; this trap (installed before any page script) records
// every assignment, so even a payload that cleaned up after itself is caught.
const trap = () => {
  const hits = [];
  Object.defineProperty(window, '__pwnedHits', { value: hits });
  Object.defineProperty(window, '__pwned', { get: () => hits.at(-1), set: (v) => hits.push(v) });
};

/** Opens url with the trap, and records dialogs, requests and navigations to citation/document links (answered 204: the page stays). */
async function openHostile(url, route) {
  const { page, problems } = await open(browser.context, 'about:blank');
  const dialogs = [];
  const requests = [];
  const followed = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(trap);
  if (route) await page.route(route.url, route.handle);
  const follow = (r) => {
    followed.push(r.request().url());
    return r.fulfill({ status: 204 });
  };
  await page.route('https://example.org/**', follow);
  await page.route(server.base + '/fixtures/**', follow);
  await page.goto(url);
  return { page, problems, dialogs, requests, followed };
}

/**
 * What must never be in the page: scripts other than the widget's and its JSON-LD, elements that payloads would
 * create, on* attributes, and javascript: (or any non-http(s), non-site-path, non-#c<n>) links — in the document and
 * in every shadow root.
 */
const scan = (page) =>
  page.evaluate(() => {
    const found = [];
    const bad = new Set(['script', 'img', 'svg', 'iframe', 'details', 'math', 'mtext', 'mglyph', 'table', 'style', 'body', 'object', 'embed']);
    const walk = (root, inShadow) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.localName;
        const where = inShadow ? 'shadow ' : '';
        if (tag == 'script' && !(el.type == 'application/ld+json' || /\/widget\/quickcite\.js$/.test(el.getAttribute('src') || ''))) {
          found.push(`${where}script: ${el.outerHTML.slice(0, 80)}`);
        } else if (inShadow && bad.has(tag)) {
          found.push(`${where}<${tag}> element: ${el.outerHTML.slice(0, 80)}`);
        }
        for (const a of el.attributes) {
          const v = a.value.trim().toLowerCase();
          if (a.name.startsWith('on')) found.push(`${where}${tag}[${a.name}]`);
          if (/^(href|src|action|formaction|xlink:href|data)$/.test(a.name) && /^(javascript|data|vbscript):/.test(v.replace(/[\s\0-\x1f]/g, '')) && tag != 'link') {
            found.push(`${where}${tag}[${a.name}=${a.value}]`);
          }
          // The widget's own in-card anchors (an inline [n] marker to its source chip) are the one other href.
          if (inShadow && a.name == 'href' && !/^(https?:\/\/[^/]|\/(?!\/)|#c\d+$)/i.test(a.value)) found.push(`${where}${tag}[href=${a.value}]`);
        }
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document, false);
    return found;
  });

/** Everything that would show a payload ran; all must stay empty. */
async function assertInert(h, when) {
  assert.deepEqual(await scan(h.page), [], `no payload element, handler or javascript: link (${when})`);
  assert.deepEqual(await h.page.evaluate(() => window.__pwnedHits), [], `no payload ran (${when})`);
  assert.equal(await h.page.evaluate(() => window.__pwned), undefined, when);
  assert.deepEqual(h.dialogs, [], `no dialog (${when})`);
  assert.deepEqual(h.requests.filter((u) => /\/x(\?|$)|^javascript:/i.test(u)), [], `no request made by a payload (${when})`);
  assert.deepEqual(h.problems, [], `clean console, no CSP violation (${when})`);
}

const shadowText = (page, selector) =>
  page.evaluate((s) => document.querySelector('quickcite-box').shadowRoot.querySelector(s)?.textContent ?? null, selector);

/** The card as the widget rendered it, to compare with the API's response. */
const cardView = (page) =>
  page.evaluate(() => {
    const card = document.querySelector('quickcite-box').shadowRoot.querySelector('.card');
    const doc = card.querySelector('.doc > *');
    return {
      text: card.querySelector('.txt')?.textContent,
      chips: [...card.querySelectorAll('.cites li > *')].map((c) => [c.localName, c.getAttribute('href'), c.textContent]),
      doc: doc && [doc.localName, doc.getAttribute('href'), doc.textContent],
    };
  });

const chipsOf = (answer) =>
  [...answer.citations].sort((a, b) => a.n - b.n).map((c) => [c.url ? 'a' : 'span', c.url, c.title ? `[${c.n}] ${c.title}` : `[${c.n}]`]);
const docOf = (d) => ['a', d.sectionUrl, d.section ? `${d.title} › ${d.section}` : d.title];

async function askAndCheck(h, question) {
  const b = inBox(h.page);
  const want = expected.get(question).answer;
  await b.input.fill(question);
  await b.input.press('Enter');
  await until(async () => (await shadowText(h.page, '.card .txt')) == withMarkers(want), `the answer to "${question}"`);
  assert.deepEqual(await cardView(h.page), { text: withMarkers(want), chips: chipsOf(want), doc: docOf(want.document) }, question);
  await assertInert(h, question);
}

/** The whole tour: every probe, type-ahead, related questions, feedback, the FAQ and its JSON-LD, following links. */
async function tour(h, name) {
  const { page } = h;
  const b = inBox(page);
  await page.locator('quickcite-faq .faq button').first().waitFor({ timeout: 10000 }).catch((e) => {
    throw new Error(`the FAQ did not render (${e.message.split('\n')[0]}); console: ${JSON.stringify(h.problems)}`);
  });
  await assertInert(h, 'after load');

  for (const [question] of PROBES) await askAndCheck(h, question);
  // The literal markup is on screen as text (not parsed): spot-check with the DOM's own view of the text.
  assert.ok((await shadowText(page, '.card')).includes('<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=11>'));
  assert.ok((await shadowText(page, '.card .doc')).includes('<script>window.__pwned=1</script>'));
  await screenshot(page, `xss-${name}-answer`);

  // Type-ahead: suggestions are the FAQ questions with their payloads, as text.
  const suggestions = (await api(server.base, '/suggest?q=zebra')).suggestions.map((s) => s.question);
  assert.ok(suggestions.some((s) => s.includes('<script>')), 'a suggestion carries a <script> payload');
  await b.input.fill('');
  await b.input.focus();
  await page.keyboard.type('zebra');
  await until(async () => JSON.stringify(await b.options.evaluateAll((os) => os.map((o) => o.firstChild.textContent))) == JSON.stringify(suggestions), 'the suggestions');
  await assertInert(h, 'suggestions shown');
  const svg = suggestions.find((s) => s.includes('<svg'));
  const svgAnswer = await api(server.base, '/answer?q=' + encodeURIComponent(svg));
  await b.options.filter({ hasText: '<svg' }).click();
  await until(async () => (await shadowText(page, '.card .txt')) == withMarkers(svgAnswer.answer), 'the chosen suggestion\'s answer');
  await assertInert(h, 'suggestion chosen');

  // No answer: the related questions (with payloads) are buttons; clicking one asks it.
  const none = expected.get(UNANSWERABLE);
  assert.equal(none.answered, false);
  await b.input.fill(UNANSWERABLE);
  await b.input.press('Enter');
  await b.card.locator('.none').waitFor();
  assert.deepEqual(await b.card.locator('.none .rel button').allTextContents(), none.related.map((r) => r.question));
  await assertInert(h, 'no-answer state');
  const related = none.related[0].question;
  const relatedAnswer = await api(server.base, '/answer?q=' + encodeURIComponent(related));
  await b.card.locator('.none .rel button').first().click();
  await until(async () => (await shadowText(page, '.card .txt')) == withMarkers(relatedAnswer.answer), 'the related question\'s answer');
  await assertInert(h, 'related question asked');

  // Feedback on an answer whose question carries a payload is accepted like any other.
  const posted = page.waitForResponse((r) => r.url().endsWith('/feedback'));
  await b.card.locator('.fb button').last().click();
  assert.equal((await posted).status(), 202);
  await assertInert(h, 'feedback');

  // The FAQ: every question and answer as text; the JSON-LD is data that still parses.
  const f = page.locator('quickcite-faq');
  assert.deepEqual(await f.locator('.faq button').allTextContents(), faq.map((i) => i.question));
  for (let i = 0; i < faq.length; i++) {
    await f.locator('.faq button').nth(i).click();
    const region = f.locator('[role=region]').nth(i);
    assert.equal(await region.locator('.txt').textContent(), faq[i].answer.text);
    assert.deepEqual(await region.locator('.cites li > *').evaluateAll((cs) => cs.map((c) => [c.localName, c.getAttribute('href'), c.textContent])),
      chipsOf(faq[i].answer));
    assert.equal(await region.locator('.doc a').textContent(), docOf(faq[i].answer.document)[2]);
  }
  await screenshot(page, `xss-${name}-faq`);
  const ld = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent));
  assert.equal(ld.length, 1);
  assert.deepEqual(JSON.parse(ld[0]).mainEntity.map((e) => [e.name, e.acceptedAnswer.text]), faq.map((i) => [i.question, i.answer.text]));
  assert.ok(ld[0].includes('</script>'), 'the JSON-LD carries a literal </script> and still parses');
  await assertInert(h, 'FAQ open');

  // Following links: a citation chip and the document link go exactly where the content's http(s) URL or site path says.
  await askAndCheck(h, "How does a zebra foal learn its mother's stripes?");
  const want = expected.get("How does a zebra foal learn its mother's stripes?").answer;
  await b.card.locator('.cites a').first().click();
  await b.card.locator('.doc a').click();
  await until(() => h.followed.length == 2, 'both link requests');
  assert.deepEqual(h.followed, [new URL(want.citations[0].url).href, new URL(want.document.sectionUrl, server.base).href.replace(/#.*/, '')]);
  assert.match(want.citations[0].url, /%3Cscript%3E/, 'the followed citation URL carries an encoded payload');
  await assertInert(h, 'links followed');
}

test('the server answers from the hostile fixture index, and each probe returns its payload verbatim', async () => {
  const health = await api(server.base, '/health');
  assert.equal(health.documents, 1, 'the fixture index is loaded, not the jar\'s own');
  for (const [question, payload] of PROBES) {
    const r = expected.get(question);
    assert.equal(r.answered, true, `"${question}" is answered (the fixture's wording may need to follow an engine change)`);
    assert.ok(r.answer.text.includes(payload), `"${question}" -> ${r.answer.text}`);
  }
  const kinds = new Set(PROBES.map(([q]) => expected.get(q).answer.kind));
  assert.deepEqual([...kinds].sort(), ['extract', 'faq', 'quick-answer']);
  const all = JSON.stringify([...expected.values(), faq]);
  for (const where of ['<script>window.__pwned=11</script>', '<img src=x onerror=\\"window.__pwned=13;alert(13)\\">', 'x\\"><svg onload=window.__pwned=17>',
    'javascript:window.__pwned=15', 'Stripes <img src=x onerror=\\"window.__pwned=21\\"> and patterns', 'Grazing \\"><svg onload=window.__pwned=22> habits',
    'Zebra <script>window.__pwned=1</script> field guide', '<iframe src=\\"javascript:window.__pwned=23\\"></iframe>', '<script>alert(24)</script>',
    '<img src=x onerror=window.__pwned=25>', '<script>window.__pwned=31</script>', '<svg onload=window.__pwned=32>', '<img src=x onerror=alert(33)>']) {
    assert.ok(all.includes(where), `the API returns ${where} (source titles, headings, document title, labels, questions)`);
  }
});

test('on the demo page (CSP and Trusted Types) every payload is shown as text and none runs', async () => {
  const h = await openHostile(server.base + '/');
  await tour(h, 'demo');
  await h.page.close();
});

test('on a host page without any CSP, where an injected script would run, every payload is still inert text', async () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host without CSP</title>
<link rel="icon" href="data:,"><script src="/widget/quickcite.js" data-api="" async></script></head>
<body><main><h1>Host without CSP</h1><quickcite-box></quickcite-box><quickcite-faq seo></quickcite-faq></main></body></html>`;
  const h = await openHostile(server.base + '/xss-host.html', {
    url: '**/xss-host.html',
    handle: (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html }),
  });
  assert.equal(await h.page.evaluate(() => document.querySelector('meta[http-equiv]')), null, 'no CSP on this host');
  await tour(h, 'no-csp');
  await h.page.close();
});

test('even an API response with javascript:, data: and scheme-relative URLs (which the indexer never lets through) gets no link', async () => {
  const question = "How does a zebra foal learn its mother's stripes?";
  const real = expected.get(question);
  const urls = ['javascript:window.__pwned=41', ' JavaScript:window.__pwned=42', 'data:text/html,<script>window.__pwned=43</script>',
    '//evil.example/x', 'java\tscript:window.__pwned=44', 'vbscript:msgbox(45)'];
  const forged = {
    ...real,
    answer: {
      ...real.answer,
      citations: urls.map((url, i) => ({ n: i + 1, title: 'forged ' + (i + 1), publisher: null, url })),
      document: { ...real.answer.document, url: 'javascript:window.__pwned=46', sectionUrl: 'javascript:window.__pwned=47' },
    },
  };
  const h = await openHostile(server.base + '/');
  await h.page.route('**/answer?*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(forged) }));
  const b = inBox(h.page);
  await b.input.fill(question);
  await b.input.press('Enter');
  await until(async () => (await shadowText(h.page, '.card .txt')) == withMarkers(forged.answer), 'the forged answer');
  const view = await cardView(h.page);
  assert.deepEqual(view.chips, urls.map((_, i) => ['span', null, `[${i + 1}] forged ${i + 1}`]));
  assert.deepEqual(view.doc, ['span', null, docOf(real.answer.document)[2]]);
  await b.card.locator('.cites span').first().click();
  await b.card.locator('.doc > span').click();
  await assertInert(h, 'forged URLs');
  await h.page.close();
});

test('control: the same texts parsed as HTML on that host do run, so the checks above would catch a widget that did so', async () => {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control</title><link rel="icon" href="data:,"></head><body><div id="sink"></div></body></html>';
  const h = await openHostile(server.base + '/xss-control.html', {
    url: '**/xss-control.html',
    handle: (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html }),
  });
  const texts = [...expected.values()].filter((r) => r.answered).map((r) => r.answer.text);
  await h.page.evaluate((ts) => {
    document.getElementById('sink').innerHTML = ts.join('<br>');
  }, texts);
  const hits = await until(async () => {
    const v = await h.page.evaluate(() => [...window.__pwnedHits]);
    return v.includes(2) && v.includes(9) && v;
  }, 'the img onerror payloads to fire');
  assert.ok(hits.includes(2) && hits.includes(9), `img onerror handlers fired: ${hits}`);
  assert.ok(h.requests.some((u) => /\/x$/.test(u)), 'the payload images were requested');
  assert.notDeepEqual(await scan(h.page), [], 'the scan sees the injected elements and handlers');
  await h.page.close();
});
