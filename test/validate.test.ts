// The records' fast validator (src/engine/validate.ts) accepts exactly what the zod schemas
// accept, and gives what zod's strip-mode parse gives: real records of the seeds, each field
// set to values of every kind, keys reordered or added.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractRecords } from '../src/engine/extract.js';
import { recordValidator } from '../src/engine/validate.js';
import { RECORD_SCHEMAS, RECORD_TYPES } from '../src/records.js';

const SEEDS = fileURLToPath(new URL('../fixtures/seeds', import.meta.url));
const records = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => extractRecords(readFileSync(path.join(SEEDS, f), 'utf8'), { doc: f }));

/** Values of every kind a field might wrongly (or rightly) hold. */
const VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '',
  'x',
  '𠮷',
  '2024-03-11',
  '2024-3-11',
  'count',
  'exact',
  'state',
  'hospital',
  'figure',
  true,
  false,
  {},
  [],
];

/** zod's answer: the parsed record, or the error's message. */
function byZod(schema: z.ZodType, record: unknown): unknown {
  const parsed = schema.safeParse(record);
  return parsed.success ? parsed.data : parsed.error.message;
}

function byValidator(
  validate: (r: Record<string, unknown>) => unknown,
  record: Record<string, unknown>,
): unknown {
  try {
    return validate(record);
  } catch (error) {
    return (error as Error).message;
  }
}

describe('recordValidator', () => {
  for (const type of RECORD_TYPES) {
    const schema: z.ZodType = RECORD_SCHEMAS[type].strip();
    const validate = recordValidator(schema);
    const ofType = records.filter((r) => r.type === type);

    it(`accepts and refuses ${type} records as zod does`, () => {
      expect(ofType.length).toBeGreaterThan(0);
      for (const record of ofType.slice(0, 20)) {
        const built = { ...record } as Record<string, unknown>;
        expect(validate({ ...built })).toEqual(record);
        for (const key of Object.keys(built))
          for (const value of VALUES) {
            const changed = { ...built, [key]: value };
            expect(byValidator(validate, { ...changed })).toEqual(byZod(schema, changed));
          }
      }
    });

    it(`gives zod's output for ${type} records whose keys are out of order, missing or extra`, () => {
      const record = ofType[0] as Record<string, unknown>;
      const keys = Object.keys(record);
      const reversed = Object.fromEntries(keys.reverse().map((k) => [k, record[k]]));
      const { [keys[0]]: _dropped, ...missing } = record;
      for (const variant of [reversed, missing, { ...record, extra: 1 }]) {
        const expected = byZod(schema, variant);
        const actual = byValidator(validate, variant);
        expect(actual).toEqual(expected);
        if (typeof expected === 'object')
          expect(Object.keys(actual as object)).toEqual(Object.keys(expected as object));
      }
    });
  }

  it('refuses a schema it has no test for', () => {
    expect(() => recordValidator(z.object({ list: z.array(z.string()) }))).toThrow(/no test/);
    expect(() => recordValidator(z.object({ name: z.string().min(2) }))).toThrow(/no test/);
    expect(() => recordValidator(z.object({ name: z.string() }).strict())).toThrow(/strip-mode/);
  });
});
