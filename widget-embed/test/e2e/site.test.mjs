// The local preview shows whatever site was loaded: the demo page is named and seeded from the loaded index (as
// GET /site gives them), and an answer's section link lands on the document rendered at its url, at its section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startServer, startBrowser, buildIndex, open, inBox, api, screenshot, ROOT, WIDGET } from './harness.mjs';

let browser;
before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
});

/** Asks question in the demo page's box, follows the answer's section link and checks where it lands. */
async function followSectionLink(server, question, name) {
  const want = await api(server.base, '/answer?q=' + encodeURIComponent(question));
  assert.equal(want.answered, true, `"${question}" is answered`);
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await b.input.fill(question);
  await b.input.press('Enter');
  await b.card.locator('.doc a').waitFor();
  const href = await b.card.locator('.doc a').getAttribute('href');
  assert.equal(href, want.answer.document.sectionUrl);
  const response = await page.goto(new URL(href, server.base).href);
  assert.equal(response.status(), 200, href);
  assert.equal(await page.locator('h1').textContent(), want.answer.document.title);
  const anchor = new URL(href, server.base).hash.slice(1);
  if (anchor) assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1, `the page has the section #${anchor}`);
  assert.ok((await page.locator('main').textContent()).includes(want.answer.text.split(/(?<=[.!?])\s/)[0]), 'the page holds the answer');
  await screenshot(page, name);
  assert.deepEqual(problems, []);
  await page.close();
}

test('the demo page is named after the sample site and its examples, and a section link lands on its section', async () => {
  const server = await startServer();
  try {
    const site = await api(server.base, '/site');
    const { page, problems } = await open(browser.context, server.base + '/');
    assert.equal(await page.locator('h1').textContent(), `${site.name}: ask this site`);
    assert.equal(await page.locator('.hint').textContent(), `Try: ${site.examples[0]} or ${site.examples[1]}`);
    assert.deepEqual(await page.locator('.hint [data-quickcite-ask]').evaluateAll((bs) => bs.map((b) => b.dataset.quickciteAsk)),
      site.examples.slice(0, 2));
    assert.equal(await page.locator('quickcite-box').getAttribute('placeholder'), `e.g. ${site.examples[0]}`);
    assert.deepEqual(problems, []);
    await page.close();
    await followSectionLink(server, 'When did the AI Subsidy Scheme open?', 'site-sample-section');
  } finally {
    await server.stop();
  }
});

test('a built HTML site loaded instead gets its own name, examples from its headings, and pages its links land on', async () => {
  const index = buildIndex(join(ROOT, 'src/test/resources/sites/html-site/site'));
  const server = await startServer({ classpath: [index.dir] });
  try {
    const site = await api(server.base, '/site');
    assert.equal(site.name, 'fasstr');
    assert.ok(site.examples.length >= 2, 'headings stand in for curated questions');
    const { page, problems } = await open(browser.context, server.base + '/');
    assert.equal(await page.locator('h1').textContent(), 'fasstr: ask this site');
    assert.ok(!(await page.content()).includes('Hong Kong'), 'no wording of another site');
    assert.deepEqual(problems, []);
    await page.close();
    await followSectionLink(server, 'What is the water year?', 'site-html-section');
  } finally {
    await server.stop();
    index.remove();
  }
});

test("the README's SRI embed loads the widget from the local server on another origin (CORS for /widget/)", async () => {
  // The partner page comes from a server of its own on another port (another origin, same loopback address space).
  let html = '';
  const host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const partner = `http://127.0.0.1:${host.address().port}`;
  const sites = process.env.QUICKCITE_SITES;
  process.env.QUICKCITE_SITES = 'default=' + partner;
  const server = await startServer();
  if (sites == null) delete process.env.QUICKCITE_SITES;
  else process.env.QUICKCITE_SITES = sites;
  try {
    const js = readFileSync(join(WIDGET, 'dist/quickcite.js'));
    const integrity = 'sha384-' + createHash('sha384').update(js).digest('base64');
    const api = server.base;
    html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
<script src="${api}/widget/quickcite.js" integrity="${integrity}" crossorigin="anonymous" data-api="${api}" defer></script></head>
<body><main><h1>Partner</h1><quickcite-box></quickcite-box></main></body></html>`;
    const { page, problems } = await open(browser.context, partner + '/');
    await page.waitForFunction(() => customElements.get('quickcite-box') !== undefined, null, { timeout: 10000 }).catch((e) => {
      throw new Error(e.message + ' console: ' + problems.join(' / '));
    });
    const b = inBox(page);
    await b.input.fill('When did the AI Subsidy Scheme open?');
    await b.input.press('Enter');
    await b.card.locator('.txt').waitFor();
    assert.ok((await b.card.locator('.txt').textContent()).includes('October 7, 2024'), 'the box answers across origins');
    const r = await fetch(api + '/widget/quickcite.js', { headers: { Origin: partner } });
    assert.equal(r.headers.get('access-control-allow-origin'), partner);
    const other = await fetch(api + '/widget/quickcite.js', { headers: { Origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null, 'an origin no site allows gets no CORS header');
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.stop();
    host.close();
  }
});
