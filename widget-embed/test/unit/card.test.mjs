import { test } from 'node:test';
import assert from 'node:assert/strict';
import './setup.mjs';
import { answerView, errorView, cites } from '../../src/card.js';
import { strings } from '../../src/i18n.js';

const t = strings('en');
const answer = {
  question: 'When did the AI Subsidy Scheme open?',
  answered: true,
  answer: {
    id: 'a2',
    text: 'AISS officially opened for application on October 7, 2024.',
    kind: 'extract',
    document: { id: 'd', title: 'Artificial Intelligence in Hong Kong', url: '/briefings/ai', section: 'Timeline', sectionUrl: '/briefings/ai#timeline' },
    citations: [
      { n: 17, title: 'Source 17', url: null },
      { n: 3, title: 'AISS opens for application', publisher: 'HKSAR Government', url: 'https://www.info.gov.hk/x' },
      { n: 5, title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' },
    ],
    highlights: [[42, 57]],
  },
  related: [{ question: 'When did the AI Subsidy Scheme open?', answerId: 'a2' }, { question: 'What is AISC?', answerId: 'a9' }],
};

test('an answer shows text with marks, sorted citation chips, the document link, related questions and feedback', () => {
  const el = answerView(answer, t, { ask() {}, feedback() {} });
  assert.equal(el.querySelector('.txt').innerHTML, 'AISS officially opened for application on <mark>October 7, 2024</mark>.');
  const chips = [...el.querySelectorAll('.cites li')];
  assert.deepEqual(chips.map((li) => li.textContent), ['[3] AISS opens for application', '[5] <img src=x onerror=alert(1)>', '[17] Source 17']);
  assert.deepEqual(chips.map((li) => li.firstChild.tagName), ['A', 'SPAN', 'SPAN']);
  assert.equal(chips[0].firstChild.getAttribute('href'), 'https://www.info.gov.hk/x');
  assert.equal(el.querySelector('.cites').getAttribute('aria-label'), 'Sources');
  assert.equal(el.querySelectorAll('img').length, 0);
  // Brackets and the separator are decorative: hidden from screen readers.
  assert.deepEqual([...chips[0].querySelectorAll('[aria-hidden=true]')].map((s) => s.textContent), ['[', ']']);
  const doc = el.querySelector('.doc a');
  assert.equal(doc.getAttribute('href'), '/briefings/ai#timeline');
  assert.equal(doc.textContent, 'Artificial Intelligence in Hong Kong › Timeline');
  assert.equal(doc.querySelector('[aria-hidden=true]').textContent, '›');
  // The answer's own question is not offered again as a related question.
  assert.deepEqual([...el.querySelectorAll('.rel button')].map((b) => b.textContent), ['What is AISC?']);
  assert.equal(el.getAttribute('data-kind'), 'extract');
});

test('a related question click asks it', () => {
  const asked = [];
  const el = answerView(answer, t, { ask: (q) => asked.push(q), feedback() {} });
  el.querySelector('.rel button').click();
  assert.deepEqual(asked, ['What is AISC?']);
});

test('feedback is sent once: the chosen button is pressed and both are then disabled', () => {
  const sent = [];
  const el = answerView(answer, t, { ask() {}, feedback: (h) => sent.push(h) });
  const [yes, no] = el.querySelectorAll('.fb button');
  no.click();
  yes.click();
  no.click();
  assert.deepEqual(sent, [false]);
  assert.equal(no.getAttribute('aria-pressed'), 'true');
  assert.equal(yes.getAttribute('aria-pressed'), 'false');
  assert.deepEqual([yes, no].map((b) => b.getAttribute('aria-disabled')), ['true', 'true']);
  assert.equal(el.querySelector('.fb').getAttribute('aria-labelledby'), 'fq');
});

test('no answer: the message and the related questions to try, no feedback buttons', () => {
  const asked = [];
  const el = answerView(
    { question: 'When does the Hong Kong marathon start?', answered: false, answer: null, related: [{ question: 'What is AISC?', answerId: 'a9' }] },
    t,
    { ask: (q) => asked.push(q), feedback() {} },
  );
  assert.equal(el.querySelector('p').textContent, "No answer found in this site's content.");
  assert.equal(el.querySelector('.lbl').textContent, 'Try one of these:');
  el.querySelector('button').click();
  assert.deepEqual(asked, ['What is AISC?']);
  assert.equal(el.querySelector('.fb'), null);
});

test('a document without a safe URL or section is plain text', () => {
  const data = structuredClone(answer);
  data.answer.document = { title: 'Page', url: 'javascript:x', section: null, sectionUrl: null };
  data.answer.citations = [];
  const el = answerView(data, t, { ask() {}, feedback() {} });
  assert.equal(el.querySelector('.doc').innerHTML, '<span>Page</span>');
  assert.equal(el.querySelector('.cites'), null);
  assert.equal(cites(undefined, t), null);
});

test('error view: offline and service messages, in English and Traditional Chinese, with a retry button', () => {
  let retried = 0;
  const off = errorView(t, true, () => retried++);
  assert.equal(off.textContent, 'You seem to be offline.Try again');
  off.querySelector('button').click();
  assert.equal(retried, 1);
  assert.equal(errorView(strings('zh-HK'), false, () => {}).textContent, '答案服務沒有回應。再試一次');
});

const sections = [
  { title: 'Artificial Intelligence in Hong Kong', heading: 'Policy and execution milestones', url: '/briefings/ai#milestones', excerpt: 'AISS officially opened on October 7, 2024.', highlights: [[0, 4]] },
  { title: 'Guide', heading: 'Guide', url: 'javascript:alert(1)', excerpt: '<b>x</b>', highlights: [] },
];

test('the fact is marked strongest, question words lighter, and inline [n] markers link to their focusable chips', () => {
  const data = structuredClone(answer);
  Object.assign(data.answer, { facts: [[42, 57]], highlights: [[0, 4], [50, 57]], markers: [{ at: 58, n: 3 }, { at: 4, n: 17 }, { at: 10, n: 99 }] });
  const el = answerView(data, t, { ask() {}, feedback() {} });
  assert.equal(el.querySelector('.txt').innerHTML,
    '<mark>AISS</mark><sup><a class="m" href="#c17" aria-label="Source 17">[17]</a></sup> officially opened for application on ' +
    '<mark class="f">October 7, 2024</mark>.<sup><a class="m" href="#c3" aria-label="Source 3">[3]</a></sup>');
  assert.equal(el.querySelector('.txt').textContent, data.answer.text.slice(0, 4) + '[17]' + data.answer.text.slice(4) + '[3]');
  const chip = el.querySelector('#c3');
  assert.equal(chip.getAttribute('tabindex'), '-1');
  document.body.append(el);
  el.querySelector('a.m[href="#c3"]').click();
  assert.equal(document.activeElement, chip);
  el.remove();
});

test('citations: a source with neither title nor URL is its plain number; one with a URL is a link with rel=noopener', () => {
  const el = cites([{ n: 9, title: null, url: null }, { n: 2, title: null, url: 'https://example.org/' }, { n: 4, title: 'T', url: '/doc' }], t, 'https://partner.example');
  assert.deepEqual([...el.querySelectorAll('li > *')].map((c) => [c.tagName, c.className, c.getAttribute('href'), c.textContent]), [
    ['A', 'chip', 'https://example.org/', '[2]'],
    ['A', 'chip', 'https://partner.example/doc', '[4] T'],
    ['SPAN', 'num', null, '[9]'],
  ]);
  assert.equal(el.querySelector('a').getAttribute('rel'), 'noopener');
  assert.equal(el.querySelector('li').id, '', 'ids only for the card that has markers');
});

test('sections: under the answer as "More on this site", each a link (absolute against the base URL) with a marked excerpt', () => {
  const el = answerView({ ...answer, sections }, t, { ask() {}, feedback() {}, base: 'https://partner.example' });
  const secs = el.querySelector('.secs');
  assert.equal(secs.querySelector('.lbl').textContent, 'More on this site');
  assert.equal(secs.querySelector('ul').getAttribute('aria-labelledby'), 'sl');
  const links = [...secs.querySelectorAll('li > :first-child')];
  assert.deepEqual(links.map((a) => [a.tagName, a.getAttribute('href'), a.textContent]), [
    ['A', 'https://partner.example/briefings/ai#milestones', 'Artificial Intelligence in Hong Kong › Policy and execution milestones'],
    ['SPAN', null, 'Guide'],
  ]);
  assert.deepEqual([...secs.querySelectorAll('.ex')].map((p) => p.innerHTML), ['<mark>AISS</mark> officially opened on October 7, 2024.', '&lt;b&gt;x&lt;/b&gt;']);
  assert.equal(el.querySelector('.doc a').getAttribute('href'), 'https://partner.example/briefings/ai#timeline');
  // The answer's own section is its document link already, not "more".
  const own = answerView({ ...answer, sections: [{ ...sections[0], url: '/briefings/ai#timeline' }, sections[0]] }, t, { ask() {}, feedback() {} });
  assert.deepEqual([...own.querySelectorAll('.secs a')].map((a) => a.getAttribute('href')), ['/briefings/ai#milestones']);
  assert.equal(answerView({ ...answer, sections: [{ ...sections[0], url: '/briefings/ai#timeline' }] }, t, { ask() {}, feedback() {} }).querySelector('.secs'), null);
});

test('no answer with sections: the sections are the main content, then the questions to try', () => {
  const el = answerView({ question: 'When does the Hong Kong marathon start?', answered: false, answer: null, sections, related: [{ question: 'What is AISC?' }] }, t, { ask() {}, feedback() {} });
  assert.deepEqual([...el.children].map((c) => c.className || c.tagName), ['P', 'secs', 'rel']);
  assert.equal(el.querySelector('.secs .lbl').textContent, 'Closest sections on this site:');
  assert.equal(el.querySelector('.secs a').getAttribute('href'), '/briefings/ai#milestones');
});

test('did you mean: says what was searched, and one button searches exactly what was typed', () => {
  const exact = [];
  const data = { ...structuredClone(answer), question: 'When did the AI Subsidy Sceme open?', corrected: 'When did the AI Subsidy Scheme open?' };
  const el = answerView(data, t, { ask() {}, exact: (q) => exact.push(q), feedback() {} });
  const dym = el.querySelector('.dym');
  assert.equal(el.firstChild, dym);
  assert.equal(dym.querySelector('strong').textContent, 'When did the AI Subsidy Scheme open?');
  assert.equal(dym.textContent, 'Showing results for “When did the AI Subsidy Scheme open?” Search instead for “When did the AI Subsidy Sceme open?”');
  dym.querySelector('button').click();
  assert.deepEqual(exact, ['When did the AI Subsidy Sceme open?']);
  assert.equal(answerView(answer, t, { ask() {}, feedback() {} }).querySelector('.dym'), null);
});

test('feedback shows a visible thanks once given', () => {
  const el = answerView(answer, t, { ask() {}, feedback() {} });
  const thx = el.querySelector('.fb .thx');
  assert.equal(thx.hidden, true);
  el.querySelector('.fb button').click();
  assert.equal(thx.hidden, false);
  assert.equal(thx.textContent, 'Thanks for your feedback.');
});
