#!/usr/bin/env node
// @ts-check: type-checked by `npm run typecheck` through its JSDoc types (tsconfig.json's allowJs).
// npm run bench [-- --quick] [-- --json] [-- --keep]
//
// Generates a corpus from the fixture pages (shuffled paragraphs, perturbed numbers) under a
// temporary directory, as many files and as one large file, then measures the built CLI on it:
// extract throughput and peak RSS, jieba's bare `cut` on the same text (the reference), cold
// start on the five fixture pages against a bare `node -e 0`, time per MB at 1x, 4x and 16x the
// corpus, --jobs 2 against --jobs 1 at each size, and `check` on 100,000 figures; then issue
// 20's three targets, each with its same-run baseline (`targets` in the JSON). The directory is
// removed at the end (--keep: not).

import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  openSync,
  closeSync,
  promises as fs,
  readFileSync,
  readdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'liaohealth.js');
const SEEDS = path.join(ROOT, 'fixtures', 'seeds');
const PARTS = 16;

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const keep = args.has('--keep');
const targetMb = quick ? 8 : 52;
const coldRuns = quick ? 3 : 7;
/** Rounds on the whole corpus: 1 thread, `cut`, 2 threads, side by side, so that each ratio compares runs minutes apart at most. */
const rounds = quick ? 1 : 3;
/** @param {string} s */
const log = (s) => process.stderr.write(`${s}\n`);

/** @typedef {{ ms: number, cpuMs: number, records: number, rssMb: number, failed: number }} Run  one CLI run */
/** @typedef {{ parts: { dir: string, bytes: number }[], files: number, bytes: number, large: string, largeBytes: number }} Corpus */
/** @typedef {{ one: Run, cut: number, two: Run, mbPerSec: number }} Round  1 thread, `cut` (MB/s), 2 threads */
/** @typedef {{ figures: number, ms: number | null, how: string }} CheckRun */
/** @typedef {(records: object[]) => unknown} CheckFunction */

if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  log('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

// ---- corpus -------------------------------------------------------------------------------

/**
 * A small deterministic PRNG (mulberry32), so that every run measures the same corpus.
 * @param {number} seed
 * @returns {() => number}
 */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A variant of a page: its paragraphs shuffled a little (neighbours swapped, so articles keep
 * roughly their shape), some dropped or repeated, and about a third of its digits changed.
 * @param {string} page
 * @param {() => number} rnd
 */
function variant(page, rnd) {
  const paragraphs = page.split(/\n[ \t\u3000]*\n/);
  for (let i = 1; i < paragraphs.length; i++) {
    if (rnd() < 0.25) [paragraphs[i - 1], paragraphs[i]] = [paragraphs[i], paragraphs[i - 1]];
  }
  const kept = [];
  for (const p of paragraphs) {
    const r = rnd();
    if (r < 0.05) continue;
    kept.push(p);
    if (r > 0.95) kept.push(p);
  }
  return kept.join('\n\n').replace(/[0-9０-９]/g, (d) => {
    if (rnd() >= 0.33) return d;
    const digit = Math.floor(rnd() * 10);
    return d.charCodeAt(0) >= 0xff10 ? String.fromCharCode(0xff10 + digit) : String(digit);
  });
}

/**
 * PARTS directories of pages (1x = one part) and one large file with the same text.
 * @param {string} dir
 * @returns {Promise<Corpus>}
 */
async function generateCorpus(dir) {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const rnd = random(20260311);
  const partBytes = (targetMb * 1e6) / PARTS;
  const large = createWriteStream(path.join(dir, 'large.txt'));
  const parts = [];
  let files = 0;
  let bytes = 0;
  for (let p = 0; p < PARTS; p++) {
    const partDir = path.join(dir, 'pages', `part-${String(p).padStart(2, '0')}`);
    await fs.mkdir(partDir, { recursive: true });
    let inPart = 0;
    for (let i = 0; inPart < partBytes; i++) {
      const page = variant(seeds[Math.floor(rnd() * seeds.length)], rnd);
      const data = Buffer.from(page, 'utf8');
      await fs.writeFile(path.join(partDir, `${String(i).padStart(5, '0')}.txt`), data);
      if (!large.write(data) || !large.write('\n\n'))
        await new Promise((r) => large.once('drain', () => r(undefined)));
      inPart += data.length;
      files++;
    }
    bytes += inPart;
    parts.push({ dir: partDir, bytes: inPart });
  }
  await new Promise((r) => large.end(() => r(undefined)));
  return {
    parts,
    files,
    bytes,
    large: path.join(dir, 'large.txt'),
    largeBytes: (await fs.stat(path.join(dir, 'large.txt'))).size,
  };
}

// ---- measuring ----------------------------------------------------------------------------

/**
 * Run the CLI with stdout to /dev/null; the wall time, and what the CLI itself reports with
 * LIAOHEALTH_STATS (records written, peak RSS from process.resourceUsage()).
 * @param {string[]} cliArgs
 * @returns {Promise<Run>}
 */
function runCli(cliArgs) {
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...cliArgs], {
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, LIAOHEALTH_STATS: '1', NO_COLOR: '1' },
  });
  closeSync(devNull);
  let stderr = '';
  /** @type {import('node:stream').Readable} */ (child.stderr)
    .setEncoding('utf8')
    .on('data', (s) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const line = stderr.split('\n').find((l) => l.startsWith('liaohealth-stats '));
      // Exit 1 is a run that went through with some documents reported: counted, not fatal.
      if ((code !== 0 && code !== 1) || !line)
        return reject(
          new Error(`liaohealth ${cliArgs.join(' ')} exited with ${code}:\n${stderr.slice(0, 2000)}`),
        );
      const stats = JSON.parse(line.slice('liaohealth-stats '.length));
      const failed = stderr
        .split('\n')
        .filter((l) => /internal error|cannot decode|binary file/.test(l)).length;
      if (failed)
        log(
          `  warning: ${failed} documents reported failures, e.g. ${stderr.split('\n').find((l) => l && !l.startsWith('liaohealth-stats'))}`,
        );
      resolve({ ms, cpuMs: stats.cpuMs, records: stats.records, rssMb: stats.maxRssKb / 1024, failed });
    });
  });
}

/** A node that loads jieba's dictionary as the tokenizer does (src/pipeline/tokenize.ts), nothing else. */
const LOAD_DICTIONARY = `const req = require('node:module').createRequire(${JSON.stringify(path.join(ROOT, 'package.json'))});
req('@node-rs/jieba').Jieba.withDict(require('node:fs').readFileSync(req.resolve('@node-rs/jieba/dict.txt')));`;

/**
 * Wall time of a bare `node` run (the floor of any cold start on this host, at this moment).
 * @param {string[]} nodeArgs
 * @returns {Promise<number>}
 */
function runNode(nodeArgs) {
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * jieba's plain `cut` (default dictionary) over the same files, one page at a time: the reference (MB/s).
 * @param {string[]} dirs
 */
async function cutThroughput(dirs) {
  const { Jieba } = await import('@node-rs/jieba');
  const { dict } = await import('@node-rs/jieba/dict.js');
  const jieba = Jieba.withDict(dict);
  jieba.cut('预热一下分词器。');
  let best = 0;
  // Best of two passes: the reference should not suffer from a busy moment of the machine.
  for (let pass = 0; pass < 2; pass++) best = Math.max(best, cutPass(jieba, dirs));
  return best;
}

/**
 * @param {import('@node-rs/jieba').Jieba} jieba
 * @param {string[]} dirs
 */
function cutPass(jieba, dirs) {
  let bytes = 0;
  let ms = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      const data = readFileSync(path.join(dir, name));
      const text = new TextDecoder().decode(data);
      bytes += data.length;
      const t = performance.now();
      jieba.cut(text);
      ms += performance.now() - t;
    }
  }
  return bytes / 1e6 / (ms / 1000);
}

/**
 * `check` on 100,000 figures: through the check module's exported function when it has one,
 * with figure records taken from the corpus (repeated, each copy its own document).
 * @param {Corpus} corpus
 * @returns {Promise<CheckRun>}
 */
async function checkFigures(corpus) {
  const target = 100_000;
  const figures = await figureRecords(corpus.parts[0].dir);
  if (figures.length === 0) return { figures: 0, ms: null, how: 'no figure records in the corpus' };
  const records = [];
  for (let copy = 0; records.length < target; copy++) {
    for (const r of figures) {
      if (records.length >= target) break;
      records.push({ ...r, doc: `copy-${copy}/${r.doc}` });
    }
  }
  const found = await findCheckFunction();
  if (!found)
    return { figures: records.length, ms: null, how: 'no exported check function found in dist/check/' };
  const t = performance.now();
  await found.fn(records);
  return {
    figures: records.length,
    ms: performance.now() - t,
    how: `${found.name}() in dist/check/${found.file}`,
  };
}

/**
 * @param {string} dir
 * @returns {Promise<{ doc: string }[]>}
 */
async function figureRecords(dir) {
  const child = spawn(process.execPath, [CLI, 'extract', '--jobs', '1', '-t', 'figure', dir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s) => (out += s));
  await new Promise((resolve) => child.on('close', resolve));
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/**
 * The check module's entry for records: checkRecords (what `check` runs), else checkFigures.
 * @returns {Promise<{ name: string, fn: CheckFunction, file: string } | null>}
 */
async function findCheckFunction() {
  for (const [file, name] of [
    ['report.js', 'checkRecords'],
    ['groups.js', 'checkFigures'],
  ]) {
    const at = path.join(ROOT, 'dist', 'check', file);
    if (!existsSync(at)) continue;
    const fn = (await import(pathToFileURL(at).href))[name];
    if (typeof fn === 'function') return { name, fn, file };
  }
  return null;
}

// ---- the run ------------------------------------------------------------------------------

async function main() {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'liaohealth-bench-'));
  try {
    log(`generating a ${targetMb} MB corpus in ${tmp} ...`);
    const corpus = await generateCorpus(tmp);
    const sizes = [1, 4, 16];
    /** @param {number} n */
    const dirsAt = (n) => corpus.parts.slice(0, n).map((p) => p.dir);
    /** @param {number} n */
    const bytesAt = (n) => corpus.parts.slice(0, n).reduce((s, p) => s + p.bytes, 0);

    // Each cold run beside a bare `node -e 0`, so that the ratio compares the same moments, and
    // beside a node that only loads jieba's dictionary: the floor any extraction starts from.
    log(`cold start (${coldRuns} runs, each beside node -e 0 and a dictionary load) ...`);
    const cold = [];
    const bareNode = [];
    const dictionaryOnly = [];
    for (let i = 0; i < coldRuns; i++) {
      bareNode.push(await runNode(['-e', '0']));
      dictionaryOnly.push(await runNode(['-e', LOAD_DICTIONARY]));
      cold.push((await runCli(['extract', SEEDS])).ms);
    }

    // Below ~15 MB `--jobs 2` extracts on one thread as `--jobs 1` does: one pair of runs
    // measures the host's drift, not the threads. So each size takes `rounds` pairs, the order
    // alternating, and keeps the pair with the median ratio (every run's peak RSS counts).
    /** @type {Record<number, Run>} */
    const runs = {};
    /** @type {Record<number, Run>} */
    const jobs2Runs = {};
    /** @type {{ one: number[], two: number[] }} */
    const smallRss = { one: [], two: [] };
    for (const n of sizes.slice(0, -1)) {
      log(`extract --jobs 1 and --jobs 2 on ${n}x (${mb(bytesAt(n)).toFixed(1)} MB), ${rounds} pairs ...`);
      const pairs = [];
      for (let r = 0; r < rounds; r++) {
        const order = r % 2 === 0 ? ['1', '2'] : ['2', '1'];
        const [first, second] = [
          await runCli(['extract', '--jobs', order[0], ...dirsAt(n)]),
          await runCli(['extract', '--jobs', order[1], ...dirsAt(n)]),
        ];
        const [one, two] = order[0] === '1' ? [first, second] : [second, first];
        pairs.push({ one, two });
        smallRss.one.push(one.rssMb);
        smallRss.two.push(two.rssMb);
      }
      pairs.sort((a, b) => a.one.ms / a.two.ms - b.one.ms / b.two.ms);
      runs[n] = pairs[pairs.length >> 1].one;
      jobs2Runs[n] = pairs[pairs.length >> 1].two;
    }
    // The host's speed drifts by a quarter within minutes: the figures that compare two runs
    // (extract against `cut`, 2 threads against 1) take the median of rounds run side by side.
    /** @type {Round[]} */
    const whole = [];
    for (let r = 1; r <= rounds; r++) {
      log(
        `round ${r}/${rounds} on 16x (${mb(bytesAt(16)).toFixed(1)} MB): extract --jobs 1, jieba cut, extract --jobs 2 ...`,
      );
      const one = await runCli(['extract', '--jobs', '1', ...dirsAt(16)]);
      const cut = await cutThroughput(dirsAt(16));
      const two = await runCli(['extract', '--jobs', '2', ...dirsAt(16)]);
      whole.push({ one, cut, two, mbPerSec: mb(bytesAt(16)) / (one.ms / 1000) });
    }
    whole.sort((a, b) => a.mbPerSec - b.mbPerSec);
    const middle = whole[whole.length >> 1];
    runs[16] = middle.one;
    log(`extract --jobs 1 on one ${mb(corpus.largeBytes).toFixed(1)} MB file ...`);
    const large = await runCli(['extract', '--jobs', '1', corpus.large]);
    log('check on 100,000 figures ...');
    const check = await checkFigures(corpus);
    const result = summarise({
      corpus,
      sizes,
      bytesAt,
      cold,
      bareNode,
      dictionaryOnly,
      runs,
      jobs2Runs,
      smallRss,
      whole,
      middle,
      large,
      check,
    });
    if (asJson) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printTable(result, { sizes, bytesAt, runs });
  } finally {
    if (keep) log(`corpus kept in ${tmp}`);
    else await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** @param {number} bytes */
const mb = (bytes) => bytes / 1e6;

/**
 * The smallest and largest of `values`, rounded.
 * @param {number[]} values
 * @param {number} digits
 */
const range = (values, digits) => [Math.min(...values), Math.max(...values)].map((v) => +v.toFixed(digits));

/**
 * What the run measured, as printed (`--json`) and tabled, with the targets.
 * @param {{ corpus: Corpus, sizes: number[], bytesAt: (n: number) => number, cold: number[], bareNode: number[], dictionaryOnly: number[],
 *   runs: Record<number, Run>, jobs2Runs: Record<number, Run>, smallRss: { one: number[], two: number[] }, whole: Round[], middle: Round, large: Run, check: CheckRun }} m
 */
function summarise({
  corpus,
  sizes,
  bytesAt,
  cold,
  bareNode,
  dictionaryOnly,
  runs,
  jobs2Runs,
  smallRss,
  whole,
  middle,
  large,
  check,
}) {
  const jobs2At4 = jobs2Runs[4];
  const full = runs[16];
  const mbPerSec = middle.mbPerSec;
  const cutMbPerSec = middle.cut;
  const measures = {
    machine: {
      cpus: os.availableParallelism(),
      model: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    corpus: {
      mb: +mb(corpus.bytes).toFixed(1),
      files: corpus.files,
      largeFileMb: +mb(corpus.largeBytes).toFixed(1),
    },
    mbPerSec: +mbPerSec.toFixed(2),
    recordsPerSec: Math.round(full.records / (full.ms / 1000)),
    records: full.records,
    cutMbPerSec: +cutMbPerSec.toFixed(2),
    ratio: +median(whole.map((w) => w.mbPerSec / w.cut)).toFixed(3),
    rounds: {
      count: rounds,
      mbPerSec: range(
        whole.map((w) => w.mbPerSec),
        2,
      ),
      cutMbPerSec: range(
        whole.map((w) => w.cut),
        2,
      ),
      ratio: range(
        whole.map((w) => w.mbPerSec / w.cut),
        3,
      ),
      jobsSpeedup: range(
        whole.map((w) => w.one.ms / w.two.ms),
        2,
      ),
    },
    // Many files, as the default run (threads) and with one thread; one large file apart.
    peakRssMb: +Math.max(
      ...whole.flatMap((w) => [w.one.rssMb, w.two.rssMb]),
      ...smallRss.one,
      ...smallRss.two,
    ).toFixed(1),
    rssMbBySize: Object.fromEntries(sizes.map((n) => [`${n}x`, +runs[n].rssMb.toFixed(1)])),
    largeFile: {
      mbPerSec: +(mb(corpus.largeBytes) / (large.ms / 1000)).toFixed(2),
      peakRssMb: +large.rssMb.toFixed(1),
      records: large.records,
    },
    coldStartMs: Math.round(median(cold)),
    nodeStartMs: Math.round(median(bareNode)),
    // node with jieba's dictionary loaded and nothing else: no extraction starts below it.
    dictionaryStartMs: Math.round(median(dictionaryOnly)),
    jobsSpeedup: +median(whole.map((w) => w.one.ms / w.two.ms)).toFixed(2),
    jobsSpeedupBySize: {
      '1x': +(runs[1].ms / jobs2Runs[1].ms).toFixed(2),
      '4x': +(runs[4].ms / jobs2At4.ms).toFixed(2),
      '16x': +median(whole.map((w) => w.one.ms / w.two.ms)).toFixed(2),
    },
    // CPU time (all threads) of --jobs 2 over --jobs 1: what threads cost beyond the work itself.
    jobs2CpuRatio: +median(whole.map((w) => w.two.cpuMs / w.one.cpuMs)).toFixed(2),
    jobs2PeakRssMb: +Math.max(...smallRss.two, ...whole.map((w) => w.two.rssMb)).toFixed(1),
    msPerMb: Object.fromEntries(sizes.map((n) => [`${n}x`, +(runs[n].ms / mb(bytesAt(n))).toFixed(1)])),
    failedDocuments: full.failed + large.failed,
    check: { figures: check.figures, ms: check.ms === null ? null : Math.round(check.ms), how: check.how },
  };
  return { ...measures, targets: targets(measures) };
}

/** @typedef {ReturnType<typeof summarise>} Result */

/**
 * The targets of issue 20, each measured against a baseline taken in the same run (the host's
 * speed drifts too much for absolute times to compare across runs).
 * @param {{ coldStartMs: number, nodeStartMs: number, jobsSpeedup: number, jobsSpeedupBySize: Record<string, number>,
 *   ratio: number, mbPerSec: number, cutMbPerSec: number, peakRssMb: number }} r
 */
function targets(r) {
  const coldRatio = r.coldStartMs / r.nodeStartMs;
  const bySize = Object.values(r.jobsSpeedupBySize);
  return {
    coldStart: {
      ms: r.coldStartMs,
      baseline: `node -e 0: ${r.nodeStartMs} ms`,
      ratio: +coldRatio.toFixed(2),
      target: '<= 3.5x node -e 0',
      met: coldRatio <= 3.5,
    },
    jobs2: {
      speedup: r.jobsSpeedup,
      bySize: r.jobsSpeedupBySize,
      baseline: '--jobs 1 on the same files, run beside it',
      target: '>= 1.6x on the largest corpus, >= 1.0x at every size',
      met: r.jobsSpeedup >= 1.6 && bySize.every((x) => x >= 1.0),
    },
    throughput: {
      ratio: r.ratio,
      mbPerSec: r.mbPerSec,
      baseline: `jieba cut: ${r.cutMbPerSec} MB/s`,
      peakRssMb: r.peakRssMb,
      target: '>= 0.22x cut, peak RSS <= 300 MB',
      met: r.ratio >= 0.22 && r.peakRssMb <= 300,
    },
  };
}

/**
 * @param {Result} r
 * @param {{ sizes: number[], bytesAt: (n: number) => number, runs: Record<number, Run> }} at  the sizes measured
 */
function printTable(r, { sizes, bytesAt, runs }) {
  const rows = [
    ['machine', `${r.machine.cpus} cores, ${r.machine.model}, node ${r.machine.node}`, ''],
    ['corpus', `${r.corpus.mb} MB in ${r.corpus.files} files; one ${r.corpus.largeFileMb} MB file`, ''],
    [
      'extract, 1 thread',
      `${r.mbPerSec} MB/s, ${r.recordsPerSec} records/s [${r.rounds.mbPerSec.join('–')} over ${r.rounds.count} round${r.rounds.count === 1 ? '' : 's'}]`,
      '>= 10 MB/s',
    ],
    ['jieba cut alone', `${r.cutMbPerSec} MB/s [${r.rounds.cutMbPerSec.join('–')}]`, ''],
    ['ratio extract/cut', `${r.ratio} [${r.rounds.ratio.join('–')}]`, '>= 0.22'],
    [
      'peak RSS, many files',
      `${r.peakRssMb} MB (1 thread at ${sizes.map((n) => `${n}x`).join('/')}: ${sizes.map((n) => r.rssMbBySize[`${n}x`]).join('/')} MB; 2 threads: ${r.jobs2PeakRssMb} MB)`,
      '<= 300 MB',
    ],
    ['one large file', `${r.largeFile.peakRssMb} MB peak RSS, ${r.largeFile.mbPerSec} MB/s`, 'works'],
    [
      'cold start, 5 pages',
      `${r.coldStartMs} ms (median), ${r.targets.coldStart.ratio}x node -e 0 (${r.nodeStartMs} ms); node loading jieba's dictionary alone: ${r.dictionaryStartMs} ms`,
      '<= 3.5x node -e 0',
    ],
    [
      '--jobs 2 vs --jobs 1',
      `${r.jobsSpeedup}x at 16x [${r.rounds.jobsSpeedup.join('–')}], ${r.jobsSpeedupBySize['4x']}x at 4x, ${r.jobsSpeedupBySize['1x']}x at 1x (CPU time ${r.jobs2CpuRatio}x that of 1 thread; peak RSS ${r.jobs2PeakRssMb} MB)`,
      '>= 1.6x, >= 1.0x at every size',
    ],
    ...sizes.map((n) => [
      `time per MB, ${n}x`,
      `${r.msPerMb[`${n}x`]} ms (${(bytesAt(n) / 1e6).toFixed(1)} MB in ${(runs[n].ms / 1000).toFixed(1)} s)`,
      n === 1 ? 'flat' : '',
    ]),
    [
      'check, 100k figures',
      r.check.ms === null ? `not measured: ${r.check.how}` : `${r.check.ms} ms (${r.check.how})`,
      '<= 5000 ms',
    ],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  /** @type {(a: string, b: string, c: string) => string} */
  const line = (a, b, c) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`;
  const met = Object.entries(r.targets).map(([name, t]) => `${name}: ${t.met ? 'met' : 'not met'}`);
  process.stdout.write(
    `${[line('measure', 'result', 'target'), line('-'.repeat(w0), '-'.repeat(w1), '------'), ...rows.map(([a, b, c]) => line(a, b, c)), '', `targets (issue 20): ${met.join(', ')}`].join('\n')}\n`,
  );
}

await main();
