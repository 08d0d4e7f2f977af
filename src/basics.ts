// Basics every layer may use, and which import nothing: spans of text and how to search and
// de-overlap them, what counts as white space, an ASCII digit or letter, a hash of a pair of units for the
// tables that skip most positions of a text, and a file-system error said for a person. Mentions of one extractor come sorted by start
// and do not overlap, so their ends are sorted too and a binary search finds the neighbours of
// an offset.

/** A stretch of text, [start, end) in UTF-16 units of the text it indexes. */
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

/** Earlier first, then longer first; a span inside or across one kept goes. */
export function dropOverlaps<S extends Span>(spans: readonly S[]): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: S[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) continue;
    kept.push(s);
    reach = s.end;
  }
  return kept;
}

/** What /\s/ matches, tested on a UTF-16 unit (a sentence splitter looks at every one). */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether a UTF-16 unit is an ASCII digit. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether a UTF-16 unit is an ASCII letter. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * A hash of two UTF-16 units into 16 bits, for a table of 2^16 bits that answers "surely not"
 * for most pairs (a word's first two units).
 */
export function pairHash(a: number, b: number): number {
  return (a * 31 + b) & 0xffff;
}

/** A file-system error as a short phrase for a person. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
