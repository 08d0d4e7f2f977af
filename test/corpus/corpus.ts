// The shape of an extractor's example corpus (Duckling style): each example is a text and the
// records it must produce, no more and no fewer; `negative` texts must produce none of that type.
// Only the fields an example names are compared, so examples stay short and to the point.
// An example written before its rule carries `todo` (what is missing): it runs as a test that
// must fail, and fails once it passes, asking for its `todo` to be dropped.
import type {
  DateRecord,
  FigureRecord,
  InstitutionRecord,
  PersonRecord,
  RecordType,
} from '../../src/records.js';

/** `rule` is the name of the rule that made the record (extract --explain). */
type Expected<R> = Partial<Omit<R, 'type'> & { rule: string }>;

export interface Corpus<R> {
  type: RecordType;
  /** `city`: the place of a text that names none (the CLI's --city); `refDate`: the --ref-date to read it with (what 今年, 目前 resolve against). */
  examples: {
    text: string;
    expect: Expected<R>[];
    note?: string;
    todo?: string;
    city?: string;
    refDate?: string;
  }[];
  negative: string[];
}

export type FigureCorpus = Corpus<FigureRecord>;
export type DateCorpus = Corpus<DateRecord>;
export type PersonCorpus = Corpus<PersonRecord>;
export type InstitutionCorpus = Corpus<InstitutionRecord>;
