#!/usr/bin/env node
import v8 from 'node:v8';
v8.setFlagsFromString('--max-old-space-size=1024');
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
