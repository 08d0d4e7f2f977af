// From a figure record to a claim that can be compared: what is counted (canonical metric),
// where (canonical scope), in which unit class, whether it states a level, a change or a target,
// for which period (the record's resolved one), and which true values the written figure allows.

import {
  CHANGE_TO,
  CHANGE_WORDS,
  GENERIC_METRICS,
  METRIC_SYNONYMS,
  NEUTRAL_PREFIXES,
  NEUTRAL_SUFFIXES,
  RESPECTIVELY_WORDS,
  UNIT_CLASSES,
} from '../lexicon/metric-synonyms.js';
import { AREA_WORDS, isPlaceName, placesIn } from '../lexicon/places.js';
import type { FigureRecord } from '../records.js';
import { hasTraditionalForms, toSimplified } from '../pipeline/script.js';

/** A level (托育机构477家), a change (新增托位1220个) or a target (计划建设25个驿站: the record's aspect). */
export type Aspect = 'state' | 'change' | 'target';

export interface Claim {
  record: FigureRecord;
  /** Canonical metric; with a predicate when the figure counts those that did something. */
  metric: string;
  scope: string;
  unitClass: string;
  kind: string;
  aspect: Aspect;
  /** The resolved period as "start/end" (ISO days), else the as-of day; null when unknown. */
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
const PREFIXES = [...new Set([...NEUTRAL_PREFIXES, ...AREA_WORDS])].sort((a, b) => b.length - a.length);
const UNIT_CLASS = new Map<string, string>(
  UNIT_CLASSES.flatMap((units) => units.map((u) => [u, units[0]] as [string, string])),
);

/** NFKC (full-width digits and punctuation to ASCII), without spaces and quotation marks. */
export function fold(text: string): string {
  // A traditional page's metric (醫療衛生機構總診療人次) is compared in simplified characters.
  const simplified = hasTraditionalForms(text) ? toSimplified(text) : text;
  return simplified.normalize('NFKC').replace(/[\s“”"‘’'《》「」]/g, '');
}

export interface CanonicalMetric {
  /** null when nothing specific is left to compare. */
  metric: string | null;
  /** The metric itself starts with a change word (新增托位). */
  change: boolean;
}

/**
 * 现有托育服务机构 -> 托育机构; 全市新增托位 -> 托位 (a change); 占比 -> null (generic).
 * Synonyms are applied first, then neutral words and place names are stripped from the front.
 */
export function canonicalMetric(written: string | null): CanonicalMetric {
  if (!written) return { metric: null, change: false };
  let m = fold(written);
  for (const [variant, canonical] of SYNONYMS) if (m.includes(variant)) m = m.split(variant).join(canonical);
  let change = false;
  for (let stripped = true; stripped && m.length > 0; ) {
    stripped = false;
    const prefix = PREFIXES.find((p) => m.startsWith(p) && m.length > p.length);
    // 东阿县医养结合机构: the place is the record's (extraction resolved it), not part of what is counted.
    const opening = placesIn(m)[0];
    const place = opening?.start === 0 && opening.end < m.length ? opening.text : undefined;
    const changeWord = CHANGE_WORDS.find(
      (w) => m.startsWith(w) && m.length > w.length && !CHANGE_TO.includes(m[w.length]),
    );
    const word = prefix ?? place ?? changeWord;
    if (word) {
      if (word === changeWord) change = true;
      m = m.slice(word.length);
      stripped = true;
    }
  }
  for (const suffix of NEUTRAL_SUFFIXES)
    if (m.endsWith(suffix) && m.length - suffix.length >= 2) m = m.slice(0, -suffix.length);
  if (m.startsWith('占') && m.length > 2) m = m.slice(1); // 占托育机构总数的 (share of): kind percent keeps it apart
  // 占全市 (a share of the whole city), 占聊城市 name no thing either.
  const metric = m.length < 2 || GENERIC_METRICS.has(m) || AREA_WORDS.has(m) || isPlaceName(m) ? null : m;
  return { metric, change };
}

/**
 * Where a claim is: the place extraction resolved (山东省聊城市 for 全市, 我市, 聊城 in a Liaocheng
 * article); a scope that could not be placed (全县 where the county is unknown) is compared only
 * with the same words in the same document.
 */
export function claimScope(record: Pick<FigureRecord, 'place' | 'scope' | 'doc'>): string {
  return record.place ?? `${record.scope ?? '?'} (${record.doc})`;
}

export function unitClass(unit: string | null): string {
  if (!unit) return '';
  const u = fold(unit);
  return UNIT_CLASS.get(u) ?? u;
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
export function valueRange(
  record: Pick<FigureRecord, 'value' | 'min' | 'max' | 'approx' | 'text'>,
  tolerance = 0,
): Range | null {
  const { value, min, max, approx, text } = record;
  if (value === null) {
    if (min === null || max === null) return null;
    const [a, b] = min <= max ? [min, max] : [max, min];
    const spread = approx === 'about' ? APPROX_SHARE : 0;
    return widen(
      { point: null, step: 0, lo: a - spread * Math.abs(a), hi: b + spread * Math.abs(b) },
      tolerance,
    );
  }
  const { step, bump } = writtenPrecision(text, value);
  const size = Math.abs(value);
  const t = fold(text);
  switch (approx) {
    case 'exact': {
      const epsilon = 1e-9 * Math.max(1, size);
      const slack = tolerance * size;
      return {
        point: value,
        step,
        lo: value - step / 2 - epsilon - slack,
        hi: value + step / 2 - epsilon + slack,
      };
    }
    case 'about': {
      const d = Math.max(APPROX_SHARE * size, step / 2);
      return widen({ point: null, step: 0, lo: value - d, hi: value + d }, tolerance);
    }
    case 'more_than':
      return widen(
        { point: null, step: 0, lo: value, hi: /[多余]/.test(t) ? value + bump : Infinity },
        tolerance,
      );
    case 'at_least':
      return widen({ point: null, step: 0, lo: value, hi: Infinity }, tolerance);
    case 'less_than':
      return widen(
        { point: null, step: 0, lo: t.includes('近') ? value - APPROX_SHARE * size : -Infinity, hi: value },
        tolerance,
      );
    case 'at_most':
      return widen({ point: null, step: 0, lo: -Infinity, hi: value }, tolerance);
  }
}

function widen(range: Range, tolerance: number): Range {
  if (tolerance === 0) return range;
  return {
    ...range,
    lo: range.lo - tolerance * Math.abs(range.lo),
    hi: range.hi + tolerance * Math.abs(range.hi),
  };
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
 * Read the figure's clause: a change word before it, and, when the metric follows
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
  // 新建6个重点学科,2个精品专科: a clause that opens with its figure continues the list of the
  // clause before it, and that clause's verb of change governs it too.
  const verbs = before === '' && clauseStart > 0 ? listHead(sentence, clauseStart - 1) : before;
  const aspect: Aspect =
    record.aspect === 'target'
      ? 'target'
      : CHANGE_WORDS.some((w) => hasChangeWord(verbs, w))
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
    if (tail && !LIST_JOINERS.some((j) => tail.startsWith(j)) && !/^(?:等|以上|左右|多|余)$/.test(tail))
      predicate = tail;
  }
  return { aspect, predicate };
}

/** The words before the first number of the clause that ends at `end` (its verb, if any). */
function listHead(sentence: string, end: number): string {
  let start = end;
  while (start > 0 && !CLAUSE_END.test(sentence[start - 1])) start--;
  const clause = sentence.slice(start, end);
  const number = clause.search(/[\d〇零一二两三四五六七八九十百千万]/);
  return number < 0 ? '' : clause.slice(0, number);
}

function hasChangeWord(clause: string, word: string): boolean {
  for (let i = clause.indexOf(word); i >= 0; i = clause.indexOf(word, i + 1)) {
    if (!CHANGE_TO.includes(clause[i + word.length])) return true;
  }
  return false;
}

/**
 * The period a figure is compared by: its resolved period, else the day it is stated as of (its
 * article's date: a page of 2019 and one of 2025 that name no period speak of different times);
 * null when neither is known.
 */
export function periodKey(record: FigureRecord): string | null {
  if (record.periodStart && record.periodEnd) return `${record.periodStart}/${record.periodEnd}`;
  return record.asOf ? `${record.asOf}/${record.asOf}` : null;
}

export interface ClaimOptions {
  tolerance?: number;
}

/**
 * Claims for the figures that can be compared; the others (no specific metric, kind other,
 * rank or age, no value) are left out. Records must come in document order for `occurrence`.
 */
export function toClaims(figures: readonly FigureRecord[], options: ClaimOptions = {}): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  const metrics = new Map<string | null, CanonicalMetric>();
  for (const record of figures) {
    const occurrenceKey = `${record.doc}\u0000${record.article}\u0000${record.sentence}\u0000${record.text}`;
    const occurrence = seen.get(occurrenceKey) ?? 0;
    seen.set(occurrenceKey, occurrence + 1);
    if (
      EXCLUDED_KINDS.has(record.kind) &&
      !(record.kind === 'age' && record.metric && MEASURED_AGES.test(record.metric))
    )
      continue;
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
      scope: claimScope(record),
      unitClass: unitClass(record.unit),
      kind: record.kind,
      aspect,
      period: periodKey(record),
      source,
      ...range,
    });
  }
  return claims;
}
