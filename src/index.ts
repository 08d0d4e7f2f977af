// The library: everything the CLI does, importable without it.
//
//   import { extract, check } from 'liaohealth';
//   const records = extract(pageText, { doc: 'page.txt', types: ['figure'] });
//   const report = check(records);

export {
  extractRecords as extract,
  extractRecords,
  extractBatches,
  type ExtractOptions,
} from './engine/extract.js';
export { checkRecords as check, checkRecords, withBaseline } from './check/report.js';
export { baselineOf, parseBaseline, serialiseBaseline } from './check/baseline.js';
export { normalise, toOriginal, type NormalisedText } from './pipeline/normalise.js';
export { segment, type Article, type Block } from './pipeline/segment.js';
export type { Span } from './basics.js';
export { tokenize, type Token } from './pipeline/tokenize.js';
export { decode } from './pipeline/read.js';
export * from './records.js';
