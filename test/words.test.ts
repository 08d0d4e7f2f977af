// Finder tries a pattern only where one of its first characters stands: it must find exactly
// what the pattern finds on its own, wherever the words stand and however they overlap.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Finder, FinderGroup, isHanSpan, wordPattern } from '../src/extractors/words.js';

const ALPHABET = [...'医院市县人民中心一二三十百万0123456789 ，。𠮷'];
const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));

function regexMatches(pattern: RegExp, s: string): [number, string][] {
  const out: [number, string][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) out.push([m.index, m[0]]);
  return out;
}

describe('Finder', () => {
  it('finds the words of a list as their trie pattern does: leftmost, longest, in order', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (words, s) => {
        const found = Finder.words(words)
          .all(s)
          .map((m): [number, string] => [m.index, m[0]]);
        expect(found).toEqual(regexMatches(wordPattern(words), s));
      }),
      { numRuns: 500 },
    );
  });

  it('finds overlapping words when each search starts one past the last match', () => {
    const finder = Finder.words(['一老一小', '老一', '一小']);
    const starts: string[] = [];
    for (let m = finder.find('一老一小'); m; m = finder.find('一老一小', m.index + 1))
      starts.push(`${m.index}:${m[0]}`);
    expect(starts).toEqual(['0:一老一小', '1:老一', '2:一小']);
  });

  it('keeps a pattern’s groups, and finds nothing where no first character stands', () => {
    const finder = new Finder(/(\d+)(万|亿)/, '0123456789');
    const m = finder.find('共有3.12万个,1.9亿元', 3);
    expect([m?.index, m?.[0], m?.[1]]).toEqual([4, '12万', '12']);
    expect(new Finder(/\d+/, '0123456789').find('没有数字')).toBeNull();
  });
});

describe('FinderGroup', () => {
  it('finds, in one pass, what each of its finders finds alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 7 }),
        text,
        (lists, s) => {
          const found = FinderGroup.words(lists)
            .all(s)
            .map((ms) => ms.map((m): [number, string] => [m.index, m[0]]));
          expect(found).toEqual(lists.map((words) => regexMatches(wordPattern(words), s)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds in a stretch of a text what it finds in that stretch alone, where no word runs past it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 7 }),
        text,
        text,
        text,
        (lists, before, s, after) => {
          const group = FinderGroup.words(lists);
          const found = group
            .all(`${before}\n${s}\n${after}`, before.length + 1, before.length + 1 + s.length)
            .map((ms) => ms.map((m): [number, string] => [m.index, m[0]]));
          expect(found).toEqual(group.all(s).map((ms) => ms.map((m): [number, string] => [m.index, m[0]])));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isHanSpan', () => {
  it('tells what /^[\u4e00-\u9fff]+$/ tells of the same slice', () => {
    fc.assert(
      fc.property(text, fc.nat(70), fc.nat(70), (s, from, to) => {
        expect(isHanSpan(s, from, to)).toBe(/^[\u4e00-\u9fff]+$/.test(s.slice(from, to)));
        expect(isHanSpan(s)).toBe(/^[\u4e00-\u9fff]+$/.test(s));
      }),
      { numRuns: 500 },
    );
  });
});
