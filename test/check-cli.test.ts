// End to end: `liaohealth check` on the seed pages, through run() with in-memory streams and
// through the built binary.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';

const SEEDS = 'fixtures/seeds';
const work = mkdtempSync(path.join(tmpdir(), 'liaohealth-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.stdout.push(c));
  stderr.on('data', (c: Buffer) => chunks.stderr.push(c));
  const code = await run(['check', '--quiet', ...args], {
    stdout,
    stderr,
    stdin: Readable.from([]),
    env,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
  });
  return {
    code,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}

interface JsonGroup {
  severity: string;
  metric: string;
  key: string;
  values: {
    value: number | null;
    doc: string;
    line: number;
    sentence: string;
    headline: string | null;
    periodEnd: string | null;
  }[];
}

function groupsWith(json: { groups: JsonGroup[] }, ...values: number[]): JsonGroup[] {
  return json.groups.filter((g) => values.every((v) => g.values.some((x) => x.value === v)));
}

describe('liaohealth check on the seed pages', () => {
  it('reports 501 vs 477 childcare institutions and 5.22 vs 5.15 places per thousand, not 45% vs 45.21%, and exits 1', async () => {
    const { code, stdout, stderr } = await check(['-f', 'json', SEEDS]);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    const institutions = groupsWith(json, 501, 477);
    expect(institutions).toHaveLength(1);
    expect(institutions[0].metric).toBe('托育机构');
    // 501 on a page of 2025-04-23, 477 on one of 2026-03-11: a change over time, each value's as-of date shown.
    expect(institutions[0].severity).toBe('warning');
    expect(institutions[0].values.map((v) => v.periodEnd)).toContain('2025-04-23');
    expect(institutions[0].values.map((v) => v.periodEnd)).toContain('2026-03-11');
    expect(new Set(institutions[0].values.map((v) => v.doc)).size).toBeGreaterThanOrEqual(2);
    for (const v of institutions[0].values) expect(v.sentence).toContain(String(v.value));
    const places = groupsWith(json, 5.22, 5.15);
    expect(places).toHaveLength(1);
    expect(places[0].metric).toBe('千人口托位数');
    expect(groupsWith(json, 45, 45.21)).toEqual([]);
    expect(json.groups.some((g: JsonGroup) => g.metric.includes('托位使用率'))).toBe(false);
    expect(json.summary.errors).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  // A ratchet: exactly these groups, so a new false alarm (or a lost difference) fails.
  it("reports exactly the seed pages' real differences, and nothing else", async () => {
    const { stdout } = await check(['-f', 'json', SEEDS]);
    const json = JSON.parse(stdout);
    const groups = json.groups.map((g: JsonGroup & { scope: string }) => [
      g.severity,
      g.metric,
      g.scope,
      [...new Set(g.values.map((v) => v.value))].sort((a, b) => (a ?? 0) - (b ?? 0)),
    ]);
    expect(groups).toEqual([
      ['error', '托育机构总数', '山东省聊城市', [85.7, 89.7]],
      ['error', '县域医疗服务次中心', '山东省聊城市', [11, 15]],
      ['warning', '托育机构', '山东省聊城市', [477, 501]],
      ['warning', '托位', '山东省聊城市', [29000, 31200]],
      ['warning', '千人口托位数', '山东省聊城市', [5.15, 5.22, 5.66]],
      ['warning', '开设托班的幼儿园', '山东省聊城市', [427, 428]],
    ]);
    expect(json.names.map((n: { names: string[] }) => n.names)).toEqual([['金增秀', '金秀秀']]);
    expect(
      json.arithmetic.map((a: { relation: string; severity: string; metric: string }) => [
        a.relation,
        a.severity,
        a.metric,
      ]),
    ).toEqual([['share', 'error', '托育机构']]);
  });

  it("reports the seed pages' share that does not add up, unless --no-arithmetic", async () => {
    const json = JSON.parse((await check(['-f', 'json', SEEDS])).stdout);
    expect(
      json.arithmetic.map((a: { relation: string; severity: string; metric: string }) => [
        a.relation,
        a.severity,
        a.metric,
      ]),
    ).toEqual([['share', 'error', '托育机构']]);
    const off = await check(['-f', 'json', '--no-arithmetic', SEEDS]);
    const without = JSON.parse(off.stdout);
    expect(without.arithmetic).toBeUndefined();
    expect(without.summary.errors).toBe(json.summary.errors - 1);
  });

  it('writes readable text by default when stdout is not a terminal: no colour', async () => {
    const { code, stdout } = await check([SEEDS]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/\x1b\[/);
    expect(stdout).toMatch(/^error /m);
    expect(stdout).toMatch(/501 ?家/);
    expect(stdout).toMatch(/\d+ errors?, \d+ warnings? · 5 documents, \d+ figures\n$/);
  });

  it('never writes colour into an --out file, even when colour is forced', async () => {
    const out = path.join(work, 'report.txt');
    const { code } = await check(['-o', out, SEEDS], { FORCE_COLOR: '3' });
    expect(code).toBe(1);
    expect(readFileSync(out, 'utf8')).not.toMatch(/\x1b\[/);
  });

  it('fails at once, before any work, when --write-baseline cannot be written', async () => {
    const { code, stderr, stdout } = await check([
      '--write-baseline',
      path.join(work, 'missing', 'b.json'),
      SEEDS,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\/b\.json: cannot write/);
    expect(stdout).toBe('');
  });

  it('writes GitHub annotations when GITHUB_ACTIONS=true, and the full report to the step summary', async () => {
    const summaryFile = path.join(work, 'step-summary.md');
    writeFileSync(summaryFile, 'before\n');
    const { code, stdout } = await check([SEEDS], {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=fixtures\/seeds\/\d{3}_[0-9a-f]+\.txt,line=\d+,title=[^:]+::/m);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('before\n## liaohealth check')).toBe(true);
    expect(summary).toContain('| value | file | line | headline | period | as of | sentence |');
  });

  it('writes JUnit XML and CSV to a file with --out', async () => {
    const xmlFile = path.join(work, 'report.xml');
    expect((await check(['-f', 'junit', '-o', xmlFile, SEEDS])).code).toBe(1);
    const xml = readFileSync(xmlFile, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml).toContain('<failure type="error"');
    const csvFile = path.join(work, 'report.csv');
    expect((await check(['-f', 'csv', '-o', csvFile, SEEDS])).code).toBe(1);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\ufeffgroup,check,severity,metric')).toBe(true);
    expect(csv).toMatch(/\r\n\d+,figure,(error|warning),托育机构,/);
    const { stdout } = await check(['-f', 'csv', '--no-bom', SEEDS]);
    expect(stdout.startsWith('group,')).toBe(true);
  });

  it('round-trips a baseline: write it, check with it (exit 0), change a value in a copy (exit 1)', async () => {
    const baseline = path.join(work, 'baseline.json');
    const written = await check(['--write-baseline', baseline, SEEDS]);
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).entries.length).toBeGreaterThan(0);

    const clean = await check(['--baseline', baseline, '-f', 'json', SEEDS]);
    expect(clean.code).toBe(0);
    const json = JSON.parse(clean.stdout);
    expect(json.groups).toEqual([]);
    expect(json.summary.suppressed).toBeGreaterThan(0);

    const copy = path.join(work, 'seeds-copy');
    cpSync(SEEDS, copy, { recursive: true });
    const page = path.join(copy, '001_2e190e5f2b7d8412.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('占托育机构总数的89.7%', '占托育机构总数的89.8%'));
    const changed = await check(['--baseline', baseline, '-f', 'json', copy]);
    expect(changed.code).toBe(1);
    const after = JSON.parse(changed.stdout);
    expect(groupsWith(after, 89.8, 85.7)).toHaveLength(1);
    expect(after.baselineGone.length).toBeGreaterThan(0);
  });

  it('fails on too many warnings with --max-warnings', async () => {
    const all = JSON.parse((await check(['-f', 'json', SEEDS])).stdout);
    expect(all.summary.warnings).toBeGreaterThan(0);
    const errorsOnly = path.join(work, 'errors-only.json');
    const keys = [...all.groups, ...(all.arithmetic ?? [])]
      .filter((g: JsonGroup) => g.severity === 'error')
      .map((g: JsonGroup) => ({ key: g.key, description: g.metric }));
    writeFileSync(errorsOnly, JSON.stringify({ version: 1, entries: keys }));
    expect((await check(['--baseline', errorsOnly, SEEDS])).code).toBe(0);
    expect(
      (await check(['--baseline', errorsOnly, '--max-warnings', String(all.summary.warnings), SEEDS])).code,
    ).toBe(0);
    expect((await check(['--baseline', errorsOnly, '--max-warnings', '0', SEEDS])).code).toBe(1);
  });

  it('exits 2 on usage and input errors, saying what is wrong', async () => {
    const missing = await check(['--baseline', path.join(work, 'nope.json'), SEEDS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/baseline .*nope\.json: cannot read/);
    const corrupt = path.join(work, 'corrupt.json');
    writeFileSync(corrupt, '{"groups": [');
    const bad = await check(['--baseline', corrupt, SEEDS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/corrupt\.json: not JSON/);
    expect((await check(['--tolerance', 'lots', SEEDS])).code).toBe(2);
    expect((await check(['-f', 'xml', SEEDS])).code).toBe(2);
    const unreadable = await check(['-f', 'json', path.join(work, 'no-such-dir'), SEEDS]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/no-such-dir/);
    expect(JSON.parse(unreadable.stdout).summary.inputErrors).toBe(1);
  });

  it('accepts differences within --tolerance', async () => {
    const strict = JSON.parse((await check(['-f', 'json', SEEDS])).stdout);
    const loose = JSON.parse((await check(['-f', 'json', '--tolerance', '10%', SEEDS])).stdout);
    expect(groupsWith(strict, 501, 477)).toHaveLength(1);
    expect(groupsWith(loose, 501, 477)).toEqual([]);
  });
});

describe('the built binary', () => {
  it('runs `liaohealth check fixtures/seeds`: exit 1, the differences on stdout', () => {
    expect(existsSync('dist/cli.js'), 'run `npm run build` first').toBe(true);
    const result = spawnSync(process.execPath, ['bin/liaohealth.js', 'check', SEEDS], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', FORCE_COLOR: undefined },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('托育机构');
    expect(result.stdout).toMatch(/501 ?家/);
    expect(result.stdout).toContain('477');
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });
});
