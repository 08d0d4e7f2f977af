// Properties of extraction over random text and mutated seed pages (issue 7): it never throws,
// every record passes the schema, its text is the original's characters from start to end
// (line breaks removed) and its line and column agree with start; a large document cut into
// chunks keeps all of that; --jobs 1 and --jobs 2 write the same bytes.

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
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBatches, extractRecords } from '../src/engine/extract.js';
import { LiaohealthRecord } from '../src/records.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = path.join(ROOT, 'fixtures', 'seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

/** Pieces random text is made of: CJK (with an astral character), numbers, units, layout. */
const PIECES = [
  ...'聊城市卫生健康委员会人民医院托育机构服务中心张月莲马卫红金增秀记者通讯员报道全县区镇街道',
  ...'年月日今去近目前共有达超过约余多万亿千百十九八七六五四三二一〇两个家元人次岁名床位%％',
  ...'0123456789０１２３４５６７８９.．',
  ' ',
  '  ',
  '\u3000',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\n \n',
  ...'，。、：；！？“”（）()《》—…■□#',
  '𠮷',
  '𩸽',
  '\ufeff',
  '本报讯',
  '■ 金增秀 周长才',
  '记者 陶春燕',
  '2024年3月11日',
  '3.12万个',
  '501 家',
  '1.9 亿元',
  '5至10分钟',
  '七成',
  '近百例',
  '市人民医院',
  '东阿县疾控中心',
  '副市长',
  '主任',
  '（化名）',
  '千人口托位数',
  '个百分点',
];

const randomText = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));

/** A seed page changed by a few edits: cut, duplicated, spliced with random text, reflowed. */
const mutatedPage = fc
  .tuple(
    fc.nat(seeds.length - 1),
    fc.array(
      fc.tuple(
        fc.constantFrom('delete', 'duplicate', 'insert', 'newline', 'join', 'digits', 'swap', 'swap'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(400),
        randomText,
      ),
      { maxLength: 8 },
    ),
  )
  .map(([seed, edits]) => {
    let text = seeds[seed];
    for (const [op, where, length, insert] of edits) {
      const at = Math.floor(where * text.length);
      const end = Math.min(text.length, at + length);
      if (op === 'delete') text = text.slice(0, at) + text.slice(end);
      else if (op === 'duplicate') text = text.slice(0, end) + text.slice(at, end) + text.slice(end);
      else if (op === 'insert') text = text.slice(0, at) + insert + text.slice(at);
      else if (op === 'newline') text = `${text.slice(0, at)}\n${text.slice(at)}`;
      else if (op === 'swap') text = swapParagraphs(text, where);
      else if (op === 'join')
        text = text.slice(0, at) + text.slice(at, end).replace(/\n/g, '') + text.slice(end);
      else
        text =
          text.slice(0, at) +
          text.slice(at, end).replace(/\d/g, (d) => String((+d * 7 + length) % 10)) +
          text.slice(end);
    }
    // Edits at UTF-16 positions may split a surrogate pair; the readers never produce one.
    return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  });

/** Pages that once broke the pipeline, found by the benchmark's generated corpus. */
const FOUND: string[] = [
  // A headline and a titled byline closing the page, after a lead (segment: article past the last block).
  [
    '呼吸道传染病哨点监测任务，规范处置其他感染性腹泻病聚集性疫',
    '了疫情通报机制，就人兽共患病进行不定期反馈报告。',
    '扎实做好传染病防控',
    '本报讯（刘庆功） 4月19日，聊城市基层卫生协会在阳谷县中',
    '娠会诊转诊597人。',
    '双擎聚力助好“孕”全程守护启新程',
    '聊城江北水城旅游度假区卫生和计划生育局局长 王锋',
  ].join('\n'),
];

/** The paragraph around `where` (a share of the text) swapped with the next one: layouts vary. */
function swapParagraphs(text: string, where: number): string {
  const paragraphs = text.split(/\n[ \t\u3000]*\n/);
  const i = Math.min(paragraphs.length - 2, Math.floor(where * paragraphs.length));
  if (i < 0) return text;
  [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1], paragraphs[i]];
  return paragraphs.join('\n\n');
}

/** The properties every record of `original` must have. */
function expectConsistent(original: string, records: LiaohealthRecord[]): void {
  const cps = [...original];
  const lineStarts = [0];
  cps.forEach((c, i) => {
    if (c === '\n') lineStarts.push(i + 1);
  });
  let lastArticle = 0;
  for (const r of records) {
    expect(LiaohealthRecord.safeParse(r).success).toBe(true);
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(cps.length);
    expect(r.text).toBe(
      cps
        .slice(r.start, r.end)
        .join('')
        .replace(/[\r\n]/g, ''),
    );
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= r.start) line++;
    expect(r.line).toBe(line + 1);
    expect(r.column).toBe(r.start - lineStarts[line] + 1);
    expect(r.sentence).toContain(r.text.replace(/\s+/g, '').slice(0, 1));
    expect(r.article).toBeGreaterThanOrEqual(lastArticle);
    lastArticle = r.article;
  }
}

describe('extractRecords on random and mutated text', () => {
  it('random text: never throws, every record valid and pointing at the text', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        expectConsistent(text, extractRecords(text, { doc: 'random.txt' }));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated seed pages: never throws, every record valid and pointing at the text', () => {
    fc.assert(
      fc.property(mutatedPage, (text) => {
        expectConsistent(text, extractRecords(text, { doc: 'page.txt', refDate: '2026-03-11' }));
      }),
      { numRuns: 40, examples: FOUND.map((text) => [text]) },
    );
  });

  it('chunked extraction (a large document) keeps records valid, in order, pointing at the text', () => {
    fc.assert(
      fc.property(
        fc.array(mutatedPage, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 2_000, max: 20_000 }),
        (pages, chunk) => {
          const text = pages.join('\n\n');
          const records = [...extractBatches(text, { doc: 'big.txt' }, chunk)].flat();
          expectConsistent(text, records);
          for (let i = 1; i < records.length; i++)
            expect(records[i].start).toBeGreaterThanOrEqual(records[i - 1].start);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a document under the chunk size gives the same records whether chunked or not', () => {
    for (const page of seeds)
      expect([...extractBatches(page, { doc: 'p' })].flat()).toEqual(extractRecords(page, { doc: 'p' }));
  });
});

describe('--jobs 1 and --jobs 2 write the same bytes', () => {
  const CLI = path.join(ROOT, 'bin', 'liaohealth.js');

  it('on generated corpora of mutated pages (one large enough to be chunked), in every format', () => {
    expect(existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/ is missing: run `npm run build` first').toBe(
      true,
    );
    const dir = mkdtempSync(path.join(os.tmpdir(), 'liaohealth-jobs-'));
    try {
      fc.assert(
        fc.property(
          fc.array(mutatedPage, { minLength: 3, maxLength: 12 }),
          fc.constantFrom('jsonl', 'json', 'csv'),
          fc.boolean(),
          (pages, format, large) => {
            const corpus = path.join(dir, `c${readdirSync(dir).length}`);
            mkdirSync(path.join(corpus, 'sub'), { recursive: true });
            pages.forEach((p, i) => {
              writeFileSync(path.join(corpus, i % 3 ? 'sub' : '', `${String(i).padStart(2, '0')}.txt`), p);
            });
            // Over 2^16 UTF-16 units: a worker returns it in several batches.
            if (large)
              writeFileSync(
                path.join(corpus, 'large.txt'),
                pages.join('\n\n').repeat(Math.ceil(300_000 / pages.join('\n\n').length)),
              );
            // Threads from the first page (they would not start on so small an input).
            const env = { ...process.env, LIAOHEALTH_THREADS_AFTER: '0' };
            const run = (jobs: string) =>
              spawnSync(process.execPath, [CLI, 'extract', '--jobs', jobs, '-f', format, corpus], {
                encoding: 'utf8',
                maxBuffer: 1 << 30,
                env,
              });
            const one = run('1');
            const two = run('2');
            expect([0, 1]).toContain(one.status);
            expect(two.status).toBe(one.status);
            expect(two.stderr).toBe(one.stderr);
            expect(two.stdout).toBe(one.stdout);
            expect(one.stdout.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 4 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
