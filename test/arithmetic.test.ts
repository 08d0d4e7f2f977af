// Arithmetic checks as a corpus: pages of our own, each run through extract then check, with
// exactly the relations that must be reported (none for the consistent ones).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../src/check/arithmetic.js';
import { extractRecords } from '../src/pipeline/extract.js';
import type { FigureRecord } from '../src/records.js';

interface Example {
  /** One page per string (each its own document). */
  pages: string[];
  tolerance?: number;
  /** What must be reported: relation, severity, computed value, stated values; [] for none. */
  expect: { relation: string; severity: string; computed: number; stated: number[] }[];
}

const EXAMPLES: Example[] = [
  // Shares: part / share against the whole stated in the same article, else in another one.
  { pages: ['截至今年6月底，全市共有养老机构350家，其中民办养老机构238家，占养老机构总数的68%。'], expect: [] },
  {
    pages: ['截至今年6月底，全市共有养老机构350家，其中民办养老机构238家，占养老机构总数的72%。'],
    expect: [{ relation: 'share', severity: 'error', computed: 330.556, stated: [350] }],
  },
  { pages: ['全市现有养老机构350家。', '全市民办养老机构达238家，占养老机构总数的68%。'], expect: [] },
  {
    pages: ['全市现有养老机构350家。', '全市民办养老机构达238家，占养老机构总数的72%。'],
    expect: [{ relation: 'share', severity: 'error', computed: 330.556, stated: [350] }],
  },
  // 69% implies 344.9, 1.5% off 350: within a 2% tolerance, so only a warning.
  {
    pages: ['截至今年6月底，全市共有养老机构350家，其中民办养老机构238家，占养老机构总数的69%。'],
    tolerance: 0.02,
    expect: [{ relation: 'share', severity: 'warning', computed: 344.928, stated: [350] }],
  },
  // A share of nothing named (占比) implies no whole.
  { pages: ['全市现有养老机构350家。', '全市民办养老机构238家，占比72%。'], expect: [] },

  // Totals: the parts after 其中 add up to the total; a list ending in 等 names only some.
  { pages: ['全县养老机构共有11家，其中城区5家、北部乡镇4家、南部乡镇2家。'], expect: [] },
  {
    pages: ['全县养老机构共有12家，其中城区5家、北部乡镇4家、南部乡镇2家。'],
    expect: [{ relation: 'total', severity: 'error', computed: 11, stated: [12] }],
  },
  { pages: ['全县养老机构共有12家，其中城区5家、北部乡镇4家等。'], expect: [] },
  {
    pages: ['全县养老机构共有8家，其中城区5家、北部乡镇4家等。'],
    expect: [{ relation: 'total', severity: 'error', computed: 9, stated: [8] }],
  },

  // Changes: relative (增长50%), in the same unit (1.9岁), in percentage points, up and down.
  { pages: ['全市三级医院由6家增加到9家，增长50%。'], expect: [] },
  {
    pages: ['全市三级医院由6家增加到9家，增长40%。'],
    expect: [{ relation: 'change', severity: 'error', computed: 50, stated: [40] }],
  },
  { pages: ['全市居民人均预期寿命从77.2岁上升到79.1岁，提高1.9岁。'], expect: [] },
  {
    pages: ['全市居民人均预期寿命从77.2岁上升到79.1岁，提高2.1岁。'],
    expect: [{ relation: 'change', severity: 'error', computed: 1.9, stated: [2.1] }],
  },
  { pages: ['全市孕产妇系统管理率由90.5%提高到93%，提高2.5个百分点。'], expect: [] },
  {
    pages: ['全市孕产妇系统管理率由90.5%提高到93%，提高3.5个百分点。'],
    expect: [{ relation: 'change', severity: 'error', computed: 2.5, stated: [3.5] }],
  },
  { pages: ['全市门诊输液率由35.2%下降到28.7%，下降6.5个百分点。'], expect: [] },
  {
    pages: ['全市门诊输液率由35.2%下降到28.7%，下降5.5个百分点。'],
    expect: [{ relation: 'change', severity: 'error', computed: -6.5, stated: [-5.5] }],
  },

  // Rates: two rates per population of one place and period imply one population.
  { pages: ['全市现有注册护士1.2万名，每千人口注册护士数2.4人。全市现有执业医师1.5万名，每千人口执业医师数3.0人。'], expect: [] },
  {
    pages: ['全市现有注册护士1.2万名，每千人口注册护士数2.4人。全市现有执业医师1.5万名，每千人口执业医师数3.4人。'],
    expect: [{ relation: 'rate', severity: 'error', computed: 4411764.706, stated: [5000000] }],
  },
];

function figuresOf(pages: string[]): FigureRecord[] {
  return pages.flatMap((text, i) => extractRecords(text, { doc: `page${i}.txt`, types: ['figure', 'date'], refDate: '2025-06-30', city: '聊城' })).filter((r): r is FigureRecord => r.type === 'figure');
}

describe('arithmetic corpus', () => {
  for (const example of EXAMPLES) {
    it(`${example.expect.length ? example.expect.map((e) => `${e.severity} ${e.relation}`).join(', ') : 'nothing'}: ${example.pages.join(' | ')}`, () => {
      const found = checkArithmetic(figuresOf(example.pages), { tolerance: example.tolerance ?? 0 });
      expect(found.map(({ relation, severity, computed, stated }) => ({ relation, severity, computed, stated }))).toEqual(example.expect);
    });
  }
});

describe('arithmetic findings', () => {
  it('name every figure involved with its document, line, sentence and role', () => {
    const [found] = checkArithmetic(figuresOf(['全县养老机构共有12家，其中城区5家、北部乡镇4家、南部乡镇2家。']));
    expect(found.figures.map((f) => [f.role, f.text, f.doc, f.line])).toEqual([
      ['total', '12家', 'page0.txt', 1],
      ['part', '5家', 'page0.txt', 1],
      ['part', '4家', 'page0.txt', 1],
      ['part', '2家', 'page0.txt', 1],
    ]);
    expect(found.figures[0].sentence).toBe('全县养老机构共有12家，其中城区5家、北部乡镇4家、南部乡镇2家。');
    expect(found.explanation).toBe('5 + 4 + 2 = 11; stated total: 12');
  });
});

describe('arithmetic on the seed pages', () => {
  const dir = 'fixtures/seeds';
  const figures = readdirSync(dir)
    .sort()
    .flatMap((file) => extractRecords(readFileSync(`${dir}/${file}`, 'utf8'), { doc: file, types: ['figure', 'date'] }))
    .filter((r): r is FigureRecord => r.type === 'figure');

  it('report 420个 at 85.7% (about 490) against the 477 and 501 stated elsewhere, and nothing else', () => {
    const found = checkArithmetic(figures);
    expect(found.map((f) => [f.relation, f.severity, f.metric, Math.round(f.computed)])).toEqual([['share', 'error', '托育机构', 490]]);
    const figuresByRole = found[0].figures.map((f) => `${f.role} ${f.text.replace(/\s+/g, '')}`);
    expect(figuresByRole).toEqual(expect.arrayContaining(['part 420个', 'share 85.7%', 'whole 477家', 'whole 501家']));
    // 428 of 477 = 89.7% and 427 at 85.2% (of 501) add up.
    expect(figuresByRole.join(' ')).not.toMatch(/428|427|89\.7|85\.2/);
  });
});
