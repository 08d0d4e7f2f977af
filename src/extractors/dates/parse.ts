// Date candidates in a span of normalised text (chrono style: small parsers, each one concept,
// then refiners that de-overlap and join ranges). Patterns are built once from the lexicon;
// every quantifier is bounded, so each scan is linear in the text.

import { dropOverlaps } from '../../basics.js';
import { parseChineseNumber } from '../numerals.js';
import {
  NOT_DATES,
  NOW_WORDS,
  NOW_WORD_FOLLOWERS,
  NOW_WORD_BLOCKERS,
  OPEN_START,
  RANGE_CONNECTORS,
  RECENT_PREFIXES,
  HOLIDAYS,
  HOLIDAY_AFTER,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  RELATIVE_YEAR_BLOCKERS,
  ANCHORED_YEARS,
  SAME_DAY_WORDS,
  NEXT_DAY_WORDS,
  RELATIVE_WEEKS,
  WEEKDAYS,
  WEEKDAY_WORDS,
  VAGUE_RECENT,
  YEAR_CONTEXT_VERBS,
  YEAR_EDGES,
  YEAR_PARTS,
  FIRST_MONTHS,
  YEAR_START_BLOCKERS,
} from '../../lexicon/dates.js';
import { granularity, isRelative, isValidDay, type Point } from './calendar.js';

export type Shape =
  | { kind: 'point'; point: Point; deadline?: boolean }
  /** `from` null: an open start (即日起至…). */
  | { kind: 'range'; from: Point | null; to: Point }
  | { kind: 'now' }
  /** 今年以来: from the start of the year to the article's date. */
  | { kind: 'since'; point: Point }
  /** 近五年 (years) or 近年来 (null: no definite span). */
  | { kind: 'recent'; years: number | null }
  /** 国庆假期, 2024年春节期间: a holiday of `year` (else the article's year) by its name in HOLIDAYS. */
  | { kind: 'holiday'; name: string; year: number | null }
  /** 近7天, 近两周, 近3个月: the last `n` days, weeks or months up to the article's date. */
  | { kind: 'recentSpan'; n: number; unit: 'day' | 'week' | 'month' }
  /** The day just mentioned (当日), or `days` after it (次日). */
  | { kind: 'sameDay'; days: number }
  /** A weekday (1 Monday … 7 Sunday) of the article's week, `weeks` weeks on (上周五: -1, 5). */
  | { kind: 'weekday'; weeks: number; day: number }
  /** The article's week, `weeks` weeks on, or its weekend (上周, 本周末). */
  | { kind: 'week'; weeks: number; weekend: boolean };

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  shape: Shape;
}

// ---- pattern pieces ---------------------------------------------------------------------------
const CN_DIGITS = '〇零一二三四五六七八九';
const YEAR_AR = '[12]\\d{3}';
const YEAR_CN = `[${CN_DIGITS}]{3,4}|[一两二]千[零〇]?[一二三四五六七八九十]{0,3}`;
const MONTH = '1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]';
/** 4月底, 3月底前, 6月上旬, 12月中下旬: part of a month, kept in the text; the value stays the month. */
const MONTH_EDGE = '(?:底|末|初(?![步心衷])|(?:上中|中下|[上中下])旬)前?';
const DAY_AR = '3[01]|[12]\\d|0?[1-9]';
const DAY_CN =
  '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]';
/** A Chinese-numeral day may go without 日 at the end of a phrase (八月十五). */
const PHRASE_END = '(?=$|[\\s,.;:!?、。)”"])';
const DAY = `(?:(?<da>${DAY_AR})[日号]|(?<dc>${DAY_CN})(?:[日号]|${PHRASE_END}))`;
/** 8月30、31日: the first day of a list writes no 日; the list's last one does (listedDays reads it). */
const DAY_OR_LISTED = `(?:${DAY}|(?<dl>${DAY_AR})(?=[、和及与](?:${DAY_AR})[日号]))`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const CONNECTOR = `\\s?(?:${alt(RANGE_CONNECTORS)})\\s?`;
const PARTS = alt(Object.keys(YEAR_PARTS));
const PARTS_AFTER_YEAR = alt([...Object.keys(YEAR_PARTS), ...Object.keys(FIRST_MONTHS)]);
const EDGES = `(?<edge>[${Object.keys(YEAR_EDGES).join('').replace('初', '')}])(?<before>前)?|(?<start>初)(?![${YEAR_START_BLOCKERS}])`;

/** 2024年2月7日, 2002年9月, 2026年, 2024年度, 2026年底前, 2017年上半年, 二〇二四年三月十一日. */
const YEAR_LED = new RegExp(
  `(?<![\\d.])(?:(?<ya>${YEAR_AR})|(?<![${CN_DIGITS}十百千万两])(?<yc>${YEAR_CN}))年` +
    `(?:\\s?(?<m>${MONTH})月(?:(?<fen>份)|${DAY_OR_LISTED}|${MONTH_EDGE})?|(?<du>度)(?!假)|${EDGES}|(?<part>${PARTS_AFTER_YEAR}))?`,
  'y',
);
/** 3月11日, 九月八号, 一月二十三. */
const MONTH_DAY = new RegExp(`(?<![\\d.年])(?<m>${MONTH})月${DAY_OR_LISTED}`, 'y');
/** 9月, 3月份: a month on its own, Arabic digits only (三月 alone is too often something else). */
const BARE_MONTH = new RegExp(
  `(?<![\\d.第每近满个胎前头])(?<m>1[0-2]|0?[1-9])月(?:(?<fen>份)|${MONTH_EDGE})?(?![龄大余多日号\\d])`,
  'y',
);
/** 2010-01-29, 2010.01.29, 2010/01/29. */
const NUMERIC =
  /(?<![\d./])(?<y>[12]\d{3})(?<sep>[-./])(?<m>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12]\d|0?[1-9])(?!\d|[./]\d)/y;
/**
 * 十四五期间, “十三五”时期, 「十四五」末: a five-year plan (the 11th to 16th) and what of it; the
 * plan alone before 以来 (“十四五”以来: its years, which the periods read as "since").
 */
const PLAN_PERIOD =
  /[“"「]?十(?<n>[一二三四五六])五[”"」]?(?<part>期间|时期末|时期|期末|末|期初|初(?![步心衷])|(?=以来))/y;
const PLAN_NUMBERS: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16 };
/** The first year of the n-th five-year plan: five years each since the third, of 1966-1970. */
function planStart(n: number): number {
  return 1966 + 5 * (n - 3);
}

/** 2021—2025年, 2009年 到 2010年. */
const YEAR_RANGE = new RegExp(
  `(?<![\\d.])(?<y1>${YEAR_AR})年?${CONNECTOR}(?<y2>${YEAR_AR})年(?![代级龄])`,
  'y',
);
/** 1-3月, 2025年1-3月, 三月到五月. */
const MONTH_RANGE = new RegExp(
  `(?<![\\d.])(?:(?<y>${YEAR_AR})年)?(?<m1>${MONTH})月?${CONNECTOR}(?<m2>${MONTH})月(?![龄大余多日号\\d]|${DAY_CN})`,
  'y',
);
/** 8月30—31日, 2024年5月6至8日, 十月八至十日: days of one month, the first without its 日. */
const DAY_RANGE = new RegExp(
  `(?<![\\d.])(?:(?<y>${YEAR_AR})年)?(?<m>${MONTH})月(?<d1>${DAY_AR}|${DAY_CN})(?![\\d日号])${CONNECTOR}${DAY}`,
  'y',
);
/** 今年, 去年11月, 今年以来, 今年上半年, 去年底, 上年. */
const RELATIVE_YEAR = new RegExp(
  `(?<![${RELATIVE_YEAR_BLOCKERS}])(?<w>${alt([...Object.keys(RELATIVE_YEARS), ...Object.keys(ANCHORED_YEARS)])})` +
    `(?:(?<m>${MONTH})月(?:份|${DAY}|${MONTH_EDGE})?|年?(?:${EDGES})|(?<part>${PARTS_AFTER_YEAR})|(?<since>以来))?`,
  'y',
);
/** 上半年, 年底前, 年初 on their own: this year's. */
const YEAR_PART_ALONE = new RegExp(
  `(?<![\\d年今去明前上本次翌同${CN_DIGITS}十每])(?:(?<part>${PARTS})|年(?:${EDGES}))`,
  'y',
);
/** 上个月, 本月十日. */
const RELATIVE_MONTH = new RegExp(`(?<w>${alt(Object.keys(RELATIVE_MONTHS))})(?:${DAY}|${MONTH_EDGE})?`, 'y');
const RELATIVE_DAY = new RegExp(`(?<w>${alt(Object.keys(RELATIVE_DAYS))})`, 'y');
const NOW = new RegExp(`(?<w>${alt(NOW_WORDS)})`, 'y');
const RECENT = new RegExp(
  `(?<![最])(?:${alt(RECENT_PREFIXES)})\\s?(?<n>[1-9]\\d?|[一二两三四五六七八九十]{1,3})\\s?个?年(?:以来|来)?(?![级龄代])`,
  'y',
);
/**
 * 近两周门诊病例中…, 我市近7天报告…, 该院近半年完成…: the last days, weeks or months, before
 * what was done in them. After a verb or a measure of time, 近 is "nearly" (等待时间近3个月, 历时近两周,
 * 用了近半年), and so it is where the span ends its clause (住院日近7天。).
 */
const RECENT_SPAN = new RegExp(
  `(?<![间达为约时期了待续用耗历长计共经])(?:${alt(RECENT_PREFIXES)})\\s?(?<n>[1-9]\\d?|[一二两三四五六七八九十]{1,3}|半)\\s?(?<u>天|日|周|个?星期|个?月|年)(?:以来|来|内)?(?![\\d,;:。!?”)的之左多余]|$)`,
  'y',
);
/** A holiday's name that is no other word's: with 节, 春节, 元旦 (not 五一, 国庆, 清明 alone). */
function standsAlone(name: string): boolean {
  return name.endsWith('节') || name === '元旦';
}
/** Holidays' names read only in quotes: 十一 is a number elsewhere (“十一”黄金周, not 十一档). */
const QUOTED_ONLY = new Set(['十一']);
const holidayNames = (keep: (name: string) => boolean) => alt(Object.keys(HOLIDAYS).filter(keep));
/**
 * 国庆假期, 春节期间, 2024年元旦: a name with 节 (or 元旦) alone, 五一 and 国庆 with a word of holiday
 * after them; in quotes too (“五一”假期), 十一 only so.
 */
const HOLIDAY = new RegExp(
  `(?:(?<y>[12]\\d{3})年)?“?(?<h>${holidayNames(standsAlone)}|(?:${holidayNames((h) => !standsAlone(h) && !QUOTED_ONLY.has(h))})(?=”?(?:${alt(HOLIDAY_AFTER)}))|(?<=“)(?:${holidayNames((h) => QUOTED_ONLY.has(h))})(?=”(?:${alt(HOLIDAY_AFTER)})))”?(?:${alt(HOLIDAY_AFTER)})?`,
  'y',
);
/** The first units of the holidays' names. */
const HOLIDAY_FIRSTS = [...new Set(Object.keys(HOLIDAYS).map((h) => h[0]))].join('');
const VAGUE = new RegExp(`(?:${alt(VAGUE_RECENT)})(?![级龄代])`, 'y');
const SAME_DAY = new RegExp(`(?:${alt(SAME_DAY_WORDS)})`, 'y');
const NEXT_DAY = new RegExp(`(?:${alt(NEXT_DAY_WORDS)})`, 'y');
/** 上周五, 本周, 下个星期, 上周末; not 本周期, 上周边 (nor 七十周年: no prefix). */
const RELATIVE_WEEKDAY = new RegExp(
  `(?<![每])(?<w>[${Object.keys(RELATIVE_WEEKS).join('')}])个?(?:${alt(WEEKDAY_WORDS)})(?:(?<d>[${Object.keys(WEEKDAYS).join('')}])|(?<end>末))?(?![年边围岁期刊报])`,
  'y',
);
// The lookbehind follows the year's first digit: tried at every position, it cost more than the rest.
const VERB_YEAR = new RegExp(`(?<y>[12](?<=(?:${alt(YEAR_CONTEXT_VERBS)})[12])\\d{3})(?![\\d.%年])`, 'y');
/** After a day: a bare end day, 2月7日至13日. */
const BARE_END_DAY = new RegExp(`${CONNECTOR}${DAY}`, 'y');
/** A time of day after a day (1日零时至31日24时): statistics periods are stated to the hour. */
const CLOCK = '(?:零时|\\d{1,2}(?:时|点|:\\d{2})|[〇零一二两三四五六七八九十]{1,3}[时点])';
/** What may stand between the two ends of a range: a connector, after the first end's hour. */
const BETWEEN_RANGE_ENDS = new RegExp(`^(?:${CLOCK})?${CONNECTOR}$`);
const OPEN_START_BEFORE = new RegExp(`(?:${alt(OPEN_START)})(?:至|到)$`);
const ANCHORED_FOLLOW_BLOCKERS = /^[纪龄级代]/;

// ---- parsers ----------------------------------------------------------------------------------

type Groups = Record<string, string | undefined>;

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const v = /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
  return v === null ? undefined : v;
}

function dayOf(g: Groups): number | undefined {
  return num(g.da ?? g.dc ?? g.dl);
}

/** The year, month, day, part or edge of a match of YEAR_LED / RELATIVE_YEAR's tail. */
function yearTail(g: Groups, point: Point): { point: Point; deadline: boolean } | null {
  if (g.m !== undefined) {
    point.month = num(g.m);
    const day = dayOf(g);
    if (day !== undefined) point.day = day;
    if (point.month === undefined || point.month < 1 || point.month > 12) return null;
    if (day !== undefined && !isValidDay(point.year, point.month, day)) return null;
  } else if (g.part !== undefined) {
    point.part = YEAR_PARTS[g.part] ?? FIRST_MONTHS[g.part];
  } else if (g.edge !== undefined) {
    point.edge = YEAR_EDGES[g.edge];
  } else if (g.start !== undefined) {
    point.edge = YEAR_EDGES[g.start];
  }
  return { point, deadline: g.before !== undefined };
}

function yearLed(text: string, m: RegExpExecArray): Shape | null {
  const g = m.groups as Groups;
  const arabic = g.ya !== undefined;
  const year = num(g.ya ?? g.yc);
  if (year === undefined) return null;
  const hasDay = g.da !== undefined || g.dc !== undefined;
  if (arabic) {
    // A year on its own must look like one; below 1900 only when it dates something (1357年6月10日).
    if (year < 1000 || year > 2199) return null;
    if (year < 1900 && g.m === undefined && /^[来历前左多余]/.test(text.slice(m.index + m[0].length)))
      return null;
  } else {
    // 二〇二四年 reads digit by digit and is a year; 两千零四年 could be a duration unless a month follows.
    const digitByDigit = new RegExp(`^[${CN_DIGITS}]+$`).test(g.yc ?? '');
    if (!digitByDigit && g.m === undefined) return null;
    if (digitByDigit && (g.yc ?? '').length === 3 && !hasDay) return null;
  }
  const t = yearTail(g, { year });
  return t ? { kind: 'point', point: t.point, deadline: t.deadline } : null;
}

/**
 * A parser's pattern is sticky: it is tried only at the starts a cheap scan finds for it. Every
 * match holds one of its `keys` (年, 月, a connector ...) at most `reach` units after its start
 * (and at least `near`: -1 is the unit before it, which a lookbehind reads), and starts with one
 * of its `first` characters; a pattern run over the whole text tried every position (most start
 * with a lookbehind, which keeps V8 from skipping ahead), 15 times over.
 */
interface Parser {
  re: RegExp;
  rule: string;
  keys: string;
  reach: number;
  near?: number;
  first: string;
  parse(text: string, m: RegExpExecArray): Shape | null;
}

const DIGITS = '0123456789';
/** What a month (MONTH) may start with. */
const MONTH_FIRST = `${DIGITS}十一二三四五六七八九`;
/** The longest month (10, 十二) and year (一千零九十九) the patterns read. */
const MONTH_LENGTH = 2;
const YEAR_CN_LENGTH = 6;
/** The last units of the connectors (至, 到, -, —), and how far into a CONNECTOR one may stand. */
const CONNECTOR_KEYS = RANGE_CONNECTORS.map((w) => w[w.length - 1]).join('');
const CONNECTOR_KEY_REACH = Math.max(...RANGE_CONNECTORS.map((w) => w.length));

/**
 * The look-up of a parser that matches one of `words`: each word's key is its first character
 * among `preferred` (else its first character).
 */
function wordLookup(words: string[], preferred = ''): Pick<Parser, 'keys' | 'reach' | 'first'> {
  let keys = '';
  let reach = 0;
  for (const w of words) {
    let at = 0;
    while (at < w.length && !preferred.includes(w[at])) at++;
    if (at === w.length) at = 0;
    keys += w[at];
    reach = Math.max(reach, at);
  }
  return { keys, reach, first: words.map((w) => w[0]).join('') };
}

/** The holidays' look-up: wordLookup's with a year (2024年) and a quote before the name. */
function holidayLookup(): Pick<Parser, 'keys' | 'reach' | 'first'> {
  const { keys, reach } = wordLookup(Object.keys(HOLIDAYS), '旦春明劳五端秋庆');
  return { keys, reach: reach + 6, first: `12“${HOLIDAY_FIRSTS}` };
}

/** The parsers, in the order their candidates are kept on a tie (exported for the look-up's test). */
export const PARSERS: Parser[] = [
  {
    re: YEAR_LED,
    rule: 'date.year-led',
    keys: '年',
    reach: YEAR_CN_LENGTH,
    first: `12${CN_DIGITS}两`,
    parse: yearLed,
  },
  {
    re: MONTH_DAY,
    rule: 'date.month-day',
    keys: '月',
    reach: MONTH_LENGTH,
    first: MONTH_FIRST,
    parse: (_t, m) => {
      const g = m.groups as Groups;
      const month = num(g.m);
      const day = dayOf(g);
      if (month === undefined || day === undefined || !isValidDay(undefined, month, day)) return null;
      return { kind: 'point', point: { month, day } };
    },
  },
  {
    re: BARE_MONTH,
    rule: 'date.month',
    keys: '月',
    reach: MONTH_LENGTH,
    first: DIGITS,
    parse: (_t, m) => ({ kind: 'point', point: { month: Number(m.groups!.m) } }),
  },
  {
    re: NUMERIC,
    rule: 'date.numeric',
    keys: '-./',
    reach: 4,
    first: '12',
    parse: (_t, m) => {
      const g = m.groups as Groups;
      const [year, month, day] = [Number(g.y), Number(g.m), Number(g.d)];
      return isValidDay(year, month, day) ? { kind: 'point', point: { year, month, day } } : null;
    },
  },
  {
    re: PLAN_PERIOD,
    rule: 'date.plan-period',
    // Sent by the 五 that closes the plan's number, up to a quote and 十X before it.
    keys: '五',
    reach: 3,
    first: '十“"「',
    parse: (_t, m) => {
      const start = planStart(PLAN_NUMBERS[m.groups!.n!]);
      const part = m.groups!.part;
      // A plan's first or last year is the plan's time, never the page's (as a deadline's is not).
      if (part.endsWith('末')) return { kind: 'point', point: { year: start + 4 }, deadline: true };
      if (part.endsWith('初')) return { kind: 'point', point: { year: start }, deadline: true };
      return { kind: 'range', from: { year: start }, to: { year: start + 4 } };
    },
  },
  {
    re: YEAR_RANGE,
    rule: 'date.year-range',
    keys: CONNECTOR_KEYS,
    reach: 4 + 1 + CONNECTOR_KEY_REACH,
    first: '12',
    parse: (_t, m) => {
      const [from, to] = [Number(m.groups!.y1), Number(m.groups!.y2)];
      if (from < 1900 || to > 2199 || to <= from) return null;
      return { kind: 'range', from: { year: from }, to: { year: to } };
    },
  },
  {
    re: DAY_RANGE,
    rule: 'date.range',
    // The connector, after a year, a month and the first day.
    keys: CONNECTOR_KEYS,
    reach: 5 + MONTH_LENGTH + 1 + 3 + CONNECTOR_KEY_REACH,
    first: MONTH_FIRST,
    parse: (_t, m) => {
      const g = m.groups as Groups;
      const year = num(g.y);
      const month = num(g.m);
      const [from, to] = [num(g.d1), dayOf(g)];
      if (month === undefined || from === undefined || to === undefined || to <= from) return null;
      if (!isValidDay(year, month, from) || !isValidDay(year, month, to)) return null;
      return { kind: 'range', from: { year, month, day: from }, to: { year, month, day: to } };
    },
  },
  {
    re: MONTH_RANGE,
    rule: 'date.month-range',
    // The connector, after a year and the first month.
    keys: CONNECTOR_KEYS,
    reach: 5 + MONTH_LENGTH + 1 + CONNECTOR_KEY_REACH,
    first: MONTH_FIRST,
    parse: (_t, m) => {
      const g = m.groups as Groups;
      const year = num(g.y);
      const [m1, m2] = [num(g.m1), num(g.m2)];
      if (m1 === undefined || m2 === undefined || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || m1 === m2)
        return null;
      if (year !== undefined && (m2 < m1 || year < 1900)) return null;
      return { kind: 'range', from: { year, month: m1 }, to: { year, month: m2 } };
    },
  },
  {
    re: RELATIVE_YEAR,
    rule: 'date.relative-year',
    ...wordLookup([...Object.keys(RELATIVE_YEARS), ...Object.keys(ANCHORED_YEARS)], '年'),
    parse: (text, m) => {
      const g = m.groups as Groups;
      const w = g.w!;
      const bare = m[0].length === w.length;
      if (bare && ANCHORED_FOLLOW_BLOCKERS.test(text.slice(m.index + w.length))) return null;
      const point: Point = {};
      if (w in RELATIVE_YEARS) point.relYear = RELATIVE_YEARS[w];
      if (w in ANCHORED_YEARS) point.anchorYear = ANCHORED_YEARS[w];
      if (g.since !== undefined) return point.relYear === undefined ? null : { kind: 'since', point };
      const t = yearTail(g, point);
      return t ? { kind: 'point', point: t.point, deadline: t.deadline } : null;
    },
  },
  {
    re: YEAR_PART_ALONE,
    rule: 'date.year-part',
    // 上半年 by its 半, 一季度 by its 季, 年底 by its 底: 年 alone would send it to every year.
    ...wordLookup(
      [...Object.keys(YEAR_PARTS), ...Object.keys(YEAR_EDGES).map((edge) => `年${edge}`)],
      `半季${Object.keys(YEAR_EDGES).join('')}`,
    ),
    parse: (_t, m) => {
      const t = yearTail(m.groups as Groups, { relYear: 0 });
      return t ? { kind: 'point', point: t.point, deadline: t.deadline } : null;
    },
  },
  {
    re: RELATIVE_MONTH,
    rule: 'date.relative-month',
    ...wordLookup(Object.keys(RELATIVE_MONTHS), '月'),
    parse: (_t, m) => {
      const day = dayOf(m.groups as Groups);
      const point: Point = { relMonth: RELATIVE_MONTHS[m.groups!.w!] };
      if (day !== undefined) point.day = day;
      return { kind: 'point', point };
    },
  },
  {
    re: RELATIVE_DAY,
    rule: 'date.relative-day',
    ...wordLookup(Object.keys(RELATIVE_DAYS), '天日'),
    parse: (text, m) =>
      partOfName(text, m.index, m[0])
        ? null
        : { kind: 'point', point: { relDay: RELATIVE_DAYS[m.groups!.w!] } },
  },
  {
    re: NOW,
    rule: 'date.now',
    ...wordLookup(NOW_WORDS),
    parse: (text, m) => {
      const blockers = NOW_WORD_BLOCKERS[m[0]];
      if (blockers && m.index > 0 && blockers.includes(text[m.index - 1])) return null;
      const followers = NOW_WORD_FOLLOWERS[m[0]];
      return followers?.some((w) => text.startsWith(w, m.index + m[0].length)) ? null : { kind: 'now' };
    },
  },
  {
    re: RECENT,
    rule: 'date.recent-years',
    ...wordLookup(RECENT_PREFIXES),
    parse: (_t, m) => {
      const n = num(m.groups!.n);
      return n === undefined || n < 1 || n > 100 ? null : { kind: 'recent', years: n };
    },
  },
  {
    re: RECENT_SPAN,
    rule: 'date.recent-span',
    ...wordLookup(RECENT_PREFIXES),
    parse: (_t, m) => {
      const u = m.groups!.u!;
      // 近五年 is date.recent-years'; 近半年 is six months, 近半个月 fifteen days.
      if (m.groups!.n === '半')
        return u === '年'
          ? { kind: 'recentSpan', n: 6, unit: 'month' }
          : u.endsWith('月')
            ? { kind: 'recentSpan', n: 15, unit: 'day' }
            : null;
      const n = num(m.groups!.n);
      if (u === '年' || n === undefined || n < 1 || n > 100) return null;
      return {
        kind: 'recentSpan',
        n,
        unit: u.endsWith('月') ? 'month' : u === '天' || u === '日' ? 'day' : 'week',
      };
    },
  },
  {
    re: HOLIDAY,
    rule: 'date.holiday',
    // Sent by the rarest unit of the holiday's name (秋 of 中秋, 庆 of 国庆: 中 and 国 stand in
    // every other word), up to a year (2024年) before the name.
    ...holidayLookup(),
    parse: (_t, m) => ({
      kind: 'holiday',
      name: m.groups!.h!,
      year: m.groups!.y ? Number(m.groups!.y) : null,
    }),
  },
  {
    re: VAGUE,
    rule: 'date.recent-vague',
    ...wordLookup(VAGUE_RECENT, '年久'),
    parse: () => ({ kind: 'recent', years: null }),
  },
  {
    re: SAME_DAY,
    rule: 'date.same-day',
    ...wordLookup(SAME_DAY_WORDS),
    parse: () => ({ kind: 'sameDay', days: 0 }),
  },
  {
    re: NEXT_DAY,
    rule: 'date.next-day',
    ...wordLookup(NEXT_DAY_WORDS),
    parse: () => ({ kind: 'sameDay', days: 1 }),
  },
  {
    re: RELATIVE_WEEKDAY,
    rule: 'date.relative-weekday',
    // Sent by the weekday word's last character (周, 星期, 礼拜), up to 上个星期 before it.
    keys: '周期拜',
    reach: 3,
    first: Object.keys(RELATIVE_WEEKS).join(''),
    parse: (_t, m) => {
      const weeks = RELATIVE_WEEKS[m.groups!.w!];
      const day = m.groups!.d;
      return day
        ? { kind: 'weekday', weeks, day: WEEKDAYS[day] }
        : { kind: 'week', weeks, weekend: m.groups!.end !== undefined };
    },
  },
  {
    re: VERB_YEAR,
    rule: 'date.year-in-context',
    // The verb's last unit, just before the year.
    keys: YEAR_CONTEXT_VERBS.map((w) => w[w.length - 1]).join(''),
    reach: -1,
    near: -1,
    first: '12',
    parse: (_t, m) => {
      const year = Number(m.groups!.y);
      return year >= 1900 && year <= 2199 ? { kind: 'point', point: { year } } : null;
    },
  },
];

function partOfName(text: string, at: number, word: string): boolean {
  for (const name of NOT_DATES) {
    const i = name.indexOf(word);
    if (i >= 0 && text.startsWith(name, at - i)) return true;
  }
  return false;
}

/** Per UTF-16 unit, the parsers (bit i: PARSERS[i]) a match may start with. */
const FIRST_OF = new Uint32Array(0x10000);
PARSERS.forEach((p, i) => {
  for (const c of p.first) FIRST_OF[c.charCodeAt(0)] |= 1 << i;
});

/**
 * The parsers each key is a key of (bit i: PARSERS[i]), by the low bits of the key's code: read
 * at every unit of the text, a table of a few hundred bytes stays in the processor's cache where
 * one per UTF-16 unit would not. Its size is the least power of two that gives each key a slot
 * of its own.
 */
const keyCodes = [...new Set(PARSERS.flatMap((p) => [...p.keys].map((c) => c.charCodeAt(0))))];
let KEY_MASK = 31;
while (new Set(keyCodes.map((c) => c & KEY_MASK)).size < keyCodes.length) KEY_MASK = KEY_MASK * 2 + 1;
const KEY_CODE = new Uint16Array(KEY_MASK + 1).fill(0xffff);
const KEY_PARSERS = new Uint32Array(KEY_MASK + 1);
PARSERS.forEach((p, i) => {
  for (const c of p.keys) {
    KEY_CODE[c.charCodeAt(0) & KEY_MASK] = c.charCodeAt(0);
    KEY_PARSERS[c.charCodeAt(0) & KEY_MASK] |= 1 << i;
  }
});

/** The first key at or after `from`, or -1: a loop of its own, which the compiler makes tight. */
function nextKey(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const unit = text.charCodeAt(k);
    if (KEY_CODE[unit & KEY_MASK] === unit) return k;
  }
  return -1;
}

/** Date candidates of text[from, to), de-overlapped and with ranges joined, in order. */
export function findDates(text: string, from: number, to: number): Candidate[] {
  const span = text.slice(from, to);
  const found: Candidate[][] = PARSERS.map(() => []);
  // Per parser, the first start not yet tried: a match's end, as a global search goes on from it.
  const next = new Int32Array(PARSERS.length);
  for (let at = nextKey(text, from, to); at >= 0; at = nextKey(text, at + 1, to)) {
    const k = at - from;
    const unit = text.charCodeAt(at);
    for (let bits = KEY_PARSERS[unit & KEY_MASK]; bits !== 0; bits &= bits - 1) {
      const i = 31 - Math.clz32(bits & -bits);
      const p = PARSERS[i];
      // Every start that holds this key within reach, in order, as a global search would try them.
      const last = Math.min(k - (p.near ?? 0), span.length - 1);
      for (let s = Math.max(next[i], k - p.reach); s <= last; s = next[i]) {
        next[i] = s + 1;
        if ((FIRST_OF[span.charCodeAt(s)] & (1 << i)) === 0) continue;
        p.re.lastIndex = s;
        const m = p.re.exec(span);
        if (!m || m[0].length === 0) continue;
        next[i] = s + m[0].length;
        const shape = p.parse(span, m);
        if (shape) found[i].push({ start: from + s, end: from + s + m[0].length, rule: p.rule, shape });
      }
    }
  }
  // A loop, not found.flat(): V8's flat costs a few microseconds a call, and each article calls.
  const all: Candidate[] = [];
  for (const own of found) for (const c of own) all.push(c);
  return joinRanges(text, dropOverlaps(all));
}

// ---- refiners ---------------------------------------------------------------------------------

/**
 * 2024年2月7日 + 至 + 2月13日 -> one range (the end takes the start's year); 2月7日至13日;
 * 即日起至2025年11月30日 -> an open start.
 */
function joinRanges(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i];
    const next = candidates[i + 1];
    if (c.shape.kind === 'point' && !c.shape.deadline) {
      const a = c.shape.point;
      if (next && next.shape.kind === 'point' && BETWEEN_RANGE_ENDS.test(text.slice(c.end, next.start))) {
        const b = inherit(a, next.shape.point);
        if (b && ordered(a, b)) {
          out.push({
            start: c.start,
            end: next.end,
            rule: 'date.range',
            shape: { kind: 'range', from: a, to: b },
          });
          i++;
          continue;
        }
      }
      if (granularity(a) === 3 && a.relDay === undefined) {
        BARE_END_DAY.lastIndex = c.end;
        const m = BARE_END_DAY.exec(text);
        const day = m ? dayOf(m.groups as Groups) : undefined;
        if (
          m &&
          day !== undefined &&
          a.month !== undefined &&
          isValidDay(a.year, a.month, day) &&
          day > a.day!
        ) {
          const b: Point = { ...a, day };
          c = {
            start: c.start,
            end: c.end + m[0].length,
            rule: 'date.range',
            shape: { kind: 'range', from: a, to: b },
          };
        }
      }
    }
    if (c.shape.kind === 'point' && granularity(c.shape.point) === 3 && !isRelative(c.shape.point)) {
      const before = OPEN_START_BEFORE.exec(text.slice(Math.max(0, c.start - 6), c.start));
      if (before)
        c = {
          start: c.start - before[0].length,
          end: c.end,
          rule: 'date.open-range',
          shape: { kind: 'range', from: null, to: c.shape.point },
        };
    }
    out.push(c);
    if (c.shape.kind === 'point' && granularity(c.shape.point) === 3 && !isRelative(c.shape.point))
      for (const listed of listedDays(text, c.shape.point, c.end, candidates[i + 1]?.start ?? Infinity)) {
        out.push(listed);
      }
  }
  return out;
}

/** 、, 和, 及, 与 and a bare day: the next day of a list after a month-day (not a span: 10日内, 10日以内). */
const LISTED_DAY = new RegExp(`(?<j>[、和及与])${DAY}(?![内以之])`, 'y');

/**
 * The bare days listed after a month-day, each a day of that month: 11月18日、23日及28日. Each
 * day is later than the one before it and ends before the next candidate starts.
 */
function listedDays(text: string, first: Point, from: number, before: number): Candidate[] {
  const days: Candidate[] = [];
  for (let previous = first, at = from; ; ) {
    LISTED_DAY.lastIndex = at;
    const m = LISTED_DAY.exec(text);
    const day = m ? dayOf(m.groups as Groups) : undefined;
    if (
      !m ||
      day === undefined ||
      previous.month === undefined ||
      day <= previous.day! ||
      at + m[0].length > before ||
      !isValidDay(previous.year, previous.month, day)
    )
      return days;
    const point: Point = { ...previous, day };
    days.push({
      start: at + m.groups!.j.length,
      end: at + m[0].length,
      rule: 'date.listed-day',
      shape: { kind: 'point', point },
    });
    previous = point;
    at += m[0].length;
  }
}

/** The end of a range takes what it leaves unsaid from the start: 2024年2月7日至2月13日. */
function inherit(a: Point, b: Point): Point | null {
  if (a.part || b.part || a.edge !== undefined || b.edge !== undefined) return null;
  if (
    a.relDay !== undefined ||
    b.relDay !== undefined ||
    a.relMonth !== undefined ||
    b.relMonth !== undefined
  )
    return null;
  if (granularity(a) !== granularity(b)) return null;
  if (isRelative(b)) return null;
  const aHasYear = a.year !== undefined || a.relYear !== undefined;
  if (!aHasYear && b.year !== undefined) return null;
  if (b.year !== undefined) return b;
  return { ...b, year: a.year, relYear: a.relYear, anchorYear: a.anchorYear };
}

/** Start before end when the years allow saying so (year-less month-days may wrap around New Year). */
function ordered(a: Point, b: Point): boolean {
  if (a.year === undefined || b.year === undefined) return true;
  const key = (p: Point) => p.year! * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0);
  return key(b) > key(a);
}
