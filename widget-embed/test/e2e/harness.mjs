// Starts the real local server (target/quickcite.jar, serve mode) and Debian's Chromium for e2e tests.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const WIDGET = fileURLToPath(new URL('../..', import.meta.url));
export const ROOT = resolve(WIDGET, '..');
export const JAR = process.env.QUICKCITE_JAR || join(ROOT, 'target/quickcite.jar');
export const ARTEFACTS = join(WIDGET, 'test-results');
const BUILD_JAR = `cd ${ROOT} && JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q package -DskipTests`;

const javaBin = () =>
  process.env.QUICKCITE_JAVA ||
  ['/usr/lib/jvm/temurin-25-jdk-amd64/bin/java', process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin/java')].find((p) => p && existsSync(p)) ||
  'java';

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer().once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const requireJar = () => {
  if (!existsSync(JAR)) throw new Error(`target/quickcite.jar is missing: build the server first with\n  ${BUILD_JAR}`);
};

/**
 * Builds an index from another content folder with the jar's own indexer
 * (`java -cp target/quickcite.jar io.quickcite.indexer.IndexerMain CONTENT OUT/quickcite-index`), into a fresh
 * temporary folder; resolves { dir, remove }. Pass dir as startServer's classpath to serve that content.
 */
export function buildIndex(contentDir) {
  requireJar();
  const dir = mkdtempSync(join(tmpdir(), 'quickcite-index-'));
  try {
    execFileSync(javaBin(), ['-cp', JAR, 'io.quickcite.indexer.IndexerMain', resolve(contentDir), join(dir, 'quickcite-index')],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the indexer rejected ${contentDir}:\n${e.stderr}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The sample site every widget test reads by default: a fixture, so that the tests never depend on content/. */
export const SAMPLE_SITE = join(ROOT, 'src/test/resources/sites/sample/content');
let sampleIndex;

/**
 * Starts the server from the repo root on a free port; resolves { base, stop }: `java -cp FOLDERS:target/quickcite.jar
 * io.quickcite.cli.Main serve`, so a `quickcite-index/` in those folders is loaded instead of the jar's own. Without
 * classpath, the sample fixture site's index (built once per test process) is served, never the jar's own content.
 */
export async function startServer({ classpath = [] } = {}) {
  requireJar();
  if (!classpath.length) {
    if (!sampleIndex) {
      sampleIndex = buildIndex(SAMPLE_SITE);
      process.once('exit', () => sampleIndex.remove());
    }
    classpath = [sampleIndex.dir];
  }
  if (!existsSync(join(WIDGET, 'dist/quickcite.js'))) throw new Error('widget-embed/dist/quickcite.js is missing: run `npm run build` first');
  const port = await freePort();
  const java = classpath.length
    ? [javaBin(), '-cp', [...classpath, JAR].join(':'), 'io.quickcite.cli.Main', 'serve']
    : [javaBin(), '-jar', JAR, 'serve'];
  // setpriv makes the kernel kill the server if this test process dies without cleaning up.
  const cmd = existsSync('/usr/bin/setpriv') ? ['/usr/bin/setpriv', '--pdeathsig', 'KILL', '--', ...java] : java;
  const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((r) => child.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode == null && child.signalCode == null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode != null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(base + '/health')).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`the server did not answer /health within 60 s:\n${log}`);
}

/** A phone: 390×844, touch, mobile viewport (for startBrowser's device and open's size). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Launches headless Chromium with a fresh profile (device: e.g. PHONE); resolves { context, stop }. */
export async function startBrowser(device = {}) {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Debian's Chromium with \`apt-get install -y chromium\``);
  const dir = mkdtempSync(join(tmpdir(), 'quickcite-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: { width: 1000, height: 800 },
    ...device,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const stop = async () => {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { context, stop };
}

/**
 * Opens a page and records everything the console reports as an error or warning, uncaught page
 * errors and CSP violations, so a test can assert that list is exactly what it expects (usually []).
 */
export async function open(context, url, { colorScheme = 'light', width = 1000, height = 800 } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() == 'error' || m.type() == 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height });
  await page.goto(url);
  return { page, problems };
}

/**
 * Saves a full-page screenshot under test-results/ (git-ignored) as a test artefact. Playwright's fullPage capture
 * drops touch emulation (the page is laid out as with a mouse), so on a phone the viewport is stretched instead.
 */
export async function screenshot(page, name, { phone = false } = {}) {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, name + '.png');
  if (!phone) return page.screenshot({ path, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await page.screenshot({ path });
  await page.setViewportSize(size);
}

const axeSource = readFileSync(join(WIDGET, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page; returns "rule: target" strings. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`));
}

/** Shorthands for a box's shadow DOM, from the page. */
export const inBox = (page, boxSelector = 'quickcite-box') => ({
  box: page.locator(boxSelector),
  input: page.locator(boxSelector).locator('input[role=combobox]'),
  card: page.locator(boxSelector).locator('.card'),
  live: page.locator(boxSelector).locator('[role=status]'),
  options: page.locator(boxSelector).locator('[role=option]'),
});

/** The API's own response, fetched outside the page, for exact expectations. */
export async function api(base, path) {
  const res = await fetch(base + path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** The answer text as the card shows it: each known citation's marker "[n]" inserted after its first `at` characters. */
export function withMarkers(a) {
  const known = new Set((a.citations || []).map((c) => c.n));
  const ms = (a.markers || []).filter((m) => known.has(m.n)).map((m, i) => [m.at, i, m.n]).sort((x, y) => y[0] - x[0] || y[1] - x[1]);
  let out = a.text;
  for (const [at, , n] of ms) out = out.slice(0, at) + `[${n}]` + out.slice(at);
  return out;
}

/** Polls fn until it returns a truthy value (at most 10 s), for things with no event to wait on. */
export async function until(fn, what) {
  for (let i = 0; i < 200; i++) {
    const v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('gave up waiting for ' + what);
}
