// How the built server is started, by `npm run serve`, the tests and the benchmark alike
// (package.json's serve script spells out the same; scripts/server-args.test.ts checks it).
// A 2 MB young generation: V8 otherwise grows it to 16 MB × 3 under parallel requests and
// keeps it, which took the server from 170 MB to 300 MB after the benchmark's load with no
// gain in speed (docs/BENCHMARKS.md).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, 'scripts/start.js'];
