// Normalisation: the text the extractors match against, with a map back to the original.
//
// The pages are OCR'd layouts. A line break inside a sentence is layout (建成托位\n3.12万个,
// 普\n惠补贴, even across a blank line at a column break), so it is dropped; a break after a
// sentence, around a headline or a byline is kept. Full-width ASCII becomes half-width
// (，-> , ３ -> 3), and layout spaces between digits and units go (501 家 -> 501家).
// Every normalised UTF-16 unit remembers the code point of the original it came from.

import { endsWithCredit, isBylineLine, isSignatureDate } from './bylines.js';

export interface NormalisedText {
  /** The normalised text. Hard breaks are "\n" (within a block) or "\n\n" (between paragraphs). */
  text: string;
  /** origin[i]: code-point offset in the original of normalised unit i; origin[text.length]: the original's length. */
  origin: Int32Array;
}

interface Line {
  /** UTF-16 range of the line's content without surrounding white space. */
  from: number;
  to: number;
  /** Code-point offset of `from`, and of the line break that ends the line. */
  fromCp: number;
  breakCp: number;
}

const TERMINAL_END = /[。!?…][”’"'」』)\]]*$|[:]$/;
const CLAUSE_PUNCTUATION = /[,，、;；:：。!?]/g;
/** Lines that stand alone: bylines marked ■/□, markdown-style headings. */
const STANDALONE = /^[■□#●◆▲]/;
/** Paragraph leads: a break before them is always real. */
const LEAD = /^(?:本报讯|本报记者|[■□#●◆▲])/;
/**
 * Two spaces or more between Chinese characters set a line in columns (a press conference's
 * guests: 邝志远   市卫生健康委副主任; a spaced name: 柯  敏; a page's 日期  来源 line): a row of a
 * layout, never prose wrapped at the page's width, so nothing runs on after it. (What comes
 * before it may: a subtitle runs into the date line under it, as the headline vote expects.)
 */
const COLUMN_GAP = /[\u4e00-\u9fff][ \u3000]{2,}[\u4e00-\u9fff]/;
/** A list item (2.李秀云, 3、王强) is never a wrapped line's end. */
const LIST_ITEM = /^\d{1,2}[.、．](?![\d.])/;

export function normalise(original: string): NormalisedText {
  const lines = splitLines(original);
  const contents = lines.map((l) => foldWidth(original.slice(l.from, l.to)));
  const wrapWidth = estimateWrapWidth(contents);

  const out = new Uint16Array(original.length + 2);
  const origin = new Int32Array(original.length + 2);
  let n = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.from === line.to) continue;
    n = emitLine(original, line, out, origin, n);
    let next = i + 1;
    while (next < lines.length && lines[next].from === lines[next].to) next++;
    if (next >= lines.length) break;
    const blank = next > i + 1;
    let afterNext = next + 1;
    while (afterNext < lines.length && lines[afterNext].from === lines[afterNext].to) afterNext++;
    const localWidth = Math.max(
      layoutWidth(contents[next]),
      afterNext < lines.length ? layoutWidth(contents[afterNext]) : 0,
    );
    if (isHardBreak(contents[i], contents[next], blank, Math.min(wrapWidth, localWidth / 0.75))) {
      out[n] = 0x0a;
      origin[n++] = line.breakCp;
      if (blank) {
        out[n] = 0x0a;
        origin[n++] = line.breakCp;
      }
    }
  }
  // The last line's break is the virtual one at the end of the text: its offset is the length.
  origin[n] = lines[lines.length - 1].breakCp;
  return { text: new TextDecoder('utf-16le').decode(out.subarray(0, n)), origin: origin.slice(0, n + 1) };
}

/** Map a normalised span [start, end) to code-point offsets in the original. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: norm.origin[start], end: norm.origin[start] };
  return { start: norm.origin[start], end: norm.origin[end - 1] + 1 };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let cp = 0;
  let lineStart = 0;
  let lineStartCp = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      let from = lineStart;
      let to = i;
      let fromCp = lineStartCp;
      while (from < to && isSpace(text.charCodeAt(from))) {
        from++;
        fromCp++;
      }
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      lines.push({ from, to, fromCp, breakCp: cp });
      lineStart = i + 1;
      lineStartCp = cp + 1;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    cp++;
  }
  return lines;
}

function emitLine(text: string, line: Line, out: Uint16Array, origin: Int32Array, n: number): number {
  let cp = line.fromCp;
  let pendingSpace = -1; // code point of a space not yet emitted
  for (let i = line.from; i < line.to; i++, cp++) {
    let c = text.charCodeAt(i);
    if (c === 0xfeff || c === 0x200b || c === 0x0d) continue;
    if (isSpace(c)) {
      if (pendingSpace < 0) pendingSpace = cp;
      continue;
    }
    c = foldChar(c);
    if (pendingSpace >= 0) {
      if (!isLayoutSpace(out[n - 1], c)) {
        out[n] = 0x20;
        origin[n++] = pendingSpace;
      }
      pendingSpace = -1;
    }
    out[n] = c;
    origin[n++] = cp;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.to) {
      out[n] = text.charCodeAt(++i);
      origin[n++] = cp;
    }
  }
  return n;
}

/** A space between a digit and a Chinese unit or character is layout: 501 家, 4 月 21 日, 1.9 亿元. */
function isLayoutSpace(before: number, after: number): boolean {
  const digitBefore = isDigit(before) || before === 0x25; // %
  const digitAfter = isDigit(after);
  return (
    (digitBefore && (isHan(after) || after === 0x25 || after === 0x3a)) ||
    (isHan(before) && digitAfter) ||
    (before === 0x3a && digitAfter)
  );
}

/**
 * Whether the break between two lines is real. `wrapWidth` is the page's wrap width, or less
 * where the lines around are narrower (a caption set in a narrow column).
 */
function isHardBreak(before: string, after: string, blank: boolean, wrapWidth: number): boolean {
  if (TERMINAL_END.test(before)) return true;
  if (COLUMN_GAP.test(before)) return true;
  if (
    LEAD.test(after) ||
    STANDALONE.test(before) ||
    LIST_ITEM.test(after.trim()) ||
    isSignatureDate(after.trim())
  )
    return true;
  if (isBylineLine(before) || isBylineLine(after) || endsWithCredit(before)) return true;
  const clauses = before.match(CLAUSE_PUNCTUATION)?.length ?? 0;
  const width = layoutWidth(before);
  // Over 80 UTF-16 units is over 40 characters: only short lines need counting.
  const long = before.length >= 80 || [...before].length >= 40;
  // A list item runs on across a line break, never across a blank line.
  if (blank)
    return (
      LIST_ITEM.test(before.trim()) ||
      isSignatureDate(before.trim()) ||
      !(long || width >= 0.8 * wrapWidth || clauses >= 2)
    );
  // A line that starts with a digit right after a Chinese character continues it (建成托位\n3.12万个).
  const numberWrapped = /[\u4e00-\u9fff]$/.test(before) && /^\d/.test(after);
  return !(long || width >= 0.6 * wrapWidth || clauses >= 1 || numberWrapped);
}

/**
 * The column at which the page wraps its lines, in layout columns (a Chinese character is 2).
 * Hard-wrapped pages have many lines of nearly the same width; pages with a paragraph per line
 * have none, and get Infinity.
 */
export function estimateWrapWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  let nonBlank = 0;
  for (const line of lines) {
    if (!line) continue;
    nonBlank++;
    const w = layoutWidth(line);
    if (w >= 16 && w <= 200) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const w of counts.keys()) {
    let c = 0;
    for (let d = 0; d <= 2; d++) c += counts.get(w - d) ?? 0;
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w;
      bestCount = c;
    }
  }
  return bestCount >= 5 && bestCount >= 0.25 * nonBlank ? best : Infinity;
}

/**
 * Width of a line in the page's columns, as the typesetting counted: every character from U+1100
 * up (Chinese, and the curly quotes and dashes set with it) takes a full cell, ASCII half. Not a
 * terminal's width (check's text report has its own).
 */
function layoutWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c >= 0x1100 ? 2 : 1;
  }
  return w;
}

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

function foldWidth(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(foldChar(c.charCodeAt(0))));
}

function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}
