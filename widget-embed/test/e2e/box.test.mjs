// <quickcite-box> in Chromium against the real local server (target/quickcite.jar).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, open, inBox, api, screenshot, withMarkers } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
});
after(async () => {
  await browser?.stop();
  await server?.stop();
});

const SUBSIDY = 'When did the AI Subsidy Scheme open?';
const STORY = "What defines Hong Kong's AI story?";
const MARATHON = 'When does the Hong Kong marathon start?';
const q = (s) => '/answer?q=' + encodeURIComponent(s);

/** Records the box's DOM events on the page. */
const recordEvents = (page) =>
  page.evaluate(() => {
    window.seen = [];
    for (const type of ['question', 'answer', 'feedback', 'error'])
      document.addEventListener('quickcite:' + type, (e) => {
        const { response, ...rest } = e.detail;
        window.seen.push({ type, ...rest });
      });
  });

test('asking a question shows the verbatim answer with highlights, citation chips and the document link', async () => {
  const expected = await api(server.base, q(SUBSIDY));
  assert.equal(expected.answered, true);
  assert.match(expected.answer.text, /October 7, 2024/);
  const { page, problems } = await open(browser.context, server.base + '/');
  await recordEvents(page);
  const b = inBox(page);
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  await b.card.locator('.txt').waitFor();
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(expected.answer));
  // The question's words; the fact asked for is marked apart (answer-more.test.mjs).
  assert.deepEqual(await b.card.locator('.txt mark:not(.f)').allTextContents(),
    expected.answer.highlights.map(([s, e]) => expected.answer.text.slice(s, e)));
  const chips = await b.card.locator('.cites li').allTextContents();
  assert.deepEqual(chips, expected.answer.citations.map((c) => `[${c.n}] ${c.title}`));
  assert.ok(chips.some((c) => c.startsWith('[3] ')), 'cites source 3');
  const doc = b.card.locator('.doc a');
  assert.equal(await doc.getAttribute('href'), expected.answer.document.sectionUrl);
  assert.equal(await doc.textContent(), `${expected.answer.document.title} › ${expected.answer.document.section}`);
  const more = expected.sections.filter((s) => s.url != expected.answer.document.sectionUrl).length;
  assert.equal(await b.live.textContent(), `Answer found. ${more} sections on this site`);
  assert.equal(await b.card.getAttribute('aria-busy'), 'false');
  assert.deepEqual(await page.evaluate(() => window.seen), [
    { type: 'question', question: SUBSIDY },
    { type: 'answer', question: SUBSIDY, answered: true, answerId: expected.answer.id },
  ]);
  await screenshot(page, 'box-answer');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a curated question comes back as a quick answer', async () => {
  const expected = await api(server.base, q(STORY));
  assert.equal(expected.answer.kind, 'quick-answer');
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await b.input.fill(STORY);
  await b.box.locator('button[type=submit]').click();
  await b.card.locator('.ans[data-kind="quick-answer"]').waitFor();
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(expected.answer));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question the site cannot answer shows the no-answer state with questions to try, and one click asks', async () => {
  const expected = await api(server.base, q(MARATHON));
  assert.equal(expected.answered, false);
  assert.ok(expected.related.length > 0);
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await b.input.fill(MARATHON);
  await b.input.press('Enter');
  await b.card.locator('.none').waitFor();
  assert.equal(await b.card.locator('.none > p').first().textContent(), "No answer found in this site's content.");
  assert.equal(await b.live.textContent(), `No answer found in this site's content. ${expected.sections.length} sections on this site`);
  assert.equal(await b.card.locator('.fb').count(), 0);
  const tries = b.card.locator('.rel button');
  assert.deepEqual(await tries.allTextContents(), expected.related.map((r) => r.question));
  await screenshot(page, 'box-no-answer');
  const next = await api(server.base, q(expected.related[0].question));
  await tries.first().click();
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), expected.related[0].question);
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(next.answer));
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard only: "/" focuses, type-ahead opens a listbox, arrows and Esc work, Enter asks, feedback posts', async () => {
  const expected = (await api(server.base, '/suggest?q=What')).suggestions.map((s) => s.question);
  assert.ok(expected.length >= 2);
  const { page, problems } = await open(browser.context, server.base + '/');
  await recordEvents(page);
  const b = inBox(page);
  await b.input.waitFor();
  await page.keyboard.press('/');
  assert.equal(await b.input.evaluate((el) => el.getRootNode().activeElement === el), true);
  assert.equal(await b.input.inputValue(), '', '"/" is not typed into the box');
  await page.keyboard.type('What');
  await b.options.first().waitFor();
  // Each option is the question (its matched part marked), then the kind when it is not a question.
  assert.deepEqual(await b.options.evaluateAll((os) => os.map((o) => o.firstChild.textContent)), expected);
  assert.equal(await b.input.getAttribute('aria-expanded'), 'true');
  assert.equal(await b.live.textContent(), `${expected.length} suggestions available`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await b.input.getAttribute('aria-activedescendant'), 'o1');
  assert.equal(await b.options.nth(1).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal(await b.input.getAttribute('aria-activedescendant'), `o${expected.length - 1}`, 'ArrowUp wraps to the last option');
  await page.keyboard.press('Escape');
  assert.equal(await b.input.getAttribute('aria-expanded'), 'false');
  assert.equal(await b.input.getAttribute('aria-activedescendant'), null);
  assert.equal(await b.input.inputValue(), 'What', 'the first Esc only closes the list');
  await page.keyboard.press('ArrowDown');
  assert.equal(await b.input.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  const chosen = expected[1];
  const answer = await api(server.base, q(chosen));
  await page.keyboard.press('Enter');
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), chosen);
  assert.equal(await b.input.getAttribute('aria-expanded'), 'false');
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(answer.answer));

  // Tab through the card to "Yes" and press it: one POST /feedback with the contract body.
  const posted = page.waitForRequest((r) => r.url().endsWith('/feedback') && r.method() == 'POST');
  const response = page.waitForResponse((r) => r.url().endsWith('/feedback'));
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await b.box.locator('.fb button:focus').count()) break;
  }
  assert.equal(await b.box.locator('.fb button:focus').textContent(), 'Yes');
  await page.keyboard.press('Enter');
  assert.deepEqual((await posted).postDataJSON(), { answerId: answer.answer.id, question: chosen, helpful: true });
  assert.equal((await response).status(), 202);
  assert.equal(await b.box.locator('.fb button[aria-pressed=true]').textContent(), 'Yes');
  assert.equal(await b.live.textContent(), 'Thanks for your feedback.');
  assert.deepEqual((await page.evaluate(() => window.seen)).at(-1), { type: 'feedback', answerId: answer.answer.id, question: chosen, helpful: true });
  // A second press sends nothing more.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  assert.equal(await b.input.inputValue(), chosen);
  await b.input.focus();
  await page.keyboard.press('Escape');
  assert.equal(await b.input.inputValue(), '', 'Esc on a closed list clears the input');
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking a suggestion with the mouse asks it', async () => {
  const first = (await api(server.base, '/suggest?q=Why')).suggestions[0].question;
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await b.input.click();
  await page.keyboard.type('Why');
  await b.options.first().waitFor();
  await b.options.first().click();
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), first);
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers((await api(server.base, q(first))).answer));
  assert.equal(await b.input.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(problems, []);
  await page.close();
});

test('hostile server data stays text: no markup, no script URLs', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const evil = '<img src=x onerror="window.pwned=1"><b>bold</b>';
  await page.route('**/answer?*', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({
    question: 'x', answered: true, related: [{ question: evil, answerId: 'r' }],
    answer: {
      id: 'a', kind: 'extract', text: evil, highlights: [[0, 4]],
      document: { id: 'd', title: evil, url: 'javascript:window.pwned=1', section: 'S', sectionUrl: '//evil.example/x' },
      citations: [{ n: 1, title: evil, url: 'javascript:window.pwned=1' }, { n: 2, title: 'Data', url: 'data:text/html,x' }, { n: 3, title: 'Real', url: 'https://example.org/a' }],
    },
  }) }));
  const b = inBox(page);
  await b.input.fill('anything');
  await b.input.press('Enter');
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.card.locator('.txt').textContent(), evil);
  assert.equal(await b.card.locator('img, b, script').count(), 0);
  assert.deepEqual(await b.card.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['https://example.org/a']);
  assert.equal(await b.card.locator('.doc').textContent(), `${evil} › S`);
  assert.equal(await b.card.locator('.rel button').textContent(), evil);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a slow older answer never replaces a newer one (stale response race)', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  let release;
  const held = new Promise((r) => (release = r));
  let heldRequest;
  let routed;
  const reachedRoute = new Promise((r) => (routed = r));
  await page.route((u) => u.pathname == '/answer' && u.searchParams.get('q') == STORY, async (route) => {
    heldRequest = route.request();
    routed();
    await held;
    await route.continue().catch(() => {}); // the page has aborted it by now
  });
  const failed = page.waitForEvent('requestfailed', (r) => r.url().includes('/answer?') && r.url().includes('story'));
  await b.input.fill(STORY);
  await b.input.press('Enter');
  await b.card.locator('.load').waitFor();
  await reachedRoute; // on a busy machine the route handler may run after the spinner shows
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  const aborted = await failed;
  assert.equal(aborted, heldRequest);
  assert.equal(aborted.failure().errorText, 'net::ERR_ABORTED');
  await b.card.locator('.ans').waitFor();
  const expected = await api(server.base, q(SUBSIDY));
  release();
  // Let the old route finish (its request is already aborted), then the card must still show the newer answer.
  await page.unrouteAll({ behavior: 'wait' });
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers(expected.answer));
  assert.equal(await b.input.inputValue(), SUBSIDY);
  assert.deepEqual(problems, []);
  await page.close();
});

test('loading, then offline with retry, then a service error: each state shows and retry recovers', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  await recordEvents(page);
  const b = inBox(page);
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/answer?*', async (route) => {
    await held;
    await route.abort('internetdisconnected');
  });
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  await b.card.locator('.load').waitFor();
  assert.equal(await b.card.textContent(), 'Searching…');
  assert.equal(await b.card.getAttribute('aria-busy'), 'true');
  release();
  await b.card.locator('.err').waitFor();
  assert.equal(await b.card.locator('.err p').textContent(), 'You seem to be offline.');
  assert.equal(await b.live.textContent(), 'You seem to be offline.');
  await screenshot(page, 'box-offline');

  await page.unrouteAll({ behavior: 'wait' });
  await page.route('**/answer?*', (route) =>
    route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unavailable', status: 503 }) }));
  await b.card.locator('.err button').click();
  await b.card.locator('.err p', { hasText: 'The answer service is not responding.' }).waitFor();
  assert.equal(await b.card.evaluate((el) => el.getRootNode().activeElement === el), true, 'focus moves to the card, not the page');

  await page.unrouteAll({ behavior: 'wait' });
  await b.card.locator('.err button').click();
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.card.locator('.txt').textContent(), withMarkers((await api(server.base, q(SUBSIDY))).answer));
  assert.deepEqual((await page.evaluate(() => window.seen)).filter((e) => e.type == 'error'), [
    { type: 'error', question: SUBSIDY, offline: true },
    { type: 'error', question: SUBSIDY, offline: false },
  ]);
  // Chromium itself logs the two simulated network failures; nothing else may appear.
  assert.deepEqual(problems, [
    'error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
    'error: Failed to load resource: the server responded with a status of 503 (Service Unavailable)',
  ]);
  await page.close();
});

test('two boxes on the partner page work independently, in their own theme and language', async () => {
  const { page, problems } = await open(browser.context, server.base + '/partner.html');
  const light = inBox(page, '#box-light');
  const dark = inBox(page, '#box-dark');
  await dark.input.waitFor();
  assert.equal(await dark.box.locator('button[type=submit]').textContent(), '提問');
  assert.equal(await dark.box.locator('.qc').getAttribute('lang'), 'zh-Hant');
  assert.equal(await light.box.locator('button[type=submit]').textContent(), 'Ask');
  const bg = (x) => x.box.locator('.qc').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await bg(light), 'rgb(255, 255, 255)');
  assert.equal(await bg(dark), 'rgb(22, 25, 29)');

  await page.keyboard.press('/');
  assert.equal(await light.input.evaluate((el) => el.getRootNode().activeElement === el), true, '"/" goes to the first box');
  await light.input.fill(SUBSIDY);
  await light.input.press('Enter');
  await light.card.locator('.ans').waitFor();
  assert.equal(await dark.card.textContent(), '', 'the other box is untouched');

  await dark.input.fill(MARATHON);
  await dark.input.press('Enter');
  await dark.card.locator('.none').waitFor();
  assert.equal(await dark.card.locator('.none > p').first().textContent(), '本網站的內容中找不到答案。');
  assert.equal(await light.card.locator('.txt').textContent(), withMarkers((await api(server.base, q(SUBSIDY))).answer));
  await screenshot(page, 'partner-two-boxes');
  assert.deepEqual(problems, []);
  await page.close();
});

test('at 320 px wide the demo page does not scroll sideways', async () => {
  const { page, problems } = await open(browser.context, server.base + '/', { width: 320, height: 640 });
  const b = inBox(page);
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  await b.card.locator('.ans').waitFor();
  await page.locator('quickcite-faq').locator('.faq button').first().click();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
  const boxWidth = await b.box.evaluate((el) => el.getBoundingClientRect().right);
  assert.ok(boxWidth <= 320, `box right edge ${boxWidth}`);
  await screenshot(page, 'demo-320px');
  assert.deepEqual(problems, []);
  await page.close();
});
