// Normalisation: the text the extractors match against, with a map back to the original.
//
// The pages are OCR'd layouts. A line break inside a sentence is layout (建成托位\n3.12万个,
// 普\n惠补贴, even across a blank line at a column break), so it is dropped; a break after a
// sentence, around a headline or a byline is kept. Full-width ASCII becomes half-width
// (，-> , ３ -> 3), and layout spaces between digits and units go (501 家 -> 501家).
// Every normalised UTF-16 unit remembers the code point of the original it came from.

import { isAsciiDigit } from '../basics.js';
import { openingPlace } from '../lexicon/places.js';
import { TITLE_SET } from '../lexicon/titles.js';
import { isTraditional, toSimplified } from './script.js';
import {
  DATELINE,
  endsWithClosingCredit,
  endsWithCredit,
  isBylineLine,
  isCaption,
  isEditorsLine,
  isSignatureDate,
  isWebDateLine,
} from './bylines.js';

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
  /** The layout width of the content with full-width ASCII folded (layoutWidth of it). */
  width: number;
}

/** Lines that stand alone: bylines marked ■/□, markdown-style headings. */
const STANDALONE = /^[■□#●◆▲]/;
/** A name, a colon and a phrase with no other mark: how a column of briefs heads each one (a place's). */
const PLACED_HEADLINE = /^([\u4e00-\u9fff]{2,8})[:：][\u4e00-\u9fff“”"]{4,24}$/;
const MAX_PLACED_HEADLINE = 33;

/** 烟台:基层医疗再上台阶 (not a speaker's wrapped words, 主任王敏:我们将继续加大投入力|度). */
function isPlacedHeadline(line: string): boolean {
  const m = line.length <= MAX_PLACED_HEADLINE ? PLACED_HEADLINE.exec(line) : null;
  return m !== null && openingPlace(m[1])?.end === m[1].length;
}
/** Marked lines, and a credit in brackets that opens a line ((健康报记者 王敏)): a break before them, or a dateline (DATELINE), is always real. */
const LEAD = /^(?:[■□#●◆▲]|\(\s*(?:[\u4e00-\u9fff]{1,8}?(?:网|报|社|台))?(?:记者|通讯员))/;
/**
 * Two spaces or more between Chinese characters set a line in columns (a press conference's
 * guests: 邝志远   市卫生健康委副主任; a spaced name: 柯  敏; a page's 日期  来源 line): a row of a
 * layout, never prose wrapped at the page's width, so nothing runs on after it. (What comes
 * before it may, except above a web page's date line: see isWebDateLine.)
 */
const COLUMN_GAP = /[\u4e00-\u9fff][ \u3000]{2,}[\u4e00-\u9fff]/;
/** A comma or an enumeration comma between Chinese: running text, no headline and no label. */
const RUNNING_TEXT = /[\u4e00-\u9fff\d%][,、][\u4e00-\u9fff\d]/;
/**
 * A web page's or e-paper's furniture (日期:01-14, 字号:, 版面:第03版:…, 上一篇 下一篇, 标题导航, 第02版:综合):
 * a row of its own, never text wrapped into a story or its headline.
 */
const PAGE_CHROME =
  /^(?:(?:字号|版面|当前版|当前报纸名称|浏览次数|访问次数|点击数|阅读数)\s*[:：]|(?:日期|发布时间|发布日期)\s*[:：][\d\s\-/.:年月日]*$|第[0-9０-９]{1,3}版\s*[:：])|上一[篇版]\s*下一[篇版]/;
/**
 * The head of an e-paper's list of its headlines: every line after it is a row of its own, up to
 * the first line of running text (a story after the list).
 */
const NAVIGATION = /^\s*(?:标题|本版|版面)导航\s*$/;

/** Whether a line after an e-paper's list of headlines is running text again: the list has ended. */
export function endsNavigation(line: string): boolean {
  return line.includes('。') || RUNNING_TEXT.test(line);
}
/** How long (UTF-16 units) a line of page furniture may be. */
const MAX_CHROME = 60;

/** Whether a line heads an e-paper's list of its headlines (标题导航). */
export function isNavigationHead(line: string): boolean {
  return line.length <= MAX_CHROME && line.includes('导航') && NAVIGATION.test(line);
}

export function isPageChrome(line: string): boolean {
  // Every piece of furniture but the list's head holds a colon or 上一: most lines hold neither.
  if (line.length > MAX_CHROME) return false;
  if (line.includes(':') || line.includes('：') || line.includes('上一'))
    return PAGE_CHROME.test(line.trim());
  return isNavigationHead(line);
}

/** A list item (2.李秀云, 3、王强) is never a wrapped line's end. */
const LIST_ITEM = /^\d{1,2}[.、．](?![\d.])/;

export function normalise(page: string): NormalisedText {
  // Offsets count in `page`: a traditional page read in simplified characters has the same shape.
  const original = isTraditional(page) ? toSimplified(page) : page;
  const lines = splitLines(original);
  const folded = foldWidth(original);
  const contents = lines.map((l) => folded.slice(l.from, l.to));
  const widths = lines.map((l) => l.width);
  const wrapWidth = estimateWrapWidth(contents, widths);
  // Each line is read as the one before a break and as the one after: whether it is a byline, once.
  const bylines = new Int8Array(lines.length).fill(-1);
  const isByline = (i: number): boolean => {
    if (bylines[i] < 0) bylines[i] = isBylineLine(contents[i]) ? 1 : 0;
    return bylines[i] === 1;
  };
  // The same for a web page's date line or its furniture (isWebDateLine, isPageChrome).
  const furniture = new Int8Array(lines.length).fill(-1);
  const isFurniture = (i: number): boolean => {
    if (furniture[i] < 0) furniture[i] = isWebDateLine(contents[i]) || isPageChrome(contents[i]) ? 1 : 0;
    return furniture[i] === 1;
  };

  // Once a page lists its headlines (标题导航), no line of the list runs into the next.
  let navigation = false;
  const out = scratchUnits(original.length + 2);
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
    const bylineAround = () => isByline(i) || isByline(next);
    const furnitureAround = () => isFurniture(i) || isFurniture(next);
    // Asked for only where the widths decide (most breaks follow a sentence's end): the test for
    // running text reads the whole line.
    const wrapHere = () => {
      // Across a blank line a line that is no running text counts against the page's own wrap
      // width only: a headline over its subtitle, a blank apart, is no narrow column (running text
      // in a double-spaced column holds commas).
      if (blank && !RUNNING_TEXT.test(contents[i])) return wrapWidth;
      let afterNext = next + 1;
      while (afterNext < lines.length && lines[afterNext].from === lines[afterNext].to) afterNext++;
      const localWidth = Math.max(widths[next], afterNext < lines.length ? widths[afterNext] : 0);
      return Math.min(wrapWidth, localWidth / 0.75);
    };
    if (navigation && endsNavigation(contents[i])) navigation = false;
    else if (!navigation && isNavigationHead(contents[i])) navigation = true;
    const listed = navigation;
    // The list ends at a blank line too.
    if (blank) navigation = false;
    if (
      listed ||
      isHardBreak(contents[i], contents[next], blank, wrapHere, widths[i], bylineAround, furnitureAround)
    ) {
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
  // A view, not a copy: the text is never longer than the original, so little is left unused.
  return { text: utf16.decode(out.subarray(0, n)), origin: origin.subarray(0, n + 1) };
}

/**
 * The units of a normalised text are written here before they are decoded into its string: one
 * buffer for every page (it holds nothing once decoded), grown to the longest page yet up to
 * SCRATCH_UNITS (the engine's chunks are shorter); a longer text gets a buffer of its own.
 */
let scratch = new Uint16Array(1 << 16);
const SCRATCH_UNITS = 1 << 18;

function scratchUnits(length: number): Uint16Array {
  if (length > SCRATCH_UNITS) return new Uint16Array(length);
  if (scratch.length < length)
    scratch = new Uint16Array(Math.min(SCRATCH_UNITS, Math.max(length, 2 * scratch.length)));
  return scratch;
}

/** Map a normalised span [start, end) to code-point offsets in the original. */
export function toOriginal(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: norm.origin[start], end: norm.origin[start] };
  return { start: norm.origin[start], end: norm.origin[end - 1] + 1 };
}

/** Lines with their widths measured in the same pass (a line's trimmed space taken off again). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let cp = 0;
  let lineStart = 0;
  let lineStartCp = 0;
  let width = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a) {
      let from = lineStart;
      let to = i;
      let fromCp = lineStartCp;
      while (from < to && isSpace(text.charCodeAt(from))) {
        width -= foldedWidth(text.charCodeAt(from));
        from++;
        fromCp++;
      }
      while (to > from && isSpace(text.charCodeAt(to - 1))) width -= foldedWidth(text.charCodeAt(--to));
      lines.push({ from, to, fromCp, breakCp: cp, width });
      lineStart = i + 1;
      lineStartCp = cp + 1;
      width = 0;
    } else width += foldedWidth(c);
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
  let groupEnd = -1; // where the last group of thousands joined ends in `out`
  for (let i = line.from; i < line.to; i++, cp++) {
    let c = text.charCodeAt(i);
    if (c === 0xfeff || c === 0x200b || c === 0x0d) continue;
    if (isSpace(c)) {
      if (pendingSpace < 0) pendingSpace = cp;
      continue;
    }
    c = foldChar(c);
    if (pendingSpace >= 0) {
      const thousands =
        (isAsciiDigit(out[n - 1]) &&
          (groupEnd === n || digitsBefore(out, n) <= 3) &&
          isThousands(text, i, line.to)) ||
        isDecimalGroup(out, n, text, i, line.to);
      if (thousands) groupEnd = n + 3;
      if (
        !thousands &&
        !isLayoutSpace(out[n - 1], c) &&
        !inDecimal(out, n, c, text, i, line.to) &&
        !afterQualifiedNumber(out, n, c)
      ) {
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

/** How many digits end out[0, n), up to four. */
function digitsBefore(out: Uint16Array, n: number): number {
  let k = 0;
  while (k < 4 && n - k > 0 && isAsciiDigit(out[n - k - 1])) k++;
  return k;
}

/**
 * Decimals grouped by three (14.117 8亿): out ends with a point and three digits, and text[i]
 * starts one to three digits and no more.
 */
function isDecimalGroup(out: Uint16Array, n: number, text: string, i: number, end: number): boolean {
  if (n < 5 || out[n - 4] !== 0x2e || !isAsciiDigit(out[n - 5]) || digitsBefore(out, n) !== 3) return false;
  let k = 0;
  while (k < 4 && i + k < end && isAsciiDigit(foldChar(text.charCodeAt(i + k)))) k++;
  return k >= 1 && k <= 3;
}

/** 余 or 多 after digits: a space after them, before a Chinese unit, is layout (300余 份). */
function afterQualifiedNumber(out: Uint16Array, n: number, c: number): boolean {
  return n >= 2 && (out[n - 1] === YU || out[n - 1] === DUO) && isAsciiDigit(out[n - 2]) && isHan(c);
}

const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);

/** Three digits and no fourth at text[i]: a group of thousands after a space (1 000万元, 12 500人). */
function isThousands(text: string, i: number, end: number): boolean {
  for (let k = 0; k < 3; k++)
    if (i + k >= end || !isAsciiDigit(foldChar(text.charCodeAt(i + k)))) return false;
  return i + 3 >= end || !isAsciiDigit(foldChar(text.charCodeAt(i + 3)));
}

/** A space inside a decimal number (1 . 2万, 1 .2): before its point with a digit after it, or after it. */
function inDecimal(out: Uint16Array, n: number, c: number, text: string, i: number, end: number): boolean {
  if (c === 0x2e && isAsciiDigit(out[n - 1])) {
    let k = i + 1;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    return k < end && isAsciiDigit(foldChar(text.charCodeAt(k)));
  }
  return out[n - 1] === 0x2e && isAsciiDigit(out[n - 2]) && isAsciiDigit(c);
}

/** A space between a digit and a Chinese unit or character is layout: 501 家, 4 月 21 日, 1.9 亿元. */
function isLayoutSpace(before: number, after: number): boolean {
  const digitBefore = isAsciiDigit(before) || before === 0x25; // %
  const digitAfter = isAsciiDigit(after);
  return (
    (digitBefore && (isHan(after) || after === 0x25 || after === 0x3a)) ||
    (isHan(before) && digitAfter) ||
    (before === 0x3a && digitAfter)
  );
}

/**
 * Whether the break between two lines is real. `wrapWidth` gives the page's wrap width, or less
 * where the lines around are narrower (a caption set in a narrow column); `width` is the
 * layout width of `before`, `bylineAround` whether either line is a byline, and `furnitureAround`
 * whether either is a web page's date line or its furniture.
 */
function isHardBreak(
  before: string,
  after: string,
  blank: boolean,
  wrapWidth: () => number,
  width: number,
  bylineAround: () => boolean,
  furnitureAround: () => boolean,
): boolean {
  // 建成托位3.|12万个: a decimal point ends no Chinese sentence; the number goes on.
  if (
    before.charCodeAt(before.length - 1) === 0x2e &&
    isAsciiDigit(before.charCodeAt(before.length - 2)) &&
    isAsciiDigit(after.charCodeAt(0))
  )
    return false;
  if (endsSentence(before)) return true;
  if (COLUMN_GAP.test(before)) return true;
  if (furnitureAround()) return true;
  if (
    LEAD.test(after) ||
    DATELINE.test(after) ||
    STANDALONE.test(before) ||
    LIST_ITEM.test(after.trim()) ||
    isSignatureDate(after.trim()) ||
    LABEL_ROW.test(after)
  )
    return true;
  // 本报讯(记者 王晓 / 东)近日: a credit wrapped inside its brackets is one line, byline or not.
  if (!blank && closesWithin(before, after)) return false;
  // A caption that credits its photo (院长看望医护人员 王敏摄), or editors' credits, is a paragraph of its own.
  if (
    bylineAround() ||
    endsWithCredit(before) ||
    endsWithClosingCredit(before) ||
    isCaption(before) ||
    isEditorsLine(before)
  )
    return true;
  // 烟台:基层医疗再上台阶: a short headline that opens with its place is a row of its own.
  if (!blank && isPlacedHeadline(before)) return true;
  // 骨科主任、主任医师 段文华: a caption's posts and the name after them end their row.
  if (endsWithPostAndName(before)) return true;
  const clauses = clausePunctuation(before);
  // Over 80 UTF-16 units is over 40 characters: only short lines need counting.
  const long = before.length >= 80 || codePoints(before) >= 40;
  // 组长:张国强 / 副组长:王建新、刘红梅: short rows of a label and its value list fields, one a row.
  if (!blank && !long && width < 0.6 * wrapWidth() && (FIELD_ROW.test(before) || FIELD_ROW.test(after)))
    return true;
  // A list item runs on across a line break, never across a blank line.
  if (blank)
    return (
      LIST_ITEM.test(before.trim()) ||
      isSignatureDate(before.trim()) ||
      !(long || clauses >= 2 || width >= 0.8 * wrapWidth())
    );
  // A line that starts with a digit right after a Chinese character continues it (建成托位\n3.12万个).
  const last = before.charCodeAt(before.length - 1);
  const numberWrapped = last >= 0x4e00 && last <= 0x9fff && isAsciiDigit(after.charCodeAt(0));
  return !(long || clauses >= 1 || numberWrapped || width >= 0.6 * wrapWidth());
}

/** The longest title a caption's posts end with (副主任医师). */
const MAX_TITLE = 6;

/** Whether a row ends with a title, a space and a name of two or three characters (主任医师 段文华). */
function endsWithPostAndName(line: string): boolean {
  const n = line.length;
  for (const name of [2, 3]) {
    const space = n - name - 1;
    const c = line.charCodeAt(space);
    if (space < 2 || (c !== 0x20 && c !== 0x3000) || !isHanRun(line, space + 1, n)) continue;
    for (let k = 2; k <= MAX_TITLE && k <= space; k++)
      if (TITLE_SET.has(line.slice(space - k, space))) return true;
  }
  return false;
}

function isHanRun(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHan(line.charCodeAt(i))) return false;
  return true;
}

/** A row that opens with a label and its value (组长:张国强, 成员:李明 赵强). */
const FIELD_ROW = /^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S/;

/** A row that is a label alone (主持人:, 发布人:): what it labels is on the rows below, not before. */
const LABEL_ROW = /^\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*$/;

/** How far into the next line a bracket left open at a line's end may close: a name's rest. */
const BRACKET_REACH = 4;

/** Whether `before` leaves a bracket open that `after` closes within BRACKET_REACH characters. */
function closesWithin(before: string, after: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const close = after.indexOf(')');
  return close > 0 && close <= BRACKET_REACH && after.lastIndexOf('(', close) < 0;
}

/** Closing quotes and brackets that may follow a sentence's end. */
const CLOSERS = new Set([...'”’"\'」』)]'].map((c) => c.charCodeAt(0)));

/**
 * Whether a line ends a sentence: 。!?… and any closing quotes after it, or a colon. (A loop
 * from the end: a pattern anchored at the end is tried at every position of the line.)
 */
function endsSentence(line: string): boolean {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 0x3a) return true; // :
  while (end > 0 && CLOSERS.has(line.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const c = line.charCodeAt(end - 1);
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x2026; // 。!?…
}

/** How many of ,，、;；:：。!? a line holds. */
function clausePunctuation(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (
      c === 0x2c ||
      c === 0xff0c ||
      c === 0x3001 ||
      c === 0x3b ||
      c === 0xff1b ||
      c === 0x3a ||
      c === 0xff1a ||
      c === 0x3002 ||
      c === 0x21 ||
      c === 0x3f
    )
      n++;
  }
  return n;
}

/** Characters (code points; a lone surrogate counts as one) in a string. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * The column at which the page wraps its lines, in layout columns (a Chinese character is 2).
 * Hard-wrapped pages have many lines of nearly the same width; pages with a paragraph per line
 * have none, and get Infinity.
 */
export function estimateWrapWidth(lines: string[], widths: number[] = lines.map(layoutWidth)): number {
  // Lines per width, by a table of the widths counted (16 to 200 columns).
  const counts = new Int32Array(MAX_WRAP_WIDTH + 1);
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    nonBlank++;
    const w = widths[i];
    if (w >= MIN_WRAP_WIDTH && w <= MAX_WRAP_WIDTH) counts[w]++;
  }
  // The width with most lines at it or up to two columns narrower; the widest on a tie.
  let best = 0;
  let bestCount = 0;
  for (let w = MIN_WRAP_WIDTH; w <= MAX_WRAP_WIDTH; w++) {
    if (counts[w] === 0) continue;
    const c = counts[w] + counts[w - 1] + counts[w - 2];
    if (c >= bestCount) {
      best = w;
      bestCount = c;
    }
  }
  return bestCount >= 5 && bestCount >= 0.25 * nonBlank ? best : Infinity;
}

const MIN_WRAP_WIDTH = 16;
const MAX_WRAP_WIDTH = 200;

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

/** A unit's part of layoutWidth once full-width ASCII is folded (a low surrogate: none). */
function foldedWidth(c: number): number {
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return c >= 0x1100 && (c < 0xff01 || c > 0xff5e) ? 2 : 1;
}

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** Full-width ASCII as half-width (once for the whole text: per line it cost three times as much). */
function foldWidth(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(foldChar(c.charCodeAt(0))));
}

const utf16 = new TextDecoder('utf-16le');

function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200a);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}
