// From a figure record to a claim that can be compared: what is counted (canonical metric),
// where (canonical scope), in which unit class, whether it states a level, a change or a plan,
// for which period, and which true values the written figure allows.

import {
  CHANGE_TO,
  CHANGE_WORDS,
  GENERIC_METRICS,
  METRIC_SYNONYMS,
  NEUTRAL_PREFIXES,
  NEUTRAL_SUFFIXES,
  NEXT_YEAR_PERIODS,
  PLAN_WORDS,
  PREVIOUS_YEAR_PERIODS,
  RESPECTIVELY_WORDS,
  THIS_YEAR_PERIODS,
  UNIT_CLASSES,
} from '../lexicon/metric-synonyms.js';
import { PART_OF_YEAR_WORDS } from '../lexicon/metrics.js';
import { CITY, CITY_WIDE, countyOf, PLACE_NAMES, PROVINCE, WHOLE_AREA } from '../lexicon/places.js';
import type { DateRecord, FigureRecord } from '../records.js';

/** A level (托育机构477家), a change (新增托位1220个) or a plan (计划建设25个驿站). */
export type Aspect = 'state' | 'change' | 'plan';

export interface Claim {
  record: FigureRecord;
  /** Canonical metric; with a predicate when the figure counts those that did something. */
  metric: string;
  scope: string;
  unitClass: string;
  kind: string;
  aspect: Aspect;
  /** Canonical period (years such as "2025" or "2020-2025"), null when unknown. */
  period: string | null;
  /** doc and article: figures are only compared across articles. */
  source: string;
  /** Exact figures: the value as written; null for qualified figures and ranges. */
  point: number | null;
  /** Exact figures: the precision of the written number (45.21 -> 0.01, 3.12万 -> 100). */
  step: number;
  /** The true values the figure allows: [lo, hi) for exact figures, [lo, hi] otherwise. */
  lo: number;
  hi: number;
}

const CLAUSE_END = /[,;。!?:，；！？：]/;
const FROM_VALUE = /[由从](?:原来的|原先的|过去的|以前的)?$/;
const CHANGED_TO = /^[^,;。!?，；！？]{0,6}?(?:到|至|为)/;
const LIST_JOINERS = ['、', '和', '及', '以及'];
const EXCLUDED_KINDS = new Set(['other', 'rank', 'age']);
/** Ages are conditions (65岁以上老年人), except where the metric measures one: 人均预期寿命79.6岁. */
const MEASURED_AGES = /寿命|年龄/;
/** How far "about" (约, 左右) and "just under" (近) reach: a tenth of the value. */
const APPROX_SHARE = 0.1;

const SYNONYMS = [...METRIC_SYNONYMS].sort((a, b) => b[0].length - a[0].length);
const PREFIXES = [...new Set([...NEUTRAL_PREFIXES, ...CITY_WIDE])].sort((a, b) => b.length - a.length);
const COUNTY_NAMES = PLACE_NAMES.filter((p) => countyOf(p));
const LOCAL_PLACES = PLACE_NAMES.filter((p) => p !== PROVINCE && p !== '山东' && !CITY_WIDE.includes(p));
const WHOLE_AREA_NAMES = new Set(['全市', '全省', '全国', '全县', '全区']);
const UNIT_CLASS = new Map<string, string>(UNIT_CLASSES.flatMap((units) => units.map((u) => [u, units[0]] as [string, string])));

/** NFKC (full-width digits and punctuation to ASCII), without spaces and quotation marks. */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”"‘’'《》「」]/g, '');
}

export interface CanonicalMetric {
  /** null when nothing specific is left to compare. */
  metric: string | null;
  /** A county named inside the metric (东阿县医养结合机构). */
  place: string | null;
  /** The metric itself starts with a change word (新增托位). */
  change: boolean;
}

/**
 * 现有托育服务机构 -> 托育机构; 全市新增托位 -> 托位 (a change); 占比 -> null (generic).
 * Synonyms are applied first, then neutral words and place names are stripped from the front.
 */
export function canonicalMetric(written: string | null): CanonicalMetric {
  if (!written) return { metric: null, place: null, change: false };
  let m = fold(written);
  for (const [variant, canonical] of SYNONYMS) if (m.includes(variant)) m = m.split(variant).join(canonical);
  let place: string | null = null;
  let change = false;
  for (let stripped = true; stripped && m.length > 0; ) {
    stripped = false;
    const prefix = PREFIXES.find((p) => m.startsWith(p) && m.length > p.length);
    const county = COUNTY_NAMES.find((p) => m.startsWith(p) && m.length > p.length);
    const changeWord = CHANGE_WORDS.find((w) => m.startsWith(w) && m.length > w.length && !CHANGE_TO.includes(m[w.length]));
    const word = prefix ?? county ?? changeWord;
    if (word) {
      if (word === county) place ??= countyOf(county)!.name;
      if (word === changeWord) change = true;
      m = m.slice(word.length);
      stripped = true;
    }
  }
  for (const suffix of NEUTRAL_SUFFIXES) if (m.endsWith(suffix) && m.length - suffix.length >= 2) m = m.slice(0, -suffix.length);
  if (m.startsWith('占') && m.length > 2) m = m.slice(1); // 占托育机构总数的 (share of): kind percent keeps it apart
  // 占全市 (a share of the whole city) names no thing either.
  const metric = m.length < 2 || GENERIC_METRICS.has(m) || CITY_WIDE.includes(m) || WHOLE_AREA_NAMES.has(m) ? null : m;
  return { metric, place, change };
}

const headlinePlaces = new Map<string, string | null>();

/** The first county or town a headline names (东阿县疾控中心 …): the default scope of its figures. */
function headlinePlace(headline: string | null): string | null {
  if (!headline) return null;
  let place = headlinePlaces.get(headline);
  if (place === undefined) {
    let at = Infinity;
    place = null;
    for (const p of LOCAL_PLACES) {
      const i = headline.indexOf(p);
      if (i >= 0 && i < at) [at, place] = [i, p];
    }
    headlinePlaces.set(headline, place);
  }
  return place;
}

/**
 * 全市 = 我市 = 聊城 = 聊城市; 东阿 = 东阿县. A figure that names no place is about the whole
 * city, unless its article's headline names a county or town: then it is about that place.
 */
export function canonicalScope(scope: string | null, headline: string | null = null): string {
  let s = scope ? fold(scope) : headlinePlace(headline);
  if (!s || CITY_WIDE.includes(s) || s === CITY) return CITY;
  if (s.startsWith(CITY) && s.length > CITY.length) s = s.slice(CITY.length);
  return countyOf(s)?.name ?? s;
}

/**
 * 全县, 全区 mean the county the article is about (its headline, or the county its figures name
 * most); where that is unknown, only figures of the same article share the scope.
 */
function wholeArea(scope: string, county: string | null | undefined, source: string): string {
  if (!WHOLE_AREA.includes(scope)) return scope;
  return county ?? `${scope} (${source})`;
}

/** Per article: the county its headline names, else the one its figures' scopes name most, if one does. */
function articleCounties(figures: readonly FigureRecord[]): Map<string, string | null> {
  const counts = new Map<string, Map<string, number>>();
  const fromHeadline = new Map<string, string | null>();
  for (const r of figures) {
    const source = sourceKey(r.doc, r.article);
    if (!fromHeadline.has(source)) {
      const place = headlinePlace(r.headline);
      fromHeadline.set(source, (place && countyOf(place)?.name) ?? null);
    }
    const county = r.scope ? countyOf(canonicalScope(r.scope))?.name : undefined;
    if (!county) continue;
    let own = counts.get(source);
    if (!own) counts.set(source, (own = new Map()));
    own.set(county, (own.get(county) ?? 0) + 1);
  }
  const out = new Map<string, string | null>();
  for (const [source, headline] of fromHeadline) {
    const ranked = [...(counts.get(source) ?? [])].sort((a, b) => b[1] - a[1]);
    out.set(source, headline ?? (ranked.length === 1 || (ranked.length > 1 && ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null));
  }
  return out;
}

export function unitClass(unit: string | null): string {
  if (!unit) return '';
  const u = fold(unit);
  return UNIT_CLASS.get(u) ?? u;
}

/** The year each article is about, when its date records say: `doc\0article` -> year. */
export function articleYears(dates: readonly DateRecord[]): Map<string, number> {
  const present = new Map<string, number>();
  const dateline = new Map<string, number>();
  for (const d of dates) {
    const year = d.resolved ? Number(/^(\d{4})/.exec(d.resolved)?.[1]) : NaN;
    if (!Number.isFinite(year)) continue;
    const key = sourceKey(d.doc, d.article);
    // 今年 resolved is the article's year outright, 去年 and 明年 one off it (上半年 says nothing);
    // otherwise the first month-day date (a dateline such as 4月22日) the date extractor placed in a year.
    if (d.relative && d.value === null && !present.has(key)) {
      const word = fold(d.text);
      const offset = THIS_YEAR_PERIODS.includes(word) ? 0 : PREVIOUS_YEAR_PERIODS.includes(word) ? 1 : NEXT_YEAR_PERIODS.includes(word) ? -1 : null;
      if (offset !== null) present.set(key, year + offset);
    }
    if (d.value?.startsWith('--') && !dateline.has(key)) dateline.set(key, year);
  }
  for (const [key, year] of dateline) if (!present.has(key)) present.set(key, year);
  return present;
}

/**
 * 2025, 2025年, 2025年底 -> "2025"; 2024年至2025年 -> "2024-2025"; 今年/去年 -> the article's
 * year (or the one before) when known; anything else (目前, 近五年, 十四五期间, or 今年 with no
 * known year) -> null, unknown.
 */
export function canonicalPeriod(period: string | null, articleYear: number | null): string | null {
  if (!period) return null;
  const p = fold(period);
  const years = [...new Set(p.match(/(?:19|20)\d{2}/g) ?? [])];
  // 截至4月底 is a level at a date, the year's as far as it goes: no part of a year; nor is
  // 2024年12月至2025年2月, which spans two years.
  const part = p.startsWith('截至') || years.length > 1 ? undefined : partOfYear(p);
  let year: string | null = null;
  if (years.length) year = years.join('-');
  else if (articleYear === null) return null;
  else if (PREVIOUS_YEAR_PERIODS.some((w) => p.includes(w))) year = String(articleYear - 1);
  else if (NEXT_YEAR_PERIODS.some((w) => p.includes(w))) year = String(articleYear + 1);
  else if (part || THIS_YEAR_PERIODS.some((w) => p.includes(w))) year = String(articleYear);
  if (year === null) return null;
  // 2025年上半年 and 2025年 are different periods: 612万 and 1280万人次 do not disagree.
  return part ? `${year} ${part}` : year;
}

/** Part of a year: a half, a quarter, months (上半年, 一季度, 1-3月, 1月至11月). */
const PART_OF_YEAR = new RegExp(`${PART_OF_YEAR_WORDS}|\\d{1,2}月?(?:[-—～至到]\\d{1,2})?月(?:\\d{1,2}日)?(?:[-—～至到](?:\\d{1,2}月)?\\d{1,2}日)?`);
const QUARTERS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4' };

/** The part of a year as one key: 一季度 = 第一季度 = 1季度 -> Q1; months and halves as written. */
function partOfYear(p: string): string | undefined {
  const part = PART_OF_YEAR.exec(p)?.[0];
  const quarter = part && /^第?([一二三四1-4])季度$/.exec(part);
  return quarter ? `Q${QUARTERS[quarter[1]] ?? quarter[1]}` : part;
}

export interface Precision {
  /** One unit of the last written digit: 45.21 -> 0.01, 3.12万 -> 100, 501 -> 1. */
  step: number;
  /** How far 多/余 reach: 1700多万 -> 100万, 160余 -> 10, 3.7万余 -> 1000. */
  bump: number;
}

/** The precision of a figure as written, read from its text: the value alone cannot tell 45 from 45.00. */
export function writtenPrecision(text: string, value: number): Precision {
  const t = fold(text).replace(/,/g, '');
  let literal: string | null = null;
  let multiplier = 1;
  for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) {
    const n = Number(m[0]);
    if (n === 0) continue;
    const e = Math.log10(Math.abs(value / n));
    if (Math.abs(e - Math.round(e)) < 1e-9 && Math.round(e) >= 0) {
      literal = m[0];
      multiplier = 10 ** Math.round(e);
    }
  }
  if (literal) {
    const decimals = literal.split('.')[1]?.length ?? 0;
    const step = multiplier / 10 ** decimals;
    return { step, bump: decimals > 0 ? step : multiplier * 10 ** trailingZeros(literal) };
  }
  // Chinese numerals (二十, 七成, 近百): precise to their last non-zero digit.
  const s = String(Math.abs(value));
  if (Number.isInteger(value) && value !== 0) {
    const step = 10 ** trailingZeros(s);
    return { step, bump: step };
  }
  const step = 10 ** -(s.split('.')[1]?.length ?? 0);
  return { step, bump: step };
}

function trailingZeros(digits: string): number {
  const m = /0*$/.exec(digits.split('.')[0]);
  return m ? Math.min(m[0].length, digits.split('.')[0].length - 1) : 0;
}

export interface Range {
  point: number | null;
  step: number;
  lo: number;
  hi: number;
}

/**
 * Which true values a figure allows. Exact: the values that round to it ([v - step/2, v + step/2),
 * half up). 多/余: up to the next digit (1700多万 -> [1700万, 1800万]); 超/以上/至少 without 多/余:
 * anything above; 近: up to a tenth below; 不到/以内/最多: anything below; 约/左右: a tenth
 * either side (at least half a unit of the last digit); ranges: [min, max]. `tolerance` widens every range by that share of its value.
 */
export function valueRange(record: Pick<FigureRecord, 'value' | 'min' | 'max' | 'approx' | 'text'>, tolerance = 0): Range | null {
  const { value, min, max, approx, text } = record;
  if (value === null) {
    if (min === null || max === null) return null;
    const [a, b] = min <= max ? [min, max] : [max, min];
    const spread = approx === 'about' ? APPROX_SHARE : 0;
    return widen({ point: null, step: 0, lo: a - spread * Math.abs(a), hi: b + spread * Math.abs(b) }, tolerance);
  }
  const { step, bump } = writtenPrecision(text, value);
  const size = Math.abs(value);
  const t = fold(text);
  switch (approx) {
    case 'exact': {
      const epsilon = 1e-9 * Math.max(1, size);
      const slack = tolerance * size;
      return { point: value, step, lo: value - step / 2 - epsilon - slack, hi: value + step / 2 - epsilon + slack };
    }
    case 'about': {
      const d = Math.max(APPROX_SHARE * size, step / 2);
      return widen({ point: null, step: 0, lo: value - d, hi: value + d }, tolerance);
    }
    case 'more_than':
      return widen({ point: null, step: 0, lo: value, hi: /[多余]/.test(t) ? value + bump : Infinity }, tolerance);
    case 'at_least':
      return widen({ point: null, step: 0, lo: value, hi: Infinity }, tolerance);
    case 'less_than':
      return widen({ point: null, step: 0, lo: t.includes('近') ? value - APPROX_SHARE * size : -Infinity, hi: value }, tolerance);
    case 'at_most':
      return widen({ point: null, step: 0, lo: -Infinity, hi: value }, tolerance);
  }
}

function widen(range: Range, tolerance: number): Range {
  if (tolerance === 0) return range;
  return { ...range, lo: range.lo - tolerance * Math.abs(range.lo), hi: range.hi + tolerance * Math.abs(range.hi) };
}

export function sourceKey(doc: string, article: number): string {
  return `${doc}\u0000${article}`;
}

interface Context {
  aspect: Aspect;
  /** What the counted things did, when the figure counts only those: 87家医疗机构[实现…互认]. */
  predicate: string | null;
}

/**
 * Read the figure's clause: a change word or a plan word before it, and, when the metric follows
 * the number (41家医疗机构与…签订协议), whatever the clause goes on to say about them.
 * `occurrence` picks the n-th appearance of the figure's text in its sentence. Null for a
 * figure handed out "respectively" (分别), which is not compared.
 */
function readContext(record: FigureRecord, occurrence: number): Context | null {
  const sentence = fold(record.sentence);
  const text = fold(record.text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    const next = sentence.indexOf(text, at + 1);
    if (next < 0) break;
    at = next;
  }
  if (at < 0 || !text) return { aspect: 'state', predicate: null };
  let clauseStart = at;
  while (clauseStart > 0 && !CLAUSE_END.test(sentence[clauseStart - 1])) clauseStart--;
  const before = sentence.slice(clauseStart, at);
  if (RESPECTIVELY_WORDS.some((w) => before.includes(w))) return null;
  // 由9家增加到12家: the value it started from, at a time the text does not say.
  if (FROM_VALUE.test(before) && CHANGED_TO.test(sentence.slice(at + text.length))) return null;
  const aspect: Aspect = PLAN_WORDS.some((w) => before.includes(w))
    ? 'plan'
    : CHANGE_WORDS.some((w) => hasChangeWord(before, w))
      ? 'change'
      : 'state';
  let predicate: string | null = null;
  const metric = record.metric ? fold(record.metric) : '';
  const after = sentence.slice(at + text.length);
  const metricAt = metric ? after.indexOf(metric) : -1;
  if (metricAt >= 0 && metricAt <= 1) {
    let tail = after.slice(metricAt + metric.length);
    const end = tail.search(CLAUSE_END);
    tail = end >= 0 ? tail.slice(0, end) : tail;
    if (tail && !LIST_JOINERS.some((j) => tail.startsWith(j)) && !/^(?:等|以上|左右|多|余)$/.test(tail)) predicate = tail;
  }
  return { aspect, predicate };
}

function hasChangeWord(clause: string, word: string): boolean {
  for (let i = clause.indexOf(word); i >= 0; i = clause.indexOf(word, i + 1)) {
    if (!CHANGE_TO.includes(clause[i + word.length])) return true;
  }
  return false;
}

export interface ClaimOptions {
  tolerance?: number;
  /** From articleYears(): resolves 今年/目前 in periods. */
  years?: ReadonlyMap<string, number>;
}

/**
 * Claims for the figures that can be compared; the others (no specific metric, kind other,
 * rank or age, no value) are left out. Records must come in document order for `occurrence`.
 */
export function toClaims(figures: readonly FigureRecord[], options: ClaimOptions = {}): Claim[] {
  const claims: Claim[] = [];
  const places = articleCounties(figures);
  const seen = new Map<string, number>();
  const metrics = new Map<string | null, CanonicalMetric>();
  for (const record of figures) {
    const occurrenceKey = `${record.doc}\u0000${record.article}\u0000${record.sentence}\u0000${record.text}`;
    const occurrence = seen.get(occurrenceKey) ?? 0;
    seen.set(occurrenceKey, occurrence + 1);
    if (EXCLUDED_KINDS.has(record.kind) && !(record.kind === 'age' && record.metric && MEASURED_AGES.test(record.metric))) continue;
    let canonical = metrics.get(record.metric);
    if (!canonical) metrics.set(record.metric, (canonical = canonicalMetric(record.metric)));
    if (!canonical.metric) continue;
    const context = readContext(record, occurrence);
    const range = valueRange(record, options.tolerance ?? 0);
    if (!context || !range) continue;
    const aspect: Aspect = context.aspect === 'state' && canonical.change ? 'change' : context.aspect;
    const source = sourceKey(record.doc, record.article);
    claims.push({
      record,
      metric: context.predicate ? `${canonical.metric}/${context.predicate}` : canonical.metric,
      scope: wholeArea(canonicalScope(canonical.place ?? record.scope, record.headline), places.get(source), source),
      unitClass: unitClass(record.unit),
      kind: record.kind,
      aspect,
      period: canonicalPeriod(record.period, options.years?.get(source) ?? null),
      source,
      ...range,
    });
  }
  return claims;
}
