// The built ES module (dist/quickcite.mjs, made by `npm run build`) mounted in happy-dom.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { fakeFetch, settle } from './setup.mjs';

let mod;
before(async () => {
  mod = await import('../../dist/quickcite.mjs');
  mod.define({ api: 'https://api.example' });
});

const faq = {
  items: [
    { question: 'What is AISC?', answer: { id: 'f1', text: 'AISC is the AI Supercomputing Centre at Cyberport.', citations: [{ n: 2, title: 'Cyberport', url: 'https://www.cyberport.hk/' }], document: { title: 'Briefing', url: '/b', section: 'Compute', sectionUrl: '/b#compute' } } },
    { question: 'When did the AI Subsidy Scheme open?', answer: { id: 'f2', text: 'AISS opened on October 7, 2024.', citations: [], document: { title: 'Briefing', url: '/b' } } },
    { question: 'Who runs InnoHK?', answer: { id: 'f3', text: 'The Innovation and Technology Commission runs InnoHK.', citations: [], document: { title: 'Briefing', url: '/b' } } },
  ],
};

test('the module exports the two elements and define() registers them once', () => {
  assert.equal(customElements.get('quickcite-box'), mod.QuickciteBox);
  assert.equal(customElements.get('quickcite-faq'), mod.QuickciteFaq);
  mod.define({ api: 'https://api.example' });
});

test('a box asks on submit, renders the answer and dispatches question and answer events', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const box = document.createElement('quickcite-box');
  box.setAttribute('site', 'partner-1');
  const events = [];
  for (const type of ['question', 'answer']) box.addEventListener('quickcite:' + type, (e) => events.push([type, e.detail.question, e.detail.answered]));
  document.body.append(box);
  t.after(() => box.remove());
  box.ask('When did the AI Subsidy Scheme open?');
  assert.equal(f.calls[0].url, 'https://api.example/answer?q=When+did+the+AI+Subsidy+Scheme+open%3F&site=partner-1');
  assert.equal(box.shadowRoot.querySelector('.card').textContent, 'Searching…');
  f.calls[0].json({ question: 'When did the AI Subsidy Scheme open?', answered: true, answer: { id: 'a2', text: 'AISS opened on October 7, 2024.', citations: [{ n: 3, title: 'AISS', url: null }], highlights: [] }, related: [] });
  await settle();
  const root = box.shadowRoot;
  assert.equal(root.querySelector('.txt').textContent, 'AISS opened on October 7, 2024.');
  assert.equal(root.querySelector('.cites').textContent, '[3] AISS');
  assert.equal(root.querySelector('[role=status]').textContent, 'Answer found');
  assert.deepEqual(events, [['question', 'When did the AI Subsidy Scheme open?', undefined], ['answer', 'When did the AI Subsidy Scheme open?', true]]);
});

test('a faq element renders a disclosure list, filters it and writes FAQPage JSON-LD when seo is set', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const el = document.createElement('quickcite-faq');
  el.setAttribute('seo', '');
  el.setAttribute('single', '');
  document.body.append(el);
  t.after(() => el.remove());
  assert.equal(f.calls[0].url, 'https://api.example/faq');
  f.calls[0].json(faq);
  await settle();
  await settle();
  const root = el.shadowRoot;
  const buttons = [...root.querySelectorAll('.faq button')];
  assert.deepEqual(buttons.map((b) => b.textContent), faq.items.map((i) => i.question));
  assert.deepEqual(buttons.map((b) => b.getAttribute('aria-expanded')), ['false', 'false', 'false']);
  buttons[0].click();
  buttons[1].click();
  assert.deepEqual(buttons.map((b) => b.getAttribute('aria-expanded')), ['false', 'true', 'false']);
  const regions = [...root.querySelectorAll('[role=region]')];
  assert.deepEqual(regions.map((r) => r.hidden), [true, false, true]);
  assert.equal(regions[0].getAttribute('aria-labelledby'), 'b0');
  const filter = root.querySelector('input');
  filter.value = 'INNOHK commission';
  filter.dispatchEvent(new Event('input'));
  assert.deepEqual([...root.querySelectorAll('.faq > li')].map((li) => li.hidden), [true, true, false]);
  assert.equal(root.querySelector('[role=status]').textContent, '1 question shown');
  const ld = JSON.parse(document.head.querySelector('script[type="application/ld+json"]').textContent);
  assert.deepEqual(ld, {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.items.map((i) => ({ '@type': 'Question', name: i.question, acceptedAnswer: { '@type': 'Answer', text: i.answer.text } })),
  });
  el.remove();
  assert.equal(document.head.querySelector('script[type="application/ld+json"]'), null);
});
