// The pipeline for one document: normalise -> segment -> tokenize -> extractors -> records.

import { extractDates } from '../extractors/dates.js';
import { extractFigures } from '../extractors/figures.js';
import { extractInstitutions } from '../extractors/institutions.js';
import { extractPeople } from '../extractors/people.js';
import type { ArticleContext, Mention } from '../extractors/types.js';
import { sentenceAt } from '../extractors/types.js';
import { LiaohealthRecord, RECORD_TYPES, type RecordType } from '../records.js';
import { normalise, toOriginal, type NormalisedText } from './normalise.js';
import { segment, type Article } from './segment.js';
import { SourceText } from './source.js';
import { tokenize } from './tokenize.js';

export interface ExtractOptions {
  /** Record types to produce; all when omitted. */
  types?: readonly RecordType[];
  /** The document's name in records (`doc`). */
  doc?: string;
  /** Reference date for relative and month-day dates, YYYY-MM-DD. */
  refDate?: string | null;
}

/** Extract validated records from the text of one document, in order of position. */
export function extractRecords(original: string, options: ExtractOptions = {}): LiaohealthRecord[] {
  const types = new Set(options.types ?? RECORD_TYPES);
  const source = new SourceText(original);
  const norm = normalise(original);
  const articles = segment(norm.text);
  const records: LiaohealthRecord[] = [];

  for (const article of articles) {
    const ctx: ArticleContext = {
      text: norm.text,
      article,
      tokens: tokenize(norm.text.slice(article.start, article.end), article.start),
      articles,
      refDate: options.refDate ?? null,
    };
    const found: { type: RecordType; mention: Mention<object> }[] = [];
    const dates = extractDates(ctx);
    if (types.has('date')) for (const m of dates) found.push({ type: 'date', mention: m });
    // Figures need the institutions too: a place inside a name (东昌府区妇幼保健院) is no scope.
    const institutions = types.has('institution') || types.has('person') || types.has('figure') ? extractInstitutions(ctx) : [];
    if (types.has('figure')) for (const m of extractFigures(ctx, dates, institutions)) found.push({ type: 'figure', mention: m });
    if (types.has('institution')) for (const m of institutions) found.push({ type: 'institution', mention: m });
    if (types.has('person')) for (const m of extractPeople(ctx, institutions)) found.push({ type: 'person', mention: m });

    found.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
    for (const { type, mention } of found) {
      records.push(toRecord(type, mention, { source, norm, article, doc: options.doc ?? '-' }));
    }
  }
  return records;
}

interface RecordContext {
  source: SourceText;
  norm: NormalisedText;
  article: Article;
  doc: string;
}

function toRecord(type: RecordType, mention: Mention<object>, { source, norm, article, doc }: RecordContext): LiaohealthRecord {
  const span = toOriginal(norm, mention.start, mention.end);
  const sentence = sentenceAt(article, mention.start);
  const sentenceSpan = toOriginal(norm, sentence.start, Math.max(sentence.end, mention.end));
  const { line, column } = source.position(span.start);
  return LiaohealthRecord.parse({
    type,
    doc,
    article: article.index,
    headline: article.headline,
    line,
    column,
    start: span.start,
    end: span.end,
    text: source.slice(span.start, span.end),
    sentence: source.slice(Math.min(sentenceSpan.start, span.start), sentenceSpan.end),
    ...mention.fields,
  });
}
