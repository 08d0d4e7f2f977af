// The shape of an extractor's example corpus (Duckling style): each example is a text and the
// records it must produce, no more and no fewer; `negative` texts must produce none of that type.
// Only the fields an example names are compared, so examples stay short and to the point.
import type { DateRecord, FigureRecord, InstitutionRecord, PersonRecord, RecordType } from '../../src/records.js';

/** `rule` is the name of the rule that made the record (extract --explain). */
type Expected<R> = Partial<Omit<R, 'type'> & { rule: string }>;

export interface Corpus<R> {
  type: RecordType;
  examples: { text: string; expect: Expected<R>[]; note?: string }[];
  negative: string[];
}

export type FigureCorpus = Corpus<FigureRecord>;
export type DateCorpus = Corpus<DateRecord>;
export type PersonCorpus = Corpus<PersonRecord>;
export type InstitutionCorpus = Corpus<InstitutionRecord>;
