// liaohealth schema: the JSON Schema of the records, generated from the zod schemas.

import { Command } from 'commander';
import { z } from 'zod';
import { LiaohealthRecord } from '../records.js';
import type { Io } from './io.js';

export function schemaCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command('schema').description('print the JSON Schema of the records').action(() => {
    io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    setExitCode(0);
  });
}

export function recordJsonSchema(): object {
  return { title: 'liaohealth record', ...z.toJSONSchema(LiaohealthRecord) };
}
