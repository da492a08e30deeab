// axe-core in Chromium: zero violations (WCAG 2.0/2.1 A and AA, best practices) in light and dark,
// in every state a visitor can reach. Screenshots of each state go to test-results/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, startBrowser, open, inBox, axeViolations, screenshot, PHONE } from './harness.mjs';

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

for (const colorScheme of ['light', 'dark']) {
  test(`demo page in ${colorScheme}: initial, suggestions open, answer with FAQ open, no answer`, async () => {
    const { page, problems } = await open(browser.context, server.base + '/', { colorScheme });
    const b = inBox(page);
    const faq = page.locator('quickcite-faq');
    await faq.locator('.faq button').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'initial');

    await b.input.click();
    await page.keyboard.type('What');
    await b.options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await axeViolations(page), [], 'suggestions open');
    await screenshot(page, `a11y-${colorScheme}-suggestions`);

    await page.keyboard.press('Enter');
    await b.card.locator('.ans').waitFor();
    await faq.locator('.faq button').first().click();
    await b.card.locator('.fb button').first().click();
    assert.deepEqual(await axeViolations(page), [], 'answer, feedback given, FAQ open');
    await screenshot(page, `a11y-${colorScheme}-answer`);

    await b.input.fill('When does the Hong Kong marathon start?');
    await b.input.press('Enter');
    await b.card.locator('.none').waitFor();
    await faq.locator('input[type=search]').fill('zzz');
    assert.deepEqual(await axeViolations(page), [], 'no answer, no FAQ match');
    await screenshot(page, `a11y-${colorScheme}-no-answer`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`error state in ${colorScheme}`, async () => {
    const { page, problems } = await open(browser.context, server.base + '/', { colorScheme });
    await page.route('**/answer?*', (route) => route.abort('internetdisconnected'));
    const b = inBox(page);
    await b.input.fill('When did the AI Subsidy Scheme open?');
    await b.input.press('Enter');
    await b.card.locator('.err').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `a11y-${colorScheme}-offline`);
    assert.deepEqual(problems, ['error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
    await page.close();
  });

  test(`partner page with a light and a dark box in ${colorScheme}`, async () => {
    const { page, problems } = await open(browser.context, server.base + '/partner.html', { colorScheme });
    for (const [id, question] of [['#box-light', 'When did the AI Subsidy Scheme open?'], ['#box-dark', "What defines Hong Kong's AI story?"]]) {
      const b = inBox(page, id);
      await b.input.fill(question);
      await b.input.press('Enter');
      await b.card.locator('.ans').waitFor();
    }
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `a11y-${colorScheme}-partner`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('reduced motion stops the loading spinner', async () => {
  const { page, problems } = await open(browser.context, server.base + '/');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/answer?*', async (route) => {
    await held;
    await route.continue();
  });
  const b = inBox(page);
  await b.input.fill('When did the AI Subsidy Scheme open?');
  await b.input.press('Enter');
  const spinner = (el) => getComputedStyle(el, '::before').animationName;
  assert.equal(await b.card.locator('.load').evaluate(spinner), 'none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await b.card.locator('.load').evaluate(spinner), 'qcspin');
  release();
  await b.card.locator('.ans').waitFor();
  await page.unrouteAll({ behavior: 'wait' });
  assert.deepEqual(problems, []);
  await page.close();
});

// Issue 16's new states, on desktop and on a phone (390×844, touch), light and dark.
for (const device of ['desktop', 'phone']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`new states on ${device} in ${colorScheme}: suggestions with highlights, answer with sections, did you mean, no answer with sections`, async () => {
      const ctx = device == 'phone' ? phone.context : browser.context;
      const size = device == 'phone' ? { width: 390, height: 844 } : {};
      const { page, problems } = await open(ctx, server.base + '/', { colorScheme, ...size });
      const b = inBox(page);
      const shot = (state) => screenshot(page, `a11y-${colorScheme}-${device}-${state}`, { phone: device == 'phone' });
      await b.input.click();
      await page.keyboard.type('aisc');
      await b.options.first().waitFor();
      await page.keyboard.press('ArrowDown');
      assert.ok((await b.options.locator('mark').count()) > 0, 'the suggestions carry highlights');
      assert.deepEqual(await axeViolations(page), [], 'suggestions with highlights');
      await shot('suggestions-highlighted');

      await b.input.fill('When did the AI Subsidy Scheme open?');
      await b.input.press('Enter');
      await b.card.locator('.ans .secs').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'answer with fact, markers and sections');
      await shot('answer-sections');

      await b.input.fill('When did the AI Subsidy Sceme open?');
      await b.input.press('Enter');
      await b.card.locator('.dym').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'did you mean');
      await shot('did-you-mean');

      await b.input.fill('When does the Hong Kong marathon start?');
      await b.input.press('Enter');
      await b.card.locator('.none .secs').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'no answer with sections');
      await shot('no-answer-sections');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
}
