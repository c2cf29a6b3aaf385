import {rmSync} from 'node:fs';
import {build} from 'esbuild';

/*
 * The last build step (after tsc and the YAML snapshot): the CLI bundled by
 * esbuild into dist/cli.js (the `bin`) with its per-command dynamic imports
 * as chunks under dist/bundle/, and the two worker-thread entries there
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
 */

// Chunk names carry a hash: last build's chunks would stay behind (and in `npm pack`).
rmSync('dist/bundle', {recursive: true, force: true});

await build({
  entryPoints: [
    {in: 'src/cli.ts', out: 'cli'},
    {in: 'src/map/map-worker.ts', out: 'bundle/map-worker'},
    {in: 'src/tui/analysis-worker.ts', out: 'bundle/analysis-worker'},
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
  define: {'process.env.NODE_ENV': '"production"'},
  // production.ts still sets NODE_ENV for anything that reads it at run time.
  logOverride: {'assign-to-define': 'silent'},
  // Bundled CommonJS packages require Node's built-ins; an ES module has no `require` of its own.
  banner: {js: "import {createRequire as __framelensCreateRequire} from 'node:module'; const require = __framelensCreateRequire(import.meta.url);"},
});
