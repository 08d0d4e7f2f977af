// The extractor registry and the order the engine runs it in: needs first, only what a run asks
// for, and a clear error for a registry that cannot be ordered.

import { describe, expect, it } from 'vitest';
import { runOrder } from '../src/engine/order.js';
import { EXTRACTORS } from '../src/extractors/registry.js';
import type { AnyExtractor } from '../src/extractors/types.js';
import { RECORD_TYPES, type RecordType } from '../src/records.js';

/** A registry entry that finds nothing: only its type and needs matter to the order. */
function entry(type: RecordType, needs: RecordType[]): AnyExtractor {
  return { type, needs, extract: () => [] } as AnyExtractor;
}

const typesOf = (order: AnyExtractor[]) => order.map((e) => e.type);

describe('the extractor registry', () => {
  it('has one extractor for every record type', () => {
    expect(EXTRACTORS.map((e) => e.type).sort()).toEqual([...RECORD_TYPES].sort());
  });

  it('runs dates and institutions before figures, institutions before people', () => {
    expect(typesOf(runOrder(RECORD_TYPES, EXTRACTORS))).toEqual(['date', 'institution', 'figure', 'person']);
  });

  it('runs only what the asked types need', () => {
    expect(typesOf(runOrder(['person'], EXTRACTORS))).toEqual(['institution', 'person']);
    expect(typesOf(runOrder(['date'], EXTRACTORS))).toEqual(['date']);
  });
});

describe('runOrder', () => {
  it('puts each extractor after everything it needs, however they are listed', () => {
    const registry = [entry('person', ['figure']), entry('figure', ['date']), entry('date', [])];
    expect(typesOf(runOrder(['person'], registry))).toEqual(['date', 'figure', 'person']);
  });

  it('names the extractor whose need no extractor produces', () => {
    expect(() => runOrder(['figure'], [entry('figure', ['date'])])).toThrow(
      'the figure extractor needs date records, which no extractor produces',
    );
    expect(() => runOrder(['person'], [])).toThrow('no extractor produces person records');
  });

  it('names the cycle', () => {
    const registry = [entry('figure', ['date']), entry('date', ['person']), entry('person', ['figure'])];
    expect(() => runOrder(['figure'], registry)).toThrow(
      'extractors need each other round a cycle: figure needs date needs person needs figure',
    );
  });

  it('refuses two extractors of one type', () => {
    expect(() => runOrder(['date'], [entry('date', []), entry('date', [])])).toThrow(
      'two extractors produce date records',
    );
  });
});
