// Record writers: turn records into the text of one output format, a chunk at a time, so that
// records are written as they are produced.

import { stringify } from 'csv-stringify/sync';

export const FORMATS = ['jsonl', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RowWriter<R> {
  /** Text to write before any record. */
  begin(): string;
  /** Text for one record. */
  row(record: R): string;
  /** Text to write after the last record. */
  end(): string;
}

export interface CsvOptions {
  columns: string[];
  /** Prefix a UTF-8 byte order mark so that Excel reads the Chinese right. */
  bom: boolean;
}

export function jsonLinesWriter<R>(): RowWriter<R> {
  return { begin: () => '', row: (r) => JSON.stringify(r) + '\n', end: () => '' };
}

export function jsonArrayWriter<R>(): RowWriter<R> {
  let first = true;
  return {
    begin: () => '[',
    row: (r) => {
      const text = (first ? '\n  ' : ',\n  ') + JSON.stringify(r);
      first = false;
      return text;
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** RFC 4180 CSV (CRLF rows, quoted as needed); numbers stay numbers, null is an empty cell. */
export function csvWriter<R extends object>({ columns, bom }: CsvOptions): RowWriter<R> {
  const options = {
    columns,
    record_delimiter: 'windows' as const,
    cast: { boolean: (v: boolean) => String(v) },
  };
  return {
    begin: () => (bom ? '\ufeff' : '') + stringify([columns], { record_delimiter: 'windows' }),
    row: (r) => stringify([r], options),
    end: () => '',
  };
}

export function writerFor<R extends object>(format: Format, csv: CsvOptions): RowWriter<R> {
  switch (format) {
    case 'jsonl':
      return jsonLinesWriter();
    case 'json':
      return jsonArrayWriter();
    case 'csv':
      return csvWriter(csv);
  }
}
