// Lighthouse bench for the demo page: starts the real local server (target/quickcite.jar serve) on a
// free port, audits the page in Debian's Chromium with no outside host reachable, and prints the four
// category scores. A bench, not a test: it prints figures and fails only when a run cannot complete.
//
//   npm run lighthouse                      # 3 runs of /, then the median
//   npm run lighthouse -- --runs 1 --path /partner.html
//
// Each run's full report goes to test-results/lighthouse-<n>.json (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, ARTEFACTS } from '../test/e2e/harness.mjs';
import { runLighthouse, scores, failingAudits, CATEGORIES } from './lighthouse-run.mjs';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '3' }, path: { type: 'string', default: '/' } } });
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number >= 1, not ${opts.runs}`);

const line = (s) => CATEGORIES.map((c) => `${c} ${s[c] ?? '-'}`).join(', ');
const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : Math.round((v[v.length / 2 - 1] + v[v.length / 2]) / 2)) : null;
};

const server = await startServer();
const all = [];
try {
  mkdirSync(ARTEFACTS, { recursive: true });
  for (let i = 1; i <= runs; i++) {
    const lhr = await runLighthouse(server.base + opts.path);
    writeFileSync(join(ARTEFACTS, `lighthouse-${i}.json`), JSON.stringify(lhr, null, 1));
    const s = scores(lhr);
    all.push(s);
    const m = lhr.audits;
    const ms = (id) => (m[id]?.numericValue == null ? '-' : Math.round(m[id].numericValue));
    console.log(`run ${i}/${runs}: ${line(s)}  (FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms, ` +
      `TBT ${ms('total-blocking-time')} ms, CLS ${m['cumulative-layout-shift']?.numericValue?.toFixed(3) ?? '-'}, SI ${ms('speed-index')} ms)`);
    for (const c of CATEGORIES) for (const a of failingAudits(lhr, c)) console.log(`  ${c}: ${a}`);
  }
} finally {
  await server.stop();
}
const summary = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]))]));
if (runs > 1) console.log(`median of ${runs} runs:`);
console.log(`lighthouse: ${line(summary)}`);
