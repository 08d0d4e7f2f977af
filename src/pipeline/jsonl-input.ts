// JSON Lines in: the lines of a stream, numbered, and documents as `{"doc": ..., "text": ...}`
// objects (`extract --input jsonl`), so that extract can run as the map step of a sharded job.

import type { DocumentSource } from './read.js';

export type NumberedLine = { line: number; text: string } | { line: number; error: string };

/**
 * The lines of a stream of UTF-8 bytes, numbered from 1, without their line break (LF or CRLF)
 * or the byte order mark of the first. A line that is not valid UTF-8 is an error of its own:
 * the others still come.
 */
export async function* numberedLines(
  chunks: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<NumberedLine> {
  let line = 0;
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let end = bytes.indexOf(0x0a, from); end !== -1; from = end + 1, end = bytes.indexOf(0x0a, from)) {
      pending.push(bytes.subarray(from, end));
      yield decodeLine(++line, pending.length === 1 ? pending[0] : Buffer.concat(pending));
      pending = [];
    }
    // A copy: the rest of a chunk waits for the next one, which may reuse the chunk's memory.
    if (from < bytes.length) pending.push(Buffer.from(bytes.subarray(from)));
  }
  if (pending.length > 0) yield decodeLine(++line, Buffer.concat(pending));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(line: number, bytes: Buffer): NumberedLine {
  const crlf = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? 1 : 0;
  const bom = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { line, text: utf8.decode(bytes.subarray(bom, bytes.length - crlf)) };
  } catch {
    return { line, error: 'not valid UTF-8' };
  }
}

export type Document = Extract<DocumentSource, { text: string }>;

/** One line of JSON Lines, parsed, or why it is not JSON. */
export function jsonOf(line: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(line) };
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
}

/**
 * A document from one JSON line: `doc` (its name on every record) and `text`. Other fields are
 * dropped: records keep the contract whatever the input, and `doc` joins them to the rest.
 */
export function documentOf(line: string): Document | { error: string } {
  const parsed = jsonOf(line);
  if ('error' in parsed) return parsed;
  const { value } = parsed;
  const { doc, text } = (
    typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}
  ) as Record<string, unknown>;
  if (typeof doc !== 'string' || doc === '' || typeof text !== 'string') {
    return {
      error:
        'expected an object with a "doc" name and a "text" string, such as {"doc": "page.txt", "text": "..."}',
    };
  }
  return { doc, text };
}

/**
 * The order of `--sort`: by name, in UTF-16 code units (as JavaScript compares strings), then,
 * for two documents of one name, by text or path, so that even then the order is the same
 * whatever order they came in.
 */
export function compareDocuments(a: DocumentSource, b: DocumentSource): number {
  return compareStrings(a.doc, b.doc) || compareStrings(contentKey(a), contentKey(b));
}

function contentKey(document: DocumentSource): string {
  return 'text' in document ? document.text : 'file' in document ? document.file.path : document.unread.path;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
