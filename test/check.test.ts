import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  baselineOf,
  BaselineError,
  parseBaseline,
  serialiseBaseline,
} from '../src/check/baseline.js';
import {
  canonicalMetric,
  claimScope,
  toClaims,
  unitClass,
  valueRange,
  writtenPrecision,
  type Claim,
} from '../src/check/claims.js';
import { consistent, disagreeing, groupSeverity } from '../src/check/compare.js';
import {
  escapeData,
  escapeProperty,
  formatCsv,
  periodLabel,
  formatGithub,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatText,
  GITHUB_ANNOTATION_LIMIT,
  xml,
} from '../src/check/formats.js';
import { checkFigures } from '../src/check/groups.js';
import { checkNames } from '../src/check/names.js';
import { checkRecords, withBaseline, type CheckReport } from '../src/check/report.js';
import { FigureRecord, InstitutionRecord, PersonRecord } from '../src/records.js';

let position = 0;

/**
 * A valid figure record; `text` defaults to the value and unit as written, the resolved period to
 * the whole year when `period` is a year (2025, 2025年).
 */
function fig(fields: Partial<FigureRecord> & { metric: string | null }): FigureRecord {
  const year = /^(\d{4})年?$/.exec(fields.period ?? '')?.[1];
  const value = fields.value === undefined ? 1 : fields.value;
  const unit = fields.unit === undefined ? '家' : fields.unit;
  const text = fields.text ?? `${value ?? `${fields.min}至${fields.max}`}${unit ?? ''}`;
  const start = (position += 10);
  return FigureRecord.parse({
    type: 'figure',
    doc: 'a.txt',
    article: 0,
    headline: null,
    line: 1,
    column: 1,
    start,
    end: start + text.length,
    sentence: `${fields.metric ?? ''}${text}。`,
    value,
    min: null,
    max: null,
    unit,
    approx: 'exact',
    kind: 'count',
    scope: null,
    place: '山东省聊城市',
    period: null,
    periodStart: year ? `${year}-01-01` : null,
    periodEnd: year ? `${year}-12-31` : null,
    asOf: year ? `${year}-12-31` : null,
    aspect: 'state',
    ...fields,
    text,
  });
}

function person(fields: Partial<PersonRecord> & { name: string }): PersonRecord {
  return PersonRecord.parse({
    type: 'person',
    doc: 'a.txt',
    article: 0,
    headline: null,
    line: 1,
    column: 1,
    start: 0,
    end: fields.name.length,
    text: fields.name,
    sentence: fields.name,
    role: null,
    org: null,
    pseudonym: false,
    ...fields,
  });
}

function claim(fields: Partial<FigureRecord> & { metric: string | null }): Claim {
  const [c] = toClaims([fig(fields)]);
  if (!c) throw new Error(`not comparable: ${JSON.stringify(fields)}`);
  return c;
}

describe('canonical metrics', () => {
  it('treats synonyms as one metric', () => {
    expect(canonicalMetric('托育服务机构').metric).toBe('托育机构');
    expect(canonicalMetric('托育机构').metric).toBe('托育机构');
    expect(canonicalMetric('普惠托育服务机构').metric).toBe('普惠托育机构');
    expect(canonicalMetric('两证齐全医养结合机构').metric).toBe(
      canonicalMetric('双证齐全医养结合机构').metric,
    );
  });

  it("reads a traditional page's metric in simplified characters", () => {
    expect(canonicalMetric('醫療衛生機構總診療人次').metric).toBe(
      canonicalMetric('医疗卫生机构总诊疗人次').metric,
    );
  });

  it('knows the common names of national health indicators', () => {
    for (const written of [
      '居民人均预期寿命',
      '人均期望寿命',
      '平均预期寿命',
      '居民平均期望寿命',
      '人均预期寿命',
    ])
      expect(canonicalMetric(written).metric, written).toBe('人均预期寿命');
    for (const written of [
      '家庭医生签约服务覆盖率',
      '家庭医生签约覆盖率',
      '家庭医生签约服务率',
      '家庭医生居民签约服务覆盖率',
    ])
      expect(canonicalMetric(written).metric, written).toBe('家庭医生签约率');
    expect(canonicalMetric('居民健康素养水平').metric).toBe('健康素养水平');
    expect(canonicalMetric('每万人口全科医生数').metric).toBe(canonicalMetric('万人口全科医生数').metric);
    // A narrower population is another indicator.
    expect(canonicalMetric('重点人群家庭医生签约率').metric).not.toBe('家庭医生签约率');
    expect(canonicalMetric('每千人口拥有3岁以下婴幼儿托位数').metric).toBe(
      canonicalMetric('千人口托位数').metric,
    );
    expect(canonicalMetric('家庭医生签约服务团队').metric).toBe(canonicalMetric('家庭医生团队').metric);
    expect(canonicalMetric('二级及以上公立医院').metric).toBe(canonicalMetric('二级以上公立医院').metric);
    for (const [official, short] of [
      ['每千常住人口医疗卫生机构床位数', '每千人口床位数'],
      ['五岁以下儿童死亡率', '5岁以下儿童死亡率'],
      ['适龄儿童免疫规划疫苗接种率', '免疫规划疫苗接种率'],
      ['基本医疗保险参保率', '基本医保参保率'],
    ])
      expect(canonicalMetric(official).metric, official).toBe(canonicalMetric(short).metric);
  });

  it('knows the short forms of statistics bulletins', () => {
    for (const [official, short] of [
      ['全市地区生产总值', 'GDP'],
      ['城镇常住居民人均可支配收入', '城镇居民人均可支配收入'],
      ['全体居民人均可支配收入', '居民人均可支配收入'],
      ['社会消费品零售总额', '社零总额'],
      ['地方一般公共预算收入', '一般公共预算收入'],
      ['规模以上工业增加值', '规上工业增加值'],
    ])
      expect(canonicalMetric(official).metric, official).toBe(canonicalMetric(short).metric);
    // A narrower measure stays apart.
    expect(canonicalMetric('人均地区生产总值').metric).not.toBe(canonicalMetric('地区生产总值').metric);
  });

  it('drops modifiers that do not change what is counted', () => {
    for (const written of [
      '现有托育服务机构',
      '全市托育机构',
      '目前全市托育机构',
      '累计托育机构',
      '共有托育机构',
      '我市现有托育服务机构',
      '托育机构数量',
    ]) {
      expect(canonicalMetric(written).metric, written).toBe('托育机构');
    }
  });

  it('keeps modifiers that do change it', () => {
    expect(canonicalMetric('普惠托位').metric).toBe('普惠托位');
    expect(canonicalMetric('公办托育机构').metric).toBe('公办托育机构');
    expect(canonicalMetric('双证齐全医养结合机构').metric).not.toBe(canonicalMetric('医养结合机构').metric);
  });

  it('marks a metric that starts with a change word, but not a level reached', () => {
    expect(canonicalMetric('新增托位')).toEqual({ metric: '托位', change: true });
    expect(canonicalMetric('增至托位').change).toBe(false);
  });

  it('takes a county out of the metric as its place', () => {
    expect(canonicalMetric('东阿县医养结合机构')).toEqual({ metric: '医养结合机构', change: false });
  });

  it('leaves generic words and nothing uncomparable', () => {
    for (const written of [null, '占比', '比例', '总数', '资金', '全市占比', '现有人数', '患者'])
      expect(canonicalMetric(written).metric, String(written)).toBeNull();
    // Metrics cut to a generic head name no thing: 团队 of one page and of another are not compared.
    for (const written of ['团队', '全市团队', '中心', '现有人数', '服务', '占全市', '占全省', '方面'])
      expect(canonicalMetric(written).metric, written).toBeNull();
    expect(canonicalMetric('家庭医生签约服务团队').metric).toBe('家庭医生团队');
    expect(canonicalMetric('托育机构总数').metric).toBe('托育机构总数');
  });
});

describe('canonical scopes, units and periods', () => {
  it('places a claim where extraction placed its figure', () => {
    expect(claimScope({ place: '山东省聊城市', scope: '全市', doc: 'a.txt' })).toBe('山东省聊城市');
    expect(claimScope({ place: '山东省济宁市', scope: '全市', doc: 'a.txt' })).not.toBe(
      claimScope({ place: '山东省聊城市', scope: '全市', doc: 'a.txt' }),
    );
  });

  it('compares a scope that could not be placed only within its own document', () => {
    expect(claimScope({ place: null, scope: '全县', doc: 'a.txt' })).toBe('全县 (a.txt)');
    expect(claimScope({ place: null, scope: '全县', doc: 'a.txt' })).not.toBe(
      claimScope({ place: null, scope: '全县', doc: 'b.txt' }),
    );
  });

  it('puts 家 and 个 in one class, % and 个百分点 in two', () => {
    expect(unitClass('家')).toBe(unitClass('个'));
    expect(unitClass('名')).toBe(unitClass('人'));
    expect(unitClass('平米')).toBe(unitClass('平方米'));
    expect(unitClass('支')).toBe(unitClass('个')); // 组建家庭医生团队980支 = …团队980个
    expect(unitClass('%')).not.toBe(unitClass('个百分点'));
    expect(unitClass('％')).toBe(unitClass('%'));
    expect(unitClass('元')).not.toBe(unitClass('家'));
  });

  it('compares by the resolved period: the same days are one period whatever the words', () => {
    const at = (article: number, period: string, periodStart: string | null, periodEnd: string | null) =>
      claim({ metric: '托育机构', value: 477, text: '477家', article, period, periodStart, periodEnd });
    expect(at(0, '今年', '2025-01-01', '2025-12-31').period).toBe(
      at(1, '2025年', '2025-01-01', '2025-12-31').period,
    );
    expect(at(0, '目前', '2026-03-11', '2026-03-11').period).toBe('2026-03-11/2026-03-11');
    expect(at(0, '目前', null, null).period).toBeNull();
  });

  it('labels a period by its as-of date, its span, or as unknown', () => {
    expect(periodLabel({ periodStart: '2026-03-11', periodEnd: '2026-03-11', asOf: '2026-03-11' })).toBe(
      'as of 2026-03-11',
    );
    expect(periodLabel({ periodStart: '2025-01-01', periodEnd: '2025-12-31', asOf: '2025-12-31' })).toBe(
      '2025-01-01/2025-12-31',
    );
    expect(periodLabel({ periodStart: null, periodEnd: null, asOf: '2025-04-23' })).toBe(
      'period unknown, as of 2025-04-23',
    );
    expect(periodLabel({ periodStart: null, periodEnd: null, asOf: null })).toBe('period unknown');
  });
});

describe('precision and ranges of written figures', () => {
  it('reads the precision from how the number is written', () => {
    expect(writtenPrecision('45%', 45).step).toBe(1);
    expect(writtenPrecision('45.21%', 45.21).step).toBeCloseTo(0.01);
    expect(writtenPrecision('45.00%', 45).step).toBeCloseTo(0.01);
    expect(writtenPrecision('3.12万个', 31200).step).toBeCloseTo(100);
    expect(writtenPrecision('1.9 亿元', 190000000).step).toBeCloseTo(1e7);
    expect(writtenPrecision('501 家', 501).step).toBe(1);
    expect(writtenPrecision('３．１２万个', 31200).step).toBeCloseTo(100);
    expect(writtenPrecision('七成', 70).step).toBe(10);
  });

  it('lets 多 and 余 reach up to the next digit', () => {
    expect(
      valueRange({ value: 17000000, min: null, max: null, approx: 'more_than', text: '1700多万元' }),
    ).toMatchObject({ lo: 17000000, hi: 18000000 });
    expect(
      valueRange({ value: 160, min: null, max: null, approx: 'more_than', text: '160余家' }),
    ).toMatchObject({ lo: 160, hi: 170 });
    expect(
      valueRange({ value: 37000, min: null, max: null, approx: 'more_than', text: '3.7万余例' }),
    ).toMatchObject({ lo: 37000, hi: 38000 });
    expect(
      valueRange({ value: 50000, min: null, max: null, approx: 'more_than', text: '超5万人次' }),
    ).toMatchObject({ lo: 50000, hi: Infinity });
  });

  it('gives 近 a tenth below, 不到 anything below, 约 a tenth either side, ranges their bounds', () => {
    expect(
      valueRange({ value: 100, min: null, max: null, approx: 'less_than', text: '近百例' }),
    ).toMatchObject({ lo: 90, hi: 100 });
    expect(
      valueRange({ value: 2, min: null, max: null, approx: 'less_than', text: '不到两秒' }),
    ).toMatchObject({ lo: -Infinity, hi: 2 });
    expect(valueRange({ value: 4, min: null, max: null, approx: 'about', text: '约4公里' })!.lo).toBeCloseTo(
      3.5,
    ); // at least the rounding of the last digit
    expect(
      valueRange({ value: 3000, min: null, max: null, approx: 'about', text: '3000人左右' }),
    ).toMatchObject({ lo: 2700, hi: 3300 });
    expect(
      valueRange({ value: null, min: 6000, max: 7000, approx: 'about', text: '六七千元' }),
    ).toMatchObject({ lo: 5400, hi: 7700 });
    expect(valueRange({ value: null, min: 5, max: 10, approx: 'exact', text: '5至10分钟' })).toMatchObject({
      lo: 5,
      hi: 10,
    });
    expect(valueRange({ value: null, min: null, max: null, approx: 'exact', text: '' })).toBeNull();
  });
});

describe('consistency of two values', () => {
  const pct = (value: number, text = `${value}%`) =>
    claim({ metric: '托位使用率', value, unit: '%', kind: 'percent', text });
  const count = (value: number, text: string, approx: FigureRecord['approx'] = 'exact') =>
    claim({ metric: '减免税费', value, unit: '元', kind: 'money', text, approx });

  it('is consistent after rounding the more precise value to the other precision', () => {
    expect(consistent(pct(45), pct(45.21))).toBe(true);
    expect(consistent(pct(45.21), pct(45))).toBe(true);
    expect(consistent(pct(45), pct(44.5))).toBe(true);
    expect(consistent(pct(45), pct(45.49))).toBe(true);
    expect(consistent(pct(45), pct(45.5))).toBe(false); // 45.5 rounds half up to 46
    expect(consistent(pct(45), pct(45.0, '45.00%'))).toBe(true);
    expect(consistent(pct(45.2), pct(45.21))).toBe(true);
    expect(consistent(pct(45.3), pct(45.21))).toBe(false);
  });

  it('finds real differences', () => {
    const rate = (value: number) =>
      claim({ metric: '千人口托位数', value, unit: '个', kind: 'rate', text: `${value}个` });
    expect(consistent(rate(5.22), rate(5.15))).toBe(false);
    const inst = (value: number) => claim({ metric: '托育机构', value, text: `${value}家` });
    expect(consistent(inst(501), inst(477))).toBe(false);
    expect(consistent(inst(477), inst(477))).toBe(true);
    const slots = (value: number, text: string) => claim({ metric: '托位', value, unit: '个', text });
    expect(consistent(slots(31200, '3.12万个'), slots(31000, '3.1万个'))).toBe(true);
    expect(consistent(slots(31200, '3.12万个'), slots(29000, '2.9万个'))).toBe(false);
  });

  it('allows what the qualifiers allow', () => {
    expect(consistent(count(17000000, '1700多万元', 'more_than'), count(17500000, '1750万元'))).toBe(true);
    expect(consistent(count(17000000, '1700多万元', 'more_than'), count(18500000, '1850万元'))).toBe(false);
    expect(
      consistent(count(17000000, '1700多万元', 'more_than'), count(17200000, '1720余万元', 'more_than')),
    ).toBe(true);
    expect(consistent(count(100, '近百', 'less_than'), count(98, '98'))).toBe(true);
    expect(consistent(count(100, '近百', 'less_than'), count(50, '50'))).toBe(false);
    expect(consistent(count(100, '近百', 'less_than'), count(101, '101'))).toBe(false);
    const range = claim({
      metric: '手术花费',
      value: null,
      min: 6000,
      max: 7000,
      unit: '元',
      kind: 'money',
      approx: 'about',
      text: '六七千元',
    });
    expect(consistent(range, count(6500, '6500元'))).toBe(true);
    expect(consistent(range, count(9000, '9000元'))).toBe(false);
  });

  it('accepts relative differences within the tolerance', () => {
    const at = (value: number, tolerance: number) =>
      toClaims([fig({ metric: '托育机构', value, text: `${value}家` })], { tolerance })[0];
    expect(consistent(at(501, 0), at(477, 0))).toBe(false);
    expect(consistent(at(501, 0.05), at(477, 0.05))).toBe(true);
    expect(consistent(at(501, 0.01), at(477, 0.01))).toBe(false);
  });

  it('agrees with a pairwise comparison on random groups (the search never looks at all pairs)', () => {
    const arbitraryFigure = fc.record({
      article: fc.integer({ min: 0, max: 3 }),
      value: fc.integer({ min: 1, max: 60 }),
      decimals: fc.integer({ min: 0, max: 2 }),
      approx: fc.constantFrom('exact', 'exact', 'more_than', 'less_than', 'about', 'at_most'),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryFigure, { minLength: 1, maxLength: 8 }),
        fc.array(arbitraryFigure, { minLength: 1, maxLength: 8 }),
        (xs, ys) => {
          const make = (f: (typeof xs)[number]) => {
            const value = f.value / 10 ** f.decimals;
            const text = `${value.toFixed(f.decimals)}${f.approx === 'more_than' ? '多' : ''}%`;
            return claim({
              metric: '托位使用率',
              value,
              unit: '%',
              kind: 'percent',
              approx: f.approx as FigureRecord['approx'],
              text,
              article: f.article,
            });
          };
          const as = xs.map(make);
          const bs = ys.map(make);
          // The rule read literally: all pairs of plain articles; an article that disagrees with
          // itself only against an article none of whose values agrees with any of its own.
          const own = (source: string) => [...as, ...bs].filter((c) => c.source === source);
          const ambiguous = (source: string) =>
            own(source).some((a) => own(source).some((b) => !consistent(a, b)));
          const plainPair = as.some((a) =>
            bs.some(
              (b) =>
                a.source !== b.source && !ambiguous(a.source) && !ambiguous(b.source) && !consistent(a, b),
            ),
          );
          const sources = [...new Set([...as, ...bs].map((c) => c.source))];
          const ambiguousPair = sources.some(
            (x) =>
              ambiguous(x) &&
              sources.some((y) => {
                if (y === x) return false;
                const pairs = [
                  ...as
                    .filter((a) => a.source === x)
                    .flatMap((a) => bs.filter((b) => b.source === y).map((b) => [a, b])),
                  ...bs
                    .filter((b) => b.source === x)
                    .flatMap((b) => as.filter((a) => a.source === y).map((a) => [a, b])),
                ];
                return pairs.length > 0 && pairs.every(([a, b]) => !consistent(a, b));
              }),
          );
          expect(disagreeing(as, bs)).toBe(plainPair || ambiguousPair);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('severity of a group', () => {
  const inst = (value: number, article: number, period: string | null = null) =>
    claim({ metric: '托育机构', value, text: `${value}家`, article, period });

  it('is an error when periods are the same or unknown', () => {
    expect(groupSeverity([inst(501, 0), inst(477, 1)])).toBe('error');
    expect(groupSeverity([inst(501, 0, '2025'), inst(477, 1, '2025年')])).toBe('error');
    expect(groupSeverity([inst(501, 0, '2025'), inst(477, 1)])).toBe('error');
  });

  it('is a warning when both periods are explicit and different', () => {
    expect(groupSeverity([inst(501, 0, '2025'), inst(477, 1, '2023')])).toBe('warning');
  });

  it('reads levels as of different days as a change over time, as of one day as an error', () => {
    const asOf = (value: number, article: number, day: string | null) =>
      claim({
        metric: '托育机构',
        value,
        text: `${value}家`,
        article,
        period: '目前',
        periodStart: day,
        periodEnd: day,
      });
    expect(groupSeverity([asOf(501, 0, '2025-04-23'), asOf(477, 1, '2026-03-11')])).toBe('warning');
    expect(groupSeverity([asOf(501, 0, '2026-03-11'), asOf(477, 1, '2026-03-11')])).toBe('error');
    expect(groupSeverity([asOf(501, 0, null), asOf(477, 1, '2026-03-11')])).toBe('error');
  });

  it('compares figures that name no period by the day their articles are of', () => {
    const stated = (value: number, article: number, asOf: string | null) =>
      claim({ metric: '托育机构', value, text: `${value}家`, article, asOf });
    expect(groupSeverity([stated(320, 0, '2019-06-12'), stated(477, 1, '2026-03-11')])).toBe('warning');
    expect(groupSeverity([stated(320, 0, '2026-03-11'), stated(477, 1, '2026-03-11')])).toBe('error');
    expect(groupSeverity([stated(320, 0, null), stated(477, 1, '2026-03-11')])).toBe('error');
  });

  it('reports no change over time against a past value its own article states', () => {
    const past = claim({ metric: '医养结合机构', value: 21, text: '21家', article: 0, period: '2020' });
    const now = claim({
      metric: '医养结合机构',
      value: 43,
      text: '43家',
      article: 0,
      period: '目前',
      periodStart: '2026-03-11',
      periodEnd: '2026-03-11',
      asOf: '2026-03-11',
    });
    const later = claim({ metric: '医养结合机构', value: 45, text: '45家', article: 1, asOf: '2026-09-01' });
    expect(
      groupSeverity([
        past,
        now,
        claim({ metric: '医养结合机构', value: 43, text: '43家', article: 1, asOf: '2026-04-01' }),
      ]),
    ).toBeNull();
    expect(groupSeverity([past, now, later])).toBe('warning');
  });

  it('never compares a target with a fact', () => {
    const built = fig({ doc: 'a.txt', metric: '特色专科卫生院', value: 40, unit: '个', text: '40个' });
    const planned = fig({
      doc: 'b.txt',
      metric: '特色专科卫生院',
      value: 50,
      unit: '个',
      text: '50个',
      aspect: 'target',
      period: '2027',
    });
    expect(checkFigures([built, planned])).toEqual([]);
    const otherPlan = fig({
      doc: 'c.txt',
      metric: '特色专科卫生院',
      value: 60,
      unit: '个',
      text: '60个',
      aspect: 'target',
      period: '2027',
    });
    expect(checkFigures([planned, otherPlan]).map((g) => [g.severity, g.aspect])).toEqual([
      ['error', 'target'],
    ]);
  });

  it('is nothing when the values agree or differ only within one article', () => {
    expect(groupSeverity([inst(477, 0), inst(477, 1)])).toBeNull();
    expect(groupSeverity([inst(501, 0), inst(477, 0)])).toBeNull();
  });

  it('compares an article that names two things by one metric only where it shares no value', () => {
    // A bulletin and its reprint: 全国床位1017.4万张 … 乡镇卫生院…床位150.5万张 in each.
    const beds = (value: number, article: number) =>
      claim({ metric: '床位', value, unit: '张', text: `${value}万张`, article, period: '2023' });
    expect(groupSeverity([beds(1017.4, 0), beds(150.5, 0), beds(1017.4, 1), beds(150.5, 1)])).toBeNull();
    expect(groupSeverity([beds(1017.4, 0), beds(150.5, 0), beds(1017.4, 1)])).toBeNull();
    expect(groupSeverity([beds(1017.4, 0), beds(150.5, 0), beds(975, 1)])).toBe('error');
    // Articles that state one value each are compared as before, beside the ambiguous one.
    expect(groupSeverity([beds(1017.4, 0), beds(150.5, 0), beds(1017.4, 1), beds(975, 2)])).toBe('error');
  });

  it('compares a past value its own article contrasts only with values that name a period', () => {
    const past = claim({ metric: '医养结合机构', value: 21, text: '21家', article: 0, period: '2020' });
    const now = claim({ metric: '医养结合机构', value: 43, text: '43家', article: 0, period: null });
    const elsewhere = claim({ metric: '医养结合机构', value: 43, text: '43家', article: 1, period: null });
    expect(groupSeverity([past, now, elsewhere])).toBeNull();
    const elsewhere2020 = claim({
      metric: '医养结合机构',
      value: 25,
      text: '25家',
      article: 1,
      period: '2020',
    });
    expect(groupSeverity([past, now, elsewhere2020])).toBe('error');
  });

  it('compares changes only when both name the same period', () => {
    const change = (value: number, article: number, period: string | null) =>
      claim({ metric: '新增托位', value, unit: '个', text: `${value}个`, article, period });
    expect(groupSeverity([change(1220, 0, null), change(4628, 1, null)])).toBeNull();
    expect(groupSeverity([change(1220, 0, '2023'), change(4628, 1, '2024')])).toBeNull();
    expect(groupSeverity([change(1220, 0, '2023'), change(4628, 1, '2023')])).toBe('error');
  });
});

describe('grouping figures (checkFigures)', () => {
  it('groups synonyms, scopes and compatible units, and reports only differences', () => {
    const groups = checkFigures([
      fig({
        doc: 'a.txt',
        metric: '托育服务机构',
        value: 501,
        text: '501 家',
        scope: '全市',
        period: '目前',
      }),
      fig({ doc: 'b.txt', metric: '托育服务机构', value: 477, text: '477家', scope: '聊城' }),
      fig({ doc: 'c.txt', metric: '托育机构', value: 477, unit: '个', text: '477个', scope: '我市' }),
      fig({
        doc: 'd.txt',
        metric: '托育机构',
        value: 30,
        text: '30家',
        scope: '东阿县',
        place: '山东省聊城市东阿县',
      }),
      fig({ doc: 'a.txt', metric: '托位使用率', value: 45, unit: '%', kind: 'percent', text: '45%' }),
      fig({ doc: 'b.txt', metric: '托位使用率', value: 45.21, unit: '%', kind: 'percent', text: '45.21%' }),
      fig({
        doc: 'a.txt',
        metric: '四级手术占比',
        value: 13.76,
        unit: '个百分点',
        kind: 'pct_point',
        text: '13.76个百分点',
      }),
      fig({ doc: 'b.txt', metric: '四级手术占比', value: 51.05, unit: '%', kind: 'percent', text: '51.05%' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      severity: 'error',
      metric: '托育机构',
      scope: '山东省聊城市',
      unit: '家/个',
    });
    expect(groups[0].values.map((v) => [v.doc, v.value])).toEqual([
      ['a.txt', 501],
      ['b.txt', 477],
      ['c.txt', 477],
    ]);
    expect(Object.keys(groups[0].values[0]).sort()).toEqual([
      'approx',
      'article',
      'asOf',
      'doc',
      'headline',
      'line',
      'max',
      'min',
      'period',
      'periodEnd',
      'periodStart',
      'sentence',
      'text',
      'unit',
      'value',
    ]);
  });

  it('leaves out generic metrics, kinds other, rank and age, and figures handed out respectively', () => {
    const pair = (fields: Partial<FigureRecord> & { metric: string | null }) => [
      fig({ ...fields, doc: 'a.txt', value: 1, text: '1家' }),
      fig({ ...fields, doc: 'b.txt', value: 2, text: '2家' }),
    ];
    expect(
      checkFigures([
        ...pair({ metric: '占比' }),
        ...pair({ metric: null }),
        ...pair({ metric: '工作', kind: 'rank' }),
        ...pair({ metric: '口号', kind: 'other' }),
      ]),
    ).toEqual([]);
    const respectively = (doc: string, value: number) =>
      fig({
        doc,
        metric: '中医特色卫生院',
        value,
        text: `${value}个`,
        sentence: `累计分别达到${value}个和30个。`,
      });
    expect(
      checkFigures([
        respectively('a.txt', 60),
        fig({ doc: 'b.txt', metric: '中医特色卫生院', value: 20, text: '20家' }),
      ]),
    ).toEqual([]);
  });

  it('compares the same place however written, other cities never, and unplaced scopes only within their document', () => {
    const dongE = fig({
      doc: 'a.txt',
      metric: '托育机构',
      scope: '全县',
      place: '山东省聊城市东阿县',
      value: 36,
      text: '36家',
    });
    const named = fig({
      doc: 'b.txt',
      metric: '托育机构',
      scope: '东阿县',
      place: '山东省聊城市东阿县',
      value: 41,
      text: '41家',
    });
    expect(checkFigures([dongE, named]).map((g) => g.scope)).toEqual(['山东省聊城市东阿县']);
    const jining = fig({
      doc: 'c.txt',
      metric: '托育机构',
      scope: '全市',
      place: '山东省济宁市',
      value: 320,
      text: '320家',
    });
    const liaocheng = fig({
      doc: 'd.txt',
      metric: '托育机构',
      scope: '全市',
      place: '山东省聊城市',
      value: 477,
      text: '477家',
    });
    expect(checkFigures([jining, liaocheng])).toEqual([]);
    const unknownA = fig({
      doc: 'c.txt',
      metric: '托育机构',
      scope: '全县',
      place: null,
      value: 36,
      text: '36家',
    });
    const unknownB = fig({
      doc: 'd.txt',
      metric: '托育机构',
      scope: '全县',
      place: null,
      value: 41,
      text: '41家',
    });
    expect(checkFigures([unknownA, unknownB])).toEqual([]);
  });

  it('reads a listed figure after a verb of change as a change (新建6个…,2个…)', () => {
    const built = fig({
      doc: 'a.txt',
      metric: '精品特色专科',
      value: 2,
      unit: '个',
      text: '2个',
      sentence: '今年新建6个重点学科,2个精品特色专科。',
    });
    const held = fig({
      doc: 'b.txt',
      metric: '精品特色专科',
      value: 5,
      unit: '个',
      text: '5个',
      sentence: '全市拥有重点专科26个、精品特色专科5个。',
    });
    expect(checkFigures([built, held])).toEqual([]);
    const listed = fig({
      doc: 'c.txt',
      metric: '精品特色专科',
      value: 7,
      unit: '个',
      text: '7个',
      sentence: '全市有重点学科6个,7个精品特色专科。',
    });
    expect(checkFigures([listed, held])).toHaveLength(1);
  });

  it('leaves out the value a change starts from, and compares ages that are measures', () => {
    const from = fig({
      doc: 'a.txt',
      metric: '三级医院',
      value: 9,
      text: '9家',
      sentence: '全市三级医院数量由9家增加到12家。',
    });
    const now = fig({
      doc: 'b.txt',
      metric: '三级医院',
      value: 12,
      text: '12家',
      sentence: '全市现有三级医院12家。',
    });
    expect(checkFigures([from, now])).toEqual([]);
    const life = (doc: string, value: number) =>
      fig({ doc, metric: '人均预期寿命', kind: 'age', unit: '岁', value, text: `${value}岁` });
    expect(checkFigures([life('a.txt', 79.6), life('b.txt', 80.3)])).toHaveLength(1);
    const elderly = (doc: string, value: number) =>
      fig({ doc, metric: '老年人', kind: 'age', unit: '岁', value, text: `${value}岁` });
    expect(checkFigures([elderly('a.txt', 60), elderly('b.txt', 65)])).toEqual([]);
  });

  it('keeps changes, plans and counts of those that did something apart from levels', () => {
    const level = fig({
      doc: 'a.txt',
      metric: '托位',
      value: 31200,
      unit: '个',
      text: '3.12万个',
      sentence: '建成托位3.12万个。',
    });
    const added = fig({
      doc: 'b.txt',
      metric: '托位',
      value: 1220,
      unit: '个',
      text: '1220个',
      sentence: '新增托位1220个。',
    });
    const planned = fig({
      doc: 'c.txt',
      metric: '托位',
      value: 40000,
      unit: '个',
      text: '4万个',
      sentence: '全市计划建设托位4万个。',
      aspect: 'target',
    });
    expect(checkFigures([level, added, planned])).toEqual([]);
    const all = fig({
      doc: 'a.txt',
      metric: '医疗机构',
      value: 400,
      text: '400家',
      sentence: '全市有医疗机构400家。',
    });
    const some = fig({
      doc: 'b.txt',
      metric: '医疗机构',
      value: 87,
      text: '87家',
      sentence: '全市87家医疗机构实现检查结果互认。',
    });
    const others = fig({
      doc: 'c.txt',
      metric: '医疗机构',
      value: 5,
      text: '5家',
      sentence: '5家医疗机构获批规范化建设单位。',
    });
    expect(checkFigures([all, some, others])).toEqual([]);
    const sameDeed = fig({
      doc: 'd.txt',
      metric: '医疗机构',
      value: 90,
      text: '90家',
      sentence: '全市90家医疗机构实现检查结果互认。',
    });
    expect(checkFigures([some, sameDeed]).map((g) => g.metric)).toEqual(['医疗机构/实现检查结果互认']);
  });

  it('finds the figure in its sentence by occurrence when the same text appears twice', () => {
    const sentence = '开设爸爸课堂12期,新增孕妇课堂12期。';
    const [first, second] = toClaims([
      fig({ metric: '爸爸课堂', value: 12, unit: '期', text: '12期', sentence }),
      fig({ metric: '孕妇课堂', value: 12, unit: '期', text: '12期', sentence }),
    ]);
    expect(first.aspect).toBe('state');
    expect(second.aspect).toBe('change');
  });
});

describe('likely misspelt names', () => {
  it('pairs names that differ in one character and share a co-author', () => {
    const warnings = checkNames([
      person({ doc: 'a.txt', line: 1, name: '金增秀', role: '作者' }),
      person({ doc: 'a.txt', line: 1, name: '周长才', role: '作者' }),
      person({ doc: 'b.txt', line: 9, name: '金秀秀', role: '作者' }),
      person({ doc: 'b.txt', line: 9, name: '周长才', role: '作者' }),
      person({ doc: 'c.txt', line: 3, name: '金增秀', role: '作者' }),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      names: ['金增秀', '金秀秀'],
      reason: 'same co-author 周长才',
    });
    expect(warnings[0].mentions.map((m) => `${m.doc}:${m.line}`)).toEqual(['a.txt:1', 'c.txt:3', 'b.txt:9']);
  });

  it('pairs names of the same organisation, but not by a role alone, crowd roles, two-character names or co-authors on one byline', () => {
    const same = checkNames([
      person({ name: '张月莲', role: '主任', org: '东阿县人民医院' }),
      person({ doc: 'b.txt', name: '张月连', role: '副主任', org: '东阿县人民医院' }),
    ]);
    expect(same.map((w) => w.reason)).toEqual(['same organisation 东阿县人民医院']);
    expect(
      checkNames([
        person({ name: '张月莲', role: '主任' }),
        person({ doc: 'b.txt', name: '张月连', role: '主任' }),
      ]),
    ).toEqual([]);
    const series = checkNames([
      person({ doc: '2024/a.txt', name: '王建刚', role: '记者', headline: '【名医访谈】守护儿童心脏' }),
      person({ doc: '2025/b.txt', name: '王健刚', role: '记者', headline: '【名医访谈】走近康复科' }),
    ]);
    expect(series.map((w) => w.reason)).toEqual(['same series 【名医访谈】']);
    // Two bylines one character apart, in different years, nothing else shared: two people.
    expect(
      checkNames([
        person({ doc: '2019/a.txt', name: '王建刚', role: '记者' }),
        person({ doc: '2025/b.txt', name: '王健刚', role: '记者' }),
      ]),
    ).toEqual([]);
    expect(
      checkNames([
        person({ name: '王大龙', role: '患者' }),
        person({ doc: 'b.txt', name: '王大虎', role: '患者' }),
      ]),
    ).toEqual([]);
    expect(
      checkNames([
        person({ name: '苏含', role: '作者' }),
        person({ doc: 'b.txt', name: '苏涵', role: '作者' }),
      ]),
    ).toEqual([]);
    expect(
      checkNames([person({ name: '杨宁宁', role: '作者' }), person({ name: '杨宁静', role: '作者' })]),
    ).toEqual([]);
    expect(
      checkNames([
        person({ name: '张月莲', role: '主任', org: '卫健委' }),
        person({ doc: 'b.txt', name: '张月连', role: '主任', org: '医院' }),
      ]),
    ).toEqual([]);
    expect(
      checkNames([
        person({ name: '金增秀', role: '作者' }),
        person({ doc: 'b.txt', name: '金增秀秀', role: '作者' }),
      ]),
    ).toEqual([]);
  });

  it('takes an organisation by its canonical name, and a body of an unnamed city as no evidence', () => {
    const a = person({ doc: 'a.txt', name: '王志刚', role: '主任', org: '市人民医院' });
    const b = person({ doc: 'b.txt', name: '王志钢', role: '主任', org: '市人民医院' });
    expect(checkNames([a, b])).toEqual([]);
    const resolved = (doc: string) => {
      const { name, role, org, pseudonym, ...common } = a;
      return InstitutionRecord.parse({
        ...common,
        type: 'institution',
        doc,
        text: '市人民医院',
        name: '市人民医院',
        canonical: '济宁市人民医院',
        category: 'hospital',
      });
    };
    expect(checkNames([a, b], [resolved('a.txt'), resolved('b.txt')]).map((w) => w.reason)).toEqual([
      'same organisation 济宁市人民医院',
    ]);
  });
});

function sampleReport(): CheckReport {
  return checkRecords([
    fig({
      doc: 'a.txt',
      line: 7,
      article: 0,
      headline: '托起千万家庭',
      metric: '托育服务机构',
      value: 501,
      text: '501 家',
      scope: '全市',
      period: '目前',
      sentence: '目前，全市托育服务机构发展到 501 家，"引号", 50%：<b>&',
    }),
    fig({
      doc: 'b.txt',
      line: 44,
      article: 0,
      headline: null,
      metric: '托育机构',
      value: 477,
      text: '477家',
      sentence: '聊城现有托育服务机构477家,\r\n托位2.9万个',
    }),
    fig({
      doc: 'a.txt',
      line: 3,
      article: 1,
      metric: '千人口托位数',
      value: 5.22,
      unit: '个',
      kind: 'rate',
      text: '5.22个',
      period: '2025',
    }),
    fig({
      doc: 'b.txt',
      line: 5,
      article: 1,
      metric: '千人口托位数',
      value: 5.15,
      unit: '个',
      kind: 'rate',
      text: '5.15个',
      period: '2026',
    }),
    person({ doc: 'a.txt', line: 1, name: '金增秀', role: '作者' }),
    person({ doc: 'a.txt', line: 1, name: '周长才', role: '作者' }),
    person({ doc: 'b.txt', line: 2, name: '金秀秀', role: '作者' }),
    person({ doc: 'b.txt', line: 2, name: '周长才', role: '作者' }),
  ]);
}

describe('report formats', () => {
  const report = sampleReport();

  it('counts errors and warnings (name warnings included)', () => {
    expect(report.summary).toMatchObject({ documents: 2, figures: 4, errors: 1, warnings: 2, suppressed: 0 });
  });

  it('text: every value with file, line, headline, period and sentence; no colour unless asked', () => {
    const text = formatText(report, new Chalk({ level: 0 }));
    expect(text).not.toMatch(/\x1b\[/);
    expect(text).toContain('error 托育机构 · 山东省聊城市 · 家');
    expect(text).toContain('a.txt:7 托起千万家庭 [目前 · period unknown]');
    expect(text).toContain(
      'a change over time: 5.22个 (2025-01-01/2025-12-31) -> 5.15个 (2026-01-01/2026-12-31)',
    );
    expect(text).toContain('目前，全市托育服务机构发展到 501 家');
    expect(text).toContain('warning 千人口托位数');
    expect(text).toContain('金增秀 / 金秀秀');
    expect(text).toMatch(/1 error, 2 warnings · 2 documents, 4 figures\n$/);
    expect(formatText(report, new Chalk({ level: 1 }))).toMatch(/\x1b\[31m/);
  });

  it('json: groups with the documented fields, names apart, summary', () => {
    const json = JSON.parse(formatJson(report));
    expect(Object.keys(json)).toEqual(['groups', 'names', 'baselineGone', 'summary']);
    expect(json.groups[0]).toMatchObject({
      severity: 'error',
      metric: '托育机构',
      scope: '山东省聊城市',
      unit: '家',
    });
    expect(json.groups[0].values[0]).toMatchObject({
      value: 501,
      min: null,
      max: null,
      approx: 'exact',
      unit: '家',
      doc: 'a.txt',
      line: 7,
      article: 0,
      headline: '托起千万家庭',
      period: '目前',
      periodStart: null,
      periodEnd: null,
    });
    expect(json.names[0].names).toEqual(['金增秀', '金秀秀']);
    expect(json.summary.errors).toBe(1);
  });

  it("github: escapes data and properties as GitHub's toolkit does", () => {
    expect(escapeData('50%\r\nx: a, b')).toBe('50%25%0D%0Ax: a, b');
    expect(escapeProperty('50%\r\nx: a, b')).toBe('50%25%0D%0Ax%3A a%2C b');
    const { commands } = formatGithub(report, (doc) => `pages/${doc}`);
    const lines = commands.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=pages\/a\.txt,line=7,title=托育机构 · 山东省聊城市 · 家%3A values differ between articles::501家 — a\.txt:7/,
    );
    expect(lines[0]).toContain('50%25');
    expect(lines[0]).not.toMatch(/[\r]/);
    for (const line of lines.filter((l) => l.startsWith('::'))) {
      const properties = line.slice(2, line.indexOf('::', 2));
      expect(properties.split(' ')[0]).toMatch(/^(error|warning|notice)$/);
      for (const p of properties.slice(properties.indexOf(' ') + 1).split(','))
        expect(p).toMatch(/^(file|line|title)=[^:,]*$/);
    }
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(2);
    expect(lines[lines.length - 1]).toBe('liaohealth check: 1 error, 2 warnings · 2 documents, 4 figures');
  });

  it('github: at most the annotations GitHub shows, and a line saying how many more', () => {
    const many = checkRecords(
      Array.from({ length: 15 }, (_, i) => [
        fig({ doc: `a${i}.txt`, metric: `指标${i}`, value: 1, text: '1家' }),
        fig({ doc: `b${i}.txt`, metric: `指标${i}`, value: 2, text: '2家' }),
      ]).flat(),
    );
    const lines = formatGithub(many).commands.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(GITHUB_ANNOTATION_LIMIT);
    expect(lines).toContain(
      'liaohealth: 5 more errors and 0 more warnings not annotated (GitHub shows 10 of each); the job summary lists them all',
    );
    expect(formatMarkdown(many).match(/^### /gm)).toHaveLength(15);
  });

  it('markdown summary: tables with escaped cells', () => {
    const summary = formatGithub(report).summary;
    expect(summary).toContain('## liaohealth check');
    expect(summary).toContain('&lt;b&gt;&amp;');
    expect(summary).not.toContain('<b>');
    for (const row of summary
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| value') && !l.startsWith('| name')))
      expect(row.split(/(?<!\\)\|/).length).toBeGreaterThanOrEqual(7);
  });

  it('junit: well-formed XML, one testcase per group or name, failures for errors', () => {
    const junit = formatJunit(report);
    expectWellFormed(junit);
    expect(junit).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="liaohealth check" tests="3" failures="1"/,
    );
    expect(junit.match(/<testcase /g)).toHaveLength(3);
    expect(junit.match(/<failure /g)).toHaveLength(1);
    expect(junit).toContain('&lt;b&gt;&amp;');
    expect(xml('a\u0000b\u001bc&')).toBe('abc&amp;');
    expectWellFormed(formatJunit(checkRecords([])));
  });

  it('csv: one row per value, a BOM unless asked not to, numbers as numbers', () => {
    const csv = formatCsv(report, { bom: true });
    expect(
      csv.startsWith(
        '\ufeffgroup,check,severity,metric,scope,unit,value,min,max,approx,period,periodStart,periodEnd,asOf,doc,line,article,headline,text,sentence,note\r\n',
      ),
    ).toBe(true);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[1]).toMatch(
      /^1,figure,error,托育机构,山东省聊城市,家,501,,,exact,目前,,,,a\.txt,7,0,托起千万家庭,501 家,/,
    );
    expect(rows.filter((r) => r.includes(',name,warning,'))).toHaveLength(2);
    expect(formatCsv(report, { bom: false }).startsWith('group,')).toBe(true);
    expect(csv).toContain('"目前，全市托育服务机构发展到 501 家，""引号"", 50%：<b>&"');
  });
});

describe('baseline', () => {
  const report = sampleReport();

  it('keys groups by metric, scope, unit and values, not by file or line', () => {
    const moved = checkRecords([
      fig({ doc: 'x.txt', line: 70, metric: '现有托育机构', value: 477, text: '477家' }),
      fig({ doc: 'y.txt', line: 1, metric: '托育服务机构', value: 501, text: '501家', scope: '聊城市' }),
    ]);
    expect(moved.groups[0].key).toBe(report.groups[0].key);
    const changed = checkRecords([
      fig({ doc: 'x.txt', metric: '托育机构', value: 478, text: '478家' }),
      fig({ doc: 'y.txt', metric: '托育机构', value: 501, text: '501家' }),
    ]);
    expect(changed.groups[0].key).not.toBe(report.groups[0].key);
  });

  it('round-trips, suppresses what it holds and notes what is gone', () => {
    const baseline = parseBaseline(serialiseBaseline(baselineOf(report.groups, report.names)));
    expect(baseline.entries).toHaveLength(3);
    const again = withBaseline(report, baseline);
    expect(again.groups).toEqual([]);
    expect(again.names).toEqual([]);
    expect(again.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 3 });
    const fewer = applyBaseline(report.groups.slice(1), [], baseline);
    expect(fewer.gone.map((e) => e.description)).toEqual(
      expect.arrayContaining(['托育机构 (山东省聊城市): 501 家 / 477家', '金增秀 / 金秀秀']),
    );
  });

  it('rejects files that are not a baseline, saying why', () => {
    expect(() => parseBaseline('{')).toThrow(BaselineError);
    expect(() => parseBaseline('[]')).toThrow(/not a liaohealth baseline/);
    expect(() => parseBaseline('{"version":1,"entries":[{"key":1}]}')).toThrow(/entry 1/);
    expect(parseBaseline('\ufeff{"version":1,"entries":[]}').entries).toEqual([]);
  });
});

/** A small XML well-formedness check: balanced tags, quoted attributes, only known entities. */
function expectWellFormed(text: string): void {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token =
    /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/g;
  let consumed = 0;
  for (const m of body.matchAll(token)) {
    expect(m.index, `unexpected markup at ${consumed}: ${body.slice(consumed, consumed + 40)}`).toBe(
      consumed,
    );
    consumed += m[0].length;
    if (m[5] !== undefined) {
      expect(m[5].replace(/&(?:amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<>]/);
      if (stack.length === 0) expect(m[5].trim()).toBe('');
    } else if (m[1]) {
      expect(stack.pop()).toBe(m[2]);
    } else if (!m[4]) {
      stack.push(m[2]);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
}
