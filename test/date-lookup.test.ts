// The date parsers are tried only where their look-up sends them (src/extractors/dates/parse.ts):
// every match of a parser's pattern, searched the plain way over the whole text, must have one of
// its keys between `near` and `reach` units from its start and start with one of its first
// characters, or findDates would miss it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../src/extractors/dates/parse.js';
import dates from './corpus/dates.corpus.js';

/** Characters of the date patterns and of the text around dates. */
const PIECES = [
  ...'年月日号天至到起-—–~～./:0123456789十一二三四五六七八九两〇零廿百千万上下本今去前明次翌同这那',
  ...'季度半份底末初旬时点目现当如眼近期在过不久昨大后个以来最第每满胎头回望展迈入告别立足龄代级',
  ...'体表实出呈发展再相担应充临接靠附将节生假终周提之失纪余多, 。、)”"\n',
];

/** Where the look-up fails a match of `re` in `text`, or null. */
function missed(text: string): string | null {
  for (const p of PARSERS) {
    const global = new RegExp(p.re.source, 'g');
    for (const m of text.matchAll(global)) {
      if (m[0].length === 0) continue;
      const start = m.index;
      // Before the start only what a lookbehind read; after it, only the match's own units.
      const around = text.slice(Math.max(0, start + (p.near ?? 0)), start) + m[0].slice(0, p.reach + 1);
      if (![...p.keys].some((k) => around.includes(k)) || !p.first.includes(text[start]))
        return `${p.rule}: ${m[0]}`;
    }
  }
  return null;
}

describe('date parser look-up', () => {
  it('covers every match in the corpus', () => {
    for (const example of dates.examples) expect(missed(example.text), example.text).toBeNull();
  });

  it('covers every match in random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        expect(missed(pieces.join(''))).toBeNull();
      }),
      { numRuns: 20_000 },
    );
  });
});
