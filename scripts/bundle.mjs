import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmodSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

/*
 * The last build step (after tsc and the YAML snapshot): the CLI bundled by
 * esbuild into dist/cli.js (the `bin`) with its per-command dynamic imports
 * as chunks under dist/bundle/, and the worker-thread entries there
 * too. Node 20 has no module compile cache, and resolving and compiling
 * Ink's and React's hundreds of small files took most of a second before
 * the first frame; one file per import point takes a fraction of that.
 *
 * Layout matters: code that finds the package's files from its own module
 * (lexicons/, seeds/, dist/yaml-snapshot.json: two levels up) runs from
 * dist/bundle/, the depth it has in tsc's dist/<folder>/; the workers sit
 * beside the chunks that start them, as in tsc's layout. tsc's output stays
 * in dist/ for the bench and the tests' worker imports.
 *
 * The English model (wink) is loaded with createRequire at run time and
 * stays in node_modules. React and Ink are built for production (they
 * chose that at run time before; see src/tui/production.ts).
 *
 * Then the bundled lexicons compiled into dist/compiled-lexicon.bin
 * (src/lexicon/compiled-cache.ts), tagged with this build's key (a hash of
 * src/ and package.json), which the bundle carries: the bundle uses the
 * file only when both come from the same build. Last, the seeds' analysis
 * into dist/analysis-cache (src/cache/analysis-cache.ts).
 */

const files = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const hash = createHash('sha256');
for (const file of [...files('src').sort(), 'package.json']) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
const buildKey = hash.digest('hex').slice(0, 32);

// Chunk names carry a hash: last build's chunks would stay behind (and in `npm pack`).
rmSync('dist/bundle', {recursive: true, force: true});

await build({
  entryPoints: [
    {in: 'src/cli.ts', out: 'cli'},
    {in: 'src/map/map-worker.ts', out: 'bundle/map-worker'},
    {in: 'src/tui/analysis-worker.ts', out: 'bundle/analysis-worker'},
    {in: 'src/tui/english-worker.ts', out: 'bundle/english-worker'},
  ],
  outdir: 'dist',
  chunkNames: 'bundle/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Ink imports its devtools only when DEV=true; the package is not installed.
  external: ['react-devtools-core'],
  define: {'process.env.NODE_ENV': '"production"', __FRAMELENS_BUILD__: JSON.stringify(buildKey)},
  // production.ts still sets NODE_ENV for anything that reads it at run time.
  logOverride: {'assign-to-define': 'silent'},
  // Bundled CommonJS packages require Node's built-ins; an ES module has no `require` of its own.
  banner: {js: "import {createRequire as __framelensCreateRequire} from 'node:module'; const require = __framelensCreateRequire(import.meta.url);"},
});

execFileSync(process.execPath, ['dist/lexicon/write-compiled-cache.js', buildKey], {stdio: 'inherit'});

// The seeds' analysis, kept like any corpus's (src/cache/) but in dist/analysis-cache, which the
// bundle reads after the user's cache: the first `npm start` opens on it. Made by the bundle
// itself, so its key (build, Node version, lexicons, the seeds' bytes) is the one a run computes.
rmSync('dist/analysis-cache', {recursive: true, force: true});
execFileSync(process.execPath, ['dist/cli.js', 'analyze', '--format', 'json'], {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, FRAMELENS_CACHE_DIR: 'dist/analysis-cache'}});
// Readable by everyone who can run the package (the user cache is the user's own: 0700).
chmodSync('dist/analysis-cache', 0o755);
for (const name of readdirSync('dist/analysis-cache')) chmodSync(join('dist/analysis-cache', name), 0o644);
process.stdout.write('framelens: kept the seeds\' analysis\n');
