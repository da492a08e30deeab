import { test } from 'node:test';
import assert from 'node:assert/strict';
import './setup.mjs';
import { strings, uiLang } from '../../src/i18n.js';
import { conf, langOf, apiOf, setDefaults } from '../../src/config.js';

test('any Chinese language tag gets Traditional Chinese UI strings; anything else English', () => {
  for (const l of ['zh-Hant', 'zh-HK', 'zh-TW', 'zh', 'ZH-hant-HK']) assert.equal(strings(l).ask, '提問', l);
  for (const l of ['en', 'en-GB', 'fr', '', undefined, 'zhx']) assert.equal(strings(l).ask, 'Ask', String(l));
  assert.equal(uiLang('zh-HK'), 'zh-Hant');
  assert.equal(uiLang('de'), 'en');
  assert.equal(strings('en').count(1), '1 suggestion available');
  assert.equal(strings('en').count(3), '3 suggestions available');
  assert.equal(strings('zh-Hant').shown(2), '顯示 2 條問題');
});

test("an element's attribute wins over the script tag default; lang falls back to the page", () => {
  setDefaults({ site: 'partner', theme: 'dark' });
  const wrap = document.createElement('div');
  wrap.setAttribute('lang', 'zh-HK');
  const el = document.createElement('quickcite-box');
  el.setAttribute('theme', 'light');
  wrap.append(el);
  assert.equal(conf(el, 'theme'), 'light');
  assert.equal(conf(el, 'site'), 'partner');
  assert.equal(conf(el, 'placeholder'), null);
  assert.equal(langOf(el), 'zh-HK');
  el.setAttribute('lang', 'en');
  assert.equal(langOf(el), 'en');
  setDefaults({});
});

test('a missing or unsafe api is reported with a [quickcite] console error, not thrown', (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  setDefaults({});
  const el = document.createElement('quickcite-box');
  assert.equal(apiOf(el), null);
  el.setAttribute('api', 'javascript:alert(1)');
  assert.equal(apiOf(el), null);
  assert.equal(errors.mock.callCount(), 2);
  assert.match(errors.mock.calls[0].arguments[0], /^\[quickcite\] <quickcite-box> needs data-api/);
  el.setAttribute('api', 'https://api.example/v1/');
  assert.equal(apiOf(el), 'https://api.example/v1');
  setDefaults({ api: '' });
  el.removeAttribute('api');
  assert.equal(apiOf(el), '');
  setDefaults({});
});
