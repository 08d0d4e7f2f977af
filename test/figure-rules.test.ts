// Every rule of the figure scanner has at least one example in the figure corpus that it makes.
import { expect, it } from 'vitest';
import { FIGURE_RULES } from '../src/extractors/figures/scan.js';
import { extractRecords } from '../src/engine/extract.js';
import corpus from './corpus/figures.corpus.js';

it('every figure rule has a corpus example', () => {
  const used = new Set<string>();
  // A todo example shows what no rule makes yet: it proves no rule's use.
  for (const { text } of corpus.examples.filter((e) => !e.todo)) {
    for (const r of extractRecords(text, { types: ['figure'], explain: true }))
      used.add((r as { rule?: string }).rule ?? '');
  }
  expect(Object.keys(FIGURE_RULES).filter((rule) => !used.has(rule))).toEqual([]);
});
