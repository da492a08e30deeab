// The widget under a strict Content-Security-Policy sent as a header (no style-src, no inline
// script, Trusted Types enforced), loaded with the SRI hash that the build prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, startBrowser, open, inBox, api, until, WIDGET, withMarkers } from './harness.mjs';

let server;
let browser;
let sri;
before(async () => {
  const out = execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: WIDGET, encoding: 'utf8' });
  sri = out.match(/^SRI: integrity="(sha384-[A-Za-z0-9+/=]+)"$/m)?.[1];
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
  await server?.stop();
});

const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types quickcite";

const hostPage = (integrity) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP host</title>
<link rel="icon" href="data:,"><script src="/widget/quickcite.js" integrity="${integrity}" data-api="" async></script></head>
<body><main><h1>Host</h1><quickcite-box></quickcite-box><quickcite-faq seo></quickcite-faq></main></body></html>`;

/** Serves hostPage at /csp-host.html on the real server's origin, with the CSP as a response header. */
const openHost = async (integrity) => {
  const { page, problems } = await open(browser.context, 'about:blank');
  await page.route('**/csp-host.html', (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }, body: hostPage(integrity) }));
  await page.goto(server.base + '/csp-host.html');
  return { page, problems };
};

test('the build prints a sha384 SRI hash', () => {
  assert.match(sri ?? '', /^sha384-[A-Za-z0-9+/]{64}$/);
});

test('under a strict CSP header with Trusted Types and the printed SRI hash, box and FAQ work with a clean console', async () => {
  const { page, problems } = await openHost(sri);
  const b = inBox(page);
  await b.input.fill('When did the AI Subsidy Scheme open?');
  await b.input.press('Enter');
  await b.card.locator('.ans').waitFor();
  const expected = await api(server.base, '/answer?q=' + encodeURIComponent('When did the AI Subsidy Scheme open?'));
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(expected.answer));
  // Styles apply without style-src: one adopted stylesheet, no <style> element.
  assert.deepEqual(await b.box.evaluate((el) => [el.shadowRoot.adoptedStyleSheets.length, el.shadowRoot.querySelectorAll('style').length]), [1, 0]);
  assert.equal(await b.box.locator('button[type=submit]').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(11, 87, 208)');
  await page.locator('quickcite-faq .faq button').first().click();
  assert.equal(await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent)['@type']), 'FAQPage');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a wrong SRI hash blocks the script, so the hash is really checked', async () => {
  const wrong = 'sha384-' + Buffer.alloc(48).toString('base64');
  const { page, problems } = await openHost(wrong);
  await until(() => problems.length, 'the integrity error');
  assert.equal(await page.evaluate(() => customElements.get('quickcite-box')), undefined);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^error: Failed to find a valid digest in the 'integrity' attribute for resource '.*\/widget\/quickcite\.js'/);
  await page.close();
});

test('the demo pages declare the same strict policy in a meta tag', async () => {
  for (const path of ['/', '/partner.html']) {
    const html = await (await fetch(server.base + path)).text();
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.equal(meta, "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; " +
      "form-action 'none'; require-trusted-types-for 'script'; trusted-types quickcite", path);
  }
});
