// dayNumber counts days instead of making a Date: it must give what Date gives for every day a
// month may have (2月29日 of a common year is 1 March for both).

import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth } from '../src/extractors/dates/calendar.js';

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
