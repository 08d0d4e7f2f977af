// Records validated against their zod schemas without zod's machinery per field: each schema's
// fields are read once, at load, into plain tests of the same checks (zod's object parse ran
// a payload, an issue list and a check list per field, and copied the record: ~2% of a warm
// run). A record that fails any test is handed to zod itself, which throws its own error. A
// schema holding anything the tests do not know is refused at load, so a new kind of field
// cannot go unchecked.

import type { z } from 'zod';

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type CheckDef = z.core.$ZodCheckDef & Record<string, unknown>;

/**
 * What one field's schema accepts, as data: one function reads every field's (closures per
 * check, called from one place, cost as much as zod).
 */
interface FieldTest {
  nullable: boolean;
  kind: 'string' | 'number' | 'boolean' | 'oneOf';
  /** The values a literal or an enum allows. */
  values: ReadonlySet<unknown> | null;
  /** A number: a safe integer (int()). */
  integer: boolean;
  /** A number: at least (inclusive) or above `min`. */
  min: number;
  minInclusive: boolean;
  /** A string: at least this many units (0 or 1: one unit is one code point at least). */
  minLength: number;
  /** A string: matches this (regex()). */
  pattern: RegExp | null;
}

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
  const tests = keys.map((key) => fieldTest(shape[key]));
  return (record) => {
    let i = 0;
    for (const key in record) {
      if (key !== keys[i] || !passes(tests[i], record[key])) return schema.parse(record);
      i++;
    }
    return i === keys.length ? (record as T) : schema.parse(record);
  };
}

function passes(test: FieldTest, v: unknown): boolean {
  if (v === null) return test.nullable;
  switch (test.kind) {
    case 'string':
      if (typeof v !== 'string' || v.length < test.minLength) return false;
      if (test.pattern === null) return true;
      test.pattern.lastIndex = 0;
      return test.pattern.test(v);
    case 'number':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (!test.integer || Number.isSafeInteger(v)) &&
        (test.minInclusive ? v >= test.min : v > test.min)
      );
    case 'boolean':
      return typeof v === 'boolean';
    case 'oneOf':
      return test.values!.has(v);
  }
}

function fieldTest(schema: z.ZodType, nullable = false): FieldTest {
  const def = schema._zod.def as Def;
  const test: FieldTest = {
    nullable,
    kind: 'oneOf',
    values: null,
    integer: false,
    min: Number.NEGATIVE_INFINITY,
    minInclusive: true,
    minLength: 0,
    pattern: null,
  };
  switch (def.type) {
    case 'nullable':
      return fieldTest(def.innerType as z.ZodType, true);
    case 'literal':
      return { ...test, values: new Set(def.values as unknown[]) };
    case 'enum':
      return { ...test, values: new Set(Object.values(def.entries as Record<string, unknown>)) };
    case 'boolean':
    case 'string':
    case 'number':
      test.kind = def.type;
      for (const check of (def.checks ?? []) as z.core.$ZodCheck[])
        addCheck(test, check._zod.def as CheckDef);
      return test;
    default:
      throw new Error(`recordValidator: no test for a ${def.type} schema`);
  }
}

function addCheck(test: FieldTest, check: CheckDef): void {
  switch (check.check) {
    case 'number_format':
      if (check.format !== 'safeint') break;
      test.integer = true;
      return;
    case 'greater_than':
      if (test.min !== Number.NEGATIVE_INFINITY) break;
      test.min = check.value as number;
      test.minInclusive = check.inclusive as boolean;
      return;
    case 'min_length':
      if (check.minimum !== 1) break;
      test.minLength = 1;
      return;
    case 'string_format':
      if (check.format !== 'regex' || test.pattern) break;
      test.pattern = check.pattern as RegExp;
      return;
  }
  throw new Error(
    `recordValidator: no test for the check ${JSON.stringify(check.check)} ${String(check.format ?? '')}`,
  );
}
