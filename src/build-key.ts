/*
 * The bundled build's key: a hash of src/ and package.json (version
 * included) that scripts/bundle.mjs gives esbuild as a `define`. Absent in
 * tsc's output and the tests, where no file made for one build can be told
 * from one made for another; what is kept across runs (the compiled
 * lexicon, the analysis cache) is then not used.
 */
declare const __FRAMELENS_BUILD__: string | undefined;

export const BUILD_KEY: string | null = typeof __FRAMELENS_BUILD__ === 'string' ? __FRAMELENS_BUILD__ : null;
