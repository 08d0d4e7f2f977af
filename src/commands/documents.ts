// Options and input handling shared by the commands that read pages (extract, check, tokenize).

import { InvalidArgumentError, Option, type Command } from 'commander';
import { cityDivision } from '../extractors/places.js';
import { isInputError, listInputs, openInput, readInput, unitsOf, type DocumentSource, type InputFile, type Opened } from '../pipeline/read.js';
import { colours, report, UsageError, type Io } from './io.js';

export interface InputOptions {
  ext: string[];
  refDate?: string;
  city?: string;
  quiet?: boolean;
}

export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option('--ext <list>', 'file extensions to read in directories, comma-separated').default(['.txt'], '.txt').argParser(parseExtensions))
    .addOption(new Option('--ref-date <YYYY-MM-DD>', 'reference date for relative and month-day dates').argParser(parseRefDate))
    .option('-q, --quiet', 'no progress display on stderr');
}

/** --city: the place of articles that name none (extract, check). */
export function addCityOption(command: Command): Command {
  return command.addOption(new Option('--city <name>', 'place of articles that name none: a city, county or district (济宁市, 任城区)').argParser(parseCity));
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
export function forEachDocument(paths: string[], options: InputOptions, io: Io, onDocument: (d: Document) => Promise<void>): Promise<number> {
  return forEachInput(paths, options, io, (input) => readInput(input, io.stdin), onDocument);
}

/** The same, but a file too large to hold whole is handed over unread (`{ doc, file }`). */
export function forEachDocumentOrFile(
  paths: string[],
  options: InputOptions,
  io: Io,
  onDocument: (d: DocumentSource) => Promise<void>,
  /** Checked before each input: true ends the reading (the reader of the output went away). */
  stop: () => boolean,
): Promise<number> {
  return forEachInput(paths, options, io, (input) => openInput(input, io.stdin), onDocument, stop);
}

async function forEachInput<Read extends Opened>(
  paths: string[],
  options: InputOptions,
  io: Io,
  read: (input: InputFile) => Promise<Read>,
  onDocument: (d: { doc: string } & Exclude<Read, { error: string }>) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<number> {
  const args = paths.length > 0 ? paths : ['-'];
  if (paths.length === 0 && io.stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe text to stdin');
  const progress = io.stderrIsTTY && !options.quiet ? new Progress(io) : null;
  let failures = 0;
  for await (const input of listInputs(args, options.ext)) {
    if (stop()) break;
    const opened = isInputError(input) ? input : await read(input);
    if ('error' in opened) {
      report(io, `${input.doc}: ${opened.error}`);
      failures++;
      continue;
    }
    await onDocument({ doc: input.doc, ...(opened as Exclude<Read, { error: string }>) });
    progress?.tick(unitsOf(opened));
  }
  progress?.done();
  return failures;
}

/** A one-line progress display on a terminal's stderr: files done and throughput. */
class Progress {
  private files = 0;
  private chars = 0;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(private readonly io: Io) {}

  tick(chars: number): void {
    this.files++;
    this.chars += chars;
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const mb = (this.chars * 3) / 1e6; // Chinese text: about 3 bytes a character in UTF-8
    const c = colours(this.io, 'stderr');
    this.io.stderr.write(`\r${c.dim(`${this.files} files, ${(mb / seconds).toFixed(1)} MB/s`)}`);
  }

  done(): void {
    if (this.lastDraw) this.io.stderr.write('\r\x1b[K');
  }
}
