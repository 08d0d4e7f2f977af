// liaohealth schema: the JSON Schema of the records, generated from the zod schemas.

import { Command } from 'commander';
import { z } from 'zod';
import { LiaohealthRecord } from '../records.js';
import { withOutput } from '../writers/output.js';
import { report, type Io } from './io.js';

export function schemaCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('schema').description('print the JSON Schema of the records').action(async () => {
    // Through an output like the other commands', so that a write error is exit 2, not 0.
    const code = await withOutput(
      undefined,
      io.stdout,
      (message) => report(io, message),
      async (output) => {
        await output.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
        return 0;
      },
    );
    setExitCode(code);
  });
}

export function recordJsonSchema(): object {
  return { title: 'liaohealth record', ...z.toJSONSchema(LiaohealthRecord) };
}
