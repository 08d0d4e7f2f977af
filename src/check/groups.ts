// Group figures into claims about the same thing and keep the groups whose values differ.

import type { FigureRecord } from '../records.js';
import { toClaims, type Claim, type ClaimOptions } from './claims.js';
import { groupSeverity, type Severity } from './compare.js';

/** One figure of a reported group, with what a reader needs to judge it without the file. */
export interface GroupValue {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: FigureRecord['approx'];
  unit: string | null;
  doc: string;
  line: number;
  article: number;
  headline: string | null;
  period: string | null;
  /** The resolved period (ISO days), null when unknown; periodEnd is the value's as-of date. */
  periodStart: string | null;
  periodEnd: string | null;
  /** The day the value holds on: periodEnd, else its article's date; null when unknown. */
  asOf: string | null;
  sentence: string;
  /** The figure as written (3.12万个). */
  text: string;
}

export interface FigureGroup {
  severity: Severity;
  /** Canonical metric (托育机构 for 托育服务机构 and 托育机构). */
  metric: string;
  /** The place compared (山东省聊城市 for 全市, 我市, 聊城 in a Liaocheng article): claimScope(). */
  scope: string;
  /** The units the values were written in (家, or 家/个). */
  unit: string | null;
  kind: FigureRecord['kind'];
  aspect: Claim['aspect'];
  /** Identifies the group independently of line numbers (see baseline.ts). */
  key: string;
  values: GroupValue[];
}

/**
 * The groups of figures that disagree, errors first. Takes records, not text, so that it can
 * be fed any number of figures (100,000 take well under a second).
 */
export function checkFigures(figures: readonly FigureRecord[], options: ClaimOptions = {}): FigureGroup[] {
  return checkClaims(toClaims(figures, options));
}

/** The groups of claims that disagree, errors first (claims from `toClaims`). */
export function checkClaims(claims: readonly Claim[]): FigureGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.metric}\u0001${claim.scope}\u0001${claim.unitClass}\u0001${claim.kind}\u0001${claim.aspect}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(claim);
  }
  const reported: FigureGroup[] = [];
  for (const claims of groups.values()) {
    if (claims.length < 2 || !severalSources(claims)) continue;
    const severity = groupSeverity(claims);
    if (severity) reported.push(toGroup(severity, claims));
  }
  return reported.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      compareValues(a.values[0], b.values[0]),
  );
}

function severalSources(claims: readonly Claim[]): boolean {
  return claims.some((c) => c.source !== claims[0].source);
}

function toGroup(severity: Severity, claims: readonly Claim[]): FigureGroup {
  const first = claims[0];
  const values = claims.map(({ record }) => groupValue(record));
  values.sort(compareValues);
  const units = [...new Set(values.map((v) => v.unit).filter((u): u is string => u !== null))];
  return {
    severity,
    metric: first.metric,
    scope: first.scope,
    unit: units.length ? units.join('/') : null,
    kind: first.record.kind,
    aspect: first.aspect,
    key: groupKey(first, values),
    values,
  };
}

/** What a report shows of one figure. */
export function groupValue(r: FigureRecord): GroupValue {
  return {
    value: r.value,
    min: r.min,
    max: r.max,
    approx: r.approx,
    unit: r.unit,
    doc: r.doc,
    line: r.line,
    article: r.article,
    headline: r.headline,
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    asOf: r.asOf,
    sentence: r.sentence,
    text: r.text,
  };
}

export function compareValues(a: GroupValue, b: GroupValue): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.line - b.line;
}

/** How a value reads in a key: 501, 6000~7000, 1700万(more_than). */
export function valueSignature(v: Pick<GroupValue, 'value' | 'min' | 'max' | 'approx'>): string {
  const n = v.value !== null ? String(v.value) : `${v.min}~${v.max}`;
  return v.approx === 'exact' ? n : `${n}(${v.approx})`;
}

/** Metric, scope, unit class, kind, aspect and the sorted distinct values: no line numbers. */
function groupKey(claim: Claim, values: readonly GroupValue[]): string {
  const signatures = [...new Set(values.map(valueSignature))].sort();
  return JSON.stringify([
    'figure',
    claim.metric,
    claim.scope,
    claim.unitClass,
    claim.kind,
    claim.aspect,
    signatures,
  ]);
}
