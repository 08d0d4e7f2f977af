// Options and input handling shared by the commands that read pages (extract, check, tokenize).

import { InvalidArgumentError, Option, type Command } from 'commander';
import { statSync } from 'node:fs';
import { cityDivision } from '../extractors/places.js';
import { describeFsError } from '../basics.js';
import {
  IGNORE_FILE,
  isInputError,
  listInputs,
  readInput,
  resolvedPath,
  type DocumentSource,
  type InputFile,
  type Opened,
  type UnreadFile,
} from '../pipeline/read.js';
import { colours, report, UsageError, type Io } from './io.js';

export interface InputOptions {
  ext: string[];
  exclude: string[];
  refDate?: string;
  city?: string;
  quiet?: boolean;
  /** Where the command writes: never read as an input. */
  out?: string;
}

/** The options of the commands that read pages; `refDate` only for those that resolve dates. */
export function addInputOptions(command: Command, { refDate = true } = {}): Command {
  command
    .addOption(
      new Option('--ext <list>', 'file extensions to read in directories, comma-separated or repeated')
        .default(DEFAULT_EXTENSIONS, '.txt')
        .argParser(repeatable(parseExtensions, DEFAULT_EXTENSIONS)),
    )
    .addOption(
      new Option(
        '--exclude <glob>',
        `leave out of directory walks (repeatable; also read from ${IGNORE_FILE}; hidden files and node_modules always are)`,
      )
        .default([], 'none')
        .argParser((value: string, previous: string[]) => [...previous, value]),
    );
  if (refDate)
    command.addOption(
      new Option('--ref-date <YYYY-MM-DD>', 'reference date for relative and month-day dates').argParser(
        parseRefDate,
      ),
    );
  return command.option('-q, --quiet', 'no progress display on stderr');
}

const DEFAULT_EXTENSIONS = ['.txt'];

/**
 * A list option that may be given several times (`-t figure -t date`) as well as with commas:
 * the first use replaces the default, later ones add to it.
 */
export function repeatable<T>(
  parse: (value: string) => T[],
  defaults: T[],
): (value: string, previous: T[]) => T[] {
  return (value, previous) => [...new Set([...(previous === defaults ? [] : previous), ...parse(value)])];
}

/** --city: the place of articles that name none (extract, check). */
export function addCityOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--city <name>',
      'place of articles that name none: a city, county or district (济宁市, 任城区)',
    ).argParser(parseCity),
  );
}

function parseCity(value: string): string {
  try {
    cityDivision(value);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
  return value;
}

function parseExtensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (list.length === 0) throw new InvalidArgumentError('give at least one extension, such as .txt');
  return list;
}

function parseRefDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD.');
  }
  return value;
}

export type Document = Extract<DocumentSource, { text: string }>;

/**
 * Read every input the paths name, one at a time; report the ones that cannot be read on
 * stderr and go on. Returns the number of inputs that failed.
 */
export async function forEachDocument(
  paths: string[],
  options: InputOptions,
  io: Io,
  onDocument: (d: Document) => Promise<void>,
  /** Checked before each input: true ends the reading (the reader of the output went away). */
  stop?: () => boolean,
): Promise<number> {
  // The document is handled when onDocument returns: progress counts it then.
  const progress = progressFor(io, options);
  const read = (input: InputFile) => readInput(input, io.stdin);
  const failures = await forEachInput(
    paths,
    options,
    io,
    read,
    async (document) => {
      await onDocument(document);
      progress?.tick(bytesOf(document));
    },
    stop,
  );
  progress?.done();
  return failures;
}

/**
 * The same, but files are handed over unread (`{ doc, unread }`): whoever extracts one reads it,
 * a worker thread as well as this one. Only stdin is read here. A document handed over may be
 * extracted later (held, or on a thread): the caller counts progress, and reports the files
 * that turn out unreadable.
 */
export function forEachDocumentOrFile(
  paths: string[],
  options: InputOptions,
  io: Io,
  onDocument: (d: DocumentSource) => Promise<void>,
  /** Checked before each input: true ends the reading (the reader of the output went away). */
  stop: () => boolean,
): Promise<number> {
  return forEachInput(paths, options, io, (input) => unreadOrStdin(input, io), onDocument, stop);
}

async function unreadOrStdin(input: InputFile, io: Io): Promise<Opened | { unread: UnreadFile }> {
  if (input.path === null) return readInput(input, io.stdin);
  try {
    return { unread: { path: input.path, bytes: statSync(input.path).size } };
  } catch (e) {
    return { error: describeFsError(e) };
  }
}

async function forEachInput<Read extends Opened | { unread: UnreadFile }>(
  paths: string[],
  options: InputOptions,
  io: Io,
  read: (input: InputFile) => Promise<Read>,
  onDocument: (d: { doc: string } & Exclude<Read, { error: string }>) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<number> {
  const args = paths.length > 0 ? paths : ['-'];
  if (paths.length === 0 && io.stdinIsTTY)
    throw new UsageError('no input: give files or directories, or pipe text to stdin');
  const out = options.out && options.out !== '-' ? options.out : null;
  if (out) refuseToOverwriteAnInput(args, out);
  let failures = 0;
  for await (const input of listInputs(args, {
    extensions: options.ext,
    exclude: options.exclude,
    skip: out ? [out] : [],
  })) {
    if (stop()) break;
    const opened = isInputError(input) ? input : await read(input);
    if ('error' in opened) {
      report(io, `${input.doc}: ${opened.error}`);
      failures++;
      continue;
    }
    await onDocument({ doc: input.doc, ...(opened as Exclude<Read, { error: string }>) });
  }
  return failures;
}

/**
 * The bytes the inputs hold, counted before any is read (a listing and a stat per file), or
 * null when one of them is stdin, whose size is known only once it is read. With it, `--jobs`
 * decides at the start whether threads repay their start (see workerPool).
 */
export async function inputBytes(paths: string[], options: InputOptions): Promise<number | null> {
  if (paths.length === 0) return null;
  let bytes = 0;
  for await (const input of listInputs(paths, { extensions: options.ext, exclude: options.exclude })) {
    if (isInputError(input)) continue;
    if (input.path === null) return null;
    try {
      bytes += statSync(input.path).size;
    } catch {
      // Reported when the file's turn comes.
    }
  }
  return bytes;
}

/** Bytes of a document as read: its text in UTF-8, or a large file's size. */
export function bytesOf(source: DocumentSource): number {
  return 'text' in source
    ? Buffer.byteLength(source.text)
    : 'file' in source
      ? source.file.bytes
      : source.unread.bytes;
}

/** `extract -o page.txt page.txt` would replace the page by its records: refuse (exit 2). */
function refuseToOverwriteAnInput(args: string[], out: string): void {
  const target = resolvedPath(out);
  for (const arg of args) {
    if (arg !== '-' && isFile(arg) && resolvedPath(arg) === target) {
      throw new UsageError(
        `${out}: the output is also an input; refusing to overwrite it (choose another --out)`,
      );
    }
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** A progress display on a terminal's stderr, unless --quiet; else null. */
export function progressFor(io: Io, options: InputOptions): Progress | null {
  return io.stderrIsTTY && !options.quiet ? new Progress(io) : null;
}

/**
 * A one-line progress display: files done and throughput, counted when a document is done (not
 * when it is read: documents read ahead and held would show the speed of the disk).
 */
export class Progress {
  private files = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(private readonly io: Io) {}

  tick(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const c = colours(this.io, 'stderr');
    this.io.stderr.write(
      `\r${c.dim(`${this.files} files, ${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s`)}`,
    );
  }

  done(): void {
    if (this.lastDraw) this.io.stderr.write('\r\x1b[K');
  }
}
