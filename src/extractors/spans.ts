// Searching mentions by position. Mentions of one extractor come sorted by start and do not
// overlap, so their ends are sorted too and a binary search finds the neighbours of an offset.

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span that ends after `at` (spans.length when none does). */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span that starts at or after `at` (spans.length when none does). */
export function firstStartingFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last span that ends at or before `at`, if any. */
export function lastEndingBy<S extends Span>(spans: readonly S[], at: number): S | null {
  const i = firstEndingAfter(spans, at);
  return i > 0 ? spans[i - 1] : null;
}

/** Whether any span overlaps [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i].start < end;
}
