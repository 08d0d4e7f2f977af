// The GNU parallel recipe of docs/scale.md, run as written: shard the bundled pages, extract the
// shards in parallel, concatenate, check the records; the result must be what one process gives.
// Runs the built binary (`npm run build` first); skips, saying why, where GNU parallel is missing.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/liaohealth.js');
const SEEDS = path.resolve('fixtures/seeds');
const HAS_PARALLEL =
  spawnSync('parallel', ['--will-cite', '--version'], { encoding: 'utf8' }).stdout?.startsWith(
    'GNU parallel',
  ) ?? false;
const env = { ...process.env, NO_COLOR: '1' };
if (!HAS_PARALLEL)
  console.warn(
    'test/scale.test.ts: GNU parallel is not installed (Debian: apt-get install parallel): the recipe test is skipped',
  );

/** The first ```sh block after the recipe's heading in docs/scale.md. */
function recipe(): string {
  const doc = readFileSync('docs/scale.md', 'utf8');
  const section = doc.slice(doc.indexOf('## The recipe: GNU parallel'));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('docs/scale.md: no sh block under "The recipe"');
  return block[1];
}

function cli(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaohealth-scale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the GNU parallel recipe of docs/scale.md', () => {
  it.skipIf(!HAS_PARALLEL)(
    `shards, extracts in parallel and checks the records as one process does${HAS_PARALLEL ? '' : ' (SKIPPED: GNU parallel is not installed; apt-get install parallel)'}`,
    () => {
      // The recipe calls `liaohealth`: the built binary, on the PATH.
      const bin = path.join(dir, 'bin');
      mkdirSync(bin);
      writeFileSync(path.join(bin, 'liaohealth'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      chmodSync(path.join(bin, 'liaohealth'), 0o755);
      // The documents, sorted by name, as the recipe expects them.
      const names = readdirSync(SEEDS).sort();
      writeFileSync(
        path.join(dir, 'docs.jsonl'),
        names
          .map((doc) => `${JSON.stringify({ doc, text: readFileSync(path.join(SEEDS, doc), 'utf8') })}\n`)
          .join(''),
      );

      const single = cli(['check', SEEDS]);
      const singleRecords = cli(['extract', '--input', 'jsonl', '--sort', 'docs.jsonl'], dir).stdout;
      expect(singleRecords).toBe(cli(['extract', SEEDS]).stdout);
      // As written (four shards), then with two: the same records and report either way.
      const asWritten = recipe();
      expect(asWritten).toMatch(/^shards=4\n/);
      for (const script of [asWritten, asWritten.replace(/^shards=4\n/, 'shards=2\n')]) {
        for (const f of readdirSync(dir))
          if (f.startsWith('shard-') || f === 'records.jsonl') rmSync(path.join(dir, f));
        const run = spawnSync('bash', ['-c', script], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...env, PATH: `${bin}:${process.env.PATH}` },
        });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(single.code);
        expect(run.stdout).toBe(single.stdout);
        // The shards were extracted apart, and their records together are the bytes of one process.
        const shards = readdirSync(dir).filter((f) => /^shard-\d\d\.records$/.test(f));
        expect(shards).toHaveLength(Number(/^shards=(\d+)/.exec(script)![1]));
        expect(readFileSync(path.join(dir, 'records.jsonl'), 'utf8')).toBe(singleRecords);
      }
    },
  );
});
