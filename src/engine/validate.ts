// Records validated against their zod schemas without zod's machinery per field: each schema's
// fields are read once, at load, into plain tests of the same checks (zod's object parse ran
// a payload, an issue list and a check list per field, and copied the record: ~2% of a warm
// run). A record that fails any test is handed to zod itself, which throws its own error. A
// schema holding anything the tests do not know is refused at load, so a new kind of field
// cannot go unchecked.

import type { z } from 'zod';

type Test = (value: unknown) => boolean;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = z.core.$ZodCheckDef & Record<string, unknown>;

/**
 * Validate a record with `schema` (an object schema that strips undeclared keys). Records are
 * built with their declared keys in the schema's order, and then a record is its own output;
 * any other record is zod's to parse (and to refuse, or to copy in order without the rest).
 */
export function recordValidator<T>(schema: z.ZodType<T>): (record: Record<string, unknown>) => T {
  const def = schema._zod.def as Def;
  if (def.type !== 'object' || def.catchall !== undefined)
    throw new Error(`recordValidator: a strip-mode object schema is needed, not ${def.type}`);
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const tests = keys.map((key) => testOf(shape[key]));
  return (record) => {
    let i = 0;
    for (const key in record) {
      if (key !== keys[i] || !tests[i](record[key])) return schema.parse(record);
      i++;
    }
    return i === keys.length ? (record as T) : schema.parse(record);
  };
}

function testOf(schema: z.ZodType): Test {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'nullable': {
      const inner = testOf(def.innerType as z.ZodType);
      return (v) => v === null || inner(v);
    }
    case 'literal':
      return oneOf(def.values as unknown[]);
    case 'enum':
      return oneOf(Object.values(def.entries as Record<string, unknown>));
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'string':
      return withChecks((v) => typeof v === 'string', def.checks);
    case 'number':
      return withChecks((v) => typeof v === 'number' && Number.isFinite(v), def.checks);
    default:
      throw new Error(`recordValidator: no test for a ${def.type} schema`);
  }
}

function oneOf(values: unknown[]): Test {
  const set = new Set(values);
  return (v) => set.has(v);
}

/** `test` and then every check zod would run after it. */
function withChecks(test: Test, checks: z.core.$ZodCheck[] | undefined): Test {
  return (checks ?? []).reduce<Test>((before, check) => {
    const then = checkTest(check._zod.def as CheckDef);
    return (v) => before(v) && then(v);
  }, test);
}

function checkTest(check: CheckDef): Test {
  switch (check.check) {
    case 'number_format':
      if (check.format !== 'safeint') break;
      return (v) => Number.isSafeInteger(v);
    case 'greater_than': {
      const bound = check.value as number;
      return check.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'min_length': {
      // One UTF-16 unit is one code point at least: only a minimum of 1 reads as units.
      if (check.minimum !== 1) break;
      return (v) => (v as string).length >= 1;
    }
    case 'string_format': {
      if (check.format !== 'regex') break;
      const pattern = check.pattern as RegExp;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
  }
  throw new Error(
    `recordValidator: no test for the check ${JSON.stringify(check.check)} ${String(check.format ?? '')}`,
  );
}
