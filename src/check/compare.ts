// Do claims about the same thing agree? Two claims are consistent when
// - both are exact: the more precise value rounds (half up) to the other at the other's
//   precision (45.21% and 45%; 3.12万 and 3.1万), or lies within --tolerance of it;
// - one is exact: its value lies in the other's range (1750万 in 1700多万; 98 in 近百);
// - neither is: their ranges overlap.
// Only claims from different articles are compared. The search for a disagreeing pair never
// looks at all pairs: it keeps, per side, the two most extreme values from distinct articles,
// which is enough to find one if there is one (a group of n claims costs O(n log n)).
// An article whose own values disagree (全国床位1017.4万张 … 乡镇卫生院…床位150.5万张: one metric
// naming two things) is compared article by article instead: it disagrees with another article
// only where none of its values agrees with any of the other's, so two reprints of one bulletin
// agree. Such articles are few; each costs one pass over the group.

import type { Claim } from './claims.js';

export type Severity = 'error' | 'warning';

/** Whether two claims agree (they need not be from different articles here). */
export function consistent(a: Claim, b: Claim): boolean {
  return !pairDisagrees([{ ...a, source: '\u0001a' }], [{ ...b, source: '\u0001b' }]);
}

/** The largest values seen, from two distinct sources, so that a query can exclude its own. */
class Top2 {
  private v1 = -Infinity;
  private s1: string | null = null;
  private v2 = -Infinity;

  add(v: number, source: string): void {
    if (v > this.v1) {
      if (this.s1 !== source) this.v2 = this.v1;
      this.v1 = v;
      this.s1 = source;
    } else if (source !== this.s1 && v > this.v2) {
      this.v2 = v;
    }
  }

  /** The largest value from a source other than `source` (-Infinity if none). */
  except(source: string): number {
    return this.s1 !== source ? this.v1 : this.v2;
  }

  clone(): Top2 {
    return Object.assign(new Top2(), this);
  }
}

/** Extreme values of exact claims (largest and, negated, smallest). */
interface Points {
  max: Top2;
  negMin: Top2;
}

/**
 * True when two articles disagree: some a in `as` and b in `bs` from different articles, where
 * neither article disagrees with itself; else an article whose values all disagree with all of
 * another's (`as` against `bs` both ways).
 */
export function disagreeing(as: readonly Claim[], bs: readonly Claim[]): boolean {
  if (as.length === 0 || bs.length === 0) return false;
  const articles = [...bySource(as, bs).values()];
  const ambiguous = articles.filter(disagreesWithItself);
  if (ambiguous.length === 0) return pairDisagrees(as, bs);
  const mixed = new Set(ambiguous.map((a) => a.source));
  const plain = (claims: readonly Claim[]) => claims.filter((c) => !mixed.has(c.source));
  if (pairDisagrees(plain(as), plain(bs))) return true;
  const signatures = new Map(articles.map((a) => [a, signatureOf(a)]));
  return ambiguous.some((article) => disagreesWithSomeArticle(article, articles, signatures));
}

/** One article's claims on each side of a comparison. */
interface Sides {
  source: string;
  as: Claim[];
  bs: Claim[];
}

function bySource(as: readonly Claim[], bs: readonly Claim[]): Map<string, Sides> {
  const sides = new Map<string, Sides>();
  const sideOf = (c: Claim): Sides => {
    let s = sides.get(c.source);
    if (!s) sides.set(c.source, (s = { source: c.source, as: [], bs: [] }));
    return s;
  };
  for (const c of as) sideOf(c).as.push(c);
  for (const c of bs) sideOf(c).bs.push(c);
  return sides;
}

/** An article's values on each side, so that articles that state the same ones are compared once. */
function signatureOf(article: Sides): string {
  const values = (claims: Claim[]) => claims.map((c) => `${c.point}:${c.step}:${c.lo}:${c.hi}`).sort();
  return `${values(article.as).join()}|${values(article.bs).join()}`;
}

function disagreesWithItself(article: Sides): boolean {
  const own = [...new Set([...article.as, ...article.bs])];
  return own.some((a, i) => own.some((b, j) => j > i && !consistent(a, b)));
}

/** Whether some other article shares no agreeing pair of values with `article`. */
function disagreesWithSomeArticle(
  article: Sides,
  articles: readonly Sides[],
  signatures: Map<Sides, string>,
): boolean {
  const seen = new Set<string>([signatures.get(article)!]);
  for (const other of articles) {
    const signature = signatures.get(other)!;
    if (seen.has(signature)) continue;
    seen.add(signature);
    const pairs = [
      ...article.as.flatMap((a) => other.bs.map((b) => [a, b] as const)),
      ...article.bs.flatMap((b) => other.as.map((a) => [a, b] as const)),
    ];
    if (pairs.length > 0 && pairs.every(([a, b]) => !consistent(a, b))) return true;
  }
  return false;
}

/** True when some a in `as` and b in `bs` from different articles disagree. */
function pairDisagrees(as: readonly Claim[], bs: readonly Claim[]): boolean {
  if (as.length === 0 || bs.length === 0) return false;
  return oneWay(as, bs) || oneWay(bs, as);
}

/** Qualified claims of `as` against everything in `bs`; exact claims of `as` as the coarser side. */
function oneWay(as: readonly Claim[], bs: readonly Claim[]): boolean {
  const maxLo = new Top2();
  const negMinHi = new Top2();
  for (const b of bs) {
    if (b.point === null) {
      maxLo.add(b.lo, b.source);
      negMinHi.add(-b.hi, b.source);
    }
  }
  // Exact claims of bs sorted by precision, with running extremes of their values: for a
  // coarse claim, the finer-or-equal ones are a prefix.
  const exact = bs.filter((b) => b.point !== null).sort((x, y) => x.step - y.step);
  const prefix: Points[] = [];
  let running: Points = { max: new Top2(), negMin: new Top2() };
  for (const b of exact) {
    running = { max: running.max.clone(), negMin: running.negMin.clone() };
    running.max.add(b.point!, b.source);
    running.negMin.add(-b.point!, b.source);
    prefix.push(running);
  }
  const allExact = running;
  for (const a of as) {
    const s = a.source;
    if (a.point === null) {
      // a is a range: any range of bs entirely beside it, or any exact value of bs outside it.
      if (maxLo.except(s) > a.hi || -negMinHi.except(s) < a.lo) return true;
      if (allExact.max.except(s) > a.hi || -allExact.negMin.except(s) < a.lo) return true;
    } else {
      // a is exact: against the ranges of bs, and as the coarser of two exact values.
      if (a.point > -negMinHi.except(s) || a.point < maxLo.except(s)) return true;
      const finer = lastAtMost(exact, a.step);
      if (finer >= 0) {
        const e = prefix[finer];
        if (e.max.except(s) >= a.hi || -e.negMin.except(s) < a.lo) return true;
      }
    }
  }
  return false;
}

/** Index of the last claim whose step is at most `step` (claims sorted by step), or -1. */
function lastAtMost(sorted: readonly Claim[], step: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  const limit = step * (1 + 1e-9);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].step <= limit) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The last day of a claim's period ("start/end"); an unknown period sorts after every day. */
function lastDay(c: Claim): string {
  return c.period === null ? '\uffff' : c.period.slice(c.period.indexOf('/') + 1);
}

/**
 * The severity of a group of claims about one thing, or null when they agree. Periods are the
 * figures' resolved ones (an interval of days; a level as of a day, such as 目前 on the page's
 * date, is that day):
 * - error: two claims from different articles disagree and their periods are the same or
 *   unknown (one or both);
 * - warning: claims disagree only where both periods are known and different (a change
 *   over time).
 * A claim whose own article gives the same metric for a later period (从2020年的21家增至目前的
 * 43家: 21 is a past value) is compared only with claims of its own period, and is no change
 * over time against other articles. Changes (新增…) are compared only when both name the same
 * period.
 */
export function groupSeverity(claims: readonly Claim[]): Severity | null {
  const unknown: Claim[] = [];
  const byPeriod = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.period === null) unknown.push(c);
    else {
      let list = byPeriod.get(c.period);
      if (!list) byPeriod.set(c.period, (list = []));
      list.push(c);
    }
  }
  for (const list of byPeriod.values()) if (disagreeing(list, list)) return 'error';
  const change = claims[0]?.aspect === 'change';
  if (change) return null;
  // An article that gives the metric for two periods states its change itself: only its latest
  // value stands for it (从2020年的21家增至目前的43家: 43; a value of no known period is the latest).
  const latest = new Map<string, string>();
  for (const c of claims) if (lastDay(c) > (latest.get(c.source) ?? '')) latest.set(c.source, lastDay(c));
  const current = claims.filter((c) => c.period !== null && lastDay(c) === latest.get(c.source));
  if (disagreeing(unknown, unknown) || disagreeing(unknown, current)) return 'error';
  return disagreeing(current, current) ? 'warning' : null;
}
