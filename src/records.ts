// The record contract (docs/records.md). These schemas are the
// single source of truth: TypeScript types are inferred from them, `liaohealth schema` prints them
// as JSON Schema, and every record is validated before a writer sees it.
import { z } from 'zod';

export const RECORD_TYPES = ['figure', 'date', 'person', 'institution'] as const;
export const RecordType = z.enum(RECORD_TYPES);
export type RecordType = z.infer<typeof RecordType>;

const offset = z.number().int().nonnegative();

export const CommonFields = z.object({
  type: RecordType,
  doc: z
    .string()
    .describe(
      'the input file, unique per file: relative to the directory argument when it is the only argument, else the path as given; "-" for stdin',
    ),
  article: offset.describe('0-based index of the article within the file'),
  headline: z.string().nullable().describe("the article's headline, when one is found"),
  line: z.number().int().positive().describe('1-based line in the original file'),
  column: z.number().int().positive().describe('1-based column, in code points, in the original file'),
  start: offset.describe('code-point offset of the mention in the original file'),
  end: offset.describe('code-point offset just past the mention (exclusive)'),
  text: z.string().describe('original characters from start to end, line breaks removed'),
  sentence: z.string().describe('the sentence containing the mention, line breaks removed'),
});

export const APPROX = ['exact', 'about', 'more_than', 'less_than', 'at_most', 'at_least'] as const;
export const FIGURE_KINDS = [
  'count',
  'money',
  'percent',
  'pct_point',
  'rate',
  'ratio',
  'duration',
  'age',
  'length',
  'rank',
  'other',
] as const;

/** A fact (托育机构477家) or a target (力争建成10个, 到2027年…): targets are compared only with targets. */
export const FIGURE_ASPECTS = ['state', 'target'] as const;
export type FigureAspect = (typeof FIGURE_ASPECTS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const FigureFields = z.object({
  type: z.literal('figure'),
  value: z.number().nullable().describe('the normalised number; null for ranges'),
  min: z.number().nullable().describe('lower bound of a range, else null'),
  max: z.number().nullable().describe('upper bound of a range, else null'),
  unit: z.string().nullable().describe('measure word or unit, multipliers removed: 家, 元, %, 元/人/月'),
  approx: z.enum(APPROX),
  kind: z.enum(FIGURE_KINDS),
  metric: z.string().nullable().describe('noun phrase naming what is counted or measured'),
  scope: z.string().nullable().describe('the place the figure is about, when the text says'),
  place: z
    .string()
    .nullable()
    .describe(
      "the place resolved to China's divisions, province first (山东省聊城市东阿县): the scope, else the article's place; null when unknown",
    ),
  period: z.string().nullable().describe('the year or period the figure refers to, when the text says'),
  periodStart: isoDay
    .nullable()
    .describe('first day of the resolved period (YYYY-MM-DD), null when nothing says'),
  periodEnd: isoDay.nullable().describe('last day of the resolved period: the as-of date of a level'),
  asOf: isoDay
    .nullable()
    .describe(
      "the day the figure holds on: periodEnd when the period is known, else the article's (or page's) date",
    ),
  aspect: z
    .enum(FIGURE_ASPECTS)
    .describe('state: a fact stated; target: a plan or goal (力争, 计划, 到2027年)'),
});

export const DateFields = z.object({
  type: z.literal('date'),
  value: z
    .string()
    .nullable()
    .describe('ISO 8601 as far as the expression says: 2024-02-07, 2002-09, --03-11, ranges a/b'),
  resolved: z.string().nullable().describe('the full date inferred from the article, else null'),
  relative: z.boolean().describe('true for 今年, 去年, 近日, 目前 and the like'),
});

export const PersonFields = z.object({
  type: z.literal('person'),
  name: z.string().min(1).describe('the name alone, without title'),
  role: z.string().nullable().describe('title or function stated nearby; 作者 for bylines'),
  org: z.string().nullable().describe('organisation the text ties the person to'),
  pseudonym: z.boolean().describe('true when the text marks the name as 化名'),
});

export const INSTITUTION_CATEGORIES = [
  'hospital',
  'primary_care',
  'public_health',
  'childcare',
  'government',
  'association',
  'company',
  'school',
  'media',
  'other',
] as const;

export const InstitutionFields = z.object({
  type: z.literal('institution'),
  name: z.string().min(1).describe('as written at the mention'),
  canonical: z.string().min(1).describe('the full name when it can be known, else the name'),
  category: z.enum(INSTITUTION_CATEGORIES),
});

export const FigureRecord = CommonFields.extend(FigureFields.shape).strict();
export const DateRecord = CommonFields.extend(DateFields.shape).strict();
export const PersonRecord = CommonFields.extend(PersonFields.shape).strict();
export const InstitutionRecord = CommonFields.extend(InstitutionFields.shape).strict();

export const LiaohealthRecord = z.discriminatedUnion('type', [
  FigureRecord,
  DateRecord,
  PersonRecord,
  InstitutionRecord,
]);

/** Each type's schema, for validating a record whose type is known (cheaper than the union). */
export const RECORD_SCHEMAS = {
  figure: FigureRecord,
  date: DateRecord,
  person: PersonRecord,
  institution: InstitutionRecord,
} as const;

export type FigureRecord = z.infer<typeof FigureRecord>;
export type DateRecord = z.infer<typeof DateRecord>;
export type PersonRecord = z.infer<typeof PersonRecord>;
export type InstitutionRecord = z.infer<typeof InstitutionRecord>;
export type LiaohealthRecord = z.infer<typeof LiaohealthRecord>;

/** Type-specific fields, without the common ones: what an extractor produces for a mention. */
export type FigureFields = Omit<z.infer<typeof FigureFields>, 'type'>;
export type DateFields = Omit<z.infer<typeof DateFields>, 'type'>;
export type PersonFields = Omit<z.infer<typeof PersonFields>, 'type'>;
export type InstitutionFields = Omit<z.infer<typeof InstitutionFields>, 'type'>;

export const COMMON_COLUMNS = Object.keys(CommonFields.shape) as (keyof z.infer<typeof CommonFields>)[];

/** Column order per type for CSV: common columns first, then the type's own, in schema order. */
export const TYPE_COLUMNS: Record<RecordType, string[]> = {
  figure: Object.keys(FigureFields.shape).filter((k) => k !== 'type'),
  date: Object.keys(DateFields.shape).filter((k) => k !== 'type'),
  person: Object.keys(PersonFields.shape).filter((k) => k !== 'type'),
  institution: Object.keys(InstitutionFields.shape).filter((k) => k !== 'type'),
};
