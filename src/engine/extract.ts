// The pipeline for one document: normalise -> segment -> tokenize -> the page step -> the
// extractors the asked types need, in the registry's order of needs -> records.
// A large document is cut at paragraph breaks into chunks of a few MB that go through the
// pipeline one at a time, so memory stays bounded whatever the file's size.

import { EXTRACTORS } from '../extractors/registry.js';
import type { AnyExtractor, ArticleContext, Mention, Needed } from '../extractors/types.js';
import { sentenceAt } from '../extractors/types.js';
import type { Span } from '../basics.js';
import { RECORD_SCHEMAS, RECORD_TYPES, type LiaohealthRecord, type RecordType } from '../records.js';
import { normalise, toOriginal, type NormalisedText } from '../pipeline/normalise.js';
import { segment, type Article } from '../pipeline/segment.js';
import { SourceText } from '../pipeline/source.js';
import { TokenIndex } from '../pipeline/tokenize.js';
import { runOrder } from './order.js';
import { pageOf } from './page.js';
import { recordValidator } from './validate.js';

export interface ExtractOptions {
  /** Record types to produce; all when omitted. */
  types?: readonly RecordType[];
  /** The document's name in records (`doc`). */
  doc?: string;
  /** Reference date for relative and month-day dates, YYYY-MM-DD. */
  refDate?: string | null;
  /** The place of articles that name none (--city), as a division's name: 济宁市, 任城区. */
  city?: string | null;
  /** Add to every record the `rule` that produced it (--explain); off, records are as the contract says. */
  explain?: boolean;
}

/** A library caller's mistake is said at once, never answered with no records. */
function checkOptions({ types, refDate }: ExtractOptions): void {
  const unknown = (types ?? []).filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
  if (unknown.length)
    throw new TypeError(
      `extract: unknown record type ${unknown.map((t) => JSON.stringify(t)).join(', ')} (expected ${RECORD_TYPES.join(', ')})`,
    );
  if (refDate != null && !isCalendarDate(refDate))
    throw new RangeError(`extract: refDate ${JSON.stringify(refDate)} is not a calendar date YYYY-MM-DD`);
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/**
 * Documents up to this many UTF-16 units (~190 KB of Chinese; a page is ~20 KB) go through the
 * pipeline whole. Measured on a 57 MB file, 2^14..2^18 cost the same time; smaller uses less memory.
 */
export const CHUNK_UNITS = 1 << 16;

/** Extract validated records from the text of one document, in order of position. */
export function extractRecords(original: string, options: ExtractOptions = {}): LiaohealthRecord[] {
  const records: LiaohealthRecord[] = [];
  for (const batch of extractBatches(original, options)) for (const r of batch) records.push(r);
  return records;
}

/**
 * The records of one document a chunk at a time, in order of position: one batch for a
 * normal page, one per chunk of a few MB for a large file. A large file's text may come in
 * pieces (read a block at a time): it is cut where the whole text would be.
 */
export function* extractBatches(
  original: string | Iterable<string>,
  options: ExtractOptions = {},
  chunkUnits = CHUNK_UNITS,
): Generator<LiaohealthRecord[]> {
  checkOptions(options);
  const types = new Set(options.types ?? RECORD_TYPES);
  const order = runOrder(types, EXTRACTORS);
  if (typeof original === 'string' && original.length <= chunkUnits) {
    yield extractChunk(original, options, { types, order }, { cp: 0, line: 0, column: 0, article: 0 })
      .records;
    return;
  }
  const base: ChunkBase = { cp: 0, line: 0, column: 0, article: 0 };
  const chunk = function* (text: string): Generator<LiaohealthRecord[]> {
    const { records, articles, source } = extractChunk(text, options, { types, order }, base);
    yield records;
    advance(base, source);
    base.article += articles;
  };
  // Cut only with more than a chunk and a half in hand: the last chunk may be that long.
  let rest = '';
  for (const piece of typeof original === 'string' ? [original] : original) {
    rest += piece;
    while (rest.length > chunkUnits + (chunkUnits >> 1)) {
      const to = chunkEnd(rest, chunkUnits);
      yield* chunk(rest.slice(0, to));
      rest = rest.slice(to);
    }
  }
  if (rest.length > 0) yield* chunk(rest);
}

/** Where the first chunk of `text` ends: just after a blank line, else a line break, else a sentence end. */
function chunkEnd(text: string, chunkUnits: number): number {
  const lo = chunkUnits >> 1;
  const hi = chunkUnits;
  let paragraph = -1;
  let line = -1;
  let sentence = -1;
  let lineBlank = false;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (lineBlank) paragraph = i + 1;
      line = i + 1;
      lineBlank = true;
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) {
      sentence = i + 1;
      lineBlank = false;
    } else if (lineBlank && c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000) {
      lineBlank = false;
    }
  }
  const end = paragraph > 0 ? paragraph : line > 0 ? line : sentence > 0 ? sentence : hi;
  // Never split a surrogate pair.
  const before = text.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff ? end + 1 : end;
}

/** Where a chunk starts in the whole document: code points, lines and articles before it. */
interface ChunkBase {
  cp: number;
  /** Line breaks before the chunk. */
  line: number;
  /** Code points between the last line break before the chunk and its start. */
  column: number;
  article: number;
}

/** Move `base` past a chunk: its code points, its lines, the column its last line ends at. */
function advance(base: ChunkBase, chunk: SourceText): void {
  const { line, column } = chunk.position(chunk.codePoints);
  base.cp += chunk.codePoints;
  base.line += line - 1;
  base.column = line === 1 ? base.column + column - 1 : column - 1;
}

/** The record types a run writes, and the extractors it runs for them, each after its needs. */
interface Plan {
  types: ReadonlySet<RecordType>;
  order: readonly AnyExtractor[];
}

function extractChunk(
  original: string,
  options: ExtractOptions,
  { types, order }: Plan,
  base: ChunkBase,
): { records: LiaohealthRecord[]; articles: number; source: SourceText } {
  const source = new SourceText(original);
  const norm = normalise(original);
  const articles = segment(norm.text);
  const records: LiaohealthRecord[] = [];
  // Tokenizing is the costliest step: only the stretches an extractor asks for are cut, once.
  const tokens = new TokenIndex(norm.text);
  const page = pageOf(norm.text, articles, options.city ?? null);

  const lastSentence = { start: -1, end: -1, text: '' };
  for (const [i, article] of articles.entries()) {
    const ctx: ArticleContext = {
      text: norm.text,
      article,
      tokens,
      page,
      refDate: options.refDate ?? null,
      place: page.places[i],
    };
    const byType = new Map<RecordType, Mention<object>[]>();
    for (const extractor of order)
      byType.set(extractor.type, extractor.extract(ctx, neededBy(extractor, byType)));
    // Each mention's offsets read once: mentions have as many shapes as extractors make, and
    // reading them in the comparator cost more than the sort.
    const found: { type: RecordType; mention: Mention<object>; start: number; end: number }[] = [];
    for (const { type } of EXTRACTORS)
      if (types.has(type))
        for (const m of byType.get(type)!) found.push({ type, mention: m, start: m.start, end: m.end });

    found.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const { type, mention } of found) {
      const record = toRecord(type, mention, {
        source,
        norm,
        article,
        doc: options.doc ?? '-',
        base,
        lastSentence,
      });
      records.push(options.explain ? Object.assign(record, { rule: mention.rule }) : record);
    }
  }
  return { records, articles: articles.length, source };
}

/** What an extractor may read of what ran before it on the article: the types it declared it needs. */
function neededBy(extractor: AnyExtractor, byType: ReadonlyMap<RecordType, Mention<object>[]>): Needed {
  return ((type: RecordType) => {
    const mentions = byType.get(type);
    if (!extractor.needs.includes(type) || !mentions)
      throw new Error(
        `the ${extractor.type} extractor reads ${type} mentions without declaring that it needs them`,
      );
    return mentions;
  }) as Needed;
}

/** Longer "sentences" are layout gone wrong (a page on one line, a heading without breaks). */
const MAX_SENTENCE = 1000;
const SENTENCE_END = /[。!?;；！？]/;

/**
 * The mention's sentence, or, when the segmenter's sentence is implausibly long, the stretch
 * between the sentence ends nearest the mention (at most MAX_SENTENCE / 2 units each side), so
 * that no record carries a whole page and the work per record stays bounded.
 */
function boundedSentence(
  text: string,
  sentence: { start: number; end: number },
  mention: { start: number; end: number },
): { start: number; end: number } {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return sentence;
  const half = MAX_SENTENCE >> 1;
  let start = Math.max(sentence.start, mention.start - half);
  for (let i = mention.start - 1; i >= start; i--) {
    if (SENTENCE_END.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  let end = Math.min(sentence.end, mention.end + half);
  for (let i = mention.end; i < end; i++) {
    if (SENTENCE_END.test(text[i])) {
      end = i + 1;
      break;
    }
  }
  return { start, end };
}

/**
 * The record schemas for records as the pipeline makes them: undeclared keys dropped rather
 * than refused. Records are built from declared fields only, and the tests read every output
 * with the strict schemas; a strict parse looks at each record's keys once more (a quarter of
 * the validation's time). Records read from users (check --records) stay strict.
 */
const VALIDATE_MADE_RECORD = {
  figure: recordValidator(RECORD_SCHEMAS.figure.strip()),
  date: recordValidator(RECORD_SCHEMAS.date.strip()),
  person: recordValidator(RECORD_SCHEMAS.person.strip()),
  institution: recordValidator(RECORD_SCHEMAS.institution.strip()),
} as const;

interface RecordContext {
  source: SourceText;
  norm: NormalisedText;
  article: Article;
  doc: string;
  base: ChunkBase;
  /** The last sentence sliced: records come in order, most of a sentence's one after another. */
  lastSentence: { start: number; end: number; text: string };
}

function toRecord(
  type: RecordType,
  mention: Mention<object>,
  { source, norm, article, doc, base, lastSentence }: RecordContext,
): LiaohealthRecord {
  const span = toOriginal(norm, mention.start, mention.end);
  const sentence = boundedSentence(norm.text, sentenceAt(article, mention.start), mention);
  const sentenceSpan = toOriginal(norm, sentence.start, Math.max(sentence.end, mention.end));
  const { line, column } = source.position(span.start);
  const text = source.slice(span.start, span.end);
  // Built in place, the mention's fields copied in once (two spreads cost more than the rest).
  const record = Object.assign(
    {
      type,
      doc,
      article: base.article + article.index,
      headline: article.headline,
      line: base.line + line,
      column: line === 1 ? base.column + column : column,
      start: base.cp + span.start,
      end: base.cp + span.end,
      text,
      sentence: sliceOnce(source, Math.min(sentenceSpan.start, span.start), sentenceSpan.end, lastSentence),
    },
    mention.fields as { name?: unknown; metric?: unknown; org?: unknown },
  );
  writeAsWritten(record, mention, text, { source, norm, sentence });
  return VALIDATE_MADE_RECORD[type](record);
}

/** `source.slice(start, end)`, or the same slice made last time (`last` remembers it). */
function sliceOnce(
  source: SourceText,
  start: number,
  end: number,
  last: { start: number; end: number; text: string },
): string {
  if (start !== last.start || end !== last.end) {
    last.start = start;
    last.end = end;
    last.text = source.slice(start, end);
  }
  return last.text;
}

/**
 * Names, metrics and orgs are phrases "as written": the original characters (full-width
 * brackets, layout spaces), not the normalised ones the extractor matched. A name that is the
 * mention itself is its text; a metric or an org is found in the sentence, at its occurrence
 * nearest the mention. `fields` holds the mention's fields, and is rewritten.
 */
function writeAsWritten(
  fields: { name?: unknown; metric?: unknown; org?: unknown },
  mention: Mention<object>,
  text: string,
  { source, norm, sentence }: { source: SourceText; norm: NormalisedText; sentence: Span },
): void {
  if (typeof fields.name === 'string' && fields.name === norm.text.slice(mention.start, mention.end))
    fields.name = text;
  const near = (phrase: string): string => {
    const within = norm.text.slice(sentence.start, sentence.end);
    let best = -1;
    for (let i = within.indexOf(phrase); i >= 0; i = within.indexOf(phrase, i + 1)) {
      if (
        best < 0 ||
        Math.abs(sentence.start + i - mention.start) < Math.abs(sentence.start + best - mention.start)
      )
        best = i;
    }
    if (best < 0) return phrase;
    const span = toOriginal(norm, sentence.start + best, sentence.start + best + phrase.length);
    return source.slice(span.start, span.end);
  };
  if (typeof fields.metric === 'string' && fields.metric) fields.metric = near(fields.metric);
  if (typeof fields.org === 'string' && fields.org) fields.org = near(fields.org);
}
