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
