// Issue 16 in Chromium against the real server: the closest sections (with and without an answer), "did you mean",
// the fact and inline [n] markers, source chips, whole-site suggestions with highlights, and base-url links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, open, inBox, api, screenshot } from './harness.mjs';
import { runs } from '../../src/text.js';

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
const TYPO = 'When did the AI Subsidy Sceme open?';
const MARATHON = 'When does the Hong Kong marathon start?';
const q = (s, extra = '') => '/answer?q=' + encodeURIComponent(s) + extra;
const slices = (text, ranges) => ranges.map(([s, e]) => text.slice(s, e));

async function askIt(b, question, done = '.ans, .none') {
  await b.input.fill(question);
  await b.input.press('Enter');
  await b.card.locator(done).first().waitFor();
}

/** The sections as rendered: [link tag, href, link text, excerpt, marked parts]. */
const sectionsShown = (b) =>
  b.card.locator('.secs li').evaluateAll((lis) => lis.map((li) => {
    const a = li.firstElementChild;
    const ex = li.querySelector('.ex');
    return [a.localName, a.getAttribute('href'), a.textContent, ex?.textContent ?? null, ex ? [...ex.querySelectorAll('mark')].map((m) => m.textContent) : []];
  }));
/** What the card should list: the response's sections, under an answer without the answer's own section. */
const more = (r) => r.sections.filter((s) => !r.answered || s.url != r.answer.document.sectionUrl);
const sectionsWanted = (sections, base = '') =>
  sections.map((s) => ['a', /^\//.test(s.url) && base ? base + s.url : s.url, s.heading && s.heading != s.title ? `${s.title} › ${s.heading}` : s.title,
    s.excerpt || null, slices(s.excerpt || '', s.highlights || [])]);

test('no answer: at least three closest sections with highlighted excerpts are the main content, announced, and reachable by Tab', async () => {
  const want = await api(server.base, q(MARATHON));
  assert.equal(want.answered, false);
  assert.ok(want.sections.length >= 3, `sections for a miss: ${JSON.stringify(want.sections)}`);
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await askIt(b, MARATHON, '.none');
  assert.equal(await b.card.locator('.none .secs .lbl').textContent(), 'Closest sections on this site:');
  assert.deepEqual(await sectionsShown(b), sectionsWanted(want.sections));
  assert.ok((await b.card.locator('.secs .ex mark').count()) > 0, 'the excerpts carry highlights');
  assert.equal(await b.live.textContent(), `No answer found in this site's content. ${want.sections.length} sections on this site`);
  await screenshot(page, 'more-no-answer-sections');

  // Keyboard: Tab from the input reaches the first section link, Enter follows it to the right heading of the local preview.
  await b.input.focus();
  for (let i = 0; i < 10 && !(await b.box.locator('.secs a:focus').count()); i++) await page.keyboard.press('Tab');
  const focused = b.box.locator('.secs a:focus');
  assert.equal(await focused.getAttribute('href'), want.sections[0].url);
  await Promise.all([page.waitForURL((u) => u.href == new URL(want.sections[0].url, server.base).href), page.keyboard.press('Enter')]);
  const anchor = decodeURIComponent(new URL(want.sections[0].url, server.base).hash.slice(1));
  assert.ok(anchor, 'the section url has an #anchor');
  const target = page.locator(`[id="${anchor}"]`);
  assert.equal(await target.count(), 1, `the page at ${want.sections[0].url} has the heading`);
  assert.ok((await target.textContent()).includes(want.sections[0].heading), 'at the section heading');
  assert.equal(await page.locator('h1').textContent(), want.sections[0].title);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an answer shows "More on this site" sections under it; did-you-mean shows what was searched and searches exactly on request', async () => {
  const want = await api(server.base, q(SUBSIDY));
  assert.ok(more(want).length >= 1);
  assert.ok(!want.sections.some((sec) => sec.url == want.answer.document.sectionUrl), 'the server leaves out the answer\'s own section');
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await askIt(b, SUBSIDY, '.ans');
  assert.equal(await b.card.locator('.ans .secs .lbl').textContent(), 'More on this site');
  assert.deepEqual(await sectionsShown(b), sectionsWanted(more(want)));
  assert.equal(await b.card.locator('.dym').count(), 0, 'no correction, no did-you-mean');
  assert.equal(await b.live.textContent(), `Answer found. ${more(want).length} ${more(want).length == 1 ? 'section' : 'sections'} on this site`);

  const typo = await api(server.base, q(TYPO));
  assert.equal(typeof typo.corrected, 'string', `a corrected question for "${TYPO}"`);
  assert.equal(typo.answered, true);
  assert.match(typo.answer.text, /October 7, 2024/);
  await askIt(b, TYPO, '.dym');
  assert.equal(await b.card.locator('.dym strong').textContent(), typo.corrected);
  assert.ok((await b.card.locator('.txt').textContent()).includes('October 7, 2024'));
  assert.equal(await b.live.textContent(), `Showing results for “${typo.corrected}”. Answer found. ${more(typo).length} ${more(typo).length == 1 ? 'section' : 'sections'} on this site`);
  await screenshot(page, 'more-did-you-mean');
  const instead = b.card.locator('.dym button');
  assert.equal(await instead.textContent(), `Search instead for “${TYPO}”`);
  const exact = await api(server.base, q(TYPO, '&exact=true'));
  assert.equal(exact.corrected, undefined, 'exact=true never corrects');
  const asked = page.waitForRequest((r) => r.url().includes('/answer?'));
  await instead.click();
  const url = new URL((await asked).url());
  assert.equal(url.searchParams.get('q'), TYPO);
  assert.equal(url.searchParams.get('exact'), 'true');
  await b.card.locator(exact.answered ? '.ans' : '.none').waitFor();
  assert.equal(await b.card.locator('.dym').count(), 0);
  assert.equal(await b.input.inputValue(), TYPO);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the answer marks its fact strongest and the question words lighter, with inline [n] markers that jump to their source chip', async () => {
  const want = (await api(server.base, q(SUBSIDY))).answer;
  assert.deepEqual(slices(want.text, want.facts), ['October 7, 2024'], 'the fact asked for');
  assert.ok(want.markers.length >= 1, 'the sentence had a citation marker');
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await askIt(b, SUBSIDY, '.ans');
  const shown = await b.card.locator('.txt').evaluate((p) => [...p.childNodes].map((n) =>
    n.nodeType == 3 ? ['', n.textContent] : n.localName == 'sup' ? ['sup', n.textContent, n.firstChild.getAttribute('href')] : [n.localName + (n.className ? '.' + n.className : ''), n.textContent]));
  const expected = runs(want.text, want.facts, want.highlights, want.markers, new Set(want.citations.map((c) => c.n))).map((r) =>
    r.n != null ? ['sup', `[${r.n}]`, '#c' + r.n] : [['', 'mark', 'mark.f'][r.level], r.s]);
  assert.deepEqual(shown, expected);
  assert.deepEqual(await b.card.locator('.txt mark.f').allTextContents(), ['October 7, 2024']);
  const bg = (sel) => b.card.locator(sel).first().evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontWeight]);
  assert.deepEqual(await bg('.txt mark.f'), ['rgb(255, 210, 63)', '700'], 'the fact: strong colour, bold');
  if (await b.card.locator('.txt mark:not(.f)').count()) assert.deepEqual(await bg('.txt mark:not(.f)'), ['rgb(255, 240, 166)', '400'], 'question words: lighter');
  const n = want.markers[0].n;
  const marker = b.card.locator(`a.m[href="#c${n}"]`);
  assert.equal(await marker.getAttribute('aria-label'), `Source ${n}`);
  await marker.focus();
  await page.keyboard.press('Enter');
  assert.equal(await b.card.locator(`.cites li[id="c${n}"]`).evaluate((el) => el.getRootNode().activeElement === el), true, 'focus lands on the chip');
  assert.equal(new URL(page.url()).hash, '', 'the host page URL is untouched');
  await screenshot(page, 'more-fact-markers');
  assert.deepEqual(problems, []);
  await page.close();
});

test('source chips: no title and no URL is a plain "[n]"; a URL is a link that opens it (rel=noopener)', async () => {
  const real = await api(server.base, q(SUBSIDY));
  const n = real.answer.citations[0].n;
  const forged = structuredClone(real);
  forged.answer.citations = [{ n, title: null, publisher: null, url: null }, { n: 40, title: null, publisher: null, url: server.base + '/partner.html' }, { n: 41, title: 'Titled', publisher: null, url: null }];
  const { page, problems } = await open(browser.context, server.base + '/');
  await page.route('**/answer?*', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(forged) }));
  const b = inBox(page);
  await askIt(b, SUBSIDY, '.ans');
  assert.deepEqual(await b.card.locator('.cites li > *').evaluateAll((cs) => cs.map((c) => [c.localName, c.className, c.getAttribute('href'), c.getAttribute('rel'), c.textContent])), [
    ['span', 'num', null, null, `[${n}]`],
    ['a', 'chip', server.base + '/partner.html', 'noopener', '[40]'],
    ['span', 'chip', null, null, '[41] Titled'],
  ]);
  assert.equal(await b.card.locator('.cites button').count(), 0, 'no source looks like a button');
  assert.equal(await b.card.locator('.cites .num').evaluate((el) => getComputedStyle(el).borderStyle), 'none');
  await Promise.all([page.waitForURL(server.base + '/partner.html'), b.card.locator('.cites a').click()]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('type-ahead over the whole site: "aisc", "sandb" and "sandbx" suggest, the typed part is highlighted, the kind is named', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  const kinds = { title: 'Page', heading: 'Section', name: 'Name' };
  for (const prefix of ['aisc', 'sandb', 'sandbx']) {
    const want = (await api(server.base, '/suggest?q=' + prefix)).suggestions;
    assert.ok(want.length >= 1 && want.length <= 8, `"${prefix}" suggests: ${JSON.stringify(want)}`);
    await b.input.fill('');
    await b.input.focus();
    await page.keyboard.type(prefix);
    await b.options.first().waitFor();
    await page.waitForFunction((n) => document.querySelector('quickcite-box').shadowRoot.querySelectorAll('[role=option]').length == n, want.length);
    const shown = await b.options.evaluateAll((os) => os.map((o) => [o.firstChild.textContent, [...o.querySelectorAll('mark')].map((m) => m.textContent), o.querySelector('.k')?.textContent.trim() ?? null]));
    assert.deepEqual(shown, want.map((s) => [s.question, slices(s.question, s.highlights), kinds[s.kind] ?? null]), prefix);
    assert.equal(await b.input.getAttribute('aria-expanded'), 'true');
    assert.equal(await b.live.textContent(), `${want.length} ${want.length == 1 ? 'suggestion' : 'suggestions'} available`);
    if (prefix == 'aisc') await screenshot(page, 'more-suggestions-highlighted');
  }
  // The active option stays readable: its highlight is bold text, not a yellow patch on the accent.
  await page.keyboard.press('ArrowDown');
  const active = b.box.locator('[role=option][aria-selected=true]');
  assert.equal(await active.getAttribute('id'), await b.input.getAttribute('aria-activedescendant'));
  if (await active.locator('mark').count()) {
    assert.deepEqual(await active.locator('mark').first().evaluate((m) => [getComputedStyle(m).backgroundColor, getComputedStyle(m).fontWeight]), ['rgba(0, 0, 0, 0)', '700']);
  }
  const question = (await api(server.base, '/suggest?q=sandbx')).suggestions[0].question;
  await page.keyboard.press('Enter');
  await b.card.locator('.ans, .none').first().waitFor();
  assert.equal(await b.input.inputValue(), question, 'choosing one asks its question');
  assert.deepEqual(problems, []);
  await page.close();
});

test('base-url (script tag data-base-url, element attribute wins): site-relative links become absolute on a partner page', async () => {
  const want = await api(server.base, q(SUBSIDY));
  const page = await browser.context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,">
<script src="/widget/quickcite.js" data-api="" data-base-url="https://docs.partner.example/help"></script></head>
<body><main><quickcite-box id="a"></quickcite-box><quickcite-box id="b" base-url="https://other.example"></quickcite-box><quickcite-box id="c" base-url="javascript:alert(1)"></quickcite-box></main></body></html>`;
  await page.route('**/partner-base.html', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(server.base + '/partner-base.html');
  const doc = want.answer.document;
  for (const [id, base] of [['#a', 'https://docs.partner.example/help'], ['#b', 'https://other.example'], ['#c', '']]) {
    const b = inBox(page, id);
    await askIt(b, SUBSIDY, '.ans');
    assert.equal(await b.card.locator('.doc a').getAttribute('href'), base + doc.sectionUrl, id);
    assert.deepEqual(await sectionsShown(b), sectionsWanted(more(want), base), id);
  }
  assert.deepEqual(problems, ['[quickcite] <quickcite-box> base-url must be an http(s) URL, not "javascript:alert(1)"']);
  await page.close();
});
