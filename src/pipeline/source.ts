// The original text of one input, addressed the way records are: code-point offsets,
// 1-based lines and columns. Everything the pipeline reports points back into this.

const SURROGATE = /[\uD800-\uDFFF]/;

export class SourceText {
  /** Code-point offset at which each line starts. */
  private readonly lineStarts: number[] = [0];
  /** UTF-16 index of each code point, only when the text has astral characters. */
  private readonly unitOf: Int32Array | null = null;
  readonly codePoints: number;
  /** Whether the text holds a carriage return anywhere (most pages hold none). */
  private readonly hasReturn: boolean;

  constructor(readonly text: string) {
    this.hasReturn = text.includes('\r');
    const astral = SURROGATE.test(text);
    if (!astral) {
      // Code points are units: the lines are found by indexOf, faster than a loop over the units.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      this.codePoints = text.length;
      return;
    }
    let cp = 0;
    const unitOf = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++, cp++) {
      unitOf[cp] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      if (c === 0x0a) this.lineStarts.push(cp + 1);
    }
    unitOf[cp] = text.length;
    this.unitOf = unitOf.subarray(0, cp + 1);
    this.codePoints = cp;
  }

  /** UTF-16 index of a code-point offset. */
  unit(cp: number): number {
    return this.unitOf ? this.unitOf[cp] : cp;
  }

  /** 1-based line and column (in code points) of a code-point offset. */
  position(cp: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= cp) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: cp - this.lineStarts[lo] + 1 };
  }

  /** The original characters in [start, end), in code points, with line breaks removed. */
  slice(start: number, end: number): string {
    if (this.hasReturn) return withoutLineBreaks(this.text.slice(this.unit(start), this.unit(end)));
    // The line index says where the breaks inside stand: the pieces between them are joined,
    // and the slice is never searched for a break.
    const starts = this.lineStarts;
    let i = this.firstLineAfter(start);
    let joined = '';
    let from = start;
    for (; i < starts.length && starts[i] <= end; i++) {
      joined += this.text.slice(this.unit(from), this.unit(starts[i] - 1));
      from = starts[i];
    }
    return joined + this.text.slice(this.unit(from), this.unit(end));
  }

  /** The index of the first line that starts after code point `cp` (lineStarts.length if none). */
  private firstLineAfter(cp: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= cp) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export function withoutLineBreaks(s: string): string {
  // Most slices hold no break: a search costs less than a replace that finds nothing.
  return s.includes('\n') || s.includes('\r') ? s.replace(/[\r\n]/g, '') : s;
}
