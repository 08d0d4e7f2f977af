import { describe, expect, it } from 'vitest';
import {
  parseChineseNumber,
  parseGuessRange,
  parseIndefinite,
  parseNumber,
} from '../src/extractors/numerals.js';

describe('numerals', () => {
  it.each([
    ['3.12万', 31200],
    ['1.9亿', 190000000],
    ['164.84亿', 16484000000],
    ['1,000', 1000],
    ['5千万', 50000000],
    ['7万5千4百', 75400],
    ['二十', 20],
    ['两千零五', 2005],
    ['一百零五', 105],
    ['廿', 20],
    ['一千六', 1600],
    ['一万三', 13000],
    ['九十二万四', 924000],
    ['五亿零六', 500000006],
    ['三点五', 3.5],
    ['壹佰伍拾', 150],
    ['三点二五万', 32500],
    ['一百零五点六亿', 10560000000],
    ['四点九亿', 490000000],
    ['壹万', 10000],
  ])('%s -> %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each(['百', '二三万', '十四五', '万', 'abc', ''])('%s is no number', (text) =>
    expect(parseNumber(text)).toBeNull(),
  );

  it('reads digits one by one in years', () => expect(parseChineseNumber('二〇二四')).toBe(2024));

  it.each([
    ['六七千', [6000, 7000]],
    ['三四十', [30, 40]],
    ['十五六', [15, 16]],
    ['二三十万', [200000, 300000]],
    ['两三', [2, 3]],
  ] as const)('guess %s', (text, range) => expect(parseGuessRange(text)).toEqual(range));

  it.each([
    ['数十', [20, 90]],
    ['几十', [20, 90]],
    ['数百', [200, 900]],
    ['几万', [20000, 90000]],
    ['十几', [11, 19]],
    ['二十几', [21, 29]],
    ['十几万', [110000, 190000]],
  ] as const)('indefinite %s', (text, range) => expect(parseIndefinite(text)).toEqual(range));

  it.each(['数', '几', '几十几', '一十几百'])('%s is no indefinite amount', (text) =>
    expect(parseIndefinite(text)).toBeNull(),
  );

  it('stays linear on hostile input', () => {
    const t = Date.now();
    for (const s of ['万'.repeat(100000), '〇'.repeat(100000), '十'.repeat(100000), '9'.repeat(100000)]) {
      parseNumber(s);
      parseGuessRange(s);
    }
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
