// Reading inputs: which files the arguments name, and their text.
// A bad input is a value (InputError), never an exception: the caller reports it and goes on.

import { closeSync, promises as fs, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

export interface InputFile {
  /** The name records carry: relative to the directory argument, as given for a file, "-" for stdin. */
  doc: string;
  /** Where to read it; null for stdin. */
  path: string | null;
}

export interface InputError {
  doc: string;
  error: string;
}

export type Input = InputFile | InputError;

export function isInputError(input: Input): input is InputError {
  return 'error' in input;
}

/**
 * The inputs the arguments name, in a stable order: files as given, directories walked
 * recursively (sorted, symlink loops visited once) for files with one of `extensions`.
 */
export async function* listInputs(args: string[], extensions: string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield { doc: '-', path: null };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (e) {
      yield { doc: arg, error: describeFsError(e) };
      continue;
    }
    if (stat.isDirectory()) yield* walk(arg, arg, extensions, new Set());
    else yield { doc: arg, path: arg };
  }
}

async function* walk(root: string, dir: string, extensions: string[], seen: Set<string>): AsyncGenerator<Input> {
  let real: string;
  let entries;
  try {
    real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { doc: path.relative(root, dir) || dir, error: describeFsError(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const doc = path.relative(root, full).split(path.sep).join('/');
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = await fs.stat(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (e) {
        if (hasExtension(entry.name, extensions)) yield { doc, error: describeFsError(e) };
        continue;
      }
    }
    if (isDir) yield* walk(root, full, extensions, seen);
    else if (isFile && hasExtension(entry.name, extensions)) yield { doc, path: full };
  }
}

function hasExtension(name: string, extensions: string[]): boolean {
  return extensions.some((ext) => name.toLowerCase().endsWith(ext.toLowerCase()));
}

export type Decoded = { text: string } | { error: string };

/**
 * Text of a file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030 (which covers
 * GBK and GB2312) when the bytes are not valid UTF-8.
 */
export function decode(bytes: Uint8Array): Decoded {
  let text = '';
  const chosen = chooseEncoding(bytes, () => bytes.includes(0), (encoding, skip, name) => {
    const decoded = decodeWith(encoding, bytes.subarray(skip), name);
    if ('error' in decoded) return decoded.error;
    text = decoded.text;
    return null;
  });
  return 'error' in chosen ? chosen : { text };
}

export interface ChosenEncoding {
  encoding: string;
  /** Bytes of byte order mark to skip. */
  skip: number;
}

/**
 * The one rule for choosing an encoding, for bytes held whole and for a file read a block at a
 * time: a UTF-16 BOM decides; else NUL bytes make a binary file; else UTF-8 (BOM or not) when the
 * bytes are valid UTF-8, else GB18030. `check` says why the text is not in an encoding, or null.
 */
function chooseEncoding(first: Uint8Array, hasNul: () => boolean, check: (encoding: string, skip: number, name: string) => string | null): ChosenEncoding | { error: string } {
  const utf16 = first[0] === 0xff && first[1] === 0xfe ? 'utf-16le' : first[0] === 0xfe && first[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const error = check(utf16, 2, utf16.toUpperCase());
    return error ? { error } : { encoding: utf16, skip: 2 };
  }
  if (hasNul()) return { error: 'binary file (contains NUL bytes)' };
  const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  if (!check('utf-8', bom, 'UTF-8')) return { encoding: 'utf-8', skip: bom };
  if (!check('gb18030', 0, 'GB18030')) return { encoding: 'gb18030', skip: 0 };
  return { error: 'cannot decode: not valid UTF-8, UTF-16 (with BOM) or GB18030/GBK' };
}

/** One decoder per encoding: making one per file costs more than decoding a page. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decodeWith(encoding: string, bytes: Uint8Array, name: string): Decoded {
  try {
    let decoder = decoders.get(encoding);
    if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
    const text = decoder.decode(bytes);
    if (text.includes('\0')) return { error: `binary file (NUL characters in ${name})` };
    return { text };
  } catch {
    return { error: `not valid ${name}` };
  }
}

/**
 * A file this large is not a page: it is read a block at a time, first to choose its encoding
 * (a pass for NUL bytes, one per encoding tried), then to extract, so memory stays flat instead of
 * holding its bytes and its text whole (a 52 MB file took 377 MB that way, 227-237 MB so).
 */
export const STREAM_BYTES = 4 << 20;
const BLOCK_BYTES = 1 << 20;

/** A large file to be read a block at a time, its encoding already checked. */
export interface StreamedFile extends ChosenEncoding {
  path: string;
  bytes: number;
}

export type Opened = Decoded | { file: StreamedFile };

/** A document's text, or a large file to read a block at a time where it is extracted. */
export type DocumentSource = { doc: string } & Exclude<Opened, { error: string }>;

/** About how many UTF-16 units a document's text has (a large file's: its bytes, ~3 a character). */
export function unitsOf(source: Exclude<Opened, { error: string }>): number {
  return 'text' in source ? source.text.length : source.file.bytes / 3;
}

/** Read and decode one input. */
export async function readInput(input: InputFile, stdin: NodeJS.ReadableStream): Promise<Decoded> {
  try {
    // Read at once: pages are small, and an asynchronous read costs four trips through the
    // thread pool, which a page's extraction does not always cover (the reader waited).
    return decode(input.path === null ? await readAll(stdin) : readFileSync(input.path));
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

/** As `readInput`, but a file over STREAM_BYTES is only checked, to be read by `readBlocks`. */
export async function openInput(input: InputFile, stdin: NodeJS.ReadableStream): Promise<Opened> {
  try {
    if (input.path !== null) {
      const { size } = statSync(input.path);
      if (size > STREAM_BYTES) return checkEncoding(input.path, size);
    }
  } catch (e) {
    return { error: describeFsError(e) };
  }
  return readInput(input, stdin);
}

/** The encoding `decode` would choose for a large file, found a block at a time, or why it has none. */
function checkEncoding(path: string, bytes: number): Opened {
  let first: Uint8Array | null = null;
  for (const block of blocks(path)) {
    first = Uint8Array.from(block.subarray(0, 3));
    break;
  }
  if (!first) return { text: '' };
  const hasNul = () => {
    for (const block of blocks(path)) if (block.includes(0)) return true;
    return false;
  };
  const chosen = chooseEncoding(first, hasNul, (encoding, skip, name) => firstError({ path, bytes, encoding, skip }, name));
  return 'error' in chosen ? chosen : { file: { path, bytes, ...chosen } };
}

/** Why the file does not decode as its encoding says, or null when it does. */
function firstError(file: StreamedFile, name: string): string | null {
  try {
    for (const text of readBlocks(file)) if (text.includes('\0')) return `binary file (NUL characters in ${name})`;
    return null;
  } catch {
    return `not valid ${name}`;
  }
}

/** The text of a large file, a block at a time. */
export function* readBlocks(file: StreamedFile): Generator<string> {
  const decoder = new TextDecoder(file.encoding, { fatal: true, ignoreBOM: true });
  let skip = file.skip;
  for (const block of blocks(file.path)) {
    yield decoder.decode(block.subarray(skip), { stream: true });
    skip = 0;
  }
  yield decoder.decode();
}

function* blocks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    for (let n; (n = readSync(fd, buffer, 0, BLOCK_BYTES, null)) > 0; ) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A file-system error as a short phrase for a person. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
