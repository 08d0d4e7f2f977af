// JSON Lines inputs of the commands: documents for `extract --input jsonl` (the map step) and
// records for `check --records` (the reduce step), and the document order of `extract --sort`.
// A bad line is reported with its file and line number and skipped; the others are processed.

import { createReadStream } from 'node:fs';
import { describeFsError } from '../basics.js';
import { inDocumentOrder, recordOf } from '../check/records-input.js';
import {
  compareDocuments,
  documentOf,
  numberedLines,
  type Document,
  type NumberedLine,
} from '../pipeline/jsonl-input.js';
import type { DocumentSource } from '../pipeline/read.js';
import type { LiaohealthRecord } from '../records.js';
import { report, UsageError, type Io } from './io.js';

/** Each document of JSON Lines files ('-' or no path: stdin). Returns the number of bad lines and unreadable files. */
export function forEachJsonlDocument(
  paths: string[],
  io: Io,
  onDocument: (d: Document) => Promise<void>,
  stop: () => boolean,
): Promise<number> {
  return forEachLine(
    paths,
    io,
    async (line) => {
      const document = documentOf(line);
      if ('error' in document) return document.error;
      await onDocument(document);
      return null;
    },
    stop,
  );
}

/**
 * The records of JSON Lines files that extract wrote ('-' or no path: stdin), in the order of
 * `extract --sort`, with the number of documents they come from and of bad lines and unreadable files.
 */
export async function readRecords(
  paths: string[],
  io: Io,
): Promise<{ records: LiaohealthRecord[]; documents: number; inputErrors: number }> {
  const records: LiaohealthRecord[] = [];
  const documents = new Set<string>();
  const inputErrors = await forEachLine(paths, io, async (line) => {
    const record = recordOf(line);
    if ('error' in record) return record.error;
    documents.add(record.doc);
    // Check reads no institutions: validated, they need not be held.
    if (record.type !== 'institution') records.push(record);
    return null;
  });
  return { records: inDocumentOrder(records), documents: documents.size, inputErrors };
}

/**
 * For `extract --sort`: documents are held until the input is read, then given in the order of
 * their names, so that the output is the same whatever the order or sharding of the input.
 * Pages are held as text; large files stay on disk until their turn.
 */
export function inNameOrder(submit: (d: DocumentSource) => Promise<void>): {
  hold: (d: DocumentSource) => Promise<void>;
  release: () => Promise<void>;
} {
  const held: DocumentSource[] = [];
  return {
    hold: async (document) => {
      held.push(document);
    },
    release: async () => {
      for (const document of held.splice(0).sort(compareDocuments)) await submit(document);
    },
  };
}

/**
 * Bad lines reported one by one per input; the rest are counted. A file that is no JSON Lines at
 * all (a page given to `check --records`) would otherwise bury stderr under one line each.
 */
const REPORTED_LINES = 10;

/**
 * Hand each non-blank line of each input to `onLine`, which says what is wrong with it or null.
 * Returns the number of bad lines and unreadable inputs, reported on stderr.
 */
async function forEachLine(
  paths: string[],
  io: Io,
  onLine: (line: string) => Promise<string | null>,
  stop: () => boolean = () => false,
): Promise<number> {
  if (paths.length === 0 && io.stdinIsTTY)
    throw new UsageError('no input: give JSON Lines files, or pipe them to stdin');
  let failures = 0;
  for (const arg of paths.length > 0 ? paths : ['-']) {
    const name = arg === '-' ? 'stdin' : arg;
    const lines = numberedLines(arg === '-' ? io.stdin : createReadStream(arg));
    let bad = 0;
    for (;;) {
      let next: IteratorResult<NumberedLine>;
      try {
        next = await lines.next();
      } catch (e) {
        report(io, `${name}: ${describeFsError(e)}`);
        failures++;
        break;
      }
      if (next.done) break;
      if (stop()) {
        await lines.return(undefined);
        return failures;
      }
      const numbered = next.value;
      if ('text' in numbered && numbered.text.trim() === '') continue;
      const problem = 'error' in numbered ? numbered.error : await onLine(numbered.text);
      if (problem && ++bad <= REPORTED_LINES)
        report(io, `${name}:${numbered.line}: ${problem}; line skipped`);
    }
    if (bad > REPORTED_LINES) report(io, `${name}: ${bad - REPORTED_LINES} more bad lines skipped`);
    failures += bad;
  }
  return failures;
}
