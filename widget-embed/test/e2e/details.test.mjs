// The details a demanding visitor notices (issue 16, item 5), in Chromium against the real server: visible feedback,
// visible focus, Esc and the clear button, the phone layout, clickable examples and the dark dropdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, open, inBox, screenshot, PHONE } from './harness.mjs';

let server;
let browser;
let phone;
before(async () => {
  server = await startServer();
  browser = await startBrowser();
  phone = await startBrowser(PHONE);
});
after(async () => {
  await phone?.stop();
  await browser?.stop();
  await server?.stop();
});

const SUBSIDY = 'When did the AI Subsidy Scheme open?';
const MARATHON = 'When does the Hong Kong marathon start?';
const style = (loc, prop) => loc.evaluate((el, p) => getComputedStyle(el)[p], prop);
const isActive = (loc) => loc.evaluate((el) => el.getRootNode().activeElement === el);

async function askIt(b, question) {
  await b.input.fill(question);
  await b.input.press('Enter');
  await b.card.locator('.ans, .none').first().waitFor();
}

test('feedback: a visible "Thanks" (not only for screen readers), the chosen button pressed, both used buttons look disabled', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await askIt(b, SUBSIDY);
  const [yes, no] = [b.card.locator('.fb button').first(), b.card.locator('.fb button').nth(1)];
  const before = { color: await style(no, 'color'), border: await style(no, 'borderColor') };
  assert.equal(await b.card.locator('.fb .thx').isVisible(), false);
  await yes.click();
  const thx = b.card.locator('.fb .thx');
  assert.equal(await thx.isVisible(), true);
  assert.equal(await thx.textContent(), 'Thanks for your feedback.');
  const box = await thx.boundingBox();
  assert.ok(box.width > 50 && box.height > 10, `the thanks is laid out visibly: ${JSON.stringify(box)}`);
  assert.deepEqual(await b.card.locator('.fb button').evaluateAll((bs) => bs.map((x) => [x.getAttribute('aria-pressed'), x.getAttribute('aria-disabled')])),
    [['true', 'true'], ['false', 'true']]);
  assert.notEqual(await style(no, 'color'), before.color, 'the unused button no longer looks clickable');
  assert.notEqual(await style(no, 'borderColor'), before.border);
  assert.equal(await style(no, 'cursor'), 'default');
  assert.equal(await style(yes, 'backgroundColor'), before.color, 'the pressed button is filled with the accent');
  assert.notEqual(await style(yes, 'boxShadow'), 'none', 'and looks pressed in');
  await screenshot(page, 'details-feedback');
  assert.deepEqual(problems, []);
  await page.close();
});

test('focus stays visible after choosing a related question with the keyboard: the card has a focus ring', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await askIt(b, MARATHON);
  const first = b.card.locator('.rel button').first();
  const question = await first.textContent();
  await first.focus();
  await page.keyboard.press('Enter');
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), question);
  assert.equal(await isActive(b.card), true, 'focus moved to the card');
  assert.notEqual(await style(b.card, 'outlineStyle'), 'none');
  assert.ok(parseFloat(await style(b.card, 'outlineWidth')) >= 2, 'a 2 px ring');
  assert.equal(await style(b.card, 'outlineColor'), 'rgb(11, 87, 208)', 'in the accent colour');
  await screenshot(page, 'details-focus-after-related');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Esc closes the suggestions first, a second Esc clears the input and the answer; the × button does the same', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  const x = b.box.locator('button.x');
  assert.equal(await x.isVisible(), false, 'no × while the input is empty');
  await askIt(b, SUBSIDY);
  assert.equal(await x.isVisible(), true);
  assert.equal(await x.getAttribute('aria-label'), 'Clear');
  await b.input.fill('');
  await b.input.focus();
  await page.keyboard.type('What');
  await b.options.first().waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await b.input.getAttribute('aria-expanded'), 'false');
  assert.equal(await b.input.inputValue(), 'What', 'the first Esc only closes the list');
  assert.equal(await b.card.locator('.ans').count(), 1, 'and keeps the answer');
  await page.keyboard.press('Escape');
  assert.equal(await b.input.inputValue(), '');
  assert.equal(await b.card.innerHTML(), '', 'the second Esc clears the answer too');
  assert.equal(await b.card.getAttribute('aria-busy'), 'false');
  assert.equal(await b.live.textContent(), '');
  assert.equal(await x.isVisible(), false);

  await askIt(b, SUBSIDY);
  await x.click();
  assert.equal(await b.input.inputValue(), '');
  assert.equal(await b.card.innerHTML(), '');
  assert.equal(await isActive(b.input), true, 'focus goes back to the input');
  assert.equal(await x.isVisible(), false);

  // × while an answer is still on its way: the late response is dropped.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/answer?*', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  await b.card.locator('.load').waitFor();
  await x.click();
  release();
  await page.unrouteAll({ behavior: 'wait' });
  await page.waitForTimeout(200);
  assert.equal(await b.card.innerHTML(), '', 'an answer that arrives after × is not shown');
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_ABORTED')), []);
  await page.close();
});

test('a click on an example on the demo page fills the box and asks it; any [data-quickcite-ask] in the page does', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  const b = inBox(page);
  await b.input.waitFor();
  const examples = page.locator('button.example[data-quickcite-ask]');
  assert.ok((await examples.count()) >= 1, 'the server renders the examples as buttons');
  const question = await examples.first().getAttribute('data-quickcite-ask');
  assert.equal(await examples.first().textContent(), question);
  await examples.first().click();
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), question);

  await page.evaluate((q) => {
    const a = document.createElement('a');
    a.href = '#nowhere';
    a.id = 'ask-link';
    a.setAttribute('data-quickcite-ask', q);
    a.append(document.createElement('span'));
    a.firstChild.textContent = 'ask it';
    document.querySelector('main').append(a);
  }, SUBSIDY);
  await page.locator('#ask-link span').click();
  await b.card.locator('.ans').waitFor();
  assert.equal(await b.input.inputValue(), SUBSIDY);
  assert.equal(new URL(page.url()).hash, '', 'the link itself does not navigate');
  assert.deepEqual(problems, []);
  await page.close();
});

test('dark mode: the suggestion list is clearly separated from the page (raised background, ring and deep shadow)', async () => {
  const { page, problems } = await open(browser.context, server.base + '/', { colorScheme: 'dark' });
  const b = inBox(page);
  await b.input.click();
  await page.keyboard.type('What');
  await b.options.first().waitFor();
  const list = b.box.locator('[role=listbox]');
  const wrap = b.box.locator('.qc');
  assert.equal(await style(wrap, 'backgroundColor'), 'rgb(22, 25, 29)');
  assert.equal(await style(list, 'backgroundColor'), 'rgb(31, 36, 43)', 'raised above the box');
  const shadow = await style(list, 'boxShadow');
  assert.match(shadow, /rgba\(255, 255, 255, 0\.2\) 0px 0px 0px 1px/, `a light ring: ${shadow}`);
  assert.match(shadow, /rgba\(0, 0, 0, 0\.8\) 0px 10px 28px/, `a deep shadow: ${shadow}`);
  await screenshot(page, 'details-dark-dropdown');
  assert.deepEqual(problems, []);
  await page.close();
});

test('phone (390×844, touch): no "Press /" hint, a placeholder that fits, citation pills that wrap inside the card', async () => {
  const { page, problems } = await open(phone.context, server.base + '/', { width: 390, height: 844 });
  const b = inBox(page);
  await b.input.waitFor();
  assert.equal(await page.locator('.keys').isVisible(), false, 'no keyboard shortcut hint on a touch device');
  for (const width of [390, 360, 320]) {
    await page.setViewportSize({ width, height: 844 });
    await page.waitForTimeout(100);
    const fit = await b.input.evaluate((el) => {
      const cs = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = cs.font;
      return { text: el.placeholder, need: ctx.measureText(el.placeholder).width, room: el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) };
    });
    assert.ok(fit.text.length > 0 && fit.need <= fit.room, `at ${width} px the placeholder fits: ${JSON.stringify(fit)}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await b.input.fill(SUBSIDY);
  await b.input.press('Enter');
  await b.card.locator('.ans').waitFor();
  const geo = await b.card.locator('.cites').evaluate((ol) => {
    const r = ol.getBoundingClientRect();
    return { list: [r.left, r.right], chips: [...ol.querySelectorAll('.chip')].map((c) => { const q = c.getBoundingClientRect(); return [q.left, q.right, getComputedStyle(c).borderRadius]; }) };
  });
  assert.ok(geo.chips.length > 0);
  for (const [l, r, radius] of geo.chips) {
    assert.ok(l >= geo.list[0] - 0.5 && r <= geo.list[1] + 0.5, `chip inside the list: ${JSON.stringify(geo)}`);
    assert.equal(radius, '10px', 'the pill uses --quickcite-radius');
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scroll');
  await screenshot(page, 'details-phone-answer', { phone: true });

  // --quickcite-radius reaches every rounded part, pills included (set through the CSSOM: the demo's CSP has no inline styles).
  await page.evaluate(() => document.querySelector('quickcite-box').style.setProperty('--quickcite-radius', '3px'));
  const radius = (sel) => b.box.locator(sel).first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  assert.equal(await radius('.qc'), '3px');
  assert.equal(await radius('.chip'), '3px');
  assert.equal(await radius('input'), '0px', 'inner parts are 4 px tighter, never negative');
  assert.equal(await radius('[role=listbox]'), '0px');
  assert.deepEqual(problems, []);
  await page.close();
});

test('desktop keeps the "Press /" hint', async () => {
  const { page } = await open(browser.context, server.base + '/');
  assert.equal(await page.locator('.keys').isVisible(), true);
  await page.close();
});
