// Figures on the five seed pages against an annotation made by hand from the pages alone,
// without seeing the extractor or its output (test/annotations/figures.json):
// precision and recall on doc + line + value + unit + approx, and metric agreement on the matches.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractRecords } from '../src/engine/extract.js';
import type { FigureRecord } from '../src/records.js';

interface Annotated {
  doc: string;
  line: number;
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  approx: string;
  kind: string;
  metric: string | null;
}

const annotations: Annotated[] = JSON.parse(
  readFileSync(new URL('./annotations/figures.json', import.meta.url), 'utf8'),
);
const docs = [...new Set(annotations.map((a) => a.doc))];

const key = (f: Pick<Annotated, 'doc' | 'line' | 'value' | 'min' | 'max' | 'unit' | 'approx'>) =>
  [f.doc, f.line, f.value, f.min, f.max, f.unit, f.approx].join('|');

it('finds the annotated figures on the seed pages', () => {
  const found: FigureRecord[] = docs.flatMap(
    (doc) =>
      extractRecords(readFileSync(new URL(`../fixtures/seeds/${doc}`, import.meta.url), 'utf8'), {
        types: ['figure'],
        doc,
      }) as FigureRecord[],
  );
  const expected = new Map<string, Annotated[]>();
  for (const a of annotations) expected.set(key(a), [...(expected.get(key(a)) ?? []), a]);
  let truePositives = 0;
  let metricExact = 0;
  let metricClose = 0;
  const falsePositives: string[] = [];
  const metricMisses: string[] = [];
  for (const f of found) {
    const pending = expected.get(key(f));
    const a = pending?.shift();
    if (!a) {
      falsePositives.push(
        `${f.doc}:${f.line} ${f.text} -> ${f.value ?? `${f.min}..${f.max}`} ${f.unit} ${f.approx}`,
      );
      continue;
    }
    truePositives++;
    if (a.metric === f.metric) metricExact++;
    if (
      a.metric === f.metric ||
      (a.metric && f.metric && (a.metric.includes(f.metric) || f.metric.includes(a.metric)))
    )
      metricClose++;
    else metricMisses.push(`${f.doc}:${f.line} ${f.text}: ${f.metric} (annotated ${a.metric})`);
  }
  const falseNegatives = [...expected.values()]
    .flat()
    .map((a) => `${a.doc}:${a.line} ${a.text} -> ${a.value ?? `${a.min}..${a.max}`} ${a.unit} ${a.approx}`);
  const precision = truePositives / found.length;
  const recall = truePositives / annotations.length;
  console.log(
    `seed figures: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} (${truePositives}/${found.length} found, ${annotations.length} annotated); ` +
      `metric exact ${(metricExact / truePositives).toFixed(3)}, metric agreeing (equal or one contains the other) ${(metricClose / truePositives).toFixed(3)}`,
  );
  if (falsePositives.length) console.log(`not annotated:\n  ${falsePositives.join('\n  ')}`);
  if (falseNegatives.length) console.log(`missed:\n  ${falseNegatives.join('\n  ')}`);
  if (metricMisses.length) console.log(`metric disagreements:\n  ${metricMisses.join('\n  ')}`);
  // Ratchets: today's scores (floored at the third decimal of the exact value); a drop fails, a gain raises them.
  expect(precision).toBeGreaterThanOrEqual(1);
  expect(recall).toBeGreaterThanOrEqual(0.988);
  expect(metricClose / truePositives).toBeGreaterThanOrEqual(0.956);
});
