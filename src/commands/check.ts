// liaohealth check: figures that differ between articles, in CI and in a spreadsheet.
// Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
// 2 usage or input error (an unreadable input is reported and the rest still checked).

import { Command, InvalidArgumentError, Option } from 'commander';
import { Chalk, type ChalkInstance } from 'chalk';
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../basics.js';
import {
  BaselineError,
  baselineOf,
  parseBaseline,
  serialiseBaseline,
  type Baseline,
} from '../check/baseline.js';
import {
  CHECK_FORMATS,
  formatCsv,
  formatGithub,
  formatJson,
  formatJunit,
  formatText,
  type CheckFormat,
} from '../check/formats.js';
import { documentEntries, formatHtml, type DocumentEntry } from '../check/html.js';
import { checkRecords, withBaseline, type CheckReport } from '../check/report.js';
import type { LiaohealthRecord } from '../records.js';
import { fileOutput, withOutput } from '../writers/output.js';
import { addCityOption, addInputOptions, forEachDocument, type InputOptions } from './documents.js';
import { colours, report, UsageError, type Io } from './io.js';
import { readRecords } from './jsonl-input.js';

interface CheckOptions extends InputOptions {
  format?: CheckFormat;
  out?: string;
  tolerance: number;
  /** False with --no-arithmetic. */
  arithmetic: boolean;
  maxWarnings?: number;
  baseline?: string;
  writeBaseline?: string;
  bom: boolean;
  rawCsv?: boolean;
  /** The paths hold records that extract wrote (JSON Lines), to check without extracting. */
  records?: true;
}

export function checkCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('check')
    .description('find figures that differ between articles (and likely misspelt names)')
    .argument('[paths...]', 'files or directories (recursive); "-" or nothing reads stdin')
    .addOption(
      new Option(
        '-f, --format <format>',
        'report format (default: text; github when GITHUB_ACTIONS=true)',
      ).choices(CHECK_FORMATS),
    )
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of stdout ("-": stdout)')
    .addOption(
      new Option('--tolerance <share>', 'relative difference to accept, such as 0.02 or 2%')
        .argParser(parseTolerance)
        .default(0),
    )
    .option('--no-arithmetic', 'do not check shares, totals, changes and rates that do not add up')
    .addOption(
      new Option(
        '--max-warnings <n>',
        'exit 1 when there are more warnings than this (default: no limit)',
      ).argParser(parseCount),
    )
    .option('--baseline <file>', 'accept the differences recorded in this file; report only new ones')
    .option(
      '--write-baseline <file>',
      'record the current differences in this file (then exit 0 unless an input failed)',
    )
    .option('--no-bom', 'CSV without the UTF-8 byte order mark')
    .option(
      '--raw-csv',
      "CSV cells as they are: no ' before a cell that begins with = + - @ (a formula to spreadsheets)",
    )
    .option(
      '--records',
      'the paths are records that extract wrote (JSON Lines; "-" or nothing: stdin), checked without extracting again',
    );
  addCityOption(addInputOptions(command)).addHelpText(
    'after',
    `
Exit codes: 0 no differences (and warnings within --max-warnings), 1 differences or too many
warnings, 2 usage or input error, or no documents found in the paths.

Examples:
  $ liaohealth check fixtures/seeds
  $ liaohealth check -f json fixtures/seeds | jq '.groups[] | [.metric, [.values[].value]]'
  $ liaohealth check -f csv -o differences.csv fixtures/seeds
  $ liaohealth check -f html -o report.html fixtures/seeds
  $ liaohealth check --write-baseline liaohealth-baseline.json pages/
  $ liaohealth check --baseline liaohealth-baseline.json -f junit -o report.xml pages/
  $ cat records-*.jsonl | liaohealth check --records -`,
  );
  return command.action(async (paths: string[], options: CheckOptions) => {
    setExitCode(await runCheck(paths, options, io));
  });
}

function parseTolerance(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
  const share = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!Number.isFinite(share) || share >= 1)
    throw new InvalidArgumentError('expected a share below 1, such as 0.02 or 2%.');
  return share;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, such as 0.');
  return Number(value);
}

async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`baseline ${file}: cannot read: ${describeFsError(e)}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(`baseline ${file}: ${e.message}`);
    throw e;
  }
}

async function runCheck(paths: string[], options: CheckOptions, io: Io): Promise<number> {
  const baseline = options.baseline ? await readBaseline(options.baseline) : undefined;
  const format: CheckFormat = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  // Destinations are opened before any work: one that cannot be written fails at once.
  const baselineOut = options.writeBaseline ? await fileOutput(options.writeBaseline) : null;
  if (baselineOut && 'error' in baselineOut) {
    report(io, baselineOut.error);
    return 2;
  }

  let records: LiaohealthRecord[] = [];
  let docs: string[] = [];
  let documents = 0;
  let broken = 0;
  const code = await withOutput(
    options.out,
    io.stdout,
    (message) => report(io, message),
    async (output) => {
      let inputErrors: number;
      if (options.records) {
        ({ records, documents, inputErrors } = await readRecords(paths, io));
        docs = [...new Set(records.map((r) => r.doc))];
      } else {
        // The pipeline (and jieba's dictionary) only when pages are read: `check --help` and
        // `check --records` start without it.
        const { extractRecords } = await import('../engine/extract.js');
        inputErrors = await forEachDocument(paths, options, io, async ({ doc, text }) => {
          docs.push(doc);
          documents++;
          try {
            for (const r of extractRecords(text, {
              doc,
              types: ['figure', 'person', 'date'],
              refDate: options.refDate,
              city: options.city,
            }))
              records.push(r);
          } catch (e) {
            // A bug on one page must not hide the others' differences: report it, check the rest.
            broken++;
            report(io, `${doc}: internal error, document skipped: ${(e as Error)?.message ?? e}`);
          }
        });
      }
      // A wrong path must not pass CI as "0 documents, 0 errors".
      if (documents === 0 && inputErrors === 0)
        throw new UsageError(
          `no documents found in ${paths.length ? paths.join(', ') : 'stdin'} (directories are searched for ${options.ext.join(', ')}; --ext to change)`,
        );
      const full = checkRecords(records, {
        tolerance: options.tolerance,
        arithmetic: options.arithmetic,
        documents,
        inputErrors: inputErrors + broken,
      });
      if (baselineOut) {
        await baselineOut.write(serialiseBaseline(baselineOf(full.groups, full.names, full.arithmetic)));
        await baselineOut.commit();
      }
      const result = baseline ? withBaseline(full, baseline) : full;
      const pathOf = sourcePaths(paths);
      // Colour is for a terminal, never for a file.
      const colour = options.out ? new Chalk({ level: 0 }) : colours(io, 'stdout');
      await output.write(
        render(result, format, options, colour, pathOf, () => documentEntries(docs, records)),
      );
      if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
        try {
          await fs.appendFile(io.env.GITHUB_STEP_SUMMARY, formatGithub(result, pathOf).summary);
        } catch (e) {
          report(
            io,
            `GITHUB_STEP_SUMMARY ${io.env.GITHUB_STEP_SUMMARY}: cannot write: ${describeFsError(e)}`,
          );
        }
      }
      if (inputErrors + broken > 0) return 2;
      if (options.writeBaseline) return 0;
      const s = result.summary;
      if (options.maxWarnings !== undefined && s.warnings > options.maxWarnings) {
        const message = `${s.warnings} warnings, more than --max-warnings ${options.maxWarnings} allows`;
        report(io, message);
        if (format === 'github') await output.write(`::error title=liaohealth::${message}\n`);
        return 1;
      }
      return s.errors > 0 ? 1 : 0;
    },
  ).catch(async (e) => {
    await baselineOut?.abort();
    throw e;
  });
  if (code === 2) await baselineOut?.abort();
  return code;
}

function render(
  result: CheckReport,
  format: CheckFormat,
  options: CheckOptions,
  colour: ChalkInstance,
  pathOf: (doc: string) => string,
  documents: () => DocumentEntry[],
): string {
  switch (format) {
    case 'text':
      return formatText(result, colour);
    case 'json':
      return formatJson(result);
    case 'github':
      return formatGithub(result, pathOf).commands;
    case 'junit':
      return formatJunit(result, pathOf);
    case 'csv':
      return formatCsv(result, { bom: options.bom, rawCsv: options.rawCsv });
    case 'html':
      return formatHtml(result, { documents: documents(), pathOf });
  }
}

/**
 * Annotations need the path from the working directory. With one directory argument a record's
 * doc is relative to it; else it is the path as given.
 */
function sourcePaths(args: string[]): (doc: string) => string {
  const root = args.length === 1 && args[0] !== '-' && isDirectory(args[0]) ? args[0] : null;
  return (doc) => (root && doc !== '-' ? path.join(root, doc) : doc);
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
