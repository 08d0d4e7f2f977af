// Calendar values: what a date expression states (a Point), a reference date, and the small
// amount of arithmetic needed to resolve one against the other. No clock is ever read.

/** What an expression states about a calendar point; a field is absent when not stated. */
export interface Point {
  year?: number;
  month?: number;
  day?: number;
  /** A part of the year, as months [first, last]: 上半年 -> [1, 6], 第一季度 -> [1, 3]. */
  part?: [number, number];
  /** The month an end or start of year means (年底 -> 12, 年初 -> 1); the value keeps the year. */
  edge?: number;
  /** Years after the article's year: 今年 0, 去年 -1. */
  relYear?: number;
  /** Years after the year the sentence has just stated (上年 -1, 次年 +1); wins over relYear when there is one. */
  anchorYear?: number;
  relMonth?: number;
  relDay?: number;
}

/** A reference date: a full date, or only a year when that is all the page says. */
export interface Reference {
  year: number;
  month: number | null;
  day: number | null;
}

export function isRelative(p: Point): boolean {
  return (
    p.relYear !== undefined ||
    p.anchorYear !== undefined ||
    p.relMonth !== undefined ||
    p.relDay !== undefined
  );
}

/** The finest unit a point states: 3 day, 2 month, 1 year (or part of a year). */
export function granularity(p: Point): number {
  if (p.day !== undefined || p.relDay !== undefined) return 3;
  if (p.month !== undefined || p.relMonth !== undefined) return 2;
  return 1;
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2)
    return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad2 = (n: number) => String(n).padStart(2, '0');
export const pad4 = (n: number) => String(n).padStart(4, '0');

export function ymd(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** ICU's Chinese calendar, which Node carries: parts month ("5", a leap month "4bis"), day, relatedYear. */
const CHINESE_CALENDAR = new Intl.DateTimeFormat('en-u-ca-chinese', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
const lunarDays = new Map<string, number | null>();
const LUNAR_SEARCH_DAYS = 90;

/**
 * The day number (see dayNumber) of day `day` of month `month` (not a leap month) of the Chinese
 * year that begins in Gregorian `year`, or null outside ICU's range. A lunar month m begins
 * on or after 21 January + 29(m - 1) days, and its day 30 at most 76 days after that (1900-2100,
 * a leap month before it included: the twelfth month of 1984): searched for 90 days.
 */
export function lunarDay(year: number, month: number, day: number): number | null {
  const key = `${year}-${month}-${day}`;
  const known = lunarDays.get(key);
  if (known !== undefined) return known;
  let found: number | null = null;
  const from = dayNumber(year, 1, 21) + (month - 1) * 29;
  for (let n = from; n < from + LUNAR_SEARCH_DAYS && found === null; n++) {
    const parts = CHINESE_CALENDAR.formatToParts(n * 86_400_000);
    const part = (type: string) => parts.find((p) => p.type === type)?.value;
    if (
      part('relatedYear') === String(year) &&
      part('month') === String(month) &&
      part('day') === String(day)
    )
      found = n;
  }
  lunarDays.set(key, found);
  return found;
}

export function ym(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

/** ISO 8601 of what a non-relative point states: 2024-02-07, 2002-09, 2026, --03-11, --03. */
export function statedIso(p: Point): string {
  if (p.year === undefined) {
    if (p.month === undefined) return '';
    return p.day === undefined ? `--${pad2(p.month)}` : `--${pad2(p.month)}-${pad2(p.day)}`;
  }
  if (p.month !== undefined) return p.day === undefined ? ym(p.year, p.month) : ymd(p.year, p.month, p.day);
  if (p.part) return `${ym(p.year, p.part[0])}/${ym(p.year, p.part[1])}`;
  return pad4(p.year);
}

/** A point with every stated and inferred field filled in, as ISO 8601; null if it cannot be. */
export function fullIso(p: Point & { year: number }): string {
  if (p.month !== undefined) return p.day === undefined ? ym(p.year, p.month) : ymd(p.year, p.month, p.day);
  if (p.part) return `${ym(p.year, p.part[0])}/${ym(p.year, p.part[1])}`;
  if (p.edge !== undefined) return ym(p.year, p.edge);
  return pad4(p.year);
}

export function parseReference(s: string | null | undefined): Reference | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, month: null, day: null };
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function referenceIso(r: Reference): string {
  return r.month !== null && r.day !== null ? ymd(r.year, r.month, r.day) : pad4(r.year);
}

/**
 * Days since 1970-01-01, for comparing and shifting dates: a day a month may have (2月29日 in a
 * common year is 1 March, as Date reads it). Counted, not made a Date: nearestYear asks nine
 * times per month-day.
 */
export function dayNumber(year: number, month: number, day: number): number {
  // Years from 1 March, so that a leap day ends the year (H. Hinnant's days_from_civil).
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The ISO day of a day number (see dayNumber). */
export function dayIso(n: number): string {
  const d = fromDayNumber(n);
  return ymd(d.year, d.month, d.day);
}

/**
 * The year of a year-less month(-day) read on the reference date. Papers report what has
 * happened, and announce a little of what is to come: the last occurrence up to the reference,
 * unless the next one is nearer and within two months (a paper of 5 January writing 12月28日
 * means the December before; one of 7 February writing 2月13日 means the coming week). Only the
 * reference year when the reference is a year.
 */
export function nearestYear(month: number, day: number | undefined, ref: Reference): number {
  return nearestOccurrence(
    (y) =>
      day !== undefined && !isValidDay(y, month, day)
        ? null
        : dayNumber(y, month, day ?? daysInMonth(y, month)),
    ref,
  );
}

/**
 * The year whose occurrence of a day (`dayIn`: its day number in a year, or null when it has
 * none that year) is nearest the reference as nearestYear reads it: a holiday's too (a paper of
 * 28 December writing 春节期间 means the coming one).
 */
export function nearestOccurrence(dayIn: (year: number) => number | null, ref: Reference): number {
  if (ref.month === null || ref.day === null) return ref.year;
  const target = dayNumber(ref.year, ref.month, ref.day);
  let past: { year: number; n: number } | null = null;
  let future: { year: number; n: number } | null = null;
  // Four years either side, so that 2月29日 finds a leap year.
  for (let y = ref.year - 4; y <= ref.year + 4; y++) {
    const n = dayIn(y);
    if (n === null) continue;
    if (n <= target && (!past || n > past.n)) past = { year: y, n };
    if (n > target && (!future || n < future.n)) future = { year: y, n };
  }
  if (future && future.n - target <= 60 && (!past || future.n - target < target - past.n)) return future.year;
  return past?.year ?? future?.year ?? ref.year;
}
