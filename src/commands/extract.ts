// liaohealth extract: records from pages, as JSON Lines, a JSON array or CSV.

import { Command, InvalidArgumentError, Option } from 'commander';
import type { DocumentSource } from '../pipeline/read.js';
import { defaultJobs, extraction, type Extraction, type RecordSink } from '../engine/workers.js';
import { COMMON_COLUMNS, RECORD_TYPES, TYPE_COLUMNS, type RecordType } from '../records.js';
import { withOutput } from '../writers/output.js';
import { FORMATS, writerFor, type Format } from '../writers/records.js';
import {
  addCityOption,
  addInputOptions,
  bytesOf,
  forEachDocumentOrFile,
  inputBytes,
  progressFor,
  repeatable,
  type InputOptions,
} from './documents.js';
import { report, type Io } from './io.js';
import { forEachJsonlDocument, inNameOrder } from './jsonl-input.js';

interface ExtractOptions extends InputOptions {
  format: Format;
  types: RecordType[];
  out?: string;
  bom: boolean;
  rawCsv?: boolean;
  /** Threads that extract (this one included); undefined: as many as cores. */
  jobs?: number;
  /** What the paths hold: pages, or documents as JSON Lines. */
  input: 'text' | 'jsonl';
  /** Documents in the order of their names, whatever the order they are read in. */
  sort?: true;
  /** Add the rule that produced each record (`rule`). */
  explain: boolean;
}

export function extractCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('extract')
    .description('extract figures, dates, people and institutions from pages as records')
    .argument('[paths...]', 'files or directories (recursive); "-" or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .addOption(
      new Option(
        '-t, --types <list>',
        `record types, comma-separated or repeated (${RECORD_TYPES.join(',')})`,
      )
        .argParser(repeatable(parseTypes, ALL_TYPES))
        .default(ALL_TYPES, 'all'),
    )
    .option(
      '-o, --out <file>',
      'write to a file (atomically: complete or not at all) instead of stdout ("-": stdout)',
    )
    .option('--no-bom', 'CSV without the UTF-8 byte order mark')
    .option(
      '--raw-csv',
      "CSV cells as they are: no ' before a cell that begins with = + - @ (a formula to spreadsheets)",
    )
    .option('--explain', 'add to every record the name of the rule that produced it (field "rule")', false)
    .addOption(
      new Option(
        '-j, --jobs <n>',
        `threads that extract (default: one per core, ${defaultJobs()} here; worker threads start once the input passes ~3 MB; 1: no worker thread)`,
      ).argParser(parseJobs),
    )
    .addOption(
      new Option(
        '--input <kind>',
        'what the paths hold: text pages, or jsonl: one {"doc": name, "text": page} object a line',
      )
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .option(
      '--sort',
      'records by document name, then position: the same bytes however the documents are ordered or sharded',
    );
  addCityOption(addInputOptions(command)).addHelpText(
    'after',
    `
Examples:
  $ liaohealth extract fixtures/seeds                     JSON Lines on stdout
  $ liaohealth extract -f csv -t figure -o figures.csv fixtures/seeds
  $ cat page.txt | liaohealth extract --ref-date 2026-03-11
  $ liaohealth extract --jobs 4 -o archive.jsonl archive/
  $ liaohealth extract --input jsonl --sort shard-03.jsonl > records-03.jsonl
  $ liaohealth extract fixtures/seeds | jq 'select(.type == "figure") | [.metric, .value, .unit]'
  $ liaohealth extract --explain -t figure page.txt        why each figure is one: its rule`,
  );
  return command.action(async (paths: string[], options: ExtractOptions) => {
    setExitCode(await runExtract(paths, options, io));
  });
}

const ALL_TYPES: RecordType[] = [...RECORD_TYPES];

function parseTypes(value: string): RecordType[] {
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
  if (unknown.length || types.length === 0)
    throw new InvalidArgumentError(`expected some of ${RECORD_TYPES.join(', ')}.`);
  return types as RecordType[];
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256)
    throw new InvalidArgumentError('expected a whole number of threads from 1 to 256.');
  return n;
}

async function runExtract(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const columns = [...csvColumns(options.types), ...(options.explain ? ['rule'] : [])];
  const writer = writerFor(options.format, { columns, bom: options.bom });
  const started = performance.now();
  let records = 0;
  const code = await withOutput(
    options.out,
    io.stdout,
    (message) => report(io, message),
    async (output) => {
      await output.write(writer.begin());
      let broken = 0;
      let unreadable = 0;
      // Progress counts a document when its records are written: the reading runs ahead.
      const progress = progressFor(io, options);
      const bytesRead = new Map<string, number>();
      const sink: RecordSink = {
        // A document's records in one write: a system call per record costs more than the JSON.
        async rows({ text, count }) {
          if (output.closed) throw new ReaderGone();
          if (count === 0) return;
          await output.write(writer.before());
          await output.write(text);
          records += count;
        },
        done(doc) {
          progress?.tick(bytesRead.get(doc) ?? 0);
          bytesRead.delete(doc);
        },
        unreadable(doc, reason) {
          unreadable++;
          report(io, `${doc}: ${reason}`);
        },
        failed(doc, error) {
          broken++;
          if (error.limit) return report(io, `${doc}: document skipped: ${error.message}`);
          const detail = io.env.LIAOHEALTH_DEBUG
            ? `\n${error.stack ?? ''}`
            : ' (set LIAOHEALTH_DEBUG=1 for details)';
          report(io, `${doc}: internal error, document skipped: ${error.message}${detail}`);
        },
      };
      const workerOptions = {
        types: options.types,
        refDate: options.refDate ?? null,
        city: options.city ?? null,
        explain: options.explain,
        encoding: { format: options.format, columns, rawCsv: options.rawCsv },
      };
      const jobs = options.jobs ?? defaultJobs();
      const extractor: Extraction = extraction(
        jobs,
        workerOptions,
        sink,
        jobs > 1 ? await inputBytes(paths, options) : null,
      );
      let failures: number;
      const submit = async (document: DocumentSource) => {
        if (output.closed) return;
        bytesRead.set(document.doc, bytesOf(document));
        await extractor.submit(document);
      };
      const sorted = options.sort ? inNameOrder(submit) : null;
      try {
        failures =
          options.input === 'jsonl'
            ? await forEachJsonlDocument(paths, io, sorted?.hold ?? submit, () => output.closed)
            : await forEachDocumentOrFile(paths, options, io, sorted?.hold ?? submit, () => output.closed);
        await sorted?.release();
        await extractor.finish();
        progress?.done();
      } catch (e) {
        progress?.done();
        await extractor.close();
        // The reader went away (`| head`): no one reads the rest, so none is extracted.
        if (e instanceof ReaderGone) return 0;
        throw e;
      }
      await output.write(writer.end());
      return failures + broken + unreadable > 0 ? 1 : 0;
    },
  );
  if (io.env.LIAOHEALTH_STATS) reportStats(io, records, started);
  return code;
}

/** Thrown by the sink once stdout is closed, to stop the extraction wherever it is. */
class ReaderGone extends Error {}

/** For the benchmark (LIAOHEALTH_STATS=1): one JSON line on stderr with what a run cost. */
function reportStats(io: Io, records: number, started: number): void {
  const usage = process.resourceUsage();
  const stats = {
    records,
    ms: performance.now() - started,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
  };
  io.stderr.write(`liaohealth-stats ${JSON.stringify(stats)}\n`);
}

/** One type: the common columns and that type's. Several: every column once, in schema order. */
function csvColumns(types: RecordType[]): string[] {
  return [...new Set([...COMMON_COLUMNS, ...types.flatMap((t) => TYPE_COLUMNS[t])])];
}
