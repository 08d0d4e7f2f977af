// Reading inputs: which files the arguments name, and their text.
// A bad input is a value (InputError), never an exception: the caller reports it and goes on.

import { promises as fs, readFileSync } from 'node:fs';
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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), 'UTF-16BE');
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  const utf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const asUtf8 = decodeWith('utf-8', utf8, 'UTF-8');
  if ('text' in asUtf8) return asUtf8;
  const asGb = decodeWith('gb18030', bytes, 'GB18030');
  if ('text' in asGb) return asGb;
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

/** Read and decode one input. */
export async function readInput(input: InputFile, stdin: NodeJS.ReadableStream): Promise<Decoded> {
  try {
    // Read at once: pages are small, and an asynchronous read costs four trips through the
    // thread pool, which a page's extraction does not always cover (the reader waited).
    const bytes = input.path === null ? await readAll(stdin) : readFileSync(input.path);
    return decode(bytes);
  } catch (e) {
    return { error: describeFsError(e) };
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
