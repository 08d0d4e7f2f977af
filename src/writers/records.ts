// Record writers: turn records into the text of one output format, a chunk at a time, so that
// records are written as they are produced. Encoding a record (JSON, a CSV row) needs nothing
// but the record, so worker threads do it; a writer only strings encoded records together.

import { stringify } from 'csv-stringify/sync';

export const FORMATS = ['jsonl', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RowWriter {
  /** Text to write before any record. */
  begin(): string;
  /** Text for records already encoded (see `encoder`), in order. */
  rows(encoded: readonly string[]): string;
  /**
   * Text to write before a batch of records (at least one) joined by `joinRows` elsewhere (a
   * worker thread): what separates it from the records before.
   */
  before(): string;
  /** Text to write after the last record. */
  end(): string;
}

/** Encoded records (at least one) as the writer strings them together, whatever came before. */
export function joinRows(format: Format, encoded: readonly string[]): string {
  switch (format) {
    case 'jsonl':
      // The last newline joined in with the rest: one added after the join makes a second string,
      // copied again when the text is written (12% of joining and encoding a page's records).
      return encoded.concat('').join('\n');
    case 'json':
      return encoded.join(',\n  ');
    case 'csv':
      return encoded.join('');
  }
}

export interface Encoding {
  format: Format;
  /** CSV columns, in order. */
  columns: string[];
  /** CSV cells as they are, formulas included (`--raw-csv`); else see `neutraliseCell`. */
  rawCsv?: boolean;
}

/** One record as text on its own: a JSON object, or a CSV row (RFC 4180, CRLF, null as empty). */
export function encoder({ format, columns, rawCsv = false }: Encoding): (record: object) => string {
  if (format !== 'csv') return (r) => JSON.stringify(r);
  const options = {
    columns,
    record_delimiter: 'windows' as const,
    cast: { boolean: (v: boolean) => String(v), ...(rawCsv ? {} : { string: neutraliseCell }) },
  };
  return (r) => stringify([r], options);
}

/**
 * A text cell that Excel or LibreOffice would run as a formula (it begins with = + - @, a tab or
 * a carriage return: CSV injection) gets a leading single quote, which they read as "text
 * follows" (OWASP's advice). Numbers are numbers and never changed.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function writerFor(format: Format, { columns, bom }: { columns: string[]; bom: boolean }): RowWriter {
  const rows = (encoded: readonly string[]) =>
    encoded.length === 0 ? '' : before() + joinRows(format, encoded);
  let before: () => string;
  switch (format) {
    case 'jsonl':
      before = () => '';
      return { begin: () => '', rows, before, end: () => '' };
    case 'json': {
      let first = true;
      before = () => {
        const separator = first ? '\n  ' : ',\n  ';
        first = false;
        return separator;
      };
      return { begin: () => '[', rows, before, end: () => (first ? ']\n' : '\n]\n') };
    }
    case 'csv':
      before = () => '';
      // Prefix a UTF-8 byte order mark so that Excel reads the Chinese right.
      return {
        begin: () => (bom ? '\ufeff' : '') + stringify([columns], { record_delimiter: 'windows' }),
        rows,
        before,
        end: () => '',
      };
  }
}
