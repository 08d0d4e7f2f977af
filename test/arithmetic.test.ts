// Arithmetic checks as a corpus: pages of our own, each run through extract then check, with
// exactly the relations that must be reported (none for the consistent ones).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../src/check/arithmetic.js';
import { Chalk } from 'chalk';
import { formatCsv, formatGithub, formatJson, formatJunit, formatText } from '../src/check/formats.js';
import { formatHtml } from '../src/check/html.js';
import { checkRecords } from '../src/check/report.js';
import { extractRecords } from '../src/engine/extract.js';
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
  {
    pages: ['截至今年6月底，全市共有养老机构350家，其中民办养老机构238家，占养老机构总数的68%。'],
    expect: [],
  },
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

  // Totals: the parts after 其中 add up to the total; a list ending in 等 names only some. Parts
  // that exceed the total are an error; parts short of it a warning (其中 may name some kinds only).
  { pages: ['全县养老机构共有11家，其中城区5家、北部乡镇4家、南部乡镇2家。'], expect: [] },
  {
    pages: ['全县养老机构共有10家，其中城区5家、北部乡镇4家、南部乡镇2家。'],
    expect: [{ relation: 'total', severity: 'error', computed: 11, stated: [10] }],
  },
  {
    pages: ['全县养老机构共有12家，其中城区5家、北部乡镇4家、南部乡镇2家。'],
    expect: [{ relation: 'total', severity: 'warning', computed: 11, stated: [12] }],
  },
  {
    pages: ['全市卫生技术人员共有6.2万人，其中执业(助理)医师2.4万人、注册护士2.9万人。'],
    expect: [{ relation: 'total', severity: 'warning', computed: 53000, stated: [62000] }],
  },
  { pages: ['全县养老机构共有12家，其中城区5家、北部乡镇4家等。'], expect: [] },
  {
    pages: ['全县共8家养老机构，其中城区5家、北部乡镇4家。'],
    expect: [{ relation: 'total', severity: 'error', computed: 9, stated: [8] }],
  },
  // 共 in 公共 makes no total: 38 is not the sum of the parts that follow.
  { pages: ['全县公共卫生机构38家，其中疾控中心1家、妇幼保健院1家。'], expect: [] },
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

  // Year on year: the level now and the level a year before, stated elsewhere, imply the change.
  {
    pages: [
      '2025年，全市医疗机构门诊量达1200万人次，同比增长9.1%。',
      '2024年，全市医疗机构门诊量1100万人次。',
    ],
    expect: [],
  },
  {
    pages: ['2025年，全市医疗机构门诊量达1200万人次，同比增长8%。', '2024年，全市医疗机构门诊量1100万人次。'],
    expect: [{ relation: 'change', severity: 'error', computed: 9.091, stated: [8] }],
  },
  {
    pages: [
      '2025年全市孕产妇系统管理率达93.5%，同比提高1.2个百分点。',
      '2024年全市孕产妇系统管理率为92.3%。',
    ],
    expect: [],
  },
  {
    pages: [
      '2025年全市孕产妇系统管理率达93.5%，同比下降1.2个百分点。',
      '2024年全市孕产妇系统管理率为92.3%。',
    ],
    expect: [{ relation: 'change', severity: 'error', computed: 1.2, stated: [-1.2] }],
  },
  // Half a year against the same half a year before; a whole year is not the same period.
  {
    pages: ['今年上半年，全市住院量达32万人次，比上年同期增长5%。', '2024年上半年，全市住院量为28万人次。'],
    expect: [{ relation: 'change', severity: 'error', computed: 14.286, stated: [5] }],
  },
  {
    pages: ['今年上半年，全市住院量达32万人次，比上年同期增长5%。', '2024年，全市住院量为60万人次。'],
    expect: [],
  },

  // 万人次 is no population base.
  {
    pages: ['全市门诊量120万人次，万人次门诊投诉数0.5件。全市现有执业医师1.5万名，每千人口执业医师数3.0人。'],
    expect: [],
  },

  // Rates: two rates per population of one place and period imply one population.
  {
    pages: [
      '全市现有注册护士1.2万名，每千人口注册护士数2.4人。全市现有执业医师1.5万名，每千人口执业医师数3.0人。',
    ],
    expect: [],
  },
  {
    pages: [
      '全市现有注册护士1.2万名，每千人口注册护士数2.4人。全市现有执业医师1.5万名，每千人口执业医师数3.4人。',
    ],
    expect: [{ relation: 'rate', severity: 'error', computed: 4411764.706, stated: [5000000] }],
  },
];

function figuresOf(pages: string[]): FigureRecord[] {
  return pages
    .flatMap((text, i) =>
      extractRecords(text, {
        doc: `page${i}.txt`,
        types: ['figure', 'date'],
        refDate: '2025-06-30',
        city: '聊城',
      }),
    )
    .filter((r): r is FigureRecord => r.type === 'figure');
}

describe('arithmetic corpus', () => {
  for (const example of EXAMPLES) {
    it(`${example.expect.length ? example.expect.map((e) => `${e.severity} ${e.relation}`).join(', ') : 'nothing'}: ${example.pages.join(' | ')}`, () => {
      const found = checkArithmetic(figuresOf(example.pages), { tolerance: example.tolerance ?? 0 });
      expect(
        found.map(({ relation, severity, computed, stated }) => ({ relation, severity, computed, stated })),
      ).toEqual(example.expect);
    });
  }
});

describe('arithmetic findings', () => {
  it('name every figure involved with its document, line, sentence and role', () => {
    const [found] = checkArithmetic(
      figuresOf(['全县养老机构共有10家，其中城区5家、北部乡镇4家、南部乡镇2家。']),
    );
    expect(found.figures.map((f) => [f.role, f.text, f.doc, f.line])).toEqual([
      ['total', '10家', 'page0.txt', 1],
      ['part', '5家', 'page0.txt', 1],
      ['part', '4家', 'page0.txt', 1],
      ['part', '2家', 'page0.txt', 1],
    ]);
    expect(found.figures[0].sentence).toBe('全县养老机构共有10家，其中城区5家、北部乡镇4家、南部乡镇2家。');
    expect(found.explanation).toBe('5 + 4 + 2 = 11; stated total: 10');
  });

  it('say "short" only of parts under their total, not of parts over it within the tolerance', () => {
    const [over] = checkArithmetic(figuresOf(['全县养老机构共有100家，其中城区51家、乡镇50家。']), {
      tolerance: 0.02,
    });
    expect([over.severity, over.explanation]).toEqual(['warning', '51 + 50 = 101; stated total: 100']);
    const [under] = checkArithmetic(figuresOf(['全县养老机构共有100家，其中城区40家、乡镇50家。']));
    expect([under.severity, under.explanation]).toEqual([
      'warning',
      '40 + 50 = 90; stated total: 100 (short of it: is a part not listed?)',
    ]);
  });

  it('count in the summary and can be turned off', () => {
    const figures = figuresOf(['全市三级医院由6家增加到9家，增长40%。']);
    expect(checkRecords(figures).summary.errors).toBe(1);
    const off = checkRecords(figures, { arithmetic: false });
    expect(off.arithmetic).toEqual([]);
    expect(off.summary.errors).toBe(0);
  });
});

describe('arithmetic on the seed pages', () => {
  const dir = 'fixtures/seeds';
  const figures = readdirSync(dir)
    .sort()
    .flatMap((file) =>
      extractRecords(readFileSync(`${dir}/${file}`, 'utf8'), { doc: file, types: ['figure', 'date'] }),
    )
    .filter((r): r is FigureRecord => r.type === 'figure');

  it('report 420个 at 85.7% (about 490) against the 477 and 501 stated elsewhere, and nothing else', () => {
    const found = checkArithmetic(figures);
    expect(found.map((f) => [f.relation, f.severity, f.metric, Math.round(f.computed)])).toEqual([
      ['share', 'error', '托育机构', 490],
    ]);
    const figuresByRole = found[0].figures.map((f) => `${f.role} ${f.text.replace(/\s+/g, '')}`);
    expect(figuresByRole).toEqual(
      expect.arrayContaining(['part 420个', 'share 85.7%', 'whole 477家', 'whole 501家']),
    );
    // 428 of 477 = 89.7% and 427 at 85.2% (of 501) add up.
    expect(figuresByRole.join(' ')).not.toMatch(/428|427|89\.7|85\.2/);
  });
});

describe('the arithmetic group kind in every check format', () => {
  const report = checkRecords(
    figuresOf([
      '全县养老机构共有10家，其中城区5家、北部乡镇4家、南部乡镇2家。',
      '全市三级医院由6家增加到9家，增长40%。',
    ]),
  );
  const explanations = ['5 + 4 + 2 = 11; stated total: 10', '6家 -> 9家 is +50%; stated: +40%'];

  it('text: the relation, what it computes, each figure with its role, source and sentence', () => {
    const text = formatText(report, new Chalk({ level: 0 }));
    expect(text).toContain('error arithmetic · total · 养老机构');
    expect(text).toContain('does not add up: 5 + 4 + 2 = 11; stated total: 10');
    expect(text).toMatch(/total 10家\s+page0\.txt:1/);
    expect(text).toMatch(/from 6家\s+page1\.txt:1/);
    // Figures of one sentence show it once.
    expect(text.split('全县养老机构共有10家，其中城区5家、北部乡镇4家、南部乡镇2家。')).toHaveLength(2);
    expect(text).toMatch(/2 errors, 0 warnings/);
  });

  it('json: an "arithmetic" list with relation, computed and stated values, and every figure', () => {
    const json = JSON.parse(formatJson(report));
    expect(Object.keys(json)).toEqual(['groups', 'arithmetic', 'names', 'baselineGone', 'summary']);
    expect(
      json.arithmetic.map((a: { relation: string; computed: number; stated: number[] }) => [
        a.relation,
        a.computed,
        a.stated,
      ]),
    ).toEqual([
      ['total', 11, [10]],
      ['change', 50, [40]],
    ]);
    expect(Object.keys(json.arithmetic[0].figures[0])).toEqual([
      'role',
      'value',
      'min',
      'max',
      'approx',
      'unit',
      'doc',
      'line',
      'article',
      'headline',
      'period',
      'periodStart',
      'periodEnd',
      'asOf',
      'sentence',
      'text',
    ]);
  });

  it('github, junit, csv and html: one item per finding', () => {
    const github = formatGithub(report);
    expect(github.commands.match(/^::error .*title=arithmetic · total/gm)).toHaveLength(1);
    for (const e of explanations) expect(github.summary).toContain(e.replace(/>/g, '&gt;'));
    const junit = formatJunit(report);
    expect(junit.match(/classname="liaohealth.check.arithmetic"/g)).toHaveLength(2);
    expect(junit).toContain('failures="2"');
    const rows = formatCsv(report, { bom: false }).trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.split(',')[1] === 'arithmetic')).toBe(true);
    const html = formatHtml(report);
    expect(html.match(/<article class="card error arithmetic"/g)).toHaveLength(2);
  });

  it('a warning within --tolerance keeps its severity in every format', () => {
    const warning = checkRecords(
      figuresOf(['截至今年6月底，全市共有养老机构350家，其中民办养老机构238家，占养老机构总数的69%。']),
      { tolerance: 0.02 },
    );
    expect(warning.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(formatGithub(warning).commands).toMatch(/^::warning .*title=arithmetic · share/m);
    expect(formatJunit(warning)).toContain('failures="0"');
  });
});

// The relations alone (no claims: toClaims, shared with the groups, reads each figure's whole
// sentence, which a sentence of 100,000 figures makes quadratic; see the report to the lead).
describe('arithmetic on hostile text', () => {
  /** Records for the figures of one sentence, as extract would place them. */
  function sentenceOf(sentence: string, figures: [string, number, string][]): FigureRecord[] {
    return figures.map(([text, value, unit], i) => ({
      type: 'figure',
      doc: 'hostile.txt',
      article: 0,
      headline: null,
      line: 1,
      column: 1,
      start: i,
      end: i + 1,
      text,
      sentence,
      value,
      min: null,
      max: null,
      unit,
      approx: 'exact',
      kind: unit === '%' ? 'percent' : 'count',
      metric: '机构',
      scope: null,
      place: '山东省聊城市',
      period: null,
      periodStart: null,
      periodEnd: null,
      asOf: null,
      aspect: 'state',
    }));
  }

  it('one sentence of 100,000 figures without punctuation takes linear time', () => {
    const started = performance.now();
    expect(
      checkArithmetic(
        sentenceOf(
          '共有1家'.repeat(100_000),
          Array.from({ length: 100_000 }, () => ['1家', 1, '家']),
        ),
        {},
        [],
      ),
    ).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('10,000 totals and changes in one sentence are each read on their own', () => {
    const unit: [string, number, string][] = [
      ['3家', 3, '家'],
      ['1家', 1, '家'],
      ['1家', 1, '家'],
      ['1家', 1, '家'],
      ['1家', 1, '家'],
      ['2家', 2, '家'],
      ['50%', 50, '%'],
    ];
    const started = performance.now();
    const found = checkArithmetic(
      sentenceOf(
        '共有3家，其中1家、1家、1家；由1家增加到2家，增长50%；'.repeat(10_000),
        Array.from({ length: 10_000 }, () => unit).flat(),
      ),
      {},
      [],
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(found).toHaveLength(10_000);
    expect(found.every((f) => f.relation === 'change' && f.computed === 100)).toBe(true);
  });
});
