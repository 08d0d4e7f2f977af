// Issue 16, "a CLI a newsroom can trust in CI": the real binary (built by `npm test`) on small
// trees made here, one describe per concern of the issue.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { extract } from '../src/index.js';

const BIN = path.resolve('bin/liaohealth.js');
const SEEDS = path.resolve('fixtures/seeds');
let dir: string;

function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input,
    cwd: options.cwd ?? dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function docsOf(stdout: string): string[] {
  return [
    ...new Set(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).doc as string),
    ),
  ];
}

/** A page with one figure: the same metric, scope and unit on every page, the value differs. */
/** A page that names its city: 全市 is then that city's, and two such pages are compared. */
function page(value: number): string {
  return `全市托育机构达${value}家。聊城市卫生健康委发布。\n`;
}

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = path.join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaohealth-trust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs: each file once, under a name of its own', () => {
  it('keeps files with the same relative path under two directory arguments apart, so check sees the conflict', () => {
    tree('same', { 'a/page.txt': page(477), 'b/page.txt': page(501) });
    const extracted = cli(['extract', '-t', 'figure', 'same/a', 'same/b/']);
    expect(docsOf(extracted.stdout)).toEqual(['same/a/page.txt', 'same/b/page.txt']);
    const checked = cli(['check', '-q', 'same/a', 'same/b/']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('same/a/page.txt:1');
    expect(checked.stdout).toContain('same/b/page.txt:1');
  });

  it('still names files relative to a single directory argument', () => {
    tree('single', { 'sub/page.txt': page(477) });
    expect(docsOf(cli(['extract', '-t', 'figure', 'single']).stdout)).toEqual(['sub/page.txt']);
  });

  it('reads the same file given twice once', () => {
    tree('twice', { 'page.txt': page(477) });
    const { stdout } = cli([
      'extract',
      '-t',
      'figure',
      'twice/page.txt',
      'twice/page.txt',
      'twice',
      './twice',
    ]);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('skips node_modules and hidden files and folders, and what --exclude or .liaohealthignore names', () => {
    tree('repo', {
      'pages/page.txt': page(477),
      'node_modules/jieba/dict.txt': page(1),
      '.git/notes.txt': page(2),
      '.draft.txt': page(3),
      'drafts/old.txt': page(4),
      'pages/scratch/x.txt': page(5),
      'pages/skip-me.txt': page(6),
      '.liaohealthignore': '# not pages\nskip-*.txt\n',
    });
    expect(
      docsOf(
        cli(['extract', '-t', 'figure', 'repo', '--exclude', 'drafts', '--exclude', 'pages/scratch/']).stdout,
      ),
    ).toEqual(['pages/page.txt']);
    expect(docsOf(cli(['extract', '-t', 'figure', '--exclude', '**/*.txt', 'repo']).stdout)).toEqual([]);
    // Named on the command line, a hidden file is read.
    expect(docsOf(cli(['extract', '-t', 'figure', 'repo/.draft.txt']).stdout)).toEqual(['repo/.draft.txt']);
  });

  it('refuses an --out that is also an input (exit 2, the page intact), and never reads its own output back', () => {
    tree('out', { 'same.txt': page(477) });
    for (const command of ['extract', 'tokenize', 'check']) {
      const { code, stderr } = cli([command, '-o', 'out/same.txt', 'out/same.txt']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/out\/same\.txt: the output is also an input/);
      expect(readFileSync(path.join(dir, 'out/same.txt'), 'utf8')).toBe(page(477));
    }
    for (let run = 0; run < 2; run++)
      expect(cli(['extract', '-t', 'figure', '-o', 'out/records.txt', 'out']).code).toBe(0);
    expect(docsOf(readFileSync(path.join(dir, 'out/records.txt'), 'utf8'))).toEqual(['same.txt']);
  });
});

describe('failures that say why', () => {
  it('exits 2 when there is nothing to check, naming the path', () => {
    tree('nothing', { 'empty/.keep': '', 'notes/readme.md': page(477) });
    for (const arg of ['nothing/empty', 'nothing/notes']) {
      const { code, stderr } = cli(['check', '-q', arg]);
      expect(code).toBe(2);
      expect(stderr).toContain(`no documents found in ${arg}`);
    }
  });

  it('says so when there are more warnings than --max-warnings, on stderr and as a GitHub error', () => {
    tree('periods', {
      'a.txt': '2023年全市托育机构达477家。聊城市卫生健康委发布。\n',
      'b.txt': '2025年全市托育机构达501家。聊城市卫生健康委发布。\n',
    });
    expect(cli(['check', '-q', 'periods']).code).toBe(0);
    const text = cli(['check', '-q', '--max-warnings', '0', 'periods']);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('1 warnings, more than --max-warnings 0 allows');
    const github = cli(['check', '-q', '-f', 'github', '--max-warnings', '0', 'periods']);
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(
      /^::error title=liaohealth::1 warnings, more than --max-warnings 0 allows$/m,
    );
  });

  it.runIf(existsSync('/dev/full'))(
    'exits 2 with a message on every write error, however small the output',
    () => {
      tree('small', { 'page.txt': page(477) });
      for (const command of [
        'extract -o /dev/full small',
        'check -q -o /dev/full small',
        'tokenize -o /dev/full small',
        'schema > /dev/full',
        'check -q small > /dev/full',
      ]) {
        const result = spawnSync('bash', ['-c', `node ${BIN} ${command}`], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
        expect({ command, code: result.status }).toEqual({ command, code: 2 });
        expect(result.stderr).toMatch(
          /^liaohealth: (\/dev\/full|stdout): cannot write: no space left on device\n$/,
        );
      }
    },
  );

  it('stops reading and extracting once stdout is closed', () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(SEEDS))
      for (let copy = 0; copy < 30; copy++)
        files[`${copy}-${name}`] = readFileSync(path.join(SEEDS, name), 'utf8');
    tree('many', files);
    const cpuMs = (command: string) => {
      const result = spawnSync('bash', ['-c', command], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LIAOHEALTH_STATS: '1' },
      });
      return JSON.parse(/liaohealth-stats (.*)/.exec(result.stderr)![1]).cpuMs as number;
    };
    const whole = cpuMs(`node ${BIN} extract many > /dev/null`);
    // (With --jobs 2 the threads' start alone costs half of this small run: it stops as early, but is not tested here.)
    for (const jobs of ['', '--jobs 1'])
      expect(cpuMs(`node ${BIN} extract ${jobs} many | head -1 > /dev/null`)).toBeLessThan(whole / 2);
  });

  it('hints at --help after a usage error', () => {
    for (const args of [
      ['extract', '--foo'],
      ['extract', '--jobs', '0'],
      ['check', '--tolerance', 'x'],
      ['frobnicate'],
    ]) {
      const { code, stderr } = cli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/\(run 'liaohealth( extract| check)? --help' for usage\)\n$/);
    }
  });
});

describe('options as a newsroom writes them', () => {
  it('takes -t repeated and comma-separated alike', () => {
    tree('types', { 'page.txt': '2025年3月，全市托育机构达477家。\n' });
    const types = (args: string[]) =>
      new Set(
        cli(['extract', ...args, 'types'])
          .stdout.split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l).type),
      );
    expect(types(['-t', 'figure', '-t', 'date'])).toEqual(new Set(['figure', 'date']));
    expect(types(['-t', 'figure,date'])).toEqual(new Set(['figure', 'date']));
    expect(types(['-t', 'figure'])).toEqual(new Set(['figure']));
  });

  it('takes --ext repeated and comma-separated alike', () => {
    tree('extensions', { 'a.txt': page(477), 'b.md': page(501), 'c.htm': page(1) });
    const docs = (args: string[]) => docsOf(cli(['extract', '-t', 'figure', ...args, 'extensions']).stdout);
    expect(docs(['--ext', 'md', '--ext', '.txt'])).toEqual(['a.txt', 'b.md']);
    expect(docs(['--ext', 'md,txt'])).toEqual(['a.txt', 'b.md']);
    expect(docs([])).toEqual(['a.txt']);
  });

  it('writes -o - to stdout, as - reads stdin', () => {
    const { code, stdout } = cli(['extract', '-t', 'figure', '-o', '-', '-'], { input: page(477) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).text).toBe('477家');
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });

  it('has no --ref-date on tokenize, which resolves no dates', () => {
    expect(cli(['tokenize', '--ref-date', '2026-01-01', '-'], { input: page(477) }).code).toBe(2);
    expect(cli(['tokenize', '--help']).stdout).not.toContain('--ref-date');
  });

  it('the library says what is wrong with its options instead of returning nothing', () => {
    expect(() => extract(page(477), { types: ['figures' as 'figure'] })).toThrow(
      /unknown record type "figures" \(expected figure, date, person, institution\)/,
    );
    expect(() => extract(page(477), { refDate: '2026-02-30' })).toThrow(
      /refDate "2026-02-30" is not a calendar date YYYY-MM-DD/,
    );
    expect(extract(page(477), { types: ['figure'], refDate: '2026-03-11' }).map((r) => r.text)).toEqual([
      '477家',
    ]);
  });
});

describe('spreadsheets: CSV a newsroom can open', () => {
  const formulaPages = () =>
    tree('formulas', {
      '@page.txt': '=1+1，全市托育机构达477家。聊城市卫生健康委发布。\n',
      'b.txt': '-2，全市托育机构达501家。聊城市卫生健康委发布。\n',
    });

  /** The cells of a CSV (our writers quote only where RFC 4180 needs it; these cells need none). */
  const cells = (csv: string) =>
    csv
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((row) => row.split(','));

  it("puts a ' before a cell that a spreadsheet would run as a formula, in every CSV, unless --raw-csv", () => {
    formulaPages();
    for (const [command, column] of [
      ['extract', 'sentence'],
      ['check', 'sentence'],
      ['tokenize', 'text'],
    ]) {
      const [header, ...rows] = cells(cli([command, '-q', '-f', 'csv', 'formulas']).stdout);
      const values = rows.map((r) => r[header.indexOf(column)]);
      const docs = rows.map((r) => r[header.indexOf('doc')]);
      expect(docs).toContain("'@page.txt");
      expect(values.some((v) => v.startsWith("'=") || v === "'-")).toBe(true);
      expect(values.every((v) => !/^[=+\-@]/.test(v))).toBe(true);
      const raw = cells(cli([command, '-q', '-f', 'csv', '--raw-csv', 'formulas']).stdout);
      expect(raw.map((r) => r[raw[0].indexOf('doc')])).toContain('@page.txt');
    }
  });

  it('keeps numbers as numbers: a negative value is not quoted', () => {
    const { stdout } = cli(['extract', '-f', 'csv', '-t', 'figure', '-'], {
      input: '气温为-5度，全市托育机构达477家。\n',
    });
    expect(stdout).toContain(',477,');
    expect(stdout).not.toContain("'4");
  });

  const ssconvert = spawnSync('ssconvert', ['--version'], { encoding: 'utf8' });
  it.skipIf(ssconvert.error !== undefined)(
    "a real spreadsheet (gnumeric's ssconvert; skipped where it is not installed) reads a formula as text, and figures as numbers",
    () => {
      formulaPages();
      const csv = path.join(dir, 'formulas.csv');
      writeFileSync(csv, cli(['extract', '-f', 'csv', '--no-bom', '-t', 'figure', 'formulas']).stdout);
      const read = (file: string) => {
        const out = `${file}.out.csv`;
        const result = spawnSync('ssconvert', [file, out], { encoding: 'utf8' });
        expect(result.status).toBe(0);
        return cells(readFileSync(out, 'utf8').replace(/\n/g, '\r\n'));
      };
      const [header, first] = read(csv);
      expect(first[header.indexOf('sentence')]).toBe('=1+1，全市托育机构达477家。');
      expect(first[header.indexOf('value')]).toBe('477');
      // Without the quote, the same cell is a formula and the spreadsheet computes it.
      const raw = path.join(dir, 'raw.csv');
      writeFileSync(
        raw,
        cli(['extract', '-f', 'csv', '--no-bom', '--raw-csv', '-t', 'figure', 'formulas']).stdout.replace(
          '=1+1，全市托育机构达477家。',
          '=1+1',
        ),
      );
      const [rawHeader, rawFirst] = read(raw);
      expect(rawFirst[rawHeader.indexOf('sentence')]).toBe('2');
    },
  );
});

describe('progress display', () => {
  it('shows the rate at which pages are extracted, not read', async () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(SEEDS))
      for (let copy = 0; copy < 8; copy++)
        files[`${copy}-${name}`] = readFileSync(path.join(SEEDS, name), 'utf8');
    const root = tree('progress', files);
    const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c));
    const started = Date.now();
    const code = await run(['extract', root], {
      stdout: new PassThrough().resume(),
      stderr,
      stdin: Readable.from([]),
      env: { NO_COLOR: '1' },
      stdoutIsTTY: false,
      stderrIsTTY: true,
      stdinIsTTY: false,
    });
    const realRate = bytes / 1e6 / ((Date.now() - started) / 1000);
    expect(code).toBe(0);
    const shown = [
      ...Buffer.concat(chunks)
        .toString('utf8')
        .matchAll(/(\d+) files, ([\d.]+) MB\/s/g),
    ].map((m) => Number(m[2]));
    expect(shown.length).toBeGreaterThan(0);
    // Shown while the run goes on, each rate is at most the whole run's (which includes the start).
    for (const rate of shown) expect(rate).toBeLessThanOrEqual(realRate * 1.5 + 0.1);
  });
});
