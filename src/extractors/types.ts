// What every extractor sees and returns. Extractors work on the normalised text of one article
// and return mentions with normalised offsets; the pipeline maps them back to the original,
// adds the common record fields and validates the records. Extractors never throw on odd text.

import type { Span } from '../basics.js';
import type { Article } from '../pipeline/segment.js';
import type { PageDates } from './dates.js';
import type { Known } from './people.js';
import type { ArticlePlace } from './places.js';
import type { TokenIndex } from '../pipeline/tokenize.js';
import type { z } from 'zod';
import type {
  CommonFields,
  DateFields,
  FigureFields,
  InstitutionFields,
  PersonFields,
  RECORD_SCHEMAS,
  RecordType,
} from '../records.js';

export interface Mention<F> {
  /** Normalised offsets of the mention, end exclusive. */
  start: number;
  end: number;
  fields: F;
  /** The rule that produced it, for debugging and --explain. */
  rule: string;
}

export interface ArticleContext {
  /** The whole normalised text of the document (offsets in mentions index into it). */
  text: string;
  article: Article;
  /** jieba's tokens of `text`, cut where an extractor asks for them. */
  tokens: TokenIndex;
  /** What the whole page says, worked out once for all its articles. */
  page: Page;
  /** The date the user fixed with --ref-date (YYYY-MM-DD), if any. */
  refDate: string | null;
  /** Where the article is (src/extractors/places.ts): its division, if it can be known, and zones. */
  place: ArticlePlace;
}

/**
 * Facts of a page (a document, or a chunk of a large one) that the extractors of every article
 * read: worked out once by the engine's page step (src/engine/page.ts), never kept in a module.
 */
export interface Page {
  /** Each article's place (src/extractors/places.ts): its division, if it can be known, and zones. */
  places: readonly ArticlePlace[];
  /** The page's year, its date and each article's own date (src/extractors/dates.ts). */
  readonly dates: PageDates;
  /** Names the page states in credits and profiles, for every article (src/extractors/people.ts). */
  readonly names: ReadonlyMap<string, Known>;
}

export type FigureMention = Mention<FigureFields>;
export type DateMention = Mention<DateFields>;
export type PersonMention = Mention<PersonFields>;
export type InstitutionMention = Mention<InstitutionFields>;

/** A mention of a record type: the fields of its schema less the common ones. */
export type MentionOf<T extends RecordType> = Mention<
  Omit<z.infer<(typeof RECORD_SCHEMAS)[T]>, keyof z.infer<typeof CommonFields>>
>;

/** The mentions of a type an extractor needs, found on its article before it runs. */
export type Needed = <T extends RecordType>(type: T) => MentionOf<T>[];

/** One extractor: the record type of its mentions, what it needs found first, and its function. */
export interface Extractor<T extends RecordType> {
  type: T;
  /** Record types whose mentions on the same article it reads (the only ones `needed` gives). */
  needs: readonly RecordType[];
  extract(ctx: ArticleContext, needed: Needed): MentionOf<T>[];
}

/** An extractor of any record type. */
export type AnyExtractor = { [T in RecordType]: Extractor<T> }[RecordType];

/** The sentence of the article that contains `offset`. */
export function sentenceAt(article: Article, offset: number): Span {
  const sentences = article.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo] ?? { start: article.start, end: article.end };
}
