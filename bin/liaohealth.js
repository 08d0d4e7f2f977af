#!/usr/bin/env node
// The bundle (npm run build): one file to load instead of the ~150 modules of dist/cli.js.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv.slice(2));
