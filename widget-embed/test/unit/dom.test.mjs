import { test } from 'node:test';
import assert from 'node:assert/strict';
import './setup.mjs';
import { h, safeUrl, marked, link, deco } from '../../src/dom.js';

test('safeUrl allows http(s) URLs and single-slash site paths only', () => {
  const ok = ['https://www.info.gov.hk/gia/x.htm', 'http://example.org/', 'HTTPS://EXAMPLE.ORG', '/briefings/x#anchor', '/'];
  const bad = [
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example/x', '/\\evil.example', '/\t/evil.example',
    ' /x', 'briefings/x', '#top', 'https:///x', 'ftp://x', '', null, undefined, 42, { toString: () => '/x' },
  ];
  for (const u of ok) assert.equal(safeUrl(u), u, u);
  for (const u of bad) assert.equal(safeUrl(u), null, String(u));
});

test('h() sets text as text nodes and wires on* props as listeners, never as attributes', () => {
  let clicks = 0;
  const el = h('button', { type: 'button', onclick: () => clicks++, hidden: false, title: null }, '<img src=x onerror=alert(1)>', ['a', null, 'b']);
  assert.equal(el.outerHTML, '<button type="button">&lt;img src=x onerror=alert(1)&gt;ab</button>');
  assert.equal(el.querySelector('img'), null);
  el.click();
  assert.equal(clicks, 1);
});

test('marked() wraps the highlight ranges in <mark>, in order, clamped, skipping bad ranges', () => {
  const p = h('p', {}, marked('AISS opened on October 7, 2024.', [[15, 30], [0, 4], [2, 3], [40, 50], 'x', [20, 99]]));
  assert.equal(p.innerHTML, '<mark>AISS</mark> opened on <mark>October 7, 2024</mark><mark>.</mark>');
  assert.equal(p.textContent, 'AISS opened on October 7, 2024.');
  assert.deepEqual(marked('abc', null), ['abc']);
  assert.deepEqual(marked('', [[0, 1]]), []);
});

test('marked() keeps markup in answer text as text', () => {
  const p = h('p', {}, marked('<b>bold</b> & <script>x</script>', [[0, 3]]));
  assert.equal(p.querySelectorAll('b, script').length, 0);
  assert.equal(p.textContent, '<b>bold</b> & <script>x</script>');
  assert.equal(p.querySelector('mark').textContent, '<b>');
});

test('link() is an <a> only for a safe URL and a <span> otherwise', () => {
  assert.equal(link('/a#b', { class: 'c' }, 'T').outerHTML, '<a class="c" href="/a#b">T</a>');
  assert.equal(link('javascript:alert(1)', { class: 'c' }, 'T').outerHTML, '<span class="c">T</span>');
  assert.equal(link(null, {}, 'T').outerHTML, '<span>T</span>');
  assert.equal(deco('›').outerHTML, '<span aria-hidden="true">›</span>');
});
