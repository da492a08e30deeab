import { test } from 'node:test';
import assert from 'node:assert/strict';
import './setup.mjs';
import { runs } from '../../src/text.js';
import { abs } from '../../src/dom.js';

const TEXT = 'AISS officially opened for application on October 7, 2024.';

test('runs(): the fact is level 2, question words level 1, the rest plain; a fact wins where they overlap', () => {
  assert.deepEqual(runs(TEXT, [[42, 57]], [[0, 4], [16, 22], [50, 57]], [], new Set()), [
    { s: 'AISS', level: 1 }, { s: ' officially ', level: 0 }, { s: 'opened', level: 1 },
    { s: ' for application on ', level: 0 }, { s: 'October 7, 2024', level: 2 }, { s: '.', level: 0 },
  ]);
  // A highlight straddling the fact's edge is split: the overlap is the fact's.
  assert.deepEqual(runs('on Oct 7', [[3, 8]], [[0, 6]], [], new Set()), [{ s: 'on ', level: 1 }, { s: 'Oct 7', level: 2 }]);
});

test('runs(): markers go after the first `at` characters, in order; unknown numbers and offsets off the text are dropped', () => {
  const out = runs(TEXT, [], [], [{ at: 58, n: 3 }, { at: 4, n: 17 }, { at: 58, n: 17 }, { at: 99, n: 3 }, { at: -1, n: 3 }, { at: 1.5, n: 3 }, { at: 5, n: 9 }, null], new Set([3, 17]));
  assert.deepEqual(out, [{ s: 'AISS', level: 0 }, { n: 17 }, { s: TEXT.slice(4), level: 0 }, { n: 3 }, { n: 17 }]);
  assert.deepEqual(runs('', [[0, 1]], null, [{ at: 0, n: 1 }], new Set([1])), [{ n: 1 }]);
});

test('runs(): missing, malformed and out-of-range ranges are clamped or skipped', () => {
  assert.deepEqual(runs('abc', null, undefined, undefined, new Set()), [{ s: 'abc', level: 0 }]);
  assert.deepEqual(runs('abc', 'x', [[2, 99], 'y', [-5, 1], [2, 1]], {}, new Set()), [{ s: 'a', level: 1 }, { s: 'b', level: 0 }, { s: 'c', level: 1 }]);
});

test('abs(): site paths join the public base URL; absolute and unsafe URLs are left alone', () => {
  assert.equal(abs('/guide/#install', 'https://partner.example'), 'https://partner.example/guide/#install');
  assert.equal(abs('/guide/#install', 'https://partner.example/docs/'), 'https://partner.example/docs/guide/#install');
  assert.equal(abs('/guide/', null), '/guide/');
  assert.equal(abs('https://other.example/x', 'https://partner.example'), 'https://other.example/x');
  assert.equal(abs('//evil.example/x', 'https://partner.example'), '//evil.example/x');
  assert.equal(abs('javascript:alert(1)', 'https://partner.example'), 'javascript:alert(1)');
  assert.equal(abs(null, 'https://partner.example'), null);
});
