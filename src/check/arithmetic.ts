// Claims that follow from other claims: a part and its share imply a whole, listed parts add up
// to their total, a from-value and a to-value imply the stated change, and a rate per population
// with its count implies the population. A relation is reported when the figures as written
// cannot agree: every figure allows the values that round to it (85.7% is [85.65, 85.75)), the
// computation runs on those intervals, and `--tolerance` widens them (then a relation that holds
// only so is a warning).

import {
  DECREASE_WORDS,
  INCOMPLETE_LIST,
  INCREASE_WORDS,
  PARTS_WORD,
  PER_POPULATION,
  TOTAL_RIGHT_BEFORE,
  TOTAL_WORDS,
  WHOLE_SUFFIXES,
  YEAR_ON_YEAR_WORDS,
} from '../lexicon/arithmetic.js';
import type { FigureRecord } from '../records.js';
import {
  canonicalMetric,
  claimScope,
  fold,
  periodKey,
  toClaims,
  unitClass,
  valueRange,
  type Claim,
} from './claims.js';
import type { Severity } from './compare.js';
import { compareValues, groupValue, type GroupValue } from './groups.js';

export type Relation = 'share' | 'total' | 'change' | 'rate';

/** What a figure is in its relation. */
export type Role = 'part' | 'share' | 'whole' | 'total' | 'from' | 'to' | 'change' | 'count' | 'rate';

export interface ArithmeticFigure extends GroupValue {
  role: Role;
}

export interface ArithmeticFinding {
  severity: Severity;
  relation: Relation;
  /** What the relation is about (the whole, the total's or the change's metric, 人口 for rates). */
  metric: string;
  scope: string;
  /** The value the other figures imply (an implied whole, a sum, a change, a population). */
  computed: number;
  /** The values stated for it that the computation contradicts (for rates: the other implied population). */
  stated: number[];
  /** The computation as a reader checks it: "420 / 85.7% = 490.1; stated: 477, 501". */
  explanation: string;
  /** Identifies the finding independently of line numbers. */
  key: string;
  figures: ArithmeticFigure[];
}

export interface ArithmeticOptions {
  tolerance?: number;
}

interface Interval {
  lo: number;
  hi: number;
}

/** A figure with where it sits in its folded sentence. */
interface Placed {
  record: FigureRecord;
  at: number;
  end: number;
}

const CLAUSE_END = /[,;。!?:，；！？：]/;
const FROM_WORD = /[由从]$/;
const TO_WORDS = /^[^,;。!?，；！？]{0,6}?(?:到|至|为)$/;
const PERCENT_UNITS = new Set(['%', '％']);

/**
 * Every relation among the figures (records in document order) whose numbers do not add up.
 * `claims` are the figures' claims when the caller has them already (only their metric, scope,
 * kind, aspect and period are used, so any tolerance will do).
 */
export function checkArithmetic(
  figures: readonly FigureRecord[],
  options: ArithmeticOptions = {},
  claims: readonly Claim[] = toClaims(figures),
): ArithmeticFinding[] {
  const tolerance = options.tolerance ?? 0;
  const claimOf = new Map<FigureRecord, Claim>(claims.map((c) => [c.record, c]));
  const findings: ArithmeticFinding[] = [];
  const shares: ShareStatement[] = [];
  const rates: RateStatement[] = [];
  const yearOnYear: YearOnYearStatement[] = [];
  for (const sentence of sentences(figures)) {
    shares.push(...shareStatements(sentence));
    rates.push(...rateStatements(sentence, claimOf));
    yearOnYear.push(...yearOnYearStatements(sentence, claimOf));
    findings.push(...totalFindings(sentence, tolerance));
    findings.push(...changeFindings(sentence, tolerance));
  }
  findings.push(...shareFindings(shares, claims, tolerance));
  findings.push(...yearOnYearFindings(yearOnYear, claims, tolerance));
  findings.push(...rateFindings(rates, tolerance));
  return findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareValues(a.figures[0], b.figures[0]),
  );
}

/**
 * The figures of each sentence, each placed in the folded sentence text. Records come in document
 * order, so a sentence's figures are consecutive: no key is built from the sentence text, which
 * would cost its length for every figure.
 */
function sentences(figures: readonly FigureRecord[]): { text: string; figures: Placed[] }[] {
  const found: { text: string; figures: Placed[] }[] = [];
  let previous: FigureRecord | null = null;
  let current: { text: string; figures: Placed[] } | null = null;
  let from = 0;
  for (const record of figures) {
    const same =
      previous !== null &&
      previous.doc === record.doc &&
      previous.article === record.article &&
      previous.line === record.line &&
      previous.sentence === record.sentence;
    if (!same || !current) {
      current = { text: fold(record.sentence), figures: [] };
      found.push(current);
      from = 0;
    }
    previous = record;
    const text = fold(record.text);
    const at = text ? current.text.indexOf(text, from) : -1;
    if (at < 0) continue;
    from = at + text.length;
    current.figures.push({ record, at, end: at + text.length });
  }
  return found.filter((s) => s.figures.length > 1);
}

/**
 * How far the words that tie a figure to others are read around it (共有, 由, 每千人口, the
 * metric after a total): near enough for any sentence, and bounded, so that a page of figures
 * without punctuation costs linear time.
 */
const REACH = 30;

/** The clause text before a figure, back to the last clause break or REACH characters. */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < REACH && !CLAUSE_END.test(text[start - 1])) start--;
  return text.slice(start, at);
}

function range(record: FigureRecord, tolerance: number): Interval | null {
  const r = valueRange(record, tolerance);
  if (!r || !Number.isFinite(r.lo) || !Number.isFinite(r.hi)) return null;
  if (r.point !== null && record.kind === 'count' && r.step === 1)
    return { lo: r.point * (1 - tolerance), hi: r.point * (1 + tolerance) };
  return { lo: r.lo, hi: r.hi };
}

function overlap(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * Null when the relation holds for the figures as written, a warning when it holds only within
 * the tolerance, an error when it cannot hold. `holds` answers for a given tolerance.
 */
function verdict(holds: (tolerance: number) => boolean, tolerance: number): Severity | null {
  if (holds(0)) return null;
  return tolerance > 0 && holds(tolerance) ? 'warning' : 'error';
}

function figure(record: FigureRecord, role: Role): ArithmeticFigure {
  return { ...groupValue(record), role };
}

/** A number for an explanation, as precise as a reader needs: 490.1, 1.9, 4411765. */
function show(n: number): string {
  const decimals = Math.abs(n) >= 1000 ? 0 : Math.abs(n) >= 100 ? 1 : 3;
  return String(Math.round(n * 10 ** decimals) / 10 ** decimals);
}

function finding(fields: Omit<ArithmeticFinding, 'key'>): ArithmeticFinding {
  const texts = [...new Set(fields.figures.map((f) => `${f.role}:${f.text.replace(/\s+/g, '')}`))].sort();
  return {
    ...fields,
    computed: Math.round(fields.computed * 1000) / 1000,
    key: JSON.stringify(['arithmetic', fields.relation, fields.metric, fields.scope, texts]),
  };
}

// -------------------------------------------------------------------------------- shares

interface ShareStatement {
  part: FigureRecord;
  share: FigureRecord;
  /** Canonical metric of the whole the share names (托育机构 for 占托育机构总数的). */
  whole: string;
}

/** 幼儿园共开设托班420个，占托育机构总数的85.7%: a part, then its share of a named whole. */
function shareStatements(sentence: { text: string; figures: Placed[] }): ShareStatement[] {
  const found: ShareStatement[] = [];
  sentence.figures.forEach(({ record }, i) => {
    if (i === 0 || record.kind !== 'percent' || record.approx !== 'exact' || !record.metric) return;
    const metric = fold(record.metric);
    if (!metric.startsWith('占')) return;
    const whole = wholeOf(metric.slice(1));
    const part = sentence.figures[i - 1].record;
    if (!whole || part.kind !== 'count' || part.value === null) return;
    found.push({ part, share: record, whole });
  });
  return found;
}

/** 托育机构总数的 -> 托育机构; null when no specific whole is named (占全市的). */
function wholeOf(written: string): string | null {
  let whole = written;
  for (let trimmed = true; trimmed; ) {
    const suffix = WHOLE_SUFFIXES.find((s) => whole.endsWith(s) && whole.length > s.length);
    trimmed = suffix !== undefined;
    if (suffix) whole = whole.slice(0, -suffix.length);
  }
  return canonicalMetric(whole).metric;
}

/**
 * part / share implies the whole. It is compared with the whole stated in its own article when
 * there is one; else with the wholes stated elsewhere for the same place and period (any period
 * when the share's is unknown). Reported when it agrees with none of them.
 */
function shareFindings(
  shares: readonly ShareStatement[],
  claims: readonly Claim[],
  tolerance: number,
): ArithmeticFinding[] {
  if (shares.length === 0) return [];
  const wholes = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.aspect !== 'state' || c.kind !== 'count') continue;
    const key = `${c.metric}\u0001${c.scope}`;
    let list = wholes.get(key);
    if (!list) wholes.set(key, (list = []));
    list.push(c);
  }
  const findings: ArithmeticFinding[] = [];
  for (const { part, share, whole } of shares) {
    const scope = claimScope(share);
    const stated = (wholes.get(`${whole}\u0001${scope}`) ?? []).filter((c) => c.record !== part);
    const own = stated.filter((c) => c.record.doc === share.doc && c.record.article === share.article);
    const period = periodKey(share);
    const candidates = own.length
      ? own
      : stated.filter((c) => period === null || c.period === null || c.period === period);
    if (candidates.length === 0) continue;
    const implied = (t: number): Interval | null => {
      const p = range(part, t);
      const s = range(share, t);
      return p && s && s.lo > 0 ? { lo: p.lo / (s.hi / 100), hi: p.hi / (s.lo / 100) } : null;
    };
    const holds = (t: number) => {
      const w = implied(t);
      return (
        !w ||
        candidates.some((c) => {
          const r = range(c.record, t);
          return !r || overlap(w, r);
        })
      );
    };
    const severity = verdict(holds, tolerance);
    if (!severity) continue;
    const computed = part.value! / (share.value! / 100);
    const values = [...new Set(candidates.map((c) => c.record.value!))];
    findings.push(
      finding({
        severity,
        relation: 'share',
        metric: whole,
        scope,
        computed,
        stated: values,
        explanation: `${part.text.replace(/\s+/g, '')} / ${share.text.replace(/\s+/g, '')} = ${show(computed)} ${whole}; stated: ${values.map(show).join(', ')}`,
        figures: [
          figure(part, 'part'),
          figure(share, 'share'),
          ...candidates.map((c) => figure(c.record, 'whole')),
        ],
      }),
    );
  }
  return findings;
}

// -------------------------------------------------------------------------------- totals

/** 共有12家，其中城区5家、乡镇4家、山区2家: the parts listed after 其中 add up to the total. */
function totalFindings(
  sentence: { text: string; figures: Placed[] },
  tolerance: number,
): ArithmeticFinding[] {
  const findings: ArithmeticFinding[] = [];
  const { text, figures } = sentence;
  figures.forEach((total, i) => {
    const r = total.record;
    const before = clauseBefore(text, total.at);
    if (
      r.approx !== 'exact' ||
      r.value === null ||
      !(TOTAL_WORDS.some((w) => before.includes(w)) || before.endsWith(TOTAL_RIGHT_BEFORE))
    )
      return;
    // The parts: the clause after the total's (共有12家，其中… or 共12家养老机构，其中…), opening with 其中.
    let totalClauseEnd = total.end;
    while (
      totalClauseEnd < text.length &&
      totalClauseEnd - total.end < REACH &&
      !CLAUSE_END.test(text[totalClauseEnd])
    )
      totalClauseEnd++;
    const listStart = totalClauseEnd + 1;
    if (!CLAUSE_END.test(text[totalClauseEnd] ?? '') || !text.startsWith(PARTS_WORD, listStart)) return;
    let listEnd = listStart;
    while (listEnd < text.length && !CLAUSE_END.test(text[listEnd])) listEnd++;
    const parts: Placed[] = [];
    for (let k = i + 1; k < figures.length && figures[k].end <= listEnd; k++) {
      const f = figures[k];
      if (f.at >= listStart && f.record.unit === r.unit && f.record.kind === r.kind) parts.push(f);
    }
    if (parts.length < 2 || parts.some((p) => p.record.approx !== 'exact' || p.record.value === null)) return;
    // 其中A区5家、B县4家等: only some parts are named; they can still exceed the total.
    const incomplete = INCOMPLETE_LIST.test(text.slice(parts[parts.length - 1].end, listEnd));
    const sumAndTotal = (t: number) => {
      const whole = range(r, t);
      const ranges = parts.map((p) => range(p.record, t));
      if (!whole || ranges.some((x) => !x)) return null;
      return {
        whole,
        sum: { lo: ranges.reduce((a, x) => a + x!.lo, 0), hi: ranges.reduce((a, x) => a + x!.hi, 0) },
      };
    };
    const exceeds = (t: number) => {
      const x = sumAndTotal(t);
      return x !== null && x.sum.lo > x.whole.hi;
    };
    const holds = (t: number) => {
      const x = sumAndTotal(t);
      return !x || (incomplete ? !exceeds(t) : overlap(x.sum, x.whole));
    };
    const verdictOfNumbers = verdict(holds, tolerance);
    if (!verdictOfNumbers) return;
    // Parts that fall short of their total may be a list that leaves one out without saying 等:
    // bulletins name some kinds after 其中 (卫生技术人员…,其中执业医师…、注册护士…) and stop. That
    // contradicts nothing, so it is a warning that says so; parts over their total are an error.
    // Short as written: parts over the total only within the tolerance are still over it.
    const short = !exceeds(0);
    const severity = short ? 'warning' : verdictOfNumbers;
    const computed = parts.reduce((a, p) => a + p.record.value!, 0);
    findings.push(
      finding({
        severity,
        relation: 'total',
        metric: canonicalMetric(r.metric).metric ?? r.metric ?? '',
        scope: claimScope(r),
        computed,
        stated: [r.value],
        explanation: `${parts.map((p) => show(p.record.value!)).join(' + ')} = ${show(computed)}${incomplete ? ' (some parts)' : ''}; stated total: ${show(r.value)}${short ? ' (short of it: is a part not listed?)' : ''}`,
        figures: [figure(r, 'total'), ...parts.map((p) => figure(p.record, 'part'))],
      }),
    );
  });
  return findings;
}

// ------------------------------------------------------------------------------- changes

/**
 * 由9家增加到12家，增长33.3%: a from-value, a to-value and the stated change, as a difference in
 * the same unit (1.9岁), in percentage points between two percentages (2.5个百分点), or as a
 * percentage of the from-value (33.3%).
 */
function changeFindings(
  sentence: { text: string; figures: Placed[] },
  tolerance: number,
): ArithmeticFinding[] {
  const findings: ArithmeticFinding[] = [];
  const { text, figures } = sentence;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [from, to, change] = [figures[i], figures[i + 1], figures[i + 2]];
    if (!FROM_WORD.test(clauseBefore(text, from.at)) || !TO_WORDS.test(text.slice(from.end, to.at))) continue;
    const between = text.slice(to.end, change.at);
    if (between.length > 8) continue;
    const down = DECREASE_WORDS.some((w) => between.includes(w));
    if (!down && !INCREASE_WORDS.some((w) => between.includes(w))) continue;
    const [a, b, c] = [from.record, to.record, change.record];
    if (a.value === null || b.value === null || c.value === null || a.unit !== b.unit) continue;
    const form = changeForm(a, c);
    if (!form || (form === 'relative' && a.value <= 0)) continue;
    const holds = (t: number) => {
      const [x, y, s] = [range(a, t), range(b, t), range(c, t)];
      if (!x || !y || !s) return true;
      return overlap(changeBetween(form, x, y), down ? { lo: -s.hi, hi: -s.lo } : s);
    };
    const severity = verdict(holds, tolerance);
    if (!severity) continue;
    const computed = form === 'relative' ? (b.value / a.value - 1) * 100 : b.value - a.value;
    const unit = changeUnit(form, c);
    const stated = down ? -c.value : c.value;
    findings.push(
      finding({
        severity,
        relation: 'change',
        metric: canonicalMetric(b.metric).metric ?? b.metric ?? '',
        scope: claimScope(b),
        computed,
        stated: [stated],
        explanation: `${a.text.replace(/\s+/g, '')} -> ${b.text.replace(/\s+/g, '')} is ${signed(computed)}${unit}; stated: ${signed(stated)}${unit}`,
        figures: [figure(a, 'from'), figure(b, 'to'), figure(c, 'change')],
      }),
    );
  }
  return findings;
}

/** How a stated change relates two values, or null when its unit fits neither. */
type ChangeForm = 'relative' | 'points' | 'difference';

function changeForm(level: FigureRecord, change: FigureRecord): ChangeForm | null {
  const percentages = PERCENT_UNITS.has(level.unit ?? '');
  if (change.kind === 'pct_point') return percentages ? 'points' : null;
  if (PERCENT_UNITS.has(change.unit ?? '')) return percentages ? null : 'relative';
  return unitClass(change.unit) === unitClass(level.unit) ? 'difference' : null;
}

/** What a change from x to y is, on intervals. */
function changeBetween(form: ChangeForm, x: Interval, y: Interval): Interval {
  return form === 'relative'
    ? { lo: (y.lo / x.hi - 1) * 100, hi: (y.hi / x.lo - 1) * 100 }
    : { lo: y.lo - x.hi, hi: y.hi - x.lo };
}

function changeUnit(form: ChangeForm, change: FigureRecord): string {
  return form === 'relative' ? '%' : form === 'points' ? '个百分点' : (change.unit ?? '');
}

function signed(n: number): string {
  return `${n >= 0 ? '+' : ''}${show(n)}`;
}

// --------------------------------------------------------------------------- year on year

interface YearOnYearStatement {
  level: Claim;
  change: FigureRecord;
  form: ChangeForm;
  down: boolean;
  /** The same period a year before, as a claim's period key. */
  before: string;
}

/** 2025年门诊量达1200万人次，同比增长8%: a level of a known period and its change on a year before. */
function yearOnYearStatements(
  sentence: { text: string; figures: Placed[] },
  claimOf: ReadonlyMap<FigureRecord, Claim>,
): YearOnYearStatement[] {
  const found: YearOnYearStatement[] = [];
  const { text, figures } = sentence;
  for (let i = 0; i + 1 < figures.length; i++) {
    const level = claimOf.get(figures[i].record);
    const change = figures[i + 1].record;
    const between = text.slice(figures[i].end, figures[i + 1].at);
    if (
      level?.aspect !== 'state' ||
      level.point === null ||
      level.period === null ||
      change.value === null ||
      between.length > 10
    )
      continue;
    if (!YEAR_ON_YEAR_WORDS.some((w) => between.includes(w))) continue;
    const down = DECREASE_WORDS.some((w) => between.includes(w));
    if (!down && !INCREASE_WORDS.some((w) => between.includes(w))) continue;
    const form = changeForm(level.record, change);
    const before = yearBefore(level.period);
    if (form && before && !(form === 'relative' && level.point <= 0))
      found.push({ level, change, form, down, before });
  }
  return found;
}

/** "2025-01-01/2025-06-30" -> "2024-01-01/2024-06-30"; null for a period that does not shift whole (29 February). */
function yearBefore(period: string): string | null {
  const shifted = period.replace(
    /(\d{4})(-\d{2}-\d{2})/g,
    (_, year: string, rest: string) => `${Number(year) - 1}${rest}`,
  );
  return shifted.includes('-02-29') ? null : shifted;
}

/**
 * The level a year before, stated anywhere (same metric, place, unit and kind), and the level now
 * imply the change: reported when it agrees with none of the levels stated for the year before.
 */
function yearOnYearFindings(
  statements: readonly YearOnYearStatement[],
  claims: readonly Claim[],
  tolerance: number,
): ArithmeticFinding[] {
  if (statements.length === 0) return [];
  const keyOf = (c: Claim, period: string) =>
    `${c.metric}\u0001${c.scope}\u0001${c.unitClass}\u0001${c.kind}\u0001${period}`;
  const levels = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.aspect !== 'state' || c.point === null || c.period === null) continue;
    const key = keyOf(c, c.period);
    let list = levels.get(key);
    if (!list) levels.set(key, (list = []));
    list.push(c);
  }
  const findings: ArithmeticFinding[] = [];
  for (const { level, change, form, down, before } of statements) {
    const earlier = levels.get(keyOf(level, before)) ?? [];
    if (earlier.length === 0) continue;
    const holds = (t: number) =>
      earlier.some((e) => {
        const [x, y, s] = [range(e.record, t), range(level.record, t), range(change, t)];
        return !x || !y || !s || overlap(changeBetween(form, x, y), down ? { lo: -s.hi, hi: -s.lo } : s);
      });
    const severity = verdict(holds, tolerance);
    if (!severity) continue;
    const now = level.point!;
    const computedFrom = (e: Claim) => (form === 'relative' ? (now / e.point! - 1) * 100 : now - e.point!);
    const computed = computedFrom(earlier[0]);
    const stated = down ? -change.value! : change.value!;
    const unit = changeUnit(form, change);
    findings.push(
      finding({
        severity,
        relation: 'change',
        metric: level.metric,
        scope: level.scope,
        computed,
        stated: [stated],
        explanation: `${earlier.map((e) => `${e.record.text.replace(/\s+/g, '')} -> ${level.record.text.replace(/\s+/g, '')} is ${signed(computedFrom(e))}${unit}`).join(', ')} a year on; stated: ${signed(stated)}${unit}`,
        figures: [
          ...earlier.map((e) => figure(e.record, 'from')),
          figure(level.record, 'to'),
          figure(change, 'change'),
        ],
      }),
    );
  }
  return findings;
}

// --------------------------------------------------------------------------------- rates

interface RateStatement {
  rate: FigureRecord;
  count: FigureRecord;
  /** People per unit of the rate: 1000 for 千人口托位数. */
  base: number;
  scope: string;
  period: string;
}

const BASE_WORDS = PER_POPULATION.map(([word]) => word).join('|');
const PER_POPULATION_PHRASE = new RegExp(
  `每(${BASE_WORDS})(?:常住|户籍)?人口?|(${BASE_WORDS})(?:常住|户籍)?人口`,
);

/**
 * 托位2.9万个，千人口托位数5.15个: a rate per population and, in the same sentence, the level of
 * what it counts, for a known period.
 */
function rateStatements(
  sentence: { text: string; figures: Placed[] },
  claimOf: ReadonlyMap<FigureRecord, Claim>,
): RateStatement[] {
  const found: RateStatement[] = [];
  for (const { record, at } of sentence.figures) {
    if (record.kind !== 'rate' || record.approx !== 'exact' || !record.value || !record.metric) continue;
    const metric = fold(record.metric);
    const written =
      PER_POPULATION_PHRASE.exec(metric) ?? PER_POPULATION_PHRASE.exec(clauseBefore(sentence.text, at));
    const period = periodKey(record);
    if (!written || period === null) continue;
    const base = PER_POPULATION.find(([word]) => word === (written[1] ?? written[2]))![1];
    const counted = canonicalMetric(metric.replace(PER_POPULATION_PHRASE, '').replace(/数$/, '')).metric;
    const scope = claimScope(record);
    const count = sentence.figures
      .map((f) => claimOf.get(f.record))
      .find(
        (c) =>
          c &&
          c.kind === 'count' &&
          c.aspect === 'state' &&
          c.point !== null &&
          c.metric === counted &&
          c.scope === scope,
      );
    if (count) found.push({ rate: record, count: count.record, base, scope, period });
  }
  return found;
}

/** The population a rate and its count imply, in people. */
function population(s: RateStatement, t: number): Interval | null {
  const c = range(s.count, t);
  const r = range(s.rate, t);
  return c && r && r.lo > 0 ? { lo: (c.lo / r.hi) * s.base, hi: (c.hi / r.lo) * s.base } : null;
}

/** Two rates of one place and period that imply populations no rounding reconciles. */
function rateFindings(rates: readonly RateStatement[], tolerance: number): ArithmeticFinding[] {
  const byPlace = new Map<string, RateStatement[]>();
  for (const s of rates) {
    const key = `${s.scope}\u0001${s.period}`;
    let list = byPlace.get(key);
    if (!list) byPlace.set(key, (list = []));
    list.push(s);
  }
  const findings: ArithmeticFinding[] = [];
  for (const list of byPlace.values()) {
    if (list.length < 2) continue;
    // The pair furthest apart: the lowest upper bound against the highest lower bound.
    const extremes = (t: number) => {
      const ranked = list
        .map((s) => ({ s, p: population(s, t) }))
        .filter((x): x is { s: RateStatement; p: Interval } => x.p !== null);
      if (ranked.length < 2) return null;
      const low = ranked.reduce((a, b) => (b.p.hi < a.p.hi ? b : a));
      const high = ranked.reduce((a, b) => (b.p.lo > a.p.lo ? b : a));
      return { low, high };
    };
    const severity = verdict((t) => {
      const e = extremes(t);
      return !e || e.low.p.hi >= e.high.p.lo;
    }, tolerance);
    const e = extremes(0);
    if (!severity || !e) continue;
    const implied = (s: RateStatement) => (s.count.value! / s.rate.value!) * s.base;
    const [low, high] = [e.low.s, e.high.s];
    findings.push(
      finding({
        severity,
        relation: 'rate',
        metric: '人口',
        scope: low.scope,
        computed: implied(low),
        stated: [Math.round(implied(high) * 1000) / 1000],
        explanation: `${low.count.text.replace(/\s+/g, '')} / ${low.rate.text.replace(/\s+/g, '')} per ${low.base} = ${show(implied(low))} people; ${high.count.text.replace(/\s+/g, '')} / ${high.rate.text.replace(/\s+/g, '')} per ${high.base} = ${show(implied(high))} people`,
        figures: [
          figure(low.count, 'count'),
          figure(low.rate, 'rate'),
          figure(high.count, 'count'),
          figure(high.rate, 'rate'),
        ],
      }),
    );
  }
  return findings;
}
