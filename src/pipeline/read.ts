// Reading inputs: which files the arguments name, and their text.
// A bad input is a value (InputError), never an exception: the caller reports it and goes on.

import {
  closeSync,
  type Dirent,
  promises as fs,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../basics.js';

export interface InputFile {
  /**
   * The name records carry, unique per file: with one directory argument, the path relative to
   * it; else the path as given (a directory argument joined with the path under it); "-" for stdin.
   */
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

export interface ListOptions {
  /** Extensions of the files to read in directories, such as ".txt". */
  extensions: string[];
  /** Globs of paths to leave out of directory walks (see `excluded`). */
  exclude?: string[];
  /** Files never to read, by resolved path: the output being written. */
  skip?: string[];
}

/** Read in each directory argument: globs (one a line, # for comments) to leave out of its walk. */
export const IGNORE_FILE = '.liaohealthignore';

/**
 * The inputs the arguments name, in a stable order, each file once: files as given, directories
 * walked recursively (sorted, symlink loops visited once) for files with one of the extensions,
 * leaving out hidden files and folders, node_modules, and what `exclude` or the directory's
 * .liaohealthignore names.
 */
export async function* listInputs(args: string[], options: ListOptions): AsyncGenerator<Input> {
  const seen = {
    dirs: new Set<string>(),
    files: new Set((options.skip ?? []).map(resolvedPath)),
    stdin: false,
  };
  // One directory argument: names relative to it, as before; several: names as given, so that
  // a/page.txt and b/page.txt stay apart.
  const prefixed = args.length > 1;
  for (const arg of args) {
    if (arg === '-') {
      if (!seen.stdin) yield { doc: '-', path: null };
      seen.stdin = true;
      continue;
    }
    let stat: Stats;
    try {
      stat = await fs.stat(arg);
    } catch (e) {
      yield { doc: arg, error: describeFsError(e) };
      continue;
    }
    if (stat.isDirectory()) {
      const patterns = [...(options.exclude ?? []), ...(await ignoreFileOf(arg))];
      const walk: Walk = {
        root: arg,
        prefix: prefixed ? toPosix(arg) : '',
        extensions: options.extensions,
        excluded: excluded(patterns),
        seen,
      };
      yield* walkDirectory(walk, arg);
    } else if (firstSight(seen.files, arg)) {
      yield { doc: arg, path: arg };
    }
  }
}

interface Walk {
  root: string;
  /** Put before each name (the directory argument), or '' for names relative to the root. */
  prefix: string;
  extensions: string[];
  excluded: (relative: string, name: string) => boolean;
  seen: { dirs: Set<string>; files: Set<string> };
}

async function* walkDirectory(walk: Walk, dir: string): AsyncGenerator<Input> {
  const docOf = (relative: string) => (walk.prefix ? path.posix.join(walk.prefix, relative) : relative);
  let entries: Dirent[];
  let real: string;
  try {
    real = await fs.realpath(dir);
    if (walk.seen.dirs.has(real)) return;
    walk.seen.dirs.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { doc: docOf(toPosix(path.relative(walk.root, dir))) || dir, error: describeFsError(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relative = toPosix(path.relative(walk.root, full));
    // Hidden files and folders (.git, editors' backups, our own temporary outputs) and installed
    // packages (jieba's dictionaries are .txt) are never pages.
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || walk.excluded(relative, entry.name))
      continue;
    const doc = docOf(relative);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      try {
        const stat = await fs.stat(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (e) {
        if (hasExtension(entry.name, walk.extensions)) yield { doc, error: describeFsError(e) };
        continue;
      }
    }
    if (isDir) yield* walkDirectory(walk, full);
    else if (
      isFile &&
      hasExtension(entry.name, walk.extensions) &&
      // A file that is no link is where its directory really is: no call to resolve it.
      firstSight(walk.seen.files, full, link ? undefined : path.join(real, entry.name))
    )
      yield { doc, path: full };
  }
}

/** True the first time a file is met (by its real path: a file named twice is read once). */
function firstSight(files: Set<string>, file: string, known?: string): boolean {
  const real = known ?? resolvedPath(file);
  if (files.has(real)) return false;
  files.add(real);
  return true;
}

/** A file's real path (links resolved) when it exists, else its absolute path. */
export function resolvedPath(file: string): string {
  try {
    // The native call: the JavaScript one lstats every component of the path, per file.
    return realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

async function ignoreFileOf(dir: string): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, IGNORE_FILE), 'utf8');
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * Whether a path under a directory argument is left out. A glob with a slash is matched against
 * the whole relative path, one without against each name (as in .gitignore): `*` any characters
 * but a slash, `**` any, `?` one; a trailing slash is ignored.
 */
function excluded(patterns: string[]): (relative: string, name: string) => boolean {
  const globs = patterns.map((p) => p.replace(/\/+$/, '').replace(/^\.\//, '')).filter(Boolean);
  const whole = globs.filter((g) => g.includes('/')).map(globToRegExp);
  const names = globs.filter((g) => !g.includes('/')).map(globToRegExp);
  return (relative, name) => whole.some((r) => r.test(relative)) || names.some((r) => r.test(name));
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source.replace(/^\//, '')}$`);
}

function hasExtension(name: string, extensions: string[]): boolean {
  return extensions.some((ext) => name.toLowerCase().endsWith(ext.toLowerCase()));
}

export type Decoded = { text: string } | { error: string };

/**
 * Text of a file's bytes: UTF-8 (BOM or not), UTF-16 (a BOM, or ASCII's NUL bytes all on one
 * side), else GB18030 (which covers GBK and GB2312) or Big5 when the bytes are not valid UTF-8.
 */
export function decode(bytes: Uint8Array): Decoded {
  let text = '';
  const chosen = chooseEncoding(
    bytes,
    () => bytes.includes(0),
    (encoding, skip, name) => {
      const decoded = decodeWith(encoding, bytes.subarray(skip), name);
      if ('error' in decoded) return decoded.error;
      if (DOUBLE_BYTE.has(encoding) && misdecoded(decoded.text))
        return `not ${name} (characters a Chinese page does not use)`;
      text = decoded.text;
      return null;
    },
  );
  return 'error' in chosen ? chosen : { text };
}

export interface ChosenEncoding {
  encoding: string;
  /** Bytes of byte order mark to skip. */
  skip: number;
}

/**
 * The one rule for choosing an encoding, for bytes held whole and for a file read a block at a
 * time (`first`: its first bytes): a UTF-16 BOM decides; else NUL bytes mostly at odd (or at
 * even) places are the ASCII of UTF-16 without a BOM; else NUL bytes make a binary file; else
 * UTF-8 (BOM or not) when the bytes are valid UTF-8, else GB18030, else Big5 (Big5 bytes are
 * mostly valid GB18030 too, but read so they give kana and private-use characters, which the
 * check refuses). `check` says why the text is not in an encoding, or null.
 */
function chooseEncoding(
  first: Uint8Array,
  hasNul: () => boolean,
  check: (encoding: string, skip: number, name: string) => string | null,
): ChosenEncoding | { error: string } {
  const utf16 =
    first[0] === 0xff && first[1] === 0xfe
      ? 'utf-16le'
      : first[0] === 0xfe && first[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16) {
    const error = check(utf16, 2, utf16.toUpperCase());
    return error ? { error } : { encoding: utf16, skip: 2 };
  }
  const unmarked = utf16ByNuls(first);
  if (unmarked && !check(unmarked, 0, unmarked.toUpperCase())) return { encoding: unmarked, skip: 0 };
  if (hasNul())
    return {
      error:
        'binary file (contains NUL bytes; UTF-16 text is read when it has a byte order mark or ASCII characters)',
    };
  const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  if (!check('utf-8', bom, 'UTF-8')) return { encoding: 'utf-8', skip: bom };
  if (!check('gb18030', 0, 'GB18030')) return { encoding: 'gb18030', skip: 0 };
  if (!check('big5', 0, 'Big5')) return { encoding: 'big5', skip: 0 };
  return { error: 'cannot decode: not valid UTF-8, UTF-16, GB18030/GBK or Big5' };
}

/** How many first bytes `chooseEncoding` looks at for UTF-16 without a BOM. */
const SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a BOM: the NUL bytes of its ASCII characters (digits, line breaks) fall on one
 * side; the few on the other are characters such as 一 (U+4E00). A binary file has them on both.
 */
function utf16ByNuls(first: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = first.subarray(0, SAMPLE_BYTES & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  if (odd >= 2 && odd >= 4 * even) return 'utf-16le';
  if (even >= 2 && even >= 4 * odd) return 'utf-16be';
  return null;
}

const DOUBLE_BYTE = new Set(['gb18030', 'big5']);

/**
 * Bytes read with the wrong double-byte encoding (Big5 as GBK) give characters that a Chinese
 * page hardly has: kana, Greek, Cyrillic, box drawing, private use. More than one in twenty of
 * the non-ASCII characters is not a page.
 */
function misdecoded(text: string): boolean {
  let nonAscii = 0;
  let unlikely = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x370 && c <= 0x4ff) ||
      (c >= 0x2500 && c <= 0x259f) ||
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0xe000 && c <= 0xf8ff)
    )
      unlikely++;
  }
  return unlikely > 0.05 * nonAscii;
}

/** One decoder per encoding: making one per file costs more than decoding a page. */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decodeWith(encoding: string, bytes: Uint8Array, name: string): Decoded {
  try {
    let decoder = decoders.get(encoding);
    if (!decoder)
      decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })));
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

/** A file listed, not yet read: read where it is extracted (on a worker thread, in parallel). */
export interface UnreadFile {
  path: string;
  bytes: number;
}

/**
 * A document's text, a large file to read a block at a time where it is extracted, or a file
 * not read yet.
 */
export type DocumentSource = { doc: string } & (Exclude<Opened, { error: string }> | { unread: UnreadFile });

/** About how many UTF-16 units a document's text has (a file's: its bytes, ~3 a character). */
export function unitsOf(source: DocumentSource): number {
  return 'text' in source
    ? source.text.length
    : 'file' in source
      ? source.file.bytes / 3
      : source.unread.bytes / 3;
}

/** A document's text or large file, reading it if it is not read yet (or why it cannot be). */
export async function openSource(source: DocumentSource): Promise<Opened> {
  // A file handed over unread was stat'ed then: its size is not read again.
  return 'unread' in source
    ? openInput({ doc: source.doc, path: source.unread.path }, process.stdin, source.unread.bytes)
    : source;
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

/**
 * As `readInput`, but a file over STREAM_BYTES is only checked, to be read by `readBlocks`;
 * `bytes`: the file's size when it is known already.
 */
export async function openInput(
  input: InputFile,
  stdin: NodeJS.ReadableStream,
  bytes?: number,
): Promise<Opened> {
  try {
    if (input.path !== null) {
      const size = bytes ?? statSync(input.path).size;
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
    first = Uint8Array.from(block.subarray(0, SAMPLE_BYTES));
    break;
  }
  if (!first) return { text: '' };
  const hasNul = () => {
    for (const block of blocks(path)) if (block.includes(0)) return true;
    return false;
  };
  const chosen = chooseEncoding(first, hasNul, (encoding, skip, name) =>
    firstError({ path, bytes, encoding, skip }, name),
  );
  return 'error' in chosen ? chosen : { file: { path, bytes, ...chosen } };
}

/** Why the file does not decode as its encoding says, or null when it does. */
function firstError(file: StreamedFile, name: string): string | null {
  try {
    let first = true;
    for (const text of readBlocks(file)) {
      if (text.includes('\0')) return `binary file (NUL characters in ${name})`;
      // The first block tells a wrong double-byte encoding as well as the whole file.
      if (first && DOUBLE_BYTE.has(file.encoding) && misdecoded(text))
        return `not ${name} (characters a Chinese page does not use)`;
      first = false;
    }
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
    for (let n: number; (n = readSync(fd, buffer, 0, BLOCK_BYTES, null)) > 0; ) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
