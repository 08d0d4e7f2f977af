// A check report as text for people, JSON for programs, GitHub workflow commands (plus a
// Markdown job summary), JUnit XML for GitLab and other CI, CSV for spreadsheets, and a page
// for people who judge the differences (html.ts).

import type { ChalkInstance } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import type { ArithmeticFigure, ArithmeticFinding } from './arithmetic.js';
import type { FigureGroup, GroupValue } from './groups.js';
import type { NameMention, NameWarning } from './names.js';
import type { CheckReport } from './report.js';
import { neutraliseCell } from '../writers/records.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'junit', 'csv', 'html'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** How many annotations of each severity GitHub shows for one step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(report: CheckReport): string {
  const s = report.summary;
  const parts = [
    `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`,
    `${plural(s.documents, 'document')}, ${plural(s.figures, 'figure')}`,
  ];
  if (s.suppressed) parts.push(`${s.suppressed} suppressed by the baseline`);
  if (s.inputErrors) parts.push(`${plural(s.inputErrors, 'input')} could not be read`);
  return parts.join(' · ');
}

function valueText(v: GroupValue): string {
  return v.text.replace(/\s+/g, '');
}

function groupTitle(g: FigureGroup): string {
  const what = g.aspect === 'state' ? g.metric : `${g.metric} (${g.aspect})`;
  return `${what} · ${g.scope}${g.unit ? ` · ${g.unit}` : ''}`;
}

function groupVerdict(g: FigureGroup): string {
  if (g.severity === 'error') return 'values differ between articles';
  // A change over time: the values in the order of their as-of dates.
  const ordered = g.values
    .filter((v) => v.asOf !== null)
    .sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : 0));
  const steps = ordered.filter(
    (v, i) =>
      i === 0 || valueText(v) !== valueText(ordered[i - 1]) || periodLabel(v) !== periodLabel(ordered[i - 1]),
  );
  return `a change over time: ${steps.map((v) => `${valueText(v)} (${periodLabel(v)})`).join(' -> ')}`;
}

/**
 * When a value holds: "as of 2026-03-11" for a day, "2025-01-01/2025-12-31" for a span, "period
 * unknown, as of 2025-04-23" when only its article's date is known, else "period unknown".
 */
export function periodLabel(v: Pick<GroupValue, 'periodStart' | 'periodEnd' | 'asOf'>): string {
  if (v.periodStart === null || v.periodEnd === null)
    return v.asOf ? `period unknown, as of ${v.asOf}` : 'period unknown';
  return v.periodStart === v.periodEnd ? `as of ${v.periodEnd}` : `${v.periodStart}/${v.periodEnd}`;
}

/** The period as written and when it resolves to: [目前 · as of 2025-04-23], [period unknown]. */
function periodNote(v: GroupValue): string {
  return `[${v.period ? `${v.period} · ` : ''}${periodLabel(v)}]`;
}

function arithmeticTitle(a: ArithmeticFinding): string {
  return `arithmetic · ${a.relation} · ${a.metric} · ${a.scope}`;
}

function arithmeticVerdict(a: ArithmeticFinding): string {
  return `does not add up: ${a.explanation}`;
}

/** One line per figure of a relation: its role, the figure as written, source and sentence. */
function arithmeticDetails(a: ArithmeticFinding): string {
  return a.figures
    .map(
      (f) =>
        `${f.role} ${valueText(f)} — ${where(f)}${f.headline ? ` «${f.headline}»` : ''} ${periodNote(f)}: ${f.sentence}`,
    )
    .join('\n');
}

function nameTitle(n: NameWarning): string {
  return `likely misspelt name: ${n.names[0]} / ${n.names[1]} (${n.reason})`;
}

function where(v: { doc: string; line: number }): string {
  return `${v.doc}:${v.line}`;
}

// ---------------------------------------------------------------------------------- text

export function formatText(report: CheckReport, c: ChalkInstance): string {
  const out: string[] = [];
  for (const g of report.groups) {
    const label = g.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
    out.push(`${label} ${c.bold(groupTitle(g))}: ${groupVerdict(g)}`);
    const width = Math.max(...g.values.map((v) => displayWidth(valueText(v))));
    for (const v of g.values) {
      const period = ` ${c.cyan(periodNote(v))}`;
      out.push(
        `  ${c.bold(pad(valueText(v), width))}  ${c.dim(where(v))}${v.headline ? ` ${v.headline}` : ''}${period}`,
      );
      out.push(`  ${' '.repeat(width)}  ${c.dim(v.sentence)}`);
    }
    out.push('');
  }
  for (const a of report.arithmetic) {
    const label = a.severity === 'error' ? c.red.bold('error') : c.yellow.bold('warning');
    out.push(`${label} ${c.bold(arithmeticTitle(a))}: ${arithmeticVerdict(a)}`);
    const width = Math.max(...a.figures.map((f) => displayWidth(`${f.role} ${valueText(f)}`)));
    a.figures.forEach((f, i) => {
      out.push(
        `  ${c.bold(pad(`${f.role} ${valueText(f)}`, width))}  ${c.dim(where(f))}${f.headline ? ` ${f.headline}` : ''} ${c.cyan(periodNote(f))}`,
      );
      // Figures of one sentence share it: shown once.
      if (i === a.figures.length - 1 || !sameSentence(f, a.figures[i + 1]))
        out.push(`  ${' '.repeat(width)}  ${c.dim(f.sentence)}`);
    });
    out.push('');
  }
  for (const n of report.names) {
    out.push(`${c.yellow.bold('warning')} ${c.bold(nameTitle(n))}`);
    for (const m of n.mentions)
      out.push(
        `  ${c.bold(m.name)}  ${c.dim(where(m))}${m.role ? ` ${m.role}` : ''}${m.headline ? ` ${m.headline}` : ''}`,
      );
    out.push('');
  }
  for (const e of report.baselineGone)
    out.push(`${c.blue('note')} baseline entry no longer occurs: ${e.description}`);
  if (report.baselineGone.length) out.push('');
  const s = report.summary;
  const line = summaryLine(report);
  out.push(s.errors ? c.red(line) : s.warnings ? c.yellow(line) : c.green(line));
  return `${out.join('\n')}\n`;
}

function sameSentence(a: ArithmeticFigure, b: ArithmeticFigure): boolean {
  return a.doc === b.doc && a.line === b.line && a.sentence === b.sentence;
}

/** Columns a string takes in a terminal: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

// ---------------------------------------------------------------------------------- json

export function formatJson(report: CheckReport): string {
  const groups = report.groups.map(({ severity, metric, scope, unit, kind, aspect, key, values }) => ({
    severity,
    metric,
    scope,
    unit,
    kind,
    aspect,
    key,
    values: values.map(
      ({
        value,
        min,
        max,
        approx,
        unit,
        doc,
        line,
        article,
        headline,
        period,
        periodStart,
        periodEnd,
        asOf,
        sentence,
        text,
      }) => ({
        value,
        min,
        max,
        approx,
        unit,
        doc,
        line,
        article,
        headline,
        period,
        periodStart,
        periodEnd,
        asOf,
        sentence,
        text,
      }),
    ),
  }));
  // "arithmetic" only when there is some: a report without it reads as it always did.
  const arithmetic = report.arithmetic.map(({ figures, ...finding }) => ({
    ...finding,
    figures: figures.map(({ role, ...value }) => ({ role, ...value })),
  }));
  const output = {
    groups,
    ...(arithmetic.length ? { arithmetic } : {}),
    names: report.names,
    baselineGone: report.baselineGone,
    summary: report.summary,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

// -------------------------------------------------------------------------------- github

/** Escape the message of a workflow command (GitHub's escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property of a workflow command (GitHub's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface GithubOutput {
  /** Workflow commands for stdout. */
  commands: string;
  /** The full report as Markdown, for $GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * One annotation per group or name warning, at its first source line, at most
 * GITHUB_ANNOTATION_LIMIT of each severity (GitHub shows no more); a line says how many more
 * there are. `pathOf` turns a record's doc into a path relative to the repository root.
 */
export function formatGithub(report: CheckReport, pathOf: (doc: string) => string = (d) => d): GithubOutput {
  const items = [
    ...report.groups.map((g) => ({
      severity: g.severity,
      at: g.values[0],
      title: `${groupTitle(g)}: ${groupVerdict(g)}`,
      message: g.values
        .map(
          (v) =>
            `${valueText(v)} — ${where(v)}${v.headline ? ` «${v.headline}»` : ''} ${periodNote(v)}: ${v.sentence}`,
        )
        .join('\n'),
    })),
    ...report.arithmetic.map((a) => ({
      severity: a.severity,
      at: a.figures[0],
      title: `${arithmeticTitle(a)}: ${arithmeticVerdict(a)}`,
      message: arithmeticDetails(a),
    })),
    ...report.names.map((n) => ({
      severity: 'warning' as const,
      at: n.mentions[0],
      title: nameTitle(n),
      message: n.mentions
        .map((m) => `${m.name}${m.role ? ` (${m.role})` : ''} — ${where(m)}: ${m.sentence}`)
        .join('\n'),
    })),
  ];
  const shown = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  const lines: string[] = [];
  for (const item of items) {
    if (shown[item.severity] >= GITHUB_ANNOTATION_LIMIT) {
      hidden[item.severity]++;
      continue;
    }
    shown[item.severity]++;
    const properties = `file=${escapeProperty(pathOf(item.at.doc))},line=${item.at.line},title=${escapeProperty(item.title)}`;
    lines.push(`::${item.severity} ${properties}::${escapeData(item.message)}`);
  }
  if (hidden.error || hidden.warning) {
    lines.push(
      `liaohealth: ${plural(hidden.error, 'more error')} and ${plural(hidden.warning, 'more warning')} not annotated (GitHub shows ${GITHUB_ANNOTATION_LIMIT} of each); the job summary lists them all`,
    );
  }
  for (const e of report.baselineGone)
    lines.push(
      `::notice title=${escapeProperty('baseline entry no longer occurs')}::${escapeData(e.description)}`,
    );
  lines.push(`liaohealth check: ${summaryLine(report)}`);
  return { commands: `${lines.join('\n')}\n`, summary: formatMarkdown(report, pathOf) };
}

function md(s: string | number | null): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

export function formatMarkdown(report: CheckReport, pathOf: (doc: string) => string = (d) => d): string {
  const out = ['## liaohealth check', '', `**${md(summaryLine(report))}**`, ''];
  for (const g of report.groups) {
    out.push(
      `### ${g.severity === 'error' ? '❌ error' : '⚠️ warning'}: ${md(groupTitle(g))}`,
      '',
      md(groupVerdict(g)),
      '',
    );
    out.push(
      '| value | file | line | headline | period | as of | sentence |',
      '|---|---|---|---|---|---|---|',
    );
    for (const v of g.values)
      out.push(
        `| ${md(valueText(v))} | ${md(pathOf(v.doc))} | ${v.line} | ${md(v.headline)} | ${md(v.period)} | ${md(periodLabel(v))} | ${md(v.sentence)} |`,
      );
    out.push('');
  }
  for (const a of report.arithmetic) {
    out.push(
      `### ${a.severity === 'error' ? '❌ error' : '⚠️ warning'}: ${md(arithmeticTitle(a))}`,
      '',
      md(arithmeticVerdict(a)),
      '',
    );
    out.push(
      '| role | value | file | line | headline | period | as of | sentence |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const f of a.figures)
      out.push(
        `| ${md(f.role)} | ${md(valueText(f))} | ${md(pathOf(f.doc))} | ${f.line} | ${md(f.headline)} | ${md(f.period)} | ${md(periodLabel(f))} | ${md(f.sentence)} |`,
      );
    out.push('');
  }
  for (const n of report.names) {
    out.push(
      `### ⚠️ warning: ${md(nameTitle(n))}`,
      '',
      '| name | role | file | line | headline |',
      '|---|---|---|---|---|',
    );
    for (const m of n.mentions)
      out.push(`| ${md(m.name)} | ${md(m.role)} | ${md(pathOf(m.doc))} | ${m.line} | ${md(m.headline)} |`);
    out.push('');
  }
  if (report.baselineGone.length) {
    out.push('### Baseline entries that no longer occur', '');
    for (const e of report.baselineGone) out.push(`- ${md(e.description)}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

// --------------------------------------------------------------------------------- junit

/** Text for XML 1.0: characters it cannot hold are dropped, markup characters escaped. */
export function xml(s: string | number): string {
  return String(s)
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * One testsuite, one testcase per reported group or name warning: errors are failures,
 * warnings pass with the details in system-out (JUnit has no warnings).
 */
export function formatJunit(report: CheckReport, pathOf: (doc: string) => string = (d) => d): string {
  const cases: string[] = [];
  for (const g of report.groups) {
    const details = g.values
      .map(
        (v) =>
          `${valueText(v)} — ${where(v)}${v.headline ? ` «${v.headline}»` : ''} ${periodNote(v)}: ${v.sentence}`,
      )
      .join('\n');
    const name = xml(groupTitle(g));
    const open = `    <testcase classname="liaohealth.check.figures" name="${name}" file="${xml(pathOf(g.values[0].doc))}" line="${g.values[0].line}">`;
    const body =
      g.severity === 'error'
        ? `      <failure type="error" message="${xml(`${groupTitle(g)}: ${groupVerdict(g)}: ${[...new Set(g.values.map(valueText))].join(' / ')}`)}">${xml(details)}</failure>`
        : `      <system-out>${xml(`warning: ${groupVerdict(g)}\n${details}`)}</system-out>`;
    cases.push(`${open}\n${body}\n    </testcase>`);
  }
  for (const a of report.arithmetic) {
    const name = xml(arithmeticTitle(a));
    const open = `    <testcase classname="liaohealth.check.arithmetic" name="${name}" file="${xml(pathOf(a.figures[0].doc))}" line="${a.figures[0].line}">`;
    const body =
      a.severity === 'error'
        ? `      <failure type="error" message="${xml(`${arithmeticTitle(a)}: ${arithmeticVerdict(a)}`)}">${xml(arithmeticDetails(a))}</failure>`
        : `      <system-out>${xml(`warning: ${arithmeticVerdict(a)}\n${arithmeticDetails(a)}`)}</system-out>`;
    cases.push(`${open}\n${body}\n    </testcase>`);
  }
  for (const n of report.names) {
    const details = n.mentions
      .map((m: NameMention) => `${m.name}${m.role ? ` (${m.role})` : ''} — ${where(m)}: ${m.sentence}`)
      .join('\n');
    cases.push(
      `    <testcase classname="liaohealth.check.names" name="${xml(`${n.names[0]} / ${n.names[1]}`)}" file="${xml(pathOf(n.mentions[0].doc))}" line="${n.mentions[0].line}">\n      <system-out>${xml(`warning: ${nameTitle(n)}\n${details}`)}</system-out>\n    </testcase>`,
    );
  }
  const tests = cases.length;
  const failures = report.summary.errors;
  const attrs = `name="liaohealth check" tests="${tests}" failures="${failures}" errors="0" skipped="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs}>`,
    `  <testsuite ${attrs}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// ----------------------------------------------------------------------------------- csv

export const CSV_COLUMNS = [
  'group',
  'check',
  'severity',
  'metric',
  'scope',
  'unit',
  'value',
  'min',
  'max',
  'approx',
  'period',
  'periodStart',
  'periodEnd',
  'asOf',
  'doc',
  'line',
  'article',
  'headline',
  'text',
  'sentence',
  'note',
] as const;

/** One row per value of each group (and per mention of each name warning), numbered by group. */
export function formatCsv(
  report: CheckReport,
  { bom, rawCsv = false }: { bom: boolean; rawCsv?: boolean },
): string {
  const rows: Record<string, string | number | null>[] = [];
  report.groups.forEach((g, i) => {
    for (const v of g.values) {
      rows.push({
        group: i + 1,
        check: 'figure',
        severity: g.severity,
        metric: g.metric,
        scope: g.scope,
        unit: v.unit,
        value: v.value,
        min: v.min,
        max: v.max,
        approx: v.approx,
        period: v.period,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        asOf: v.asOf,
        doc: v.doc,
        line: v.line,
        article: v.article,
        headline: v.headline,
        text: v.text,
        sentence: v.sentence,
        note: g.aspect === 'state' ? null : g.aspect,
      });
    }
  });
  report.arithmetic.forEach((a, i) => {
    for (const f of a.figures) {
      rows.push({
        group: report.groups.length + i + 1,
        check: 'arithmetic',
        severity: a.severity,
        metric: a.metric,
        scope: a.scope,
        unit: f.unit,
        value: f.value,
        min: f.min,
        max: f.max,
        approx: f.approx,
        period: f.period,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        asOf: f.asOf,
        doc: f.doc,
        line: f.line,
        article: f.article,
        headline: f.headline,
        text: f.text,
        sentence: f.sentence,
        note: `${a.relation}, ${f.role}: ${a.explanation}`,
      });
    }
  });
  report.names.forEach((n, i) => {
    for (const m of n.mentions) {
      rows.push({
        group: report.groups.length + report.arithmetic.length + i + 1,
        check: 'name',
        severity: n.severity,
        metric: `${n.names[0]}/${n.names[1]}`,
        scope: null,
        unit: null,
        value: m.name,
        min: null,
        max: null,
        approx: null,
        period: null,
        periodStart: null,
        periodEnd: null,
        asOf: null,
        doc: m.doc,
        line: m.line,
        article: m.article,
        headline: m.headline,
        text: m.name,
        sentence: m.sentence,
        note: [n.reason, m.role].filter(Boolean).join('; '),
      });
    }
  });
  const header = stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  const body = rows.length
    ? stringify(rows, {
        columns: [...CSV_COLUMNS],
        record_delimiter: 'windows',
        cast: rawCsv ? {} : { string: neutraliseCell },
      })
    : '';
  return (bom ? '\ufeff' : '') + header + body;
}
