// liaohealth extract: records from pages, as JSON Lines, a JSON array or CSV.

import { Command, InvalidArgumentError, Option } from 'commander';
import { extractRecords } from '../pipeline/extract.js';
import { COMMON_COLUMNS, RECORD_TYPES, TYPE_COLUMNS, type LiaohealthRecord, type RecordType } from '../records.js';
import { withOutput } from '../writers/output.js';
import { FORMATS, writerFor, type Format } from '../writers/records.js';
import { addInputOptions, forEachDocument, type InputOptions } from './documents.js';
import { report, type Io } from './io.js';

interface ExtractOptions extends InputOptions {
  format: Format;
  types: RecordType[];
  out?: string;
  bom: boolean;
}

export function extractCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('extract')
    .description('extract figures, dates, people and institutions from pages as records')
    .argument('[paths...]', 'files or directories (recursive); "-" or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .addOption(new Option('-t, --types <list>', `record types, comma-separated (${RECORD_TYPES.join(',')})`).argParser(parseTypes).default([...RECORD_TYPES], 'all'))
    .option('-o, --out <file>', 'write to a file (atomically: complete or not at all) instead of stdout')
    .option('--no-bom', 'CSV without the UTF-8 byte order mark');
  addInputOptions(command).addHelpText(
    'after',
    `
Examples:
  $ liaohealth extract fixtures/seeds                     JSON Lines on stdout
  $ liaohealth extract -f csv -t figure -o figures.csv fixtures/seeds
  $ cat page.txt | liaohealth extract --ref-date 2026-03-11
  $ liaohealth extract fixtures/seeds | jq 'select(.type == "figure") | [.metric, .value, .unit]'`,
  );
  return command.action(async (paths: string[], options: ExtractOptions) => {
    setExitCode(await runExtract(paths, options, io));
  });
}

function parseTypes(value: string): RecordType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
  if (unknown.length || types.length === 0) throw new InvalidArgumentError(`expected some of ${RECORD_TYPES.join(', ')}.`);
  return types as RecordType[];
}

async function runExtract(paths: string[], options: ExtractOptions, io: Io): Promise<number> {
  const writer = writerFor<LiaohealthRecord>(options.format, { columns: csvColumns(options.types), bom: options.bom });
  return withOutput(options.out, io.stdout, (message) => report(io, message), async (output) => {
    await output.write(writer.begin());
    const failures = await forEachDocument(paths, options, io, async ({ doc, text }) => {
      if (output.closed) return;
      for (const record of extractRecords(text, { doc, types: options.types, refDate: options.refDate })) {
        await output.write(writer.row(record));
      }
    });
    await output.write(writer.end());
    return failures > 0 ? 1 : 0;
  });
}

/** One type: the common columns and that type's. Several: every column once, in schema order. */
function csvColumns(types: RecordType[]): string[] {
  return [...new Set([...COMMON_COLUMNS, ...types.flatMap((t) => TYPE_COLUMNS[t])])];
}
