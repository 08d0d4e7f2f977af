// The result of a check, independent of any output format, and the library entry point.

import type { LiaohealthRecord } from '../records.js';
import { checkArithmetic, type ArithmeticFinding } from './arithmetic.js';
import { applyBaseline, type Baseline, type BaselineEntry } from './baseline.js';
import { toClaims } from './claims.js';
import { checkClaims, type FigureGroup } from './groups.js';
import { checkNames, type NameWarning } from './names.js';

export interface Summary {
  documents: number;
  figures: number;
  /** Reported figure groups, arithmetic findings and name warnings by severity (after the baseline). */
  errors: number;
  warnings: number;
  /** Items the baseline suppressed. */
  suppressed: number;
  /** Inputs that could not be read. */
  inputErrors: number;
}

export interface CheckReport {
  /** Figure groups that differ, errors first. */
  groups: FigureGroup[];
  /** Shares, totals, changes and rates that do not add up, errors first. */
  arithmetic: ArithmeticFinding[];
  /** Likely misspelt names (warnings). */
  names: NameWarning[];
  /** Baseline entries that no longer occur (a note, not a failure). */
  baselineGone: BaselineEntry[];
  summary: Summary;
}

export interface CheckOptions {
  /** Relative difference accepted between values (0.05 = 5%); default 0. */
  tolerance?: number;
  /** Check shares, totals, changes and rates (default true). */
  arithmetic?: boolean;
  /** Documents read and inputs that failed, for the summary. */
  documents?: number;
  inputErrors?: number;
}

/** Check figure and person records (other types are ignored) from any number of documents. */
export function checkRecords(records: readonly LiaohealthRecord[], options: CheckOptions = {}): CheckReport {
  const figures = records.filter((r) => r.type === 'figure');
  const people = records.filter((r) => r.type === 'person');
  const institutions = records.filter((r) => r.type === 'institution');
  const claims = toClaims(figures, { tolerance: options.tolerance });
  const groups = checkClaims(claims);
  const arithmetic =
    options.arithmetic === false ? [] : checkArithmetic(figures, { tolerance: options.tolerance }, claims);
  const names = checkNames(people, institutions);
  return {
    groups,
    arithmetic,
    names,
    baselineGone: [],
    summary: {
      documents: options.documents ?? new Set(records.map((r) => r.doc)).size,
      figures: figures.length,
      ...counts(groups, arithmetic, names),
      suppressed: 0,
      inputErrors: options.inputErrors ?? 0,
    },
  };
}

/** The report without what the baseline accepts, noting the baseline entries that are gone. */
export function withBaseline(report: CheckReport, baseline: Baseline): CheckReport {
  const { groups, arithmetic, names, suppressed, gone } = applyBaseline(
    report.groups,
    report.names,
    baseline,
    report.arithmetic,
  );
  return {
    groups,
    arithmetic,
    names,
    baselineGone: gone,
    summary: { ...report.summary, ...counts(groups, arithmetic, names), suppressed },
  };
}

function counts(
  groups: readonly FigureGroup[],
  arithmetic: readonly ArithmeticFinding[],
  names: readonly NameWarning[],
): { errors: number; warnings: number } {
  const findings = [...groups, ...arithmetic];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors + names.length };
}
