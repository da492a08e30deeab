import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { fakeFetch, settle } from './setup.mjs';
import { Core, DEBOUNCE_MS } from '../../src/core.js';

const record = (core) => {
  const seen = [];
  for (const type of ['loading', 'answer', 'error', 'suggestions']) core.addEventListener(type, (e) => seen.push([type, e.detail]));
  return seen;
};
const reply = (q) => ({ question: q, answered: true, answer: { id: q, text: q }, related: [] });

test('ask() requests /answer with the question and site, and emits loading then answer', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('https://api.example', 'partner-1');
  const seen = record(core);
  const done = core.ask('When did the AI Subsidy Scheme open?');
  assert.equal(f.calls[0].url, 'https://api.example/answer?q=When+did+the+AI+Subsidy+Scheme+open%3F&site=partner-1');
  assert.equal(f.calls[0].init.credentials, 'omit');
  f.calls[0].json(reply('x'));
  await done;
  assert.deepEqual(seen, [['loading', { question: 'When did the AI Subsidy Scheme open?', exact: false }], ['answer', reply('x')]]);
});

test('ask(q, true) searches exactly what was typed (exact=true); cancel() drops the pending answer', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', 'p');
  const seen = record(core);
  const done = core.ask('When did the AI Subsidy Sceme open?', true);
  assert.equal(f.calls[0].url, '/answer?q=When+did+the+AI+Subsidy+Sceme+open%3F&exact=true&site=p');
  assert.deepEqual(seen, [['loading', { question: 'When did the AI Subsidy Sceme open?', exact: true }]]);
  core.cancel();
  assert.equal(f.calls[0].init.signal.aborted, true);
  f.calls[0].json(reply('late'));
  await done;
  assert.equal(seen.length, 1, 'a cancelled answer is never shown');
});

test('no site means the default site: no site parameter; "" api means same origin', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  new Core('', null).ask('a b');
  assert.equal(f.calls[0].url, '/answer?q=a+b');
});

test('a slow older answer never replaces a newer one: aborted, and dropped even if it arrives', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', null);
  const seen = record(core);
  const first = core.ask('old');
  const second = core.ask('new');
  assert.equal(f.calls[0].init.signal.aborted, true);
  assert.equal(f.calls[1].init.signal.aborted, false);
  f.calls[1].json(reply('new'));
  await second;
  // The fake ignores the abort signal, like a response already in flight: the counter must drop it.
  f.calls[0].json(reply('old'));
  await first;
  assert.deepEqual(seen.filter(([type]) => type != 'loading'), [['answer', reply('new')]]);
});

test('an aborted request emits no error', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', null);
  const seen = record(core);
  const first = core.ask('old');
  core.ask('new');
  f.calls[0].reject(new DOMException('aborted', 'AbortError'));
  await first;
  assert.deepEqual(seen.map(([type]) => type), ['loading', 'loading']);
});

test('a network failure is an offline error; an HTTP error is not', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', null);
  const seen = record(core);
  let p = core.ask('q1');
  f.calls[0].reject(new TypeError('Failed to fetch'));
  await p;
  p = core.ask('q2');
  f.calls[1].json({ title: 'Bad Request', status: 400 }, 400);
  await p;
  assert.deepEqual(seen.filter(([type]) => type == 'error'), [['error', { question: 'q1', offline: true }], ['error', { question: 'q2', offline: false }]]);
});

test('suggest() is debounced: one request for the last prefix, and only its result is emitted', async (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', 'default');
  const seen = record(core);
  core.suggest('su');
  core.suggest('sub');
  core.suggest('subs');
  mock.timers.tick(DEBOUNCE_MS - 1);
  assert.equal(f.calls.length, 0);
  mock.timers.tick(1);
  assert.deepEqual(f.calls.map((c) => c.url), ['/suggest?q=subs&site=default']);
  f.calls[0].json({ suggestions: [{ question: 'When did the AI Subsidy Scheme open?', answerId: 'a2' }] });
  await settle();
  assert.deepEqual(seen, [['suggestions', { prefix: 'subs', items: [{ question: 'When did the AI Subsidy Scheme open?', answerId: 'a2' }] }]]);
});

test('asking cancels pending type-ahead so the list cannot reopen over the answer', async (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', null);
  const seen = record(core);
  core.suggest('subsidy');
  mock.timers.tick(DEBOUNCE_MS);
  core.ask('subsidy');
  assert.equal(f.calls[0].init.signal.aborted, true);
  f.calls[0].json({ suggestions: [{ question: 'late', answerId: 'x' }] });
  await settle();
  assert.deepEqual(seen.map(([type]) => type), ['loading']);
});

test('a prefix shorter than 2 characters clears suggestions without a request', (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const core = new Core('', null);
  const seen = record(core);
  core.suggest(' a ');
  assert.equal(f.calls.length, 0);
  assert.deepEqual(seen, [['suggestions', { prefix: ' a ', items: [] }]]);
});

test('feedback() posts the contract body as JSON and reports acceptance', async (t) => {
  const f = fakeFetch();
  t.mock.method(globalThis, 'fetch', f.fetch);
  const p = new Core('https://api.example', null).feedback('a2', 'When?', false);
  const c = f.calls[0];
  assert.equal(c.url, 'https://api.example/feedback');
  assert.equal(c.init.method, 'POST');
  assert.equal(c.init.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(c.init.body), { answerId: 'a2', question: 'When?', helpful: false });
  c.resolve({ ok: true, status: 202 });
  assert.equal(await p, true);
});
