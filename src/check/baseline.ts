// A baseline: the differences a team has seen and accepted, so that CI fails only on new ones.
// Entries are keyed by canonical metric, scope, unit class, kind, aspect and the sorted distinct
// values (names: the two spellings), never by file or line: editing elsewhere in a page does
// not unsuppress an entry, and changing one of its values makes it a new difference.

import type { ArithmeticFinding } from './arithmetic.js';
import type { FigureGroup } from './groups.js';
import type { NameWarning } from './names.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  key: string;
  /** For people reading the file: what the entry is about. */
  description: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** A baseline file that cannot be used; the message says why. */
export class BaselineError extends Error {}

export function baselineOf(
  groups: readonly FigureGroup[],
  names: readonly NameWarning[],
  arithmetic: readonly ArithmeticFinding[] = [],
): Baseline {
  const entries = [
    ...groups.map((g) => ({
      key: g.key,
      description: `${g.metric} (${g.scope}): ${[...new Set(g.values.map((v) => v.text))].join(' / ')}`,
    })),
    ...arithmetic.map((a) => ({
      key: a.key,
      description: `${a.relation} ${a.metric} (${a.scope}): ${a.explanation}`,
    })),
    ...names.map((n) => ({ key: n.key, description: `${n.names[0]} / ${n.names[1]}` })),
  ];
  const unique = new Map(entries.map((e) => [e.key, e]));
  return {
    version: BASELINE_VERSION,
    entries: [...unique.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(`not JSON (${(e as Error).message})`);
  }
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || b.version !== BASELINE_VERSION || !Array.isArray(b.entries)) {
    throw new BaselineError(
      `not a liaohealth baseline (expected {"version": ${BASELINE_VERSION}, "entries": [...]}; write one with --write-baseline)`,
    );
  }
  for (const [i, e] of b.entries.entries()) {
    if (!e || typeof e.key !== 'string' || typeof e.description !== 'string')
      throw new BaselineError(`entry ${i + 1} has no "key" and "description"`);
  }
  return b as Baseline;
}

export interface Filtered {
  groups: FigureGroup[];
  arithmetic: ArithmeticFinding[];
  names: NameWarning[];
  /** How many reported items the baseline suppressed. */
  suppressed: number;
  /** Baseline entries that no longer occur: fixed, or changed into a new difference. */
  gone: BaselineEntry[];
}

export function applyBaseline(
  groups: readonly FigureGroup[],
  names: readonly NameWarning[],
  baseline: Baseline,
  arithmetic: readonly ArithmeticFinding[] = [],
): Filtered {
  const known = new Map(baseline.entries.map((e) => [e.key, e]));
  const seen = new Set<string>();
  const keep = <T extends { key: string }>(items: readonly T[]) =>
    items.filter((item) => {
      if (!known.has(item.key)) return true;
      seen.add(item.key);
      return false;
    });
  const keptGroups = keep(groups);
  const keptNames = keep(names);
  const keptArithmetic = keep(arithmetic);
  return {
    groups: keptGroups,
    arithmetic: keptArithmetic,
    names: keptNames,
    suppressed:
      groups.length +
      names.length +
      arithmetic.length -
      keptGroups.length -
      keptNames.length -
      keptArithmetic.length,
    gone: baseline.entries.filter((e) => !seen.has(e.key)),
  };
}
