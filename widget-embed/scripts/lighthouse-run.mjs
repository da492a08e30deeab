// Runs Lighthouse 13 once against a URL in Debian's Chromium, offline, and returns the result (LHR).
// Shared by the bench (scripts/lighthouse.mjs) and the e2e test (test/e2e/lighthouse.test.mjs).
//
// Lighthouse 13 asks for Node >= 22.19 only for newer built-ins (Set methods, iterator helpers, ...);
// on Node 20 core-js supplies them. It must be loaded before Lighthouse's own modules run, hence the
// dynamic imports below instead of static ones (those would be evaluated first).
import { existsSync } from 'node:fs';

await import('core-js/actual/index.js');
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Chromium flags: headless, and no request to any outside host (the resolver maps every name but
 * localhost and 127.0.0.1 to "not found"), so a run needs no network and leaks nothing.
 */
export const CHROME_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Launches a fresh Chromium, audits url with Lighthouse's default config (mobile, simulated
 * throttling) limited to the four categories, and closes Chromium. Resolves the LHR.
 */
export async function runLighthouse(url, { categories = CATEGORIES } = {}) {
  const chromePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(chromePath)) throw new Error(`${chromePath} is missing: install Debian's Chromium with \`apt-get install -y chromium\``);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** Category scores as whole numbers 0-100 (null when Lighthouse could not score one). */
export const scores = (lhr) =>
  Object.fromEntries(Object.keys(lhr.categories).map((id) => [id, lhr.categories[id].score == null ? null : Math.round(lhr.categories[id].score * 100)]));

/** The audits of a category that lost points: "id (score): title", for a readable failure or report. */
export function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score != null && a.score < 1 && a.scoreDisplayMode != 'notApplicable' && a.scoreDisplayMode != 'informative' && a.scoreDisplayMode != 'manual')
    .map((a) => `${a.id} (${a.score}): ${a.title}`);
}
