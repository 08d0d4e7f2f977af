// liaohealth tokenize: the tokens the extractors see, for people who study the corpus itself.

import { Command, Option } from 'commander';
import { withOutput } from '../writers/output.js';
import { encoder, FORMATS, writerFor, type Format } from '../writers/records.js';
import { addInputOptions, forEachDocument, type InputOptions } from './documents.js';
import { report, type Io } from './io.js';

interface TokenizeOptions extends InputOptions {
  format: Format;
  out?: string;
  bom: boolean;
  rawCsv?: boolean;
}

interface TokenRow {
  doc: string;
  article: number;
  line: number;
  column: number;
  start: number;
  end: number;
  text: string;
  pos: string;
}

const COLUMNS: (keyof TokenRow)[] = ['doc', 'article', 'line', 'column', 'start', 'end', 'text', 'pos'];

export function tokenizeCommand(io: Io, setExitCode: (code: number) => void): Command {
  const command = new Command('tokenize')
    .description('print the tokens of pages (text, part of speech, offsets in the original, article)')
    .argument('[paths...]', 'files or directories; "-" or nothing reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout ("-": stdout)')
    .option('--no-bom', 'CSV without the UTF-8 byte order mark')
    .option(
      '--raw-csv',
      "CSV cells as they are: no ' before a cell that begins with = + - @ (a formula to spreadsheets)",
    );
  addInputOptions(command, { refDate: false }).addHelpText(
    'after',
    '\nExample:\n  $ liaohealth tokenize -f csv fixtures/seeds/000_fadbb070a4a8fd50.txt > tokens.csv',
  );
  return command.action(async (paths: string[], options: TokenizeOptions) => {
    const writer = writerFor(options.format, { columns: COLUMNS, bom: options.bom });
    const encode = encoder({ format: options.format, columns: COLUMNS, rawCsv: options.rawCsv });
    const code = await withOutput(
      options.out,
      io.stdout,
      (message) => report(io, message),
      async (output) => {
        await output.write(writer.begin());
        // The pipeline (and jieba) only when the command runs, not for `tokenize --help`.
        const pipeline = await loadPipeline();
        const failures = await forEachDocument(
          paths,
          options,
          io,
          async ({ doc, text }) => {
            if (output.closed) return;
            await output.write(writer.rows([...tokenRows(pipeline, doc, text)].map(encode)));
          },
          () => output.closed,
        );
        await output.write(writer.end());
        return failures > 0 ? 1 : 0;
      },
    );
    setExitCode(code);
  });
}

async function loadPipeline() {
  const [{ normalise, toOriginal }, { segment }, { SourceText }, { tokenize }] = await Promise.all([
    import('../pipeline/normalise.js'),
    import('../pipeline/segment.js'),
    import('../pipeline/source.js'),
    import('../pipeline/tokenize.js'),
  ]);
  return { normalise, toOriginal, segment, SourceText, tokenize };
}

function* tokenRows(
  { normalise, toOriginal, segment, SourceText, tokenize }: Awaited<ReturnType<typeof loadPipeline>>,
  doc: string,
  text: string,
): Generator<TokenRow> {
  const source = new SourceText(text);
  const norm = normalise(text);
  for (const article of segment(norm.text)) {
    for (const token of tokenize(norm.text.slice(article.start, article.end), article.start)) {
      const span = toOriginal(norm, token.start, token.end);
      const { line, column } = source.position(span.start);
      yield {
        doc,
        article: article.index,
        line,
        column,
        start: span.start,
        end: span.end,
        text: source.slice(span.start, span.end),
        pos: token.tag,
      };
    }
  }
}
