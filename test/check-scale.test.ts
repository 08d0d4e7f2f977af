import { describe, expect, it } from 'vitest';
import { checkArithmetic } from '../src/check/arithmetic.js';
import { checkFigures } from '../src/check/groups.js';
import { checkRecords } from '../src/check/report.js';
import type { FigureRecord } from '../src/records.js';

/** 100,000 figures: 2,000 metrics, each stated in 50 documents. */
function synthetic(): FigureRecord[] {
  const figures: FigureRecord[] = [];
  for (let m = 0; m < 2000; m++) {
    for (let d = 0; d < 50; d++) {
      let value = 45;
      let text = '45%';
      let period: string | null = null;
      let year: number | null = null;
      if (m % 10 === 0 && d === 49) [value, text] = [47, '47%']; // one article disagrees: an error
      if (m % 10 === 1)
        [value, text, period, year] = d % 2 ? [50, '50%', '2025年', 2025] : [45, '45%', '2024', 2024]; // a change over time
      if (m % 10 === 2 && d % 2) [value, text] = [45.21, '45.21%']; // more precise, and consistent
      if (m % 10 === 3) [value, text] = [45 + (d % 3), `${45 + (d % 3)}%`]; // differ, but in another scope each
      const sentence = `指标${m}为${text}。`;
      figures.push({
        type: 'figure',
        doc: `page${d}.txt`,
        article: m % 7,
        headline: null,
        line: m + 1,
        column: 1,
        start: 0,
        end: text.length,
        text,
        sentence,
        value,
        min: null,
        max: null,
        unit: '%',
        approx: 'exact',
        kind: 'percent',
        metric: `指标${m}`,
        scope: m % 10 === 3 ? `第${d}区` : '全市',
        place: m % 10 === 3 ? null : '山东省聊城市',
        period,
        periodStart: year === null ? null : `${year}-01-01`,
        periodEnd: year === null ? null : `${year}-12-31`,
        asOf: year === null ? null : `${year}-12-31`,
        aspect: 'state',
      });
    }
  }
  return figures;
}

describe('check at scale', () => {
  it('groups 100,000 figures with maps and reports exactly the planted differences', () => {
    const figures = synthetic();
    expect(figures).toHaveLength(100_000);
    const groups = checkFigures(figures);
    const errors = groups.filter((g) => g.severity === 'error');
    const warnings = groups.filter((g) => g.severity === 'warning');
    expect(errors).toHaveLength(200);
    expect(warnings).toHaveLength(200);
    expect(errors.every((g) => Number(g.metric.slice(2)) % 10 === 0 && g.values.length === 50)).toBe(true);
    expect(warnings.every((g) => Number(g.metric.slice(2)) % 10 === 1 && g.values.length === 50)).toBe(true);
    expect(new Set(groups.map((g) => g.key)).size).toBe(400);
  });
});

/**
 * 100,000 figures in sentences that state relations, a quarter of each kind: totals with their
 * parts (4 figures), changes (3), shares with their whole (3), a count and its rate (2). Every
 * tenth total, change and share does not add up; the rates all imply one population.
 */
function related(): FigureRecord[] {
  const figures: FigureRecord[] = [];
  const add = (
    doc: string,
    line: number,
    sentence: string,
    kind: FigureRecord['kind'],
    metric: string,
    parts: [string, number, string][],
  ) => {
    for (const [text, value, unit] of parts) {
      const k = unit === '%' ? 'percent' : kind;
      figures.push({
        type: 'figure',
        doc,
        article: 0,
        headline: null,
        line,
        column: 1,
        start: 0,
        end: text.length,
        text,
        sentence,
        value,
        min: null,
        max: null,
        unit,
        approx: 'exact',
        kind: k,
        metric: k === 'percent' && metric.startsWith('占') ? metric : metric.replace(/^占|总数的$/g, ''),
        scope: '全市',
        place: '山东省聊城市',
        period: null,
        periodStart: '2025-06-30',
        periodEnd: '2025-06-30',
        asOf: '2025-06-30',
        aspect: 'state',
      });
    }
  };
  let n = 0;
  for (let line = 1; figures.length < 100_000; line++) {
    const doc = `page${line % 500}.txt`;
    const odd = line % 40 < 4; // every tenth sentence of each of the four kinds
    switch (line % 4) {
      case 0: {
        const total = odd ? 13 : 12;
        add(doc, line, `机构${n}共有${total}家，其中甲区5家、乙区4家、丙区3家。`, 'count', `机构${n}`, [
          [`${total}家`, total, '家'],
          ['5家', 5, '家'],
          ['4家', 4, '家'],
          ['3家', 3, '家'],
        ]);
        break;
      }
      case 1: {
        const stated = odd ? 25 : 15;
        add(doc, line, `床位${n}由600张增加到690张，增长${stated}%。`, 'count', `床位${n}`, [
          ['600张', 600, '张'],
          ['690张', 690, '张'],
          [`${stated}%`, stated, '%'],
        ]);
        break;
      }
      case 2: {
        const share = odd ? 70 : 60;
        const sentence = `医院${n}达200家，民办医院${n}120家，占医院${n}总数的${share}%。`;
        add(doc, line, sentence, 'count', `医院${n}`, [['200家', 200, '家']]);
        add(doc, line, sentence, 'count', `民办医院${n}`, [['120家', 120, '家']]);
        add(doc, line, sentence, 'percent', `占医院${n}总数的`, [[`${share}%`, share, '%']]);
        break;
      }
      case 3: {
        const sentence = `护士${n}1200名，每千人口护士${n}数2.4人。`;
        add(doc, line, sentence, 'count', `护士${n}`, [['1200名', 1200, '名']]);
        add(doc, line, sentence, 'rate', `每千人口护士${n}数`, [['2.4人', 2.4, '人']]);
        break;
      }
    }
    n++;
  }
  return figures.slice(0, 100_000);
}

describe('arithmetic at scale', () => {
  it('checks 100,000 figures (groups and arithmetic) in well under 5 s', () => {
    const figures = synthetic();
    const started = performance.now();
    const report = checkRecords(figures);
    const elapsed = performance.now() - started;
    expect(report.groups).toHaveLength(400);
    expect(report.arithmetic).toEqual([]);
    expect(elapsed).toBeLessThan(5000);
  });

  it('finds exactly the planted relations that do not add up among 100,000 related figures', () => {
    const figures = related();
    const started = performance.now();
    const found = checkArithmetic(figures);
    const elapsed = performance.now() - started;
    const planted = new Set<number>();
    for (const f of figures) if (f.line % 40 < 4 && f.line % 4 !== 3) planted.add(f.line);
    expect(new Set(found.map((a) => a.figures[0].line))).toEqual(planted);
    expect(new Set(found.map((a) => a.relation))).toEqual(new Set(['total', 'change', 'share']));
    expect(elapsed).toBeLessThan(5000);
  });
});
