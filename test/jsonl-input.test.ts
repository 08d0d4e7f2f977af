// JSON Lines in: documents for `extract --input jsonl`, records for `check --records`, and the
// order of `extract --sort`. The CLI cases run the built binary (`npm run build` first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOf } from '../src/check/records-input.js';
import { documentOf, numberedLines, type NumberedLine } from '../src/pipeline/jsonl-input.js';

const BIN = path.resolve('bin/liaohealth.js');
const SEEDS = 'fixtures/seeds';
let dir: string;

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The seed pages as JSON Lines documents, in the order given, with a field that is dropped. */
function seedDocuments(order: (names: string[]) => string[] = (names) => names): string {
  const names = order(readdirSync(SEEDS).sort());
  return names
    .map(
      (doc) =>
        `${JSON.stringify({ doc, text: readFileSync(path.join(SEEDS, doc), 'utf8'), source: 'seed' })}\n`,
    )
    .join('');
}

async function collect(chunks: (string | Uint8Array)[]): Promise<NumberedLine[]> {
  const lines: NumberedLine[] = [];
  for await (const line of numberedLines(
    (async function* () {
      yield* chunks;
    })(),
  ))
    lines.push(line);
  return lines;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaohealth-jsonl-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('numberedLines', () => {
  it("numbers lines across chunk boundaries, without LF, CRLF or the first line's BOM", async () => {
    const bytes = Buffer.from('\ufeff{"a":1}\r\n{"b":"医院"}\n\n{"c":3}');
    // Cut inside the BOM, inside a line break and inside a three-byte character.
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 11), bytes.subarray(11, 23), bytes.subarray(23)];
    expect(await collect(chunks)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":"医院"}' },
      { line: 3, text: '' },
      { line: 4, text: '{"c":3}' },
    ]);
  });

  it('reports a line that is not UTF-8 and goes on with the next', async () => {
    const chunks = [
      Buffer.from('{"a":1}\n'),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
      Buffer.from('{"b":2}\n'),
    ];
    expect(await collect(chunks)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, error: 'not valid UTF-8' },
      { line: 3, text: '{"b":2}' },
    ]);
  });
});

describe('documentOf', () => {
  it('takes doc and text and drops the other fields', () => {
    expect(
      documentOf('{"doc":"2024/page.txt","text":"全市有医院 5 家。","url":"http://example.org/1"}'),
    ).toEqual({ doc: '2024/page.txt', text: '全市有医院 5 家。' });
  });

  it.each([
    ['not JSON', '{"doc": "a", '],
    ['expected an object', '["a", "b"]'],
    ['expected an object', '{"doc": "", "text": "x"}'],
    ['expected an object', '{"doc": "a", "text": 5}'],
    ['expected an object', '{"text": "x"}'],
    ['expected an object', 'null'],
  ])('says %s for %s', (problem, line) => {
    const result = documentOf(line);
    expect('error' in result && result.error).toContain(problem);
  });
});

describe('recordOf', () => {
  const figure = {
    type: 'figure',
    doc: 'a.txt',
    article: 0,
    headline: null,
    line: 1,
    column: 5,
    start: 4,
    end: 7,
    text: '5 家',
    sentence: '全市有医院 5 家。',
    value: 5,
    min: null,
    max: null,
    unit: '家',
    approx: 'exact',
    kind: 'count',
    metric: '医院',
    scope: '全市',
    place: '山东省聊城市',
    period: null,
    periodStart: null,
    periodEnd: null,
    asOf: null,
    aspect: 'state',
  };

  it('accepts a record of the contract', () => {
    expect(recordOf(JSON.stringify(figure))).toEqual(figure);
  });

  it.each([
    ['not JSON', '{"type": "figure"'],
    ['not a record: value: ', JSON.stringify({ ...figure, value: '5' })],
    ['not a record: Unrecognized key: "extra"', JSON.stringify({ ...figure, extra: 1 })],
    ['not a record: type: ', JSON.stringify({ ...figure, type: 'quantity' })],
  ])('says %s', (problem, line) => {
    const result = recordOf(line);
    expect('error' in result && result.error).toContain(problem);
  });
});

describe('liaohealth extract --input jsonl', () => {
  it('gives the same bytes as extracting the pages as files', () => {
    const files = cli(['extract', SEEDS]);
    const jsonl = cli(['extract', '--input', 'jsonl'], seedDocuments());
    expect(jsonl.stderr).toBe('');
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout).toBe(files.stdout);
  });

  it('with --sort, gives the same bytes whatever the order of the documents', () => {
    const file = path.join(dir, 'reversed.jsonl');
    writeFileSync(
      file,
      seedDocuments((names) => [...names].reverse()),
    );
    const sorted = cli(['extract', '--input', 'jsonl', '--sort', file]);
    expect(sorted.code).toBe(0);
    expect(sorted.stdout).toBe(cli(['extract', SEEDS]).stdout);
    expect(cli(['extract', '--input', 'jsonl', file]).stdout).not.toBe(sorted.stdout);
  });

  it('spreads documents over worker threads (--jobs 2) with the same output', () => {
    // Threads from the first page (they would not start on so small an input).
    const threads = cli(['extract', '--input', 'jsonl', '--jobs', '2'], seedDocuments(), {
      LIAOHEALTH_THREADS_AFTER: '0',
    });
    expect(threads.code).toBe(0);
    expect(threads.stdout).toBe(cli(['extract', SEEDS]).stdout);
  });

  it('reports bad lines with their number, skips them, processes the others and exits 1', () => {
    const file = path.join(dir, 'mixed.jsonl');
    const good = (doc: string, text: string) => JSON.stringify({ doc, text });
    writeFileSync(
      file,
      [
        good('a.txt', '今年全市新建托位 300 个。'),
        '{"doc": "b.txt"',
        '',
        '"just a string"',
        good('c.txt', '该院去年接诊 1.2 万人次。'),
      ].join('\n'),
    );
    const { code, stdout, stderr } = cli(['extract', '--input', 'jsonl', '-t', 'figure', file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2: not JSON`);
    expect(stderr).toContain(`${file}:4: expected an object with a "doc" name and a "text" string`);
    expect(stderr.trim().split('\n')).toHaveLength(2);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((r) => [r.doc, r.value])).toEqual([
      ['a.txt', 300],
      ['c.txt', 12000],
    ]);
  });

  it('says which file cannot be read and goes on', () => {
    const file = path.join(dir, 'one.jsonl');
    writeFileSync(file, `${JSON.stringify({ doc: 'a.txt', text: '全市有医院 5 家。' })}\n`);
    const missing = path.join(dir, 'missing.jsonl');
    const { code, stdout, stderr } = cli(['extract', '--input', 'jsonl', missing, file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${missing}: no such file or directory`);
    expect(stdout).toContain('"doc":"a.txt"');
  });
});

describe('liaohealth extract --sort on files', () => {
  it('writes the pages in the order of their names, whatever the order of the arguments', () => {
    const pages = readdirSync(SEEDS)
      .sort()
      .map((name) => path.join(SEEDS, name));
    const sorted = cli(['extract', '--sort', ...[...pages].reverse()]);
    expect(sorted.code).toBe(0);
    expect(sorted.stdout).toBe(cli(['extract', ...pages]).stdout);
  });
});

describe('liaohealth check --records', () => {
  it('checks the records extract wrote as check does the pages, in any order', () => {
    const records = cli(['extract', SEEDS]).stdout;
    const shuffled = records.trim().split('\n').reverse().join('\n');
    const direct = cli(['check', '-f', 'json', SEEDS]);
    const fromRecords = cli(['check', '-f', 'json', '--records', '-'], shuffled);
    expect(fromRecords.stderr).toBe('');
    expect(fromRecords.code).toBe(direct.code);
    expect(fromRecords.stdout).toBe(direct.stdout);
  });

  it('calls a bad record an input error naming file and line, and checks the rest', () => {
    const lines = cli(['extract', '-t', 'figure', SEEDS]).stdout.trim().split('\n');
    const broken = JSON.stringify({ ...JSON.parse(lines[1]), value: 'many' });
    const file = path.join(dir, 'records.jsonl');
    writeFileSync(file, [lines[0], broken, 'not json', ...lines.slice(2)].join('\n'));
    const { code, stdout, stderr } = cli(['check', '-f', 'json', '--records', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}:2: not a record: value: `);
    expect(stderr).toContain(`${file}:3: not JSON`);
    const summary = JSON.parse(stdout).summary;
    expect(summary.figures).toBe(lines.length - 1);
    expect(summary.inputErrors).toBe(2);
  });

  it('reports the first ten bad lines of a file that is no JSON Lines, and counts the rest', () => {
    const page = path.join(SEEDS, readdirSync(SEEDS).sort()[0]);
    const nonBlank = readFileSync(page, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '').length;
    const { code, stderr } = cli(['check', '--records', page]);
    expect(code).toBe(2);
    const messages = stderr.trim().split('\n');
    expect(messages).toHaveLength(11);
    expect(messages[0]).toContain(`${page}:1: not JSON`);
    expect(messages[10]).toBe(`liaohealth: ${page}: ${nonBlank - 10} more bad lines skipped`);
  });
});
