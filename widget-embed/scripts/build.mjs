// Builds dist/quickcite.js (IIFE, auto-mounts) and dist/quickcite.mjs (ES module), prints the gzip
// sizes and the SRI hash, and fails when a shipped file exceeds the 10 kB gzip budget.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// QUICKCITE_SIZE_BUDGET can only lower the budget (the tests use it to prove the check fails).
const BUDGET = Math.min(10 * 1024, Number(process.env.QUICKCITE_SIZE_BUDGET) || Infinity);
const dir = fileURLToPath(new URL('..', import.meta.url));

// styles.css is inlined as a minified string; the widget adopts it as a constructed stylesheet.
const cssText = {
  name: 'css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())}`, loader: 'js' };
    });
  },
};

const common = { bundle: true, minify: true, target: ['es2022'], legalComments: 'none', plugins: [cssText], absWorkingDir: dir, logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/auto.js'], format: 'iife', outfile: 'dist/quickcite.js' });
await build({ ...common, entryPoints: ['src/index.js'], format: 'esm', outfile: 'dist/quickcite.mjs' });

let over = false;
for (const f of ['quickcite.js', 'quickcite.mjs']) {
  const buf = await readFile(dir + 'dist/' + f);
  const gz = gzipSync(buf).length;
  over ||= gz > BUDGET;
  console.log(`dist/${f}: ${buf.length} B, ${gz} B gzip (budget ${BUDGET} B, CSS included)${gz > BUDGET ? '  OVER BUDGET' : ''}`);
}
const js = await readFile(dir + 'dist/quickcite.js');
console.log(`SRI: integrity="sha384-${createHash('sha384').update(js).digest('base64')}"`);
if (over) {
  console.error('build failed: a shipped file exceeds the gzip budget');
  process.exit(1);
}
