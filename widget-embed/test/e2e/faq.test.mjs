// <quickcite-faq> in Chromium against the real local server: disclosure list, filter, JSON-LD.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, open, api, screenshot } from './harness.mjs';

let server;
let browser;
let faq;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
  faq = (await api(server.base, '/faq')).items;
});
after(async () => {
  await browser?.stop();
  await server?.stop();
});

const parts = (page) => {
  const el = page.locator('quickcite-faq');
  return { el, buttons: el.locator('.faq button'), regions: el.locator('[role=region]'), rows: el.locator('.faq > li'), filter: el.locator('input[type=search]'), live: el.locator('[role=status]') };
};
const expanded = (f) => f.buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded')));

test('the FAQ lists every item as a collapsed heading button; single mode keeps one answer open', async () => {
  assert.ok(faq.length >= 3, 'the sample site has FAQ entries');
  const { page, problems } = await open(browser.context, server.base + '/');
  const f = parts(page);
  await f.buttons.first().waitFor();
  assert.deepEqual(await f.buttons.allTextContents(), faq.map((i) => i.question));
  assert.equal(await f.el.locator('.faq h3 > button').count(), faq.length, 'heading-level="3"');
  assert.deepEqual(await expanded(f), faq.map(() => 'false'));
  assert.equal(await f.regions.first().isVisible(), false);

  await f.buttons.nth(0).click();
  assert.equal(await f.regions.nth(0).isVisible(), true);
  assert.equal(await f.regions.nth(0).locator('.txt').textContent(), faq[0].answer.text);
  assert.equal(await f.regions.nth(0).getAttribute('aria-labelledby'), await f.buttons.nth(0).getAttribute('id'));
  assert.equal(await f.buttons.nth(0).getAttribute('aria-controls'), await f.regions.nth(0).getAttribute('id'));
  const cites = faq[0].answer.citations ?? [];
  assert.deepEqual(await f.regions.nth(0).locator('.cites li').allTextContents(), cites.map((c) => `[${c.n}] ${c.title}`));
  assert.equal(await f.regions.nth(0).locator('.doc a').getAttribute('href'), faq[0].answer.document.sectionUrl);

  await f.buttons.nth(1).click();
  assert.deepEqual(await expanded(f), faq.map((_, i) => String(i == 1)));

  // Keyboard: Space and Enter toggle the focused question.
  await f.buttons.nth(2).focus();
  await page.keyboard.press('Space');
  assert.deepEqual(await expanded(f), faq.map((_, i) => String(i == 2)));
  await page.keyboard.press('Enter');
  assert.deepEqual(await expanded(f), faq.map(() => 'false'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the filter box narrows the list to matching questions and answers and says how many are shown', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const f = parts(page);
  await f.buttons.first().waitFor();
  const word = 'interface';
  const matching = faq.filter((i) => (i.question + ' ' + i.answer.text).toLowerCase().includes(word)).map((i) => i.question);
  assert.ok(matching.length > 0 && matching.length < faq.length, 'the filter word splits the sample FAQ');
  await f.filter.fill('Interface');
  assert.deepEqual(await f.el.locator('.faq > li:not([hidden]) button').allTextContents(), matching);
  assert.equal(await f.live.textContent(), `${matching.length} ${matching.length == 1 ? 'question' : 'questions'} shown`);
  await screenshot(page, 'faq-filtered');
  await f.filter.fill('marathon');
  assert.equal(await f.el.locator('.faq > li:not([hidden])').count(), 0);
  assert.equal(await f.el.getByText('No questions match.').isVisible(), true);
  assert.equal(await f.live.textContent(), '0 questions shown');
  await f.filter.fill('');
  assert.equal(await f.el.locator('.faq > li:not([hidden])').count(), faq.length);
  assert.deepEqual(problems, []);
  await page.close();
});

test('with seo the page gets schema.org FAQPage JSON-LD built from the FAQ', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  await parts(page).buttons.first().waitFor();
  const ld = await page.evaluate(() => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
  assert.deepEqual(ld, [{
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((i) => ({ '@type': 'Question', name: i.question, acceptedAnswer: { '@type': 'Answer', text: i.answer.text } })),
  }]);
  assert.deepEqual(problems, []);
  await page.close();
});
