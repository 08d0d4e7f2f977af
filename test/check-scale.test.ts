import { describe, expect, it } from 'vitest';
import { checkFigures } from '../src/check/groups.js';
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
      if (m % 10 === 1) [value, text, period, year] = d % 2 ? [50, '50%', '2025年', 2025] : [45, '45%', '2024', 2024]; // a change over time
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
