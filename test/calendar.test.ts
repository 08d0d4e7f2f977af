// dayNumber counts days instead of making a Date: it must give what Date gives for every day a
// month may have (2月29日 of a common year is 1 March for both).

import { describe, expect, it } from 'vitest';
import { dayIso, dayNumber, daysInMonth, lunarDay } from '../src/extractors/dates/calendar.js';

function byDate(year: number, month: number, day: number): number {
  const t = new Date(Date.UTC(2000, month - 1, day));
  t.setUTCFullYear(year);
  return Math.floor(t.getTime() / 86_400_000);
}

describe('dayNumber', () => {
  it('agrees with Date from year 0 to 2999', () => {
    const wrong: string[] = [];
    for (let year = 0; year < 3000; year++)
      for (let month = 1; month <= 12; month++)
        for (let day = 1; day <= daysInMonth(undefined, month); day++)
          if (dayNumber(year, month, day) !== byDate(year, month, day)) wrong.push(`${year}-${month}-${day}`);
    expect(wrong).toEqual([]);
  });
});

describe('lunarDay', () => {
  // Published dates of the festivals, leap years of the Chinese calendar among them (2020 has a
  // leap fourth month before 端午, 2023 a leap second month).
  it.each([
    [2020, 5, 5, '2020-06-25'],
    [2023, 1, 1, '2023-01-22'],
    [2023, 8, 15, '2023-09-29'],
    [2024, 1, 1, '2024-02-10'],
    [2025, 1, 1, '2025-01-29'],
    [2026, 1, 1, '2026-02-17'],
    [2012, 8, 15, '2012-09-30'],
  ])('%i, lunar month %i, day %i is %s', (year, month, day, iso) => {
    const n = lunarDay(year, month, day);
    expect(n === null ? null : dayIso(n)).toBe(iso);
  });
});
