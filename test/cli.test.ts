// End to end: the real binary (built by `npm test` before vitest runs) on the bundled pages.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiaohealthRecord } from '../src/records.js';

const BIN = path.resolve('bin/liaohealth.js');
const SEEDS = 'fixtures/seeds';
let dir: string;

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(stdout: string): LiaohealthRecord[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => LiaohealthRecord.parse(JSON.parse(line)));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaohealth-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('liaohealth extract on the bundled pages', () => {
  it('prints schema-valid records for every page, traceable to the original text', () => {
    const { code, stdout, stderr } = cli(['extract', SEEDS]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    const docs = new Set(records.map((r) => r.doc));
    expect([...docs].sort()).toEqual(readdirSync(SEEDS).sort());
    for (const r of records) {
      const original = [...readFileSync(path.join(SEEDS, r.doc), 'utf8')];
      expect(r.text).toBe(
        original
          .slice(r.start, r.end)
          .join('')
          .replace(/[\r\n]/g, ''),
      );
      const before = original.slice(0, r.start).join('');
      const line = before.split('\n').length;
      expect([r.line, r.column]).toEqual([line, r.start - before.lastIndexOf('\n')]);
      expect(r.sentence.replace(/\s/g, '')).toContain(r.text.replace(/\s/g, ''));
    }
  });

  it('writes a JSON array and CSV with the same records', () => {
    const jsonl = jsonLines(cli(['extract', SEEDS]).stdout);
    const json = JSON.parse(cli(['extract', '-f', 'json', SEEDS]).stdout) as unknown[];
    expect(json).toEqual(jsonl);
    const csv = cli(['extract', '-f', 'csv', SEEDS]).stdout;
    expect(csv.startsWith('\ufefftype,doc,article,headline,line,column,start,end,text,sentence')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(jsonl.length + 1);
  });

  it('gives a tidy table for one type: common columns and that type only, and no BOM when asked', () => {
    const { stdout } = cli(['extract', '-f', 'csv', '--no-bom', '-t', 'figure', SEEDS]);
    const header = stdout.split('\r\n')[0];
    expect(header).toBe(
      'type,doc,article,headline,line,column,start,end,text,sentence,value,min,max,unit,approx,kind,metric,scope,place,period,periodStart,periodEnd,asOf,aspect',
    );
  });

  it('adds the rule of every record with --explain, and a rule column to CSV', () => {
    const plain = jsonLines(cli(['extract', '-t', 'figure', SEEDS]).stdout);
    // The contract's records have no rule: --explain output is read as plain JSON.
    const explained = cli(['extract', '--explain', '-t', 'figure', SEEDS])
      .stdout.split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { rule?: unknown });
    expect(explained.map(({ rule, ...r }) => r)).toEqual(plain);
    expect(explained.every((r) => typeof r.rule === 'string' && r.rule)).toBe(true);
    const header = cli(['extract', '--explain', '-f', 'csv', '--no-bom', '-t', 'figure', SEEDS]).stdout.split(
      '\r\n',
    )[0];
    expect(header.endsWith(',aspect,rule')).toBe(true);
  });

  it('filters by type', () => {
    const records = jsonLines(cli(['extract', '-t', 'date,person', SEEDS]).stdout);
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['date', 'person']));
  });

  it('places the articles that name no place with --city, and says which names are no place', () => {
    const page = '目前,全市共有托育机构480家。';
    const place = (args: string[]) =>
      jsonLines(cli(['extract', '-t', 'figure', ...args], page).stdout).map(
        (r) => r.type === 'figure' && r.place,
      );
    expect(place([])).toEqual([null]);
    expect(place(['--city', '济宁市'])).toEqual(['山东省济宁市']);
    expect(place(['--city', '长春市朝阳区'])).toEqual(['吉林省长春市']); // 全市 in a district is its city
    for (const [name, reason] of [
      ['不存在', /不存在 is no division of China/],
      ['朝阳区', /朝阳区 names several divisions/],
    ] as const) {
      const r = cli(['extract', '--city', name], page);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(reason);
      expect(r.stdout).toBe('');
    }
  });

  it('reads stdin when given - or nothing', () => {
    const page = readFileSync(path.join(SEEDS, '000_fadbb070a4a8fd50.txt'), 'utf8');
    const fromFile = jsonLines(cli(['extract', path.join(SEEDS, '000_fadbb070a4a8fd50.txt')]).stdout);
    for (const args of [['extract', '-'], ['extract']]) {
      const { code, stdout } = cli(args, page);
      expect(code).toBe(0);
      const records = jsonLines(stdout);
      expect(records.every((r) => r.doc === '-')).toBe(true);
      expect(records.map((r) => ({ ...r, doc: 'x' }))).toEqual(fromFile.map((r) => ({ ...r, doc: 'x' })));
    }
  });

  it('writes --out atomically, and says so when the destination cannot be written', () => {
    const out = path.join(dir, 'records.jsonl');
    expect(cli(['extract', '-o', out, SEEDS]).code).toBe(0);
    expect(jsonLines(readFileSync(out, 'utf8')).length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const bad = cli(['extract', '-o', path.join(dir, 'missing', 'x.jsonl'), SEEDS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing\/x\.jsonl: cannot write/);
    expect(bad.stdout).toBe('');
  });
});

describe('liaohealth extract on hand-made pages (fixtures/cases)', () => {
  const records = () => jsonLines(cli(['extract', 'fixtures/cases']).stdout);
  const brief = (r: LiaohealthRecord) => {
    switch (r.type) {
      case 'figure':
        return `${r.type} ${r.text} ${r.value ?? `${r.min}..${r.max}`} ${r.unit} ${r.approx} ${r.metric}`;
      case 'date':
        return `${r.type} ${r.text} ${r.value}`;
      case 'person':
        return `${r.type} ${r.name} ${r.role} ${r.org}`;
      case 'institution':
        return `${r.type} ${r.name} ${r.canonical} ${r.category}`;
    }
  };

  it('finds what a reader would on a page the rules were not written against', () => {
    const found = records().map(brief);
    expect(found).toEqual(
      expect.arrayContaining([
        'figure 36处 36 处 exact 村卫生室',
        'figure 76.5% 76.5 % exact 家庭医生签约率',
        'figure 3.2个百分点 3.2 个百分点 exact 家庭医生签约率',
        'figure 65岁及以上 65 岁 at_least 老年人',
        'figure 1.8万余人次 18000 人次 more_than 老年人免费体检',
        'figure 20名 20 名 at_least 高层次人才',
        'figure 2至3次 2..3 次 exact 随访',
        'figure 2.3万剂次 23000 剂次 exact 适龄儿童疫苗接种',
        'date 4月底 --04',
        'date 2027年底 2027',
        'person 王小明 作者 null',
        'person 赵建国 院长 临清市人民医院',
        'person 马骏 记者 null',
        'person 孙丽 通讯员 null',
        'person 黄立新 主任 县疾控中心', // org as written; the institution record there says which county
        'institution 市三院 聊城市第三人民医院 hospital',
        'institution 石佛镇中心卫生院 阳谷县石佛镇中心卫生院 primary_care',
        'institution 市疾控中心 临清市疾病预防控制中心 public_health', // the page is about 临清市: its 市 is 临清市
      ]),
    );
  });

  it('keeps a headline under its text with the article above it', () => {
    const headlines = new Set(
      records()
        .filter((r) => r.doc === 'clinic-outreach.txt' && r.article === 0)
        .map((r) => r.headline),
    );
    expect([...headlines]).toEqual(['市三院义诊进社区']);
  });
});

describe('liaohealth extract on bad input', () => {
  it('reports a missing file by name, goes on with the others, and exits 1', () => {
    const { code, stdout, stderr } = cli([
      'extract',
      path.join(dir, 'nope.txt'),
      path.join(SEEDS, '002_95431d6acb00e9bf.txt'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(`liaohealth: ${path.join(dir, 'nope.txt')}: no such file or directory\n`);
    expect(jsonLines(stdout).length).toBeGreaterThan(0);
  });

  it('skips a binary file with a clear reason', () => {
    const binary = path.join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const { code, stderr } = cli(['extract', binary]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${binary}: binary file`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a file a worker thread cannot read as one read here would be, in its place', () => {
    const binary = path.join(dir, 'image-among-pages.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const pages = readdirSync(SEEDS).map((name) => path.join(SEEDS, name));
    const inputs = [pages[0], binary, ...pages.slice(1)];
    const one = cli(['extract', '--jobs', '1', ...inputs]);
    // Threads from the first page, which read their files themselves.
    const two = spawnSync(process.execPath, [BIN, 'extract', '--jobs', '2', ...inputs], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LIAOHEALTH_THREADS_AFTER: '0' },
    });
    expect(one.code).toBe(1);
    expect(one.stderr.split('\n')).toEqual([
      expect.stringContaining(`liaohealth: ${binary}: binary file`),
      '',
    ]);
    expect(two.status).toBe(1);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
  });

  it('starts no worker thread for --jobs 2 on files too small to repay one', () => {
    // A preload that reports every worker thread the process starts.
    const watch = path.join(dir, 'watch-threads.cjs');
    writeFileSync(
      watch,
      `const threads = require('node:worker_threads');
const Worker = threads.Worker;
threads.Worker = class extends Worker { constructor(...args) { process.stderr.write('thread started\\n'); super(...args); } };
require('node:module').syncBuiltinESMExports();`,
    );
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--require', watch, BIN, 'extract', '--jobs', '2', SEEDS], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
      });
    const small = run({});
    expect(small.status).toBe(0);
    expect(small.stderr).toBe('');
    // The same files, with the threshold at nothing: the watch does see threads.
    const forced = run({ LIAOHEALTH_THREADS_AFTER: '0' });
    expect(forced.stderr).toContain('thread started');
    expect(forced.stdout).toBe(small.stdout);
  });

  it('reads GBK text', () => {
    const gbk = path.join(dir, 'gbk.txt');
    // 托育机构达477家。 in GBK
    writeFileSync(gbk, Buffer.from('cdd0d3fdbbfab9b9b4ef343737bcd2a1a3', 'hex'));
    const { code, stdout, stderr } = cli(['extract', '-t', 'figure', gbk]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records.map((r) => r.text)).toEqual(['477家']);
  });

  it('walks directories for .txt files, or for the extensions asked for', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'sub'), { recursive: true });
    writeFileSync(path.join(tree, 'sub', 'a.txt'), '托育机构达477家。');
    writeFileSync(path.join(tree, 'b.md'), '托位2.9万个。');
    const docs = (args: string[]) => [
      ...new Set(jsonLines(cli(['extract', '-t', 'figure', ...args, tree]).stdout).map((r) => r.doc)),
    ];
    expect(docs([])).toEqual(['sub/a.txt']);
    expect(docs(['--ext', 'md,txt'])).toEqual(['b.md', 'sub/a.txt']);
  });

  it('rejects usage mistakes with exit 2 and one clear message', () => {
    const badType = cli(['extract', '-t', 'figures', SEEDS]);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain("option '-t, --types <list>' argument 'figures' is invalid");
    const badDate = cli(['extract', '--ref-date', '2026-02-30', SEEDS]);
    expect(badDate.code).toBe(2);
    const badFormat = cli(['extract', '-f', 'xml', SEEDS]);
    expect(badFormat.code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });
});

describe('other commands', () => {
  it('shows examples in help', () => {
    expect(cli(['--help']).stdout).toContain('Examples:');
    expect(cli(['extract', '--help']).stdout).toContain('Examples:');
  });

  it('answers --version and --help without loading jieba, its dictionary or the gazetteer', () => {
    // A preload that reports, on stderr, every native addon and data file the process opens.
    const watch = path.join(dir, 'watch-loads.cjs');
    writeFileSync(
      watch,
      `const fs = require('node:fs');
const dlopen = process.dlopen;
process.dlopen = (module, file, ...rest) => { process.stderr.write('loaded ' + file + '\\n'); return dlopen(module, file, ...rest); };
const read = fs.readFileSync;
fs.readFileSync = (file, ...rest) => { if (/dict\\.txt|gazetteer/.test(String(file))) process.stderr.write('loaded ' + file + '\\n'); return read(file, ...rest); };`,
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--require', watch, BIN, ...args], { encoding: 'utf8' });
    for (const args of [
      ['--version'],
      ['--help'],
      ['extract', '--help'],
      ['check', '--help'],
      ['tokenize', '--help'],
    ]) {
      const { status, stdout, stderr } = run(args);
      expect(status, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).not.toBe('');
      expect(stderr, args.join(' ')).toBe('');
    }
    // The watch itself works: extracting loads all three.
    expect(run(['extract', SEEDS]).stderr.match(/^loaded .*(?:jieba|dict\.txt|gazetteer).*$/gm)).toHaveLength(
      3,
    );
  });

  it('prints the JSON Schema of the records', () => {
    const schema = JSON.parse(cli(['schema']).stdout);
    expect(schema.oneOf).toHaveLength(4);
    expect(schema.oneOf[0].properties.type.const).toBe('figure');
  });

  it('tokenizes with offsets into the original', () => {
    const { stdout, code } = cli(['tokenize', '-'], '托育服务机构发展到 501 家');
    expect(code).toBe(0);
    const tokens = stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(tokens.map((t) => t.text)).toContain('501');
    const original = [...'托育服务机构发展到 501 家'];
    for (const t of tokens) expect(original.slice(t.start, t.end).join('')).toBe(t.text);
  });

  it('writes no stack trace when the output is cut short', () => {
    for (const args of [`extract ${SEEDS}`, '--help']) {
      const result = spawnSync('bash', ['-c', `node ${BIN} ${args} | head -1`], { encoding: 'utf8' });
      expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(result.stderr).toBe('');
    }
  });

  it.runIf(existsSync('/dev/full'))(
    'says in one line when the output cannot be written (a full disk), exit 2',
    () => {
      for (const target of [['-o', '/dev/full'], []]) {
        const result = spawnSync(
          'bash',
          ['-c', `node ${BIN} extract ${target.join(' ')} ${SEEDS} ${target.length ? '' : '> /dev/full'}`],
          { encoding: 'utf8' },
        );
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(
          /^liaohealth: (\/dev\/full|stdout): cannot write: .*no space left on device/i,
        );
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
    },
  );

  it('writes --out to a device as it is, never renaming a file over it', () => {
    expect(cli(['extract', '-o', '/dev/null', SEEDS]).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
