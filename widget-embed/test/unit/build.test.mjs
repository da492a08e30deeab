import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../..', import.meta.url));
const build = (env = {}) => spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });

test('the build prints each file size within the 10 kB gzip budget and the SRI hash of quickcite.js', () => {
  const r = build();
  assert.equal(r.status, 0, r.stderr);
  const js = readFileSync(dir + 'dist/quickcite.js');
  for (const f of ['quickcite.js', 'quickcite.mjs']) {
    const buf = readFileSync(dir + 'dist/' + f);
    const gz = gzipSync(buf).length;
    assert.ok(gz <= 10240, `${f}: ${gz} B gzip`);
    assert.ok(r.stdout.includes(`dist/${f}: ${buf.length} B, ${gz} B gzip (budget 10240 B, CSS included)\n`), r.stdout);
  }
  assert.ok(r.stdout.includes(`SRI: integrity="sha384-${createHash('sha384').update(js).digest('base64')}"`), r.stdout);
});

test('the build fails when a shipped file is over budget', () => {
  const r = build({ QUICKCITE_SIZE_BUDGET: '1024' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /dist\/quickcite\.js: \d+ B, \d+ B gzip \(budget 1024 B, CSS included\)  OVER BUDGET/);
  assert.match(r.stderr, /build failed: a shipped file exceeds the gzip budget/);
  assert.equal(build().status, 0);
});

test('the script tag build is one IIFE with no import and no runtime dependencies', () => {
  const js = readFileSync(dir + 'dist/quickcite.js', 'utf8');
  assert.match(js, /^\(\(\)=>\{/);
  assert.doesNotMatch(js, /\bimport\s*[({"']|require\(/);
  assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  const pkg = JSON.parse(readFileSync(dir + 'package.json', 'utf8'));
  assert.deepEqual(pkg.dependencies, {});
  for (const v of Object.values(pkg.devDependencies)) assert.match(v, /^\d+\.\d+\.\d+$/, 'devDependencies are pinned exactly');
});
