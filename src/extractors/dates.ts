// `date` records: absolute, partial, ranges and relative dates, each resolved against the
// article's reference date.
//
// Values (ISO 8601, as far as the text states it):
//   2024年2月7日 -> 2024-02-07 · 2002年9月 -> 2002-09 · 2026年, 2024年度 -> 2026, 2024
//   3月11日 -> --03-11 · 9月 -> --09 · 2017年上半年 -> 2017-01/2017-06 · 2024年第一季度 -> 2024-01/2024-03
//   2026年底(前) -> 2026 (resolved 2026-12; 年初 resolves to January)
//   ranges, one record: 2024年2月7日至2月13日 -> 2024-02-07/2024-02-13 · 2020年至2025年 -> 2020/2025
//   即日起至2025年11月30日 -> ../2025-11-30 (ISO 8601-2 open start: "today" is relative, relative true)
//   relative (今年, 去年11月, 上半年, 目前, 近日, 近五年, 今年以来, 当日): value null, relative true.
// `resolved` is the value with what the page implies filled in, or null. It never comes from the clock.
//
// The reference date of an article: --ref-date when given; otherwise its latest date in the page's
// year (a year-less month-day is read on the page's date, see nearestYear), else the page's date.
// The page's date: the issue date the page prints at its top (2025年4月23日 星期三) when it does;
// else its year (the latest year it states, targets such as 到2030年 and deadlines such as
// 2026年底前 aside) with the page's latest date in that year (its articles' datelines, 4月23日讯).
// The page's dates are worked out once per page, in the engine's page step (src/engine/page.ts).

import type { Article } from '../pipeline/segment.js';
import {
  AS_OF_MARKERS,
  BACK_REFERENCE_YEARS,
  COMPARISON_MARKERS,
  HOLIDAYS,
  ORIGIN_MARKERS,
  PLAN_MARKERS,
  TARGET_MARKERS,
  WEEKDAY_WORDS,
} from '../lexicon/dates.js';
import {
  daysInMonth,
  dayIso,
  dayNumber,
  fromDayNumber,
  fullIso,
  granularity,
  isRelative,
  isValidDay,
  lunarDay,
  nearestOccurrence,
  nearestYear,
  parseReference,
  referenceIso,
  statedIso,
  ymd,
  type Point,
  type Reference,
} from './dates/calendar.js';
import { findDates, type Candidate } from './dates/parse.js';
import type { ArticleContext, DateMention } from './types.js';
import { sentenceAt } from './types.js';

/** What a page says of its dates, for every article of it. */
export interface PageDates {
  /** Candidates per article index. */
  candidates: Candidate[][];
  year: number | null;
  reference: Reference | null;
  /** Each article's own reference, inferred from the text. */
  articleReferences: (Reference | null)[];
}

export function extractDates(ctx: ArticleContext): DateMention[] {
  const page = ctx.page.dates;
  const candidates =
    page.candidates[ctx.article.index] ?? findDates(ctx.text, ctx.article.start, ctx.article.end);
  const given = parseReference(ctx.refDate);
  const own = given ?? page.articleReferences[ctx.article.index];
  // "Now" (目前, 今年以来 up to when) is the article's own day: another article's dateline on the
  // page says when that one was written; the page's year holds for all of them.
  const now = own ?? (page.reference && { year: page.reference.year, month: null, day: null });
  return toDateMentions(
    ctx.text,
    ctx.article,
    candidates,
    own ?? page.reference,
    given ?? page.reference,
    now,
  );
}

/**
 * The day a figure stated "now" (目前, 现有) holds on, YYYY-MM-DD: --ref-date, else the article's
 * own date, else the page's date (a level printed on a page is the page's news); null when none
 * is known to the day. (A `date` record's 目前 takes only the article's own date: see extractDates.)
 */
export function articleToday(ctx: ArticleContext): string | null {
  const page = ctx.page.dates;
  const day = parseReference(ctx.refDate) ?? page.articleReferences[ctx.article.index] ?? page.reference;
  return day && day.month !== null ? referenceIso(day) : null;
}

// ---- page facts -------------------------------------------------------------------------------

export function pageDates(text: string, articles: readonly Article[]): PageDates {
  const candidates = articles.map((a) => findDates(text, a.start, a.end));
  // Dates of plans say when something will happen, not when the page was written.
  const current = candidates.map((own) =>
    own.filter((c) => !PLAN_MARKERS.some((w) => text.startsWith(w, c.end))),
  );
  const all: Candidate[] = []; // a loop, not current.flat(): V8's flat costs microseconds a call
  for (const own of current) for (const c of own) all.push(c);
  const issue = issueDate(text);
  const year = issue?.year ?? pageYear(text, all);
  let reference: Reference | null = issue;
  if (year !== null && reference === null) {
    // Stated full dates first; month-days then take the year of their occurrence nearest to them.
    const yearOnly = { year, month: null, day: null };
    const stated = latestIn(all, (y) => y === year, yearOnly, null, false);
    reference = latestIn(all, (y) => y === year, stated ?? yearOnly, null, true) ?? yearOnly;
  }
  const articleReferences = current.map((own) =>
    year === null || reference === null
      ? null
      : latestIn(own, (y) => y === year || y === year - 1, reference, reference, true),
  );
  return { candidates, year, reference, articleReferences };
}

/** A full date on a line of its own (a weekday may follow) among a page's first lines. */
const ISSUE_LINE = new RegExp(
  `^\\s*(\\d{4})(?:年|-)(\\d{1,2})(?:月|-)(\\d{1,2})日?\\s*(?:(?:${WEEKDAY_WORDS.join('|')})[一二三四五六日天])?\\s*$`,
);
const ISSUE_LINES = 3;

/** The issue date a page prints at its top (2025年4月23日 星期三), or null. */
function issueDate(text: string): Reference | null {
  // Line by line from the top: splitting the whole page would copy all of it.
  let seen = 0;
  for (let at = 0; at < text.length && seen < ISSUE_LINES; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    at = end + 1;
    if (line.trim() === '') continue;
    seen++;
    const m = ISSUE_LINE.exec(line);
    if (m && isValidDay(Number(m[1]), Number(m[2]), Number(m[3])))
      return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return null;
}

/** The latest year the page states as its own time: not a target (到2030年), a deadline (底前) or a start (从2020年). */
function pageYear(text: string, candidates: Candidate[]): number | null {
  let best: number | null = null;
  for (const c of candidates) {
    const points: Point[] =
      c.shape.kind === 'point' && !c.shape.deadline
        ? [c.shape.point]
        : // 即日起至2025年11月30日 runs from an unstated today to a deadline: it says nothing of the page's year.
          // A span of whole years (2021—2025年, 2025—2027年) is a plan's or a review's period.
          c.shape.kind === 'range' && c.shape.from !== null && c.shape.to.month !== undefined
          ? [c.shape.from, c.shape.to].filter((p): p is Point => p !== null)
          : [];
    let latest: number | null = null;
    for (const p of points) {
      if (p.year === undefined || isRelative(p) || p.year < 1900 || p.year > 2199) continue;
      if (latest === null || p.year > latest) latest = p.year;
    }
    // Asked only of a candidate that states a year (most state none): the words before it are sliced.
    if (latest === null || isNotThePagesTime(text, c.start)) continue;
    // A year's bulletin or annual report (2024年度统计公报) is published when that year is over.
    if (c.shape.kind === 'point' && c.shape.point.month === undefined && reportsOnYear(text, c.end)) latest++;
    if (best === null || latest > best) best = latest;
  }
  return best;
}

/** A bulletin (统计公报) or final accounts (决算) named in the year's clause. */
const BULLETIN_AFTER = /^[^,;:。!?、]{0,16}?(?:公报|决算)/;
/** A report, not a government's 工作报告 (named by the year it is delivered in). */
const REPORT_AFTER = /^[^,;:。!?、]{0,16}?(?<!工作)报告/;

/** Whether the year ending at `end` names the year a bulletin or an annual (年度) report is on. */
function reportsOnYear(text: string, end: number): boolean {
  const after = text.slice(end, end + 20);
  if (BULLETIN_AFTER.test(after)) return true;
  const annual = text.startsWith('年度', end - 2) || after.startsWith('度') || after.startsWith('年度');
  return annual && REPORT_AFTER.test(after);
}

/** A target (到2030年), a span's start (从2020年) or a comparison's base (较2023年). */
function isNotThePagesTime(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (AS_OF_MARKERS.some((w) => before.endsWith(w))) return false;
  return [TARGET_MARKERS, ORIGIN_MARKERS, COMPARISON_MARKERS].some((markers) =>
    markers.some((w) => before.endsWith(w)),
  );
}

/**
 * The latest day-precise date among candidates whose year is accepted (range ends aside: they
 * are often future). With `monthDays`, a year-less month-day counts too, in the year of its
 * occurrence nearest `place`; a date after `limit` does not count.
 */
function latestIn(
  candidates: Candidate[],
  accept: (year: number) => boolean,
  place: Reference,
  limit: Reference | null,
  monthDays: boolean,
): Reference | null {
  let best: Reference | null = null;
  let bestN = -Infinity;
  const max =
    limit && limit.month !== null && limit.day !== null
      ? dayNumber(limit.year, limit.month, limit.day)
      : Infinity;
  for (const c of candidates) {
    const p = c.shape.kind === 'point' ? c.shape.point : c.shape.kind === 'range' ? c.shape.from : null;
    if (!p || isRelative(p) || granularity(p) !== 3 || p.month === undefined || p.day === undefined) continue;
    if (p.year === undefined && !monthDays) continue;
    const y = p.year ?? nearestYear(p.month, p.day, place);
    if (!accept(y)) continue;
    const n = dayNumber(y, p.month, p.day);
    if (n > max || n <= bestN) continue;
    best = { year: y, month: p.month, day: p.day };
    bestN = n;
  }
  return best;
}

// ---- records ----------------------------------------------------------------------------------

/**
 * `reference` is the article's date; `monthDayReference` places year-less month-days (the page's
 * date, so that every article on a page reads 3月9日 the same way); `now` is the article's own
 * date, or only the page's year when the article states no day.
 */
function toDateMentions(
  text: string,
  article: Article,
  candidates: Candidate[],
  reference: Reference | null,
  monthDayReference: Reference | null,
  now: Reference | null,
): DateMention[] {
  const mentions: DateMention[] = [];
  let lastDay: string | null = null;
  let lastYear = null as { year: number; at: number } | null;
  for (const c of candidates) {
    const anchored =
      lastYear &&
      (lastYear.at >= sentenceAt(article, c.start).start ||
        BACK_REFERENCE_YEARS.includes(text.slice(c.start, c.end)));
    const anchor: number | null = anchored ? lastYear!.year : null;
    const resolver = (p: Point) => resolvePoint(p, reference, monthDayReference, anchor);
    let value: string | null = null;
    let resolved: string | null = null;
    let relative = true;
    const s = c.shape;
    switch (s.kind) {
      case 'point': {
        relative = isRelative(s.point);
        value = relative ? null : statedIso(s.point);
        const r = resolver(s.point);
        resolved = r ? fullIso(r) : null;
        break;
      }
      case 'range': {
        const to = s.to;
        if (s.from === null) {
          value = isRelative(to) ? null : `../${statedIso(to)}`; // ISO 8601-2: an open start
          const r = resolver(to);
          const ref = reference && reference.month !== null ? referenceIso(reference) : null;
          resolved = r && ref && ref <= fullIso(r) ? `${ref}/${fullIso(r)}` : null;
          break;
        }
        relative = isRelative(s.from) || isRelative(to);
        value = relative ? null : `${statedIso(s.from)}/${statedIso(to)}`;
        let rf = resolver(s.from);
        let rt = resolver(to);
        if (rf && rt && to.year === undefined && to.relYear === undefined) {
          if (statesNoYear(s.from)) {
            // A range with no year at all is placed by its end, its start before it: 1月至11月
            // said in December is this year's (what a page reports is mostly past), 12月28日至1月3日
            // wraps past New Year.
            rf = { ...rf, year: rt.year };
            if (fullIso(rf) > fullIso(rt)) rf.year--;
          } else {
            // A range whose start has the year takes it and wraps past New Year (2024年12月28日至1月3日).
            rt = { ...rt, year: rf.year };
            if (fullIso(rt) < fullIso(rf)) rt.year++;
          }
        }
        resolved = rf && rt ? `${fullIso(rf)}/${fullIso(rt)}` : null;
        break;
      }
      case 'now':
        resolved = now && now.month !== null ? referenceIso(now) : null;
        break;
      case 'since': {
        const r = resolver(s.point);
        if (r && now) {
          const full = now.month !== null && now.day !== null;
          resolved =
            full && r.year <= now.year
              ? `${ymd(r.year, 1, 1)}/${referenceIso(now)}`
              : r.year < now.year
                ? `${r.year}/${now.year}`
                : `${r.year}`;
        }
        break;
      }
      case 'recent':
        if (s.years !== null && reference) {
          const { year, month, day } = reference;
          resolved =
            month !== null && day !== null
              ? `${ymd(year - s.years, month, Math.min(day, daysInMonth(year - s.years, month)))}/${referenceIso(reference)}`
              : `${year - s.years}/${year}`;
        }
        break;
      case 'holiday': {
        // Its days in the year written, else in the year of the occurrence nearest the article's
        // date (28 December's 春节期间 is the coming one); 清明 (a solar term) is at least of its year.
        const inYear = (y: number) => {
          const days = holidayDays(s.name, y);
          return days ? `${dayIso(days.first)}/${dayIso(days.last)}` : null;
        };
        const year =
          s.year ??
          (reference ? nearestOccurrence((y) => holidayDays(s.name, y)?.first ?? null, reference) : null);
        const days = year === null ? null : inYear(year);
        value = s.year === null ? null : (days ?? `${s.year}`);
        relative = s.year === null;
        resolved = days ?? value;
        break;
      }
      case 'recentSpan':
        if (reference && reference.month !== null && reference.day !== null)
          resolved = `${spanStart(reference, s.n, s.unit)}/${referenceIso(reference)}`;
        break;
      case 'sameDay':
        resolved = lastDay && s.days ? daysAfter(lastDay, s.days) : lastDay;
        break;
      case 'weekday':
        resolved = weekdayOf(now, s.weeks, s.day);
        break;
      case 'week': {
        const from = weekdayOf(now, s.weeks, s.weekend ? 6 : 1);
        resolved = from && `${from}/${weekdayOf(now, s.weeks, 7)}`;
        break;
      }
    }
    if (resolved !== null && dayPrecise(c)) lastDay = resolved;
    // 2019年…,次年…,同年…: an anchored year becomes the anchor of the next; a year looked back to is
    // not (2011年…比上年增长…,比上年增长: each 上年 is 2010, the year before the one reported).
    const year: number | null =
      statedYear(c) ??
      (s.kind === 'point' && s.point.anchorYear !== undefined && s.point.anchorYear >= 0 && anchor !== null
        ? anchor + s.point.anchorYear
        : null);
    if (year !== null) lastYear = { year, at: c.start };
    mentions.push({ start: c.start, end: c.end, rule: c.rule, fields: { value, resolved, relative } });
  }
  return mentions;
}

/**
 * The ISO day of weekday `day` (1 Monday … 7 Sunday) in the week `weeks` after the week of `now`,
 * or null when `now` is no day.
 */
function weekdayOf(now: Reference | null, weeks: number, day: number): string | null {
  if (!now || now.month === null || now.day === null) return null;
  const today = dayNumber(now.year, now.month, now.day);
  // Day 0 (1970-01-01) was a Thursday: (n + 3) mod 7 is 0 on Mondays.
  const monday = today - ((((today + 3) % 7) + 7) % 7);
  return dayIso(monday + 7 * weeks + day - 1);
}

/**
 * The first day of the last `n` days, weeks or months up to `to` (a day): 近7天 on 3月10日 is
 * 3月4日; 近3个月 on 3月10日 is 12月10日, as 近五年 is the same day five years before.
 */
function spanStart(to: Reference, n: number, unit: 'day' | 'week' | 'month'): string {
  const { year, month, day } = to as { year: number; month: number; day: number };
  if (unit !== 'month') return dayIso(dayNumber(year, month, day) - n * (unit === 'week' ? 7 : 1) + 1);
  const months = year * 12 + (month - 1) - n;
  const y = Math.floor(months / 12);
  const m = (months % 12) + 1;
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The ISO day `days` after an ISO day (2024-11-30 + 1 = 2024-12-01). */
function daysAfter(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return dayIso(dayNumber(year, month, day) + days);
}

function statesNoYear(p: Point): boolean {
  return p.year === undefined && p.relYear === undefined && p.anchorYear === undefined;
}

function dayPrecise(c: Candidate): boolean {
  return (
    (c.shape.kind === 'point' && granularity(c.shape.point) === 3) ||
    c.shape.kind === 'sameDay' ||
    c.shape.kind === 'weekday'
  );
}

/** The year a candidate states outright, if any: what 上年, 次年, 同年 after it count from. */
function statedYear(c: Candidate): number | null {
  const s = c.shape;
  const p = s.kind === 'point' ? s.point : s.kind === 'range' ? s.to : null;
  return p && !isRelative(p) && p.year !== undefined ? p.year : null;
}

/** A point placed in a year: what `fullIso` reads of it. */
type ResolvedPoint = Pick<Point, 'month' | 'day' | 'part' | 'edge'> & { year: number };

/** `p` in `year`, in one shape whatever fields `p` has (a spread of a point's many shapes was slow). */
function inYear(p: Point, year: number): ResolvedPoint {
  return { year, month: p.month, day: p.day, part: p.part, edge: p.edge };
}

function resolvePoint(
  p: Point,
  ref: Reference | null,
  monthDayRef: Reference | null,
  anchor: number | null,
): ResolvedPoint | null {
  if (p.year !== undefined) return inYear(p, p.year);
  if (p.anchorYear !== undefined && anchor !== null) return inYear(p, anchor + p.anchorYear);
  if (p.relYear !== undefined) return ref ? inYear(p, ref.year + p.relYear) : null;
  if (p.relMonth !== undefined) {
    if (!ref || ref.month === null) return null;
    const index = ref.year * 12 + ref.month - 1 + p.relMonth;
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    if (p.day === undefined) return { year, month };
    return isValidDay(year, month, p.day) ? { year, month, day: p.day } : null;
  }
  if (p.relDay !== undefined) {
    if (!ref || ref.month === null || ref.day === null) return null;
    const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + p.relDay);
    return { year: d.year, month: d.month, day: d.day };
  }
  if (p.month !== undefined) {
    const r = monthDayRef ?? ref;
    return r ? inYear(p, nearestYear(p.month, p.day, r)) : null;
  }
  return null;
}

/** A holiday's days in year `year` (day numbers), or null when they cannot be told (清明). */
function holidayDays(name: string, year: number): { first: number; last: number } | null {
  const days = HOLIDAYS[name];
  if (!days) return null;
  if ('solar' in days) {
    const [month, first, last] = days.solar;
    return { first: dayNumber(year, month, first), last: dayNumber(year, month, last) };
  }
  const [month, day, before, after] = days.lunar;
  const n = lunarDay(year, month, day);
  return n === null ? null : { first: n - before, last: n + after };
}
