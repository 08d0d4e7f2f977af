// Records in for check (`check --records`): the JSON Lines that extract wrote, validated against
// the contract, so that check can run as the reduce step over the records of many shards.

import { compareStrings, jsonOf } from '../pipeline/jsonl-input.js';
import { LiaohealthRecord, RECORD_SCHEMAS, RECORD_TYPES } from '../records.js';

/** A record from one JSON line, or why it is not one (the first problem the schema finds). */
export function recordOf(line: string): LiaohealthRecord | { error: string } {
  const json = jsonOf(line);
  if ('error' in json) return json;
  const { value } = json;
  const type = (value as { type?: unknown } | null)?.type;
  // A known type is validated by its own schema: cheaper than the union, and clearer errors.
  const schema = (RECORD_TYPES as readonly unknown[]).includes(type)
    ? RECORD_SCHEMAS[type as keyof typeof RECORD_SCHEMAS]
    : LiaohealthRecord;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return {
    error: `not a record: ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
  };
}

/**
 * Records in the order `extract --sort` writes them, by document name, then position (for each
 * type, as check takes them), whatever order the shards were concatenated in: the report does
 * not depend on the sharding.
 */
export function inDocumentOrder(records: LiaohealthRecord[]): LiaohealthRecord[] {
  return records.sort((a, b) => compareStrings(a.doc, b.doc) || a.start - b.start || a.end - b.end);
}
