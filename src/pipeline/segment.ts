// Segmentation of a normalised page into articles and sentences.
//
// A page holds several articles, and pages differ in where a headline stands: before its body
// (most pages) or after it (some layouts put the headline under the text). Article starts are
// marked by leads (本报讯), markdown headings (#, ##), a reporter byline under a headline, and
// by a ■ photo credit that closes a caption or an article. A headline between two articles goes
// to the one whose text it resembles (shared character bigrams), so a page needs no
// declaration of its layout. Section headings (突出“三个加强”, ### 聚焦…) stay inside their article.

import { isWhiteSpace, type Span } from '../basics.js';
import {
  DATELINE,
  endsWithCredit,
  isCaption,
  isEditorsLine,
  isSignatureDate,
  isWebDateLine,
  MEDIA_CREDIT,
  parseByline,
  parseCredits,
  type BylineName,
} from './bylines.js';
import { endsNavigation, isNavigationHead, isPageChrome } from './normalise.js';

export type BlockKind = 'heading' | 'byline' | 'lead' | 'body';

export interface Block {
  kind: BlockKind;
  /** Normalised offsets of the line (without its line break). */
  start: number;
  end: number;
  text: string;
  /** True when a blank line separates this block from the previous one. */
  paragraphStart: boolean;
  /** The names a byline gives, or the credits in another line (本报讯(王敏), 义诊现场(张明 摄)); offsets within `text`. */
  credits: BylineName[] | null;
  /** A page's furniture (上一篇 下一篇, 字号:, an e-paper's list of headlines): no story's text nor headline. */
  furniture?: boolean;
}

export interface Article extends Span {
  index: number;
  headline: string | null;
  blocks: Block[];
  sentences: Span[];
}

const TERMINAL = /[。!?…]/;
const MARKDOWN_HEADLINE = /^#{1,2}(?!#)\s*/;
const SECTION_HEADING = /^#{3,}\s*/;
/** A notice's title (关于拟表彰…人选的公示) heads a notice of its own, lead or none. */
const NOTICE_HEADLINE = /^(?:#+\s*)?关于.{2,40}的(?:公示|通知|通告|公告)$/;
const REPORTER_BYLINE = /报道$|^(?:本报)?记者/;
/** A byline that names its reporters: 记者 王敏, 王敏 聊城报道, 齐鲁晚报·齐鲁壹点 王敏 李强. */
const isReporterByline = (line: string) => REPORTER_BYLINE.test(line) || MEDIA_CREDIT.test(line);

export function segment(text: string): Article[] {
  const blocks = splitBlocks(text);
  if (blocks.length === 0) return [];
  const starts = articleStarts(text, blocks);
  const ends = { at: sentenceEnds(text), next: 0 };
  const articles: Article[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : blocks.length;
    const own = blocks.slice(from, to);
    articles.push({
      index: i,
      start: own[0].start,
      end: own[own.length - 1].end,
      headline: headlineOf(own),
      blocks: own,
      sentences: sentencesOf(text, own, ends),
    });
  }
  return articles;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let paragraphStart = true;
  // After an e-paper's 标题导航 its lines are a list of the page's headlines: furniture, no headings.
  let navigation = false;
  // Line by line: indexOf finds a break faster than a loop over the units.
  for (let i = 0; start <= text.length; start = i + 1) {
    i = text.indexOf('\n', start);
    if (i < 0) i = text.length;
    if (i > start) {
      const line = text.slice(start, i);
      const byline = parseByline(line);
      // The list of headlines after 标题导航 ends at a blank line or at running text.
      navigation = navigation ? !paragraphStart && !endsNavigation(line) : isNavigationHead(line);
      const chrome = !navigation && isPageChrome(line);
      const furniture = navigation || chrome;
      const kind = navigation ? 'body' : classify(line, byline !== null, chrome);
      // Read once here: the page's names and each article's people both need them.
      const credits = kind === 'byline' ? byline : parseCredits(line);
      blocks.push({
        kind,
        start,
        end: i,
        text: line,
        paragraphStart,
        credits,
        ...(furniture ? { furniture } : {}),
      });
      paragraphStart = false;
    } else {
      paragraphStart = true;
    }
  }
  return blocks;
}

/** A notice's footer (联系电话:…, and its date alone) is text, never a headline. */
const NOTICE_CONTACT = /^(?:联系电话|电话|联系人|地址|邮编|电子邮箱|邮箱)\s*[:：]/;

/** What a line is; `chrome`: whether it is a page's furniture (isPageChrome). */
function classify(line: string, byline: boolean, chrome: boolean): BlockKind {
  // 本报记者 朱伟 罗彦 alone on its line credits its writers: a byline, though it opens like a dateline.
  if (byline) return 'byline';
  if (DATELINE.test(line)) return 'lead';
  // 上一篇 下一篇, 字号:, 标题导航: a page's furniture heads no story.
  if (chrome) return 'body';
  if (/^#/.test(line)) return 'heading';
  // A line of more than 80 UTF-16 units has more than 40 characters: no need to count them.
  if (
    line.length > 80 ||
    TERMINAL.test(line) ||
    isCaption(line) ||
    NOTICE_CONTACT.test(line) ||
    isSignatureDate(line) ||
    // 编辑:李强 责任编辑:王敏 closes an article: a short line, never its headline.
    isEditorsLine(line)
  )
    return 'body';
  // Counted by a loop: the pattern's match and the spread into characters made arrays per line.
  let clauses = 0;
  let characters = line.length;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3001)
      clauses++; // ,;:、
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        characters--;
        i++;
      }
    }
  }
  return characters <= 40 && clauses <= 1 ? 'heading' : 'body';
}

interface Decision {
  /** A lead begins the next article; a credit byline ends the previous one or begins the next. */
  kind: 'lead' | 'credit';
  /** The headings (and bylines) before the anchor: [headingsFrom, anchor). */
  headingsFrom: number;
  anchor: number;
  votePrev: number;
  voteNext: number;
}

/** A web page's line under its headline: its time, source or author (2019年06月25日 来源:齐鲁晚报). */
const PAGE_META = /(?:来源|作者|编辑|发布时间|发布日期)\s*[:：]/;
/** A summary a web page sets between its headline and its text: [提要]…, 【导读】…, 摘要:…. */
const SUMMARY = /^\s*[[【(]?(?:提要|摘要|导读|核心提示)[\]】):：]/;
const MAX_META_LINE = 80;

/**
 * Whether what stands since the last article start before `at` is a web page's header: its
 * headline and bylines with a date-and-source line or a summary among them. (A headline and a
 * ■ byline alone close the article before on a page whose headlines stand under their text.)
 */
function onlyHeaderBefore(blocks: Block[], at: number, starts: Set<number>): boolean {
  let from = 0;
  for (const s of starts) if (s < at && s > from) from = s;
  let pageHeader = false;
  for (let i = from; i < at; i++) {
    const b = blocks[i];
    // At the page's top a short line that ends no sentence is its headline, however set
    // (16:38:49【安徽:…】 before 财联社9月15日电).
    const meta =
      SUMMARY.test(b.text) ||
      (b.text.length <= MAX_META_LINE &&
        (PAGE_META.test(b.text) || isWebDateLine(b.text) || (from === 0 && !/[。!?]$/.test(b.text))));
    if (!meta && b.kind !== 'heading' && b.kind !== 'byline') return false;
    pageHeader ||= meta;
  }
  return pageHeader;
}

/** Indexes of the blocks that begin an article. */
function articleStarts(text: string, blocks: Block[]): number[] {
  const starts = new Set<number>([0]);
  const stop = stopBigrams(text, blocks);
  const sectionHeadings = parallelHeadings(blocks);

  // Anchors: blocks that certainly begin an article body (leads, a reporter byline under a
  // headline), or a credit byline under a headline, which ends one article or begins the next.
  const decisions: Decision[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const afterHeading = i > 0 && blocks[i - 1].kind === 'heading';
    let kind: Decision['kind'] | null = null;
    if (b.kind === 'lead') kind = 'lead';
    else if (b.kind === 'byline' && afterHeading) kind = isReporterByline(b.text) ? 'lead' : 'credit';
    if (!kind) continue;
    let from = i;
    while (from > 0 && blocks[from - 1].kind === 'heading') from--;
    decisions.push({ kind, headingsFrom: from, anchor: i, ...votes(text, blocks, from, i, stop) });
  }
  // Markdown headlines (#, ##) begin an article with the run of headings they stand in.
  for (let i = 0; i < blocks.length; i++) {
    if (MARKDOWN_HEADLINE.test(blocks[i].text) && (i === 0 || !MARKDOWN_HEADLINE.test(blocks[i - 1].text)))
      starts.add(i);
  }
  // A ■ credit right after text closes that article (a caption or a story), unless it is the
  // byline under a standfirst.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const closesInline = b.kind === 'body' && endsWithCredit(b.text);
    const closesLine =
      b.kind === 'byline' &&
      /^[■□]/.test(b.text) &&
      blocks[i - 1]?.kind !== 'heading' &&
      bodyBlocksBefore(blocks, i, starts) >= 2;
    if ((closesInline || closesLine) && i + 1 < blocks.length) starts.add(i + 1);
  }

  // Orientation of this page: where do its headlines stand, before or after their text?
  let before = 0;
  let after = 0;
  for (const d of decisions) {
    if (d.voteNext > d.votePrev + 0.15) before++;
    else if (d.votePrev > d.voteNext + 0.15) after++;
  }
  const headlinesAfter = after > before;

  for (const d of decisions) {
    const closedBefore = d.headingsFrom === 0 || starts.has(d.headingsFrom);
    const resemblesPrevious =
      d.votePrev > d.voteNext + 0.15 || (Math.abs(d.votePrev - d.voteNext) <= 0.15 && headlinesAfter);
    if (d.headingsFrom === d.anchor) {
      // A lead under a page's header material (its date and source line, a summary) goes on
      // the article that header opens.
      // A lead under a headline and its reporters' byline (标题 / 本报记者 韩冬 温晴 / 本报讯…) too.
      const byline = blocks[d.anchor - 1];
      const underByline =
        byline?.kind === 'byline' &&
        isReporterByline(byline.text) &&
        blocks[d.anchor - 2]?.kind === 'heading';
      if (d.kind === 'lead' && !underByline && !onlyHeaderBefore(blocks, d.anchor, starts))
        starts.add(d.anchor);
    } else if (closedBefore || !resemblesPrevious) {
      starts.add(d.headingsFrom);
    } else {
      // The headings end the previous article; a credit under them too.
      starts.add(d.kind === 'credit' ? d.anchor + 1 : d.anchor);
    }
  }

  // Headings between two bodies with no lead: a new article's headline, or a section heading.
  for (let i = 1; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading' || blocks[i - 1].kind === 'heading' || blocks[i - 1].kind === 'byline')
      continue;
    let to = i;
    while (to < blocks.length && blocks[to].kind === 'heading') to++;
    if (to >= blocks.length || blocks[to].kind !== 'body') continue;
    if (sectionHeadings.has(i) || SECTION_HEADING.test(blocks[i].text) || starts.has(i) || starts.has(to))
      continue;
    // A headline over a web page's date line (2019-08-28信息快讯网) heads an article of its own.
    if (NOTICE_HEADLINE.test(blocks[i].text) || blocks.slice(i, to).some((b) => isWebDateLine(b.text))) {
      starts.add(i);
      continue;
    }
    // Where headlines stand under their text, one that resembles the text above closes it.
    // Where they stand above, a new article would have a lead: these are section headings.
    const v = votes(text, blocks, i, to, stop);
    if (headlinesAfter && v.votePrev > v.voteNext + 0.15) starts.add(to);
  }
  // A decision can place a start just past the last block (a page ending in a credit).
  return [...starts].filter((s) => s < blocks.length).sort((a, b) => a - b);
}

function bodyBlocksBefore(blocks: Block[], i: number, starts: Set<number>): number {
  let n = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (blocks[j].kind === 'body' || blocks[j].kind === 'lead') n++;
    if (starts.has(j)) break;
  }
  return n;
}

/**
 * How much the headings in blocks [from, to) resemble the text just before them and just
 * after them: the share of their character bigrams found there.
 */
function votes(
  text: string,
  blocks: Block[],
  from: number,
  to: number,
  stop: Set<number>,
): Pick<Decision, 'votePrev' | 'voteNext'> {
  const heading = new Bigrams('vote');
  for (const b of blocks.slice(from, to))
    if (b.kind === 'heading') forEachBigram(b.text, (g) => stop.has(g) || heading.add(g));
  if (heading.size === 0) return { votePrev: 0, voteNext: 0 };
  // The nearby blocks' text read where it stands in the page, as if joined: a pair of
  // characters across two blocks counts too. (Joining them made a string to copy per vote.)
  const share = (near: Block[]) => {
    const seen = new Set<number>();
    let before = -1;
    for (const b of near)
      for (let i = b.start; i < b.end; i++) {
        const c = text.charCodeAt(i);
        const g = before < 0 ? -1 : bigramOf(before, c);
        if (g >= 0 && heading.has(g)) seen.add(g);
        before = c;
      }
    return seen.size / heading.size;
  };
  return {
    votePrev: share(nearbyBlocks(blocks, from - 1, -1)),
    voteNext: share(nearbyBlocks(blocks, to, +1)),
  };
}

/**
 * The blocks of up to ~600 characters of body text from block i onwards in one direction,
 * stopping at headings, in the order they stand.
 */
function nearbyBlocks(blocks: Block[], i: number, step: 1 | -1): Block[] {
  const near: Block[] = [];
  let length = 0;
  for (let j = i; j >= 0 && j < blocks.length && length < 600; j += step) {
    const b = blocks[j];
    if (
      b.furniture ||
      b.kind === 'heading' ||
      (step === 1 && j !== i && b.kind === 'lead') ||
      (step === -1 && b.kind === 'byline' && /^[■□]/.test(b.text))
    )
      break;
    near.push(b);
    length += b.text.length;
    if (step === -1 && b.kind === 'lead') break;
  }
  return step === 1 ? near : near.reverse();
}

/**
 * The bigrams of some headings, looked up for every pair of characters of the text around
 * them: most pairs are no heading's, and are answered from a bit filter (a bit per hash of a
 * bigram) without a lookup in the map. A page's headings get 2^16 bits; a vote's few 512,
 * small enough to allocate for every vote.
 */
class Bigrams {
  /** Each bigram, numbered in the order added. */
  readonly ids = new Map<number, number>();
  private readonly filter: Uint32Array;
  private readonly shift: number;

  constructor(size: 'page' | 'vote') {
    const bits = size === 'page' ? 16 : 9;
    this.filter = new Uint32Array(1 << (bits - 5));
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.ids.size;
  }

  add(bigram: number): void {
    const h = Math.imul(bigram, 0x9e3779b1) >>> this.shift;
    this.filter[h >>> 5] |= 1 << (h & 31);
    if (!this.ids.has(bigram)) this.ids.set(bigram, this.ids.size);
  }

  has(bigram: number): boolean {
    return this.id(bigram) >= 0;
  }

  /** The bigram's number, or -1 when it was not added. */
  id(bigram: number): number {
    const h = Math.imul(bigram, 0x9e3779b1) >>> this.shift;
    if ((this.filter[h >>> 5] & (1 << (h & 31))) === 0) return -1;
    return this.ids.get(bigram) ?? -1;
  }
}

/**
 * A pair of Chinese characters as one number, or -1. Under 2^30, so a small integer for V8: as
 * a key of a Map or Set it is neither allocated nor hashed as a double.
 */
function bigramOf(a: number, b: number): number {
  if (a < 0x4e00 || a > 0x9fff || b < 0x4e00 || b > 0x9fff) return -1;
  return ((a - 0x4e00) << 15) | (b - 0x4e00);
}

/** Calls `f` with each pair of adjacent Chinese characters in `text`, as one number. */
function forEachBigram(text: string, f: (bigram: number) => unknown): void {
  for (let i = 0; i + 1 < text.length; i++) {
    const g = bigramOf(text.charCodeAt(i), text.charCodeAt(i + 1));
    if (g >= 0) f(g);
  }
}

/**
 * Bigrams common across the page's paragraphs say nothing about which article a headline is
 * for. Only the headings' bigrams are counted: no others are ever looked up.
 */
function stopBigrams(text: string, blocks: Block[]): Set<number> {
  const inHeadings = new Bigrams('page');
  for (const b of blocks) if (b.kind === 'heading') forEachBigram(b.text, (g) => inHeadings.add(g));
  const stop = new Set<number>();
  const bodies = blocks.filter((b) => b.kind === 'body' || b.kind === 'lead');
  if (bodies.length < 5 || inHeadings.size === 0) return stop;
  // Per heading bigram (by its number in `inHeadings`): the bodies it is in, the last one seen.
  const counts = new Int32Array(inHeadings.size);
  const lastBody = new Int32Array(inHeadings.size).fill(-1);
  for (let body = 0; body < bodies.length; body++) {
    // forEachBigram, written out: this loop reads every character of the page's text (the
    // page's own string, where a block's text is a slice of it, slower to read).
    const { start, end } = bodies[body];
    let next = text.charCodeAt(start);
    for (let i = start; i + 1 < end; i++) {
      const c = next;
      next = text.charCodeAt(i + 1);
      const g = bigramOf(c, next);
      const id = g < 0 ? -1 : inHeadings.id(g);
      if (id < 0 || lastBody[id] === body) continue;
      lastBody[id] = body;
      counts[id]++;
    }
  }
  for (const [g, id] of inHeadings.ids) if (counts[id] > 0.25 * bodies.length) stop.add(g);
  return stop;
}

/**
 * Section headings come in parallel series: 突出“三个加强” / 突出“双向赋能” / 突出“三项创新”,
 * 一是… / 二是…. A heading group that opens with the same two characters as another group on
 * the page is taken as a section heading.
 */
function parallelHeadings(blocks: Block[]): Set<number> {
  // Only groups that run straight into text: a headline over a lead is not a section heading.
  const groupStarts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading' || (i > 0 && blocks[i - 1].kind === 'heading')) continue;
    let end = i;
    while (end < blocks.length && blocks[end].kind === 'heading') end++;
    if (blocks[end]?.kind === 'body') groupStarts.push(i);
  }
  const byPrefix = new Map<string, number[]>();
  for (const i of groupStarts) {
    const prefix = blocks[i].text.replace(/^#+\s*/, '').slice(0, 2);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), i]);
  }
  return new Set([...byPrefix.values()].filter((g) => g.length >= 2).flat());
}

/** The headline is the run of headings at the start of the article, else the one at its end. */
function headlineOf(blocks: Block[]): string | null {
  // A page's furniture (上一篇 下一篇, 日期:…) stands around a headline, never in it.
  const content = blocks.filter((b) => b.kind !== 'byline' && !b.furniture);
  if (content.length === 0) return null;
  let run: Block[] = [];
  if (content[0].kind === 'heading') {
    for (const b of content) {
      if (b.kind !== 'heading') break;
      run.push(b);
    }
  } else if (content[content.length - 1].kind === 'heading') {
    for (let i = content.length - 1; i >= 0 && content[i].kind === 'heading'; i--) run.unshift(content[i]);
  }
  // A web page's date-and-source line under its headline is no part of it.
  run = run.filter((b) => !SECTION_HEADING.test(b.text) && !isWebDateLine(b.text));
  return run.length ? run.map((b) => b.text.replace(/^#+\s*/, '').trim()).join(' ') : null;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Where the page's sentence marks (。!?…) stand, in order, and the first not yet passed: one
 * search of the page per mark finds them faster than a test of every unit of every block.
 */
interface SentenceEnds {
  at: number[];
  next: number;
}

function sentenceEnds(text: string): number[] {
  const at: number[] = [];
  for (const mark of '。!?…')
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/** The sentences of an article's blocks (in page order, as `ends` is read): a heading or a byline is one. */
function sentencesOf(text: string, blocks: Block[], ends: SentenceEnds): Span[] {
  const spans: Span[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading' || b.kind === 'byline') spans.push(trimSpan(text, b));
    else splitSentences(text, b, spans, ends);
  }
  return spans;
}

/** 。!?… and the closing quotes ”’"」』), tested on a UTF-16 unit. */
function isSentenceClose(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2026 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x22 ||
    c === 0x300d ||
    c === 0x300f ||
    c === 0x29
  );
}

/** Sentences end at 。!? and …, together with the closing quotes that follow; added to `spans`. */
function splitSentences(text: string, block: Span, spans: Span[], ends: SentenceEnds): void {
  let start = block.start;
  const marks = ends.at;
  while (ends.next < marks.length && marks[ends.next] < block.start) ends.next++;
  for (; ends.next < marks.length && marks[ends.next] < block.end; ends.next++) {
    const i = marks[ends.next];
    // A mark among the closers of the sentence before (?!, 。。) ends no sentence of its own.
    if (i < start) continue;
    let end = i + 1;
    while (end < block.end && isSentenceClose(text.charCodeAt(end))) end++;
    const s = trimSpan(text, { start, end });
    if (s.end > s.start) spans.push(s);
    start = end;
  }
  const rest = trimSpan(text, { start, end: block.end });
  if (rest.end > rest.start) spans.push(rest);
}
