// One Lighthouse 13 run (mobile, simulated throttling) of the demo page against the real server, in
// Debian's Chromium with no outside host reachable. Asserts only what does not depend on the
// machine's speed: accessibility, best practices and SEO, layout stability, and that the page asked
// nothing of any other host. Performance timings are the bench's business (npm run lighthouse).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { runLighthouse, failingAudits } from '../../scripts/lighthouse-run.mjs';

let server;
let lhr;
before(async () => {
  server = await startServer();
  lhr = await runLighthouse(server.base + '/');
});
after(async () => {
  await server?.stop();
});

for (const category of ['accessibility', 'best-practices', 'seo']) {
  test(`Lighthouse ${category} score is at least 95`, () => {
    const { score } = lhr.categories[category];
    assert.ok(score >= 0.95, `${category} ${Math.round(score * 100)}; audits losing points: ${failingAudits(lhr, category).join('; ')}`);
  });
}

test('Lighthouse: the audits the demo page was fixed for pass', () => {
  const audits = [
    'document-title', 'html-has-lang', 'meta-viewport', 'meta-description', 'color-contrast', 'heading-order', 'landmark-one-main',
    'errors-in-console', 'is-crawlable', 'robots-txt', 'http-status-code', 'crawlable-anchors', 'charset', 'doctype', 'inspector-issues',
  ];
  const failed = audits.filter((id) => lhr.audits[id]?.score !== 1).map((id) => `${id}: ${lhr.audits[id]?.score ?? 'missing'}`);
  assert.deepEqual(failed, []);
});

test('Lighthouse: the widgets load without shifting the page (CLS well under 0.1)', () => {
  const cls = lhr.audits['cumulative-layout-shift'].numericValue;
  assert.ok(cls < 0.05, `cumulative layout shift ${cls}`);
});

test('Lighthouse: every request stays on the local server', () => {
  const urls = lhr.audits['network-requests'].details.items.map((r) => r.url);
  assert.ok(urls.includes(server.base + '/faq'), urls.join(' '));
  assert.deepEqual(urls.filter((u) => !u.startsWith(server.base + '/')), []);
});
