// A figure's period, read from the date mentions of its sentence: the date extractor's grammar is
// the only grammar of time. A date mention is a period of the figures after it unless it is a
// comparison's base (较2023年, 去年同期, 与2020年相比), a vague "recently" (近日, 日前) or an
// event's day (3月8日, 当天: a day without its year); a day with its year (1977年10月1日) is the
// day what is counted was counted; 截至 makes a date a level as of its last day,
// 至今 and 以来 a span up to the article's date, 到/力争 and 底前 a time aimed at.
//
// The resolved period is an interval of ISO days: 2025 -> 2025-01-01/2025-12-31, 2025年1月至3月
// -> 2025-01-01/2025-03-31, 目前 -> the article's (else the page's) date on both ends,
// 截至2024年底 -> 2024-12-31;
// null when the page does not say.

import {
  AS_OF_MARKERS,
  BASE_AFTER_MARKERS,
  COMPARISON_MARKERS,
  FACT_MARKERS,
  NOT_PLAN_WORDS,
  NOW_VERBS,
  ORIGIN_MARKERS,
  PLAN_MARKERS,
  PLAN_WORDS,
  RECENT_EVENT_WORDS,
  SENTENCE_PLAN_WORDS,
  SINCE_MARKERS,
  TARGET_MARKERS,
} from '../../lexicon/dates.js';
import type { FigureAspect } from '../../records.js';
import { CHANGE_VERBS } from '../../lexicon/metrics.js';
import { firstStartingFrom } from '../../basics.js';
import type { DateMention } from '../types.js';
import { daysInMonth, ymd } from './calendar.js';
import { findDates } from './parse.js';
import { parseChineseNumber } from '../numerals.js';

export interface Period {
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** As written (2025 for a bare 2025年): 截至4月底, 2024年至今, 目前, 现有. */
  text: string;
  /** First and last day of the period (ISO), or null when the page does not say. */
  from: string | null;
  to: string | null;
  /** A time aimed at (到2027年, 2026年底前): the figures it governs are targets. */
  target: boolean;
}

/** How far after an origin (自2023年) its 以来 may stand: 自2023年开展以来. */
const SINCE_REACH = 12;
const CLAUSE_MARK = /[,;:。!?，；：！？]/;
/** 2026年底前, 6月底前: a deadline. */
const DEADLINE = /[底末]前$/;

/**
 * The periods of `text[from, to)` (a sentence), from the article's date mentions (in order) and
 * its date (`today`, YYYY-MM-DD, or null); offsets relative to `from`.
 */
export function periodsIn(
  text: string,
  from: number,
  to: number,
  dates: readonly DateMention[],
  today: string | null,
): Period[] {
  const out: Period[] = [];
  for (const d of datesWithin(dates, from, to)) {
    const period = periodOf(text, from, to, d, today);
    if (period) out.push(period);
  }
  const sentence = text.slice(from, to);
  // 三年来, 五年来: the years up to now open their clause. No date mention: 三年 is a figure too.
  for (let i = sentence.indexOf('年来'); i >= 0; i = sentence.indexOf('年来', i + 2)) {
    const years = YEARS_BEFORE.exec(sentence.slice(Math.max(0, i - 3), i));
    if (!years || !CLAUSE_MARK.test(sentence[i + 2] ?? '')) continue;
    const start = i - years[0].length;
    if (start > 0 && !CLAUSE_MARK.test(sentence[start - 1])) continue;
    const n = /^\d+$/.test(years[0]) ? Number(years[0]) : parseChineseNumber(years[0]);
    const back = today !== null && n !== null ? yearsBefore(today, n) : null;
    out.push({
      start,
      end: i + 2,
      text: sentence.slice(start, i + 2),
      from: back,
      to: back && today,
      target: false,
    });
  }
  for (const word of NOW_VERBS) {
    for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + word.length)) {
      if (!out.some((p) => p.start <= i && i < p.end))
        out.push({ start: i, end: i + word.length, text: word, from: today, to: today, target: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The number of years before 年来 (三, 10, 二十). */
const YEARS_BEFORE = /(?:\d{1,2}|[一二两三四五六七八九十]{1,3})$/;

/** The day `n` years before an ISO day (2024-02-29 less one year is 2023-02-28). */
function yearsBefore(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return ymd(y - n, m, Math.min(d, daysInMonth(y - n, m)));
}

/** The mentions (in order) that lie within [from, to), found by bisection: a long article has many. */
export function datesWithin(dates: readonly DateMention[], from: number, to: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = firstStartingFrom(dates, from); i < dates.length && dates[i].end <= to; i++)
    out.push(dates[i]);
  return out;
}

/**
 * Day words of an event, not of what is counted: 当天, 今天, and a day or part of a month stated
 * without its year (3月8日, 4月初). A whole month is a bulletin's period (3月份,全市门诊量…).
 */
const EVENT_RULES = new Set(['date.same-day', 'date.relative-day']);
const WHOLE_MONTH = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?$/;

function isEventDay(d: DateMention, word: string): boolean {
  if (EVENT_RULES.has(d.rule)) return true;
  const value = d.fields.value ?? '';
  return /^--\d{2}-\d{2}$/.test(value) || (/^--\d{2}$/.test(value) && !WHOLE_MONTH.test(word));
}

/** A time compared with and a joiner before a date: 比上月和, 较去年、 (the date is a second base). */
const SECOND_BASE = /(?:较|比)(?:上|去|前|同)[\u4e00-\u9fff]{0,4}[和与及、]$/;

function periodOf(
  text: string,
  from: number,
  to: number,
  d: DateMention,
  today: string | null,
): Period | null {
  const word = text.slice(d.start, d.end);
  const before = text.slice(Math.max(from, d.start - 4), d.start);
  const after = text.slice(d.end, to);
  const asOf = AS_OF_MARKERS.find((w) => before.endsWith(w));
  if (RECENT_EVENT_WORDS.includes(word) || (!asOf && isEventDay(d, word))) return null;
  // 与上年基本持平: an adverb of degree may stand between the base and its marker.
  const afterBase = after.startsWith('基本') || after.startsWith('大体') ? after.slice(2) : after;
  if (BASE_AFTER_MARKERS.some((w) => afterBase.startsWith(w))) return null;
  if (!asOf && COMPARISON_MARKERS.some((w) => before.endsWith(w))) return null;
  // 比上月和上年同月均下降: the second of two times compared with is no period either.
  if (!asOf && SECOND_BASE.test(text.slice(Math.max(from, d.start - 10), d.start))) return null;
  const iso = d.fields.resolved ?? d.fields.value;
  let start = d.start - from;
  let end = d.end - from;
  // "Now" is the day the figure is reported: the article's date, else the page's.
  let bounds = d.rule === 'date.now' ? { from: today, to: today } : interval(iso);
  if (asOf) {
    start -= asOf.length;
    bounds = { from: bounds.to, to: bounds.to };
  } else if (/[底末]前?$/.test(word)) {
    bounds = { from: bounds.to, to: bounds.to }; // 2026年底(前): its last day
  }
  const since = sinceEnd(text, from, d, after);
  if (since !== null) {
    const origin = ORIGIN_MARKERS.filter((w) => before.endsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (origin && since > d.end - from) start -= origin.length;
    end = Math.max(end, since);
    bounds =
      bounds.from && today && today >= bounds.from
        ? { from: bounds.from, to: today }
        : { from: null, to: null };
  }
  // 增至目前的43家 is a level reached, not aimed at: "now" and spans up to now are never targets.
  // 2027年前, 2026年6月前: a date that states its year, then 前 (not 今年前两个月, 三年前).
  const deadline =
    DEADLINE.test(word) ||
    (/^\d{4}/.test(d.fields.value ?? '') && /[年月日]$/.test(word) && after.startsWith('前'));
  // 提高到2019年的77.3岁, 到2019年底全市建成… said in 2020: a time already past is reached, not aimed at.
  // 从2012年的76.51岁上升到2020年的78.53岁: a change told between two years' levels states both,
  // whenever it is told (a plan word in the clause still makes it a target: see aspectOf).
  const reached =
    /[到至]$/.test(before) &&
    ((today !== null && bounds.to !== null && bounds.to < today) ||
      (after.startsWith('的') && changesTo(before)));
  const aimed =
    (TARGET_MARKERS.some((w) => before.endsWith(w)) && !reached) ||
    deadline ||
    PLAN_MARKERS.some((w) => after.startsWith(w));
  const target = !asOf && since === null && d.rule !== 'date.now' && aimed;
  const written = text.slice(from + start, from + end);
  return {
    start,
    end,
    text: /^\d{4}年$/.test(written) ? written.slice(0, 4) : written,
    from: bounds.from,
    to: bounds.to,
    target,
  };
}

/**
 * Where a span up to now ends (sentence offset), or null: 2024年至今, 2023年以来 right after the
 * date; 自2023年开展以来, 从2020年启动至今 a few characters on, in the same clause.
 */
function sinceEnd(text: string, from: number, d: DateMention, after: string): number | null {
  const touching = SINCE_MARKERS.find((w) => after.startsWith(w));
  if (touching) return d.end - from + touching.length;
  const before = text.slice(Math.max(from, d.start - 2), d.start);
  if (!ORIGIN_MARKERS.some((w) => before.endsWith(w))) return null;
  const reach = after.slice(0, SINCE_REACH);
  const clause = reach.search(CLAUSE_MARK);
  const within = clause >= 0 ? reach.slice(0, clause) : reach;
  for (const w of SINCE_MARKERS) {
    const at = within.indexOf(w);
    if (at >= 0) return d.end - from + at + w.length;
  }
  return null;
}

/** An ISO date, month, year or range (a/b) as its first and last day; open or year-less ends are null. */
export function interval(iso: string | null): { from: string | null; to: string | null } {
  if (!iso) return { from: null, to: null };
  const [a, b = a] = iso.split('/');
  const first = bound(a, false);
  const last = bound(b, true);
  return first && last ? { from: first, to: last } : { from: null, to: null };
}

function bound(part: string, end: boolean): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(part);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) return part;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return ymd(year, month, end ? daysInMonth(year, month) : 1);
  }
  return end ? ymd(year, 12, 31) : ymd(year, 1, 1);
}

/**
 * A figure's aspect: a target when its period is aimed at (到2027年), when its clause before it
 * has a plan word (力争建成, 计划新增, 三年内建成), or when an earlier clause of its sentence has
 * one that reaches on (计划…25个,新增…1000个) and its own clause states nothing as done (已, 累计).
 */
export function aspectOf(
  sentence: string,
  clauseStart: number,
  at: number,
  period: Period | null,
): FigureAspect {
  if (period?.target) return 'target';
  const hits = planWordsIn(sentence);
  if (hits.some((h) => h.start >= clauseStart && h.end <= at)) return 'target';
  if (!hits.some((h) => h.reachesOn && h.end <= clauseStart)) return 'state';
  return statesDone(sentence.slice(clauseStart, at)) ? 'state' : 'target';
}

/** Whether `before` ends in a verb of change and 到 or 至 (上升到, 降至, 提高到). */
function changesTo(before: string): boolean {
  if (!/[到至]$/.test(before)) return false;
  const verb = before.slice(0, -1);
  if (SHORT_CHANGE_VERBS.some((v) => verb.endsWith(v))) return true;
  for (const v of CHANGE_VERBS) if (verb.endsWith(v)) return true;
  return false;
}

/** Whether a clause states something as done (已, 累计, 现有). */
export function statesDone(clause: string): boolean {
  return FACT_MARKERS.some((w) => clause.includes(w));
}

/** The one-character verbs of change before 到 or 至 (降至, 增至); CHANGE_VERBS has the others. */
const SHORT_CHANGE_VERBS = ['升', '降', '增', '减'];

/** A plan word standing in a sentence; `reachesOn` when it is one of SENTENCE_PLAN_WORDS. */
interface PlanWordHit {
  start: number;
  end: number;
  reachesOn: boolean;
}

/** 将 followed by a number puts it somewhere (共将1200名老人纳入); 将 followed by a verb is future. */
const DISPOSAL = /将[\d〇零一二两三四五六七八九十百千万]/y;
const REACHING_ON = new Set(SENTENCE_PLAN_WORDS);

/** The sentence last asked about and its plan words: every figure of a sentence asks about it. */
let lastSentence = '';
let lastHits: PlanWordHit[] = [];

/**
 * The plan words of a sentence: not inside 目标人群, 计划生育, 将近 …, not 将 + a number. Found
 * once per sentence: searched per figure, each search ran to the sentence's end.
 */
function planWordsIn(sentence: string): PlanWordHit[] {
  if (sentence === lastSentence) return lastHits;
  const hits: PlanWordHit[] = [];
  for (const word of PLAN_WORDS)
    for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1)) {
      DISPOSAL.lastIndex = i;
      if (!insideNotPlanWord(sentence, i, word) && !DISPOSAL.test(sentence) && !planAsNoun(sentence, i, word))
        hits.push({ start: i, end: i + word.length, reachesOn: REACHING_ON.has(word) });
    }
  lastSentence = sentence;
  lastHits = hits;
  return hits;
}

/** 占年度投资计划的60%, 计划内, 纳入搬迁计划,: 计划 as a noun after a noun names a plan met, not a plan for the figure. */
function planAsNoun(sentence: string, i: number, word: string): boolean {
  return (
    word === '计划' &&
    /^(?:[的内中,;:。!?、)]|$)/.test(sentence.slice(i + 2, i + 3)) &&
    /[\u4e00-\u9fff]/.test(sentence[i - 1] ?? '')
  );
}

/** Whether the plan word at `i` is part of a word that states no plan (目标人群, 将近). */
function insideNotPlanWord(sentence: string, i: number, word: string): boolean {
  for (const w of NOT_PLAN_WORDS) {
    const at = w.indexOf(word);
    if (at >= 0 && sentence.startsWith(w, i - at)) return true;
  }
  return false;
}

/** Per word, whether it is a time word: a function of the word and the lexicon alone, so kept across pages. */
const timeWords = new Map<string, boolean>();
/** Bounds the map on endless streams of new words; a real vocabulary fits. */
const MAX_TIME_WORDS = 100_000;

/** Whether a word is a time expression of its own (今年, 上半年, 目前, 现有): no part of a metric. */
export function isTimeWord(word: string): boolean {
  let known = timeWords.get(word);
  if (known === undefined) {
    const found = findDates(word, 0, word.length);
    known =
      NOW_VERBS.includes(word) ||
      (found.length === 1 && found[0].start === 0 && found[0].end === word.length);
    if (timeWords.size < MAX_TIME_WORDS) timeWords.set(word, known);
  }
  return known;
}
