// Script-tag entry (IIFE): reads data-api, data-site, … from its own <script> tag and defines the elements.
import { define } from './index.js';

const script = document.currentScript || document.querySelector('script[src*="quickcite"][data-api]');
const defaults = {};
for (const k of ['api', 'site', 'lang', 'theme', 'placeholder', 'shortcut', 'base-url']) {
  const v = script?.getAttribute('data-' + k);
  if (v != null) defaults[k] = v;
}
define(defaults);
