// The command line: parse arguments, dispatch to src/commands/*, turn outcomes into exit codes
// (0 success, 1 some input failed or figures differ, 2 usage or input error, 70 a bug of ours).

import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { describeFsError } from './basics.js';
import { checkCommand } from './commands/check.js';
import { extractCommand } from './commands/extract.js';
import { processIo, report, UsageError, type Io } from './commands/io.js';
import { schemaCommand } from './commands/schema.js';
import { tokenizeCommand } from './commands/tokenize.js';

export async function run(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const program = new Command('liaohealth')
    .description('Turn Chinese health-news pages into clean, checkable records.')
    .version(VERSION)
    .addHelpText(
      'after',
      `
Examples:
  $ liaohealth extract fixtures/seeds              records as JSON Lines
  $ liaohealth extract -f csv -o out.csv fixtures/seeds
  $ liaohealth check fixtures/seeds                cross-article consistency; exit 1 on conflicts
  $ liaohealth schema                              JSON Schema of the records
  $ liaohealth tokenize fixtures/seeds/000_fadbb070a4a8fd50.txt`,
    );
  for (const make of [extractCommand, checkCommand, schemaCommand, tokenizeCommand])
    program.addCommand(make(io, setExitCode));
  for (const command of [program, ...program.commands]) {
    const name = command === program ? 'liaohealth' : `liaohealth ${command.name()}`;
    command
      .showHelpAfterError(`(run '${name} --help' for usage)`)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
      });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      report(io, e.message);
      return 2;
    }
    throw e;
  }
}

export async function main(argv: string[]): Promise<number> {
  // A reader that goes away early (`liaohealth --help | head -1`) is no error; a stdout that
  // cannot be written (a full disk) is, and says so, if the command has not already.
  let stdoutError: NodeJS.ErrnoException | null = null;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') stdoutError ??= e;
  });
  try {
    const code = await run(argv, processIo());
    if (stdoutError && code === 0) {
      report(processIo(), `stdout: cannot write: ${describeFsError(stdoutError)}`);
      return 2;
    }
    return code;
  } catch (e) {
    // A bug, not a user's mistake: say so briefly; the stack only when asked for.
    const io = processIo();
    report(
      io,
      `internal error: ${(e as Error)?.message ?? e}${io.env.LIAOHEALTH_DEBUG ? `\n${(e as Error)?.stack}` : ' (set LIAOHEALTH_DEBUG=1 for details)'}`,
    );
    return 70;
  }
}

// By the package's own name (its exports list package.json): the same from dist/ and from the
// bundle in dist/bundle/.
const VERSION: string = createRequire(import.meta.url)('liaohealth/package.json').version;
