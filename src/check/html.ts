// A check report as one self-contained HTML page for a fact desk: a summary, a filter and a
// search box, then one card per difference with every source sentence and a small SVG chart.
// Everything is inline (no network, no CDN): it opens from disk or as a CI artifact. The input
// is untrusted, so every piece of text goes through `escapeHtml`, and the page's own Content
// Security Policy allows only its own style and script (by hash) should escaping ever fail.

import { createHash } from 'node:crypto';
import { INFIX, PREFIX, PREFIX_REACH, SUFFIX } from '../lexicon/qualifiers.js';
import type { LiaohealthRecord } from '../records.js';
import type { ArithmeticFinding } from './arithmetic.js';
import type { FigureGroup, GroupValue } from './groups.js';
import type { NameMention, NameWarning } from './names.js';
import type { CheckReport } from './report.js';

/** A document that was read, for the list at the foot of the page. */
export interface DocumentEntry {
  doc: string;
  figures: number;
  /** The headline of its first article, when the page has one. */
  headline: string | null;
}

export interface HtmlOptions {
  /** The documents read, in the order read (the report itself only counts them). */
  documents?: readonly DocumentEntry[];
  /** A record's doc as a path from the working directory. */
  pathOf?: (doc: string) => string;
}

/** Escape text for HTML content and attribute values; NUL and lone surrogates cannot be shown. */
export function escapeHtml(s: string | number): string {
  return String(s)
    .replace(/[\u0000\ud800-\udfff]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The documents read, each with its figure count and first headline, from the records. */
export function documentEntries(
  docs: readonly string[],
  records: readonly LiaohealthRecord[],
): DocumentEntry[] {
  const entries = new Map<string, DocumentEntry>(
    docs.map((doc) => [doc, { doc, figures: 0, headline: null }]),
  );
  for (const r of records) {
    const entry = entries.get(r.doc);
    if (!entry) continue;
    if (r.type === 'figure') entry.figures++;
    entry.headline ??= r.headline;
  }
  return [...entries.values()];
}

const QUALIFIER_MEANINGS: Record<GroupValue['approx'], string | null> = {
  exact: null,
  about: 'about',
  more_than: 'more than',
  less_than: 'less than',
  at_most: 'at most',
  at_least: 'at least',
};

// Longest first, so that 不超过 is found before 超过 and 及以上 before 以上.
const PREFIX_WORDS = [...PREFIX].sort((a, b) => b.word.length - a.word.length);
const AFTER_WORDS = Object.entries({ ...SUFFIX, ...INFIX }).sort(([a], [b]) => b.length - a.length);

/**
 * The word that qualifies the figure as the sentence writes it (超过, 约, 左右, 多 …), looked up
 * with the figure extractor's own lists: before the figure within its reach, inside it, or
 * right after it. Null when the figure is exact or the word cannot be found.
 */
export function qualifierAsWritten(v: Pick<GroupValue, 'approx' | 'text' | 'sentence'>): string | null {
  if (v.approx === 'exact') return null;
  const at = v.sentence.indexOf(v.text);
  if (at < 0) return null;
  const before = v.sentence.slice(0, at);
  const prefix = PREFIX_WORDS.find(
    ({ word, approx, near }) =>
      approx === v.approx &&
      (near ? before.endsWith(word) : before.slice(-(PREFIX_REACH + word.length)).includes(word)),
  );
  if (prefix) return prefix.word;
  const rest = v.sentence.slice(at + v.text.length);
  return (
    AFTER_WORDS.find(
      ([word, approx]) => approx === v.approx && (v.text.includes(word) || rest.startsWith(word)),
    )?.[0] ?? null
  );
}

// Values that agree share a colour in the chart and the list (eight are enough for a group).
const VALUE_COLOURS = [
  '#1d4ed8',
  '#c2410c',
  '#047857',
  '#7e22ce',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#4d7c0f',
];

const STYLE = `
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:#f6f7f9;color:#1f2328;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header,main,footer{max-width:1040px;margin:0 auto;padding:16px 20px}
h1{font-size:22px;margin:8px 0 12px}
.tiles{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.tiles li{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:6px 12px;min-width:110px}
.tiles b{display:block;font-size:22px}
.tiles .error b{color:#b42318}.tiles .warning b{color:#b54708}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-top:14px}
.controls input{flex:1;min-width:220px;font:inherit;padding:6px 10px;border:1px solid #d0d7de;border-radius:6px}
.controls select{font:inherit;padding:6px;border:1px solid #d0d7de;border-radius:6px}
/* Cards off screen are not laid out: a report of thousands stays quick to open and filter. */
.card{content-visibility:auto;contain-intrinsic-size:auto 520px;background:#fff;border:1px solid #d0d7de;border-left:6px solid #b54708;border-radius:6px;padding:12px 16px;margin:0 0 16px}
.card.error{border-left-color:#b42318}
.card h2{font-size:17px;margin:0 0 4px}
.badge{display:inline-block;font-size:12px;font-weight:600;text-transform:uppercase;color:#fff;background:#b54708;border-radius:4px;padding:0 6px;margin-right:6px;vertical-align:2px}
.error .badge{background:#b42318}
.verdict{color:#57606a;margin:0 0 8px}
.chart{display:block;margin:4px 0 8px;max-width:100%;height:auto}
.values{list-style:none;margin:0;padding:0}
.values li{border-top:1px solid #eaeef2;padding:8px 0}
.figure{font-size:18px;font-weight:700;margin-right:8px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
${VALUE_COLOURS.map((c, i) => `.c${i}{background:${c}}`).join('')}
.qualifier,.period{display:inline-block;font-size:13px;border:1px solid #d0d7de;border-radius:4px;padding:0 5px;margin-right:6px;color:#57606a}
.period.unknown{border-style:dashed}
.source{font-size:13px;color:#57606a}
.source code{font-size:13px}
.sentence{margin:4px 0 0}
mark{background:#fde68a;padding:0 1px;border-radius:2px}
.empty{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:16px}
footer{color:#57606a;font-size:13px}
footer li code{color:#1f2328}
@media print{.controls{display:none}.card{break-inside:avoid;content-visibility:visible}}
`;

// Shows the cards that match the severity chosen and every word typed (case-insensitive).
const SCRIPT = `
const severity = document.getElementById('severity');
const search = document.getElementById('search');
const cards = Array.from(document.querySelectorAll('[data-card]'));
const shown = document.getElementById('shown');
const noMatch = document.getElementById('no-match');
function apply() {
  const wanted = severity.value;
  const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let count = 0;
  for (const card of cards) {
    const visible = (wanted === 'all' || card.dataset.severity === wanted) && words.every((w) => card.dataset.search.includes(w));
    card.hidden = !visible;
    if (visible) count++;
  }
  shown.textContent = String(count);
  noMatch.hidden = count > 0 || cards.length === 0;
}
severity.addEventListener('change', apply);
search.addEventListener('input', apply);
apply();
`;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

export function formatHtml(report: CheckReport, options: HtmlOptions = {}): string {
  const pathOf = options.pathOf ?? ((d: string) => d);
  const s = report.summary;
  // A figure group is a warning only where its values hold at different times (compare.ts).
  const changeCount = report.groups.filter((g) => g.severity === 'warning').length;
  const cards = [
    ...report.groups.map((g) => groupCard(g, g.severity, pathOf)),
    ...report.arithmetic.map((a) => arithmeticCard(a, pathOf)),
    ...report.names.map((n) => nameCard(n, pathOf)),
  ];
  const title = `liaohealth check: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`;
  const tiles = [
    tile('documents read', s.documents),
    tile('figures compared', s.figures),
    tile('errors', s.errors, 'error'),
    tile('warnings', s.warnings, 'warning'),
    tile('changes over time', changeCount),
    ...(s.suppressed ? [tile('suppressed by the baseline', s.suppressed)] : []),
    ...(s.inputErrors ? [tile('inputs not read', s.inputErrors, 'error')] : []),
  ];
  const body = cards.length
    ? `<div class="controls">
<label>Severity <select id="severity"><option value="all">all</option><option value="error">errors</option><option value="warning">warnings</option></select></label>
<input id="search" type="search" placeholder="搜索 search metric, place, file, name…" aria-label="search metric, place, file or name">
<span><span id="shown">${cards.length}</span> of ${cards.length} shown</span>
</div>`
    : '';
  const empty = cards.length
    ? '<p id="no-match" class="empty" hidden>No card matches the filter and search.</p>'
    : `<p class="empty" id="no-differences">No differences among ${plural(s.figures, 'figure')} in ${plural(s.documents, 'document')}.</p>`;
  const gone = report.baselineGone.length
    ? `<section class="empty"><h2>Baseline entries that no longer occur</h2><ul>${report.baselineGone.map((e) => `<li>${escapeHtml(e.description)}</li>`).join('')}</ul></section>`
    : '';
  const script = cards.length ? `<script>${SCRIPT}</script>` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="liaohealth check">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<ul class="tiles">${tiles.join('')}</ul>
${body}
</header>
<main>
${empty}
${cards.join('\n')}
${gone}
</main>
${documentList(options.documents, pathOf, cards.length === 0)}
${script}
</body>
</html>
`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tile(label: string, n: number, severity?: 'error' | 'warning'): string {
  return `<li${severity && n ? ` class="${severity}"` : ''}><b>${n}</b>${escapeHtml(label)}</li>`;
}

function searchText(parts: readonly (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}

// ------------------------------------------------------------------------------- figures

function groupCard(g: FigureGroup, severity: 'error' | 'warning', pathOf: (doc: string) => string): string {
  const what = g.aspect === 'state' ? g.metric : `${g.metric} (${g.aspect})`;
  const title = [what, g.scope, g.unit].filter(Boolean).join(' · ');
  const verdict =
    severity === 'error'
      ? 'values differ between articles'
      : 'values differ between periods (a change over time?)';
  const colours = colourOf(g.values);
  const search = searchText([
    g.metric,
    g.scope,
    g.unit,
    ...g.values.flatMap((v) => [v.doc, pathOf(v.doc), v.headline, v.text, v.period]),
  ]);
  const values = g.values.map((v) => valueItem(v, colours.get(signature(v))!, pathOf)).join('');
  return `<article class="card ${severity}" data-card data-severity="${severity}" data-search="${escapeHtml(search)}">
<h2><span class="badge">${severity === 'warning' ? 'change' : severity}</span>${escapeHtml(title)}</h2>
<p class="verdict">${escapeHtml(verdict)}</p>
${chart(g.values, colours, pathOf)}
<ul class="values">${values}</ul>
</article>`;
}

function valueItem(v: GroupValue, colour: number, pathOf: (doc: string) => string, role?: string): string {
  const meaning = QUALIFIER_MEANINGS[v.approx];
  const qualifier =
    (role ? `<span class="qualifier" title="its role in the relation">${escapeHtml(role)}</span>` : '') +
    (meaning
      ? `<span class="qualifier" title="${meaning}">${escapeHtml(qualifierAsWritten(v) ?? meaning)}</span>`
      : '');
  const asOf = asOfDate(v);
  const period =
    v.period || asOf
      ? `<span class="period">${escapeHtml([v.period, asOf && `as of ${asOf}`].filter(Boolean).join(' · '))}</span>`
      : '<span class="period unknown">period unknown</span>';
  return `<li><span class="dot c${colour}"></span><span class="figure">${escapeHtml(v.text.replace(/\s+/g, ''))}</span>${qualifier || ''}${period}
<div class="source"><code>${escapeHtml(pathOf(v.doc))}:${v.line}</code>${v.headline ? ` · ${escapeHtml(v.headline)}` : ''}</div>
<p class="sentence">${highlight(v.sentence, [v.text], false)}</p></li>`;
}

/** When the value holds: its as-of date, else the end of its resolved period. */
function asOfDate(v: GroupValue): string | null {
  return v.asOf ?? v.periodEnd;
}

function signature(v: GroupValue): string {
  return v.value !== null ? String(v.value) : `${v.min}~${v.max}`;
}

function colourOf(values: readonly GroupValue[]): Map<string, number> {
  const colours = new Map<string, number>();
  for (const v of values)
    if (!colours.has(signature(v))) colours.set(signature(v), colours.size % VALUE_COLOURS.length);
  return colours;
}

/**
 * The sentence, escaped, with the first occurrence of each needle marked (every occurrence
 * when `all`). The needles come from the same sentence, so a miss only loses the mark.
 */
export function highlight(sentence: string, needles: readonly string[], all: boolean): string {
  const marks: [number, number][] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (
      let at = sentence.indexOf(needle);
      at >= 0;
      at = all ? sentence.indexOf(needle, at + needle.length) : -1
    ) {
      if (!marks.some(([a, b]) => at < b && a < at + needle.length)) marks.push([at, at + needle.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [a, b] of marks) {
    out += `${escapeHtml(sentence.slice(from, a))}<mark>${escapeHtml(sentence.slice(a, b))}</mark>`;
    from = b;
  }
  return out + escapeHtml(sentence.slice(from));
}

// --------------------------------------------------------------------------------- chart

const CHART = { height: 150, step: 110, left: 64, right: 24, top: 16, bottom: 40 };

/**
 * The group's values as points (ranges as bars) on one axis: ordered by as-of date where the
 * report resolves periods, the others after them by document, each labelled with its date or
 * document. The vertical axis spans the values only, so that close values stay apart.
 */
function chart(
  values: readonly GroupValue[],
  colours: Map<string, number>,
  pathOf: (doc: string) => string,
): string {
  const points = values
    .map((v) => ({ v, asOf: asOfDate(v), low: v.value ?? v.min, high: v.value ?? v.max }))
    .filter((p): p is typeof p & { low: number; high: number } => p.low !== null && p.high !== null)
    .sort((a, b) => (a.asOf && b.asOf ? a.asOf.localeCompare(b.asOf) : a.asOf ? -1 : b.asOf ? 1 : 0));
  if (points.length < 2) return '';
  const lo = Math.min(...points.map((p) => p.low));
  const hi = Math.max(...points.map((p) => p.high));
  const pad = hi > lo ? (hi - lo) * 0.15 : Math.abs(hi) * 0.1 || 1;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const y = (n: number) => CHART.top + plotHeight * (1 - (n - (lo - pad)) / (hi - lo + 2 * pad));
  const width = CHART.left + CHART.right + CHART.step * points.length;
  const x = (i: number) => CHART.left + CHART.step * (i + 0.5);
  const parts: string[] = [];
  const ticks = hi > lo ? [lo, hi] : [lo];
  const labels = axisLabels(ticks);
  ticks.forEach((n, i) => {
    parts.push(
      `<line x1="${CHART.left}" x2="${width - CHART.right}" y1="${y(n).toFixed(1)}" y2="${y(n).toFixed(1)}" stroke="#d0d7de" stroke-dasharray="3 3"/>`,
    );
    parts.push(
      `<text x="${CHART.left - 6}" y="${(y(n) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#57606a">${escapeHtml(labels[i])}</text>`,
    );
  });
  points.forEach((p, i) => {
    const colour = VALUE_COLOURS[colours.get(signature(p.v))!];
    const label = p.asOf ?? shorten(pathOf(p.v.doc).split('/').pop()!, 12);
    parts.push(
      `<g><title>${escapeHtml(`${p.v.text.replace(/\s+/g, '')} — ${pathOf(p.v.doc)}:${p.v.line}${p.asOf ? ` (as of ${p.asOf})` : ''}`)}</title>`,
    );
    if (p.high > p.low)
      parts.push(
        `<line x1="${x(i)}" x2="${x(i)}" y1="${y(p.low).toFixed(1)}" y2="${y(p.high).toFixed(1)}" stroke="${colour}" stroke-width="4" stroke-linecap="round"/>`,
      );
    else parts.push(`<circle cx="${x(i)}" cy="${y(p.low).toFixed(1)}" r="5" fill="${colour}"/>`);
    parts.push(
      `<text x="${x(i)}" y="${(y(p.high) - 8).toFixed(1)}" text-anchor="middle" font-size="12" font-weight="600" fill="${colour}">${escapeHtml(shorten(p.v.text.replace(/\s+/g, ''), 12))}</text>`,
    );
    parts.push(
      `<text x="${x(i)}" y="${CHART.height - 22}" text-anchor="middle" font-size="11" fill="#57606a">${escapeHtml(label)}</text></g>`,
    );
  });
  const axis = points.some((p) => p.asOf) ? 'by as-of date' : 'by document';
  parts.push(`<text x="${CHART.left}" y="${CHART.height - 4}" font-size="11" fill="#8c959f">${axis}</text>`);
  return `<svg class="chart" role="img" aria-label="values of the group ${axis}" width="${width}" height="${CHART.height}" viewBox="0 0 ${width} ${CHART.height}">${parts.join('')}</svg>`;
}

// Made when first needed: building them costs every command's start several milliseconds.
let formats: { compact: Intl.NumberFormat; full: Intl.NumberFormat } | null = null;
const numberFormats = () =>
  (formats ??= {
    compact: new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2 }),
    full: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }),
  });

/** Axis numbers the Chinese way (3.12万, 12.35亿), in full where that would make two look equal. */
export function axisLabels(ticks: readonly number[]): string[] {
  const { compact: short, full } = numberFormats();
  const compact = ticks.map((n) => short.format(n));
  return new Set(compact).size === compact.length ? compact : ticks.map((n) => full.format(n));
}

function shorten(s: string, max: number): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

// ---------------------------------------------------------------------------- arithmetic

function arithmeticCard(a: ArithmeticFinding, pathOf: (doc: string) => string): string {
  const title = ['arithmetic', a.relation, a.metric, a.scope].join(' · ');
  const colours = colourOf(a.figures);
  const search = searchText([
    'arithmetic',
    a.relation,
    a.metric,
    a.scope,
    ...a.figures.flatMap((f) => [f.doc, pathOf(f.doc), f.headline, f.text, f.period]),
  ]);
  const figures = a.figures.map((f) => valueItem(f, colours.get(signature(f))!, pathOf, f.role)).join('');
  return `<article class="card ${a.severity} arithmetic" data-card data-severity="${a.severity}" data-search="${escapeHtml(search)}">
<h2><span class="badge">${a.severity}</span>${escapeHtml(title)}</h2>
<p class="verdict">${escapeHtml(`does not add up: ${a.explanation}`)}</p>
<ul class="values">${figures}</ul>
</article>`;
}

// --------------------------------------------------------------------------------- names

function nameCard(n: NameWarning, pathOf: (doc: string) => string): string {
  const search = searchText([
    ...n.names,
    n.reason,
    ...n.mentions.flatMap((m) => [m.doc, pathOf(m.doc), m.headline, m.role, m.org]),
  ]);
  const mentions = n.mentions.map((m) => mentionItem(m, n.names, pathOf)).join('');
  return `<article class="card warning names" data-card data-severity="warning" data-search="${escapeHtml(search)}">
<h2><span class="badge">warning</span>likely misspelt name: ${escapeHtml(`${n.names[0]} / ${n.names[1]}`)}</h2>
<p class="verdict">${escapeHtml(`${n.reason}; ${plural(n.mentions.length, 'mention')}`)}</p>
<ul class="values">${mentions}</ul>
</article>`;
}

function mentionItem(m: NameMention, names: readonly string[], pathOf: (doc: string) => string): string {
  const colour = names.indexOf(m.name);
  const about = [m.role, m.org].filter(Boolean).join(' · ');
  return `<li><span class="dot c${Math.max(colour, 0)}"></span><span class="figure">${escapeHtml(m.name)}</span>${about ? `<span class="period">${escapeHtml(about)}</span>` : ''}
<div class="source"><code>${escapeHtml(pathOf(m.doc))}:${m.line}</code>${m.headline ? ` · ${escapeHtml(m.headline)}` : ''}</div>
<p class="sentence">${highlight(m.sentence, [m.name], true)}</p></li>`;
}

// ----------------------------------------------------------------------------- documents

function documentList(
  documents: readonly DocumentEntry[] | undefined,
  pathOf: (doc: string) => string,
  open: boolean,
): string {
  if (!documents?.length) return '';
  const items = documents
    .map(
      (d) =>
        `<li><code>${escapeHtml(pathOf(d.doc))}</code> · ${plural(d.figures, 'figure')}${d.headline ? ` · ${escapeHtml(d.headline)}` : ''}</li>`,
    )
    .join('');
  return `<footer><details${open ? ' open' : ''}><summary>${plural(documents.length, 'document')} read</summary><ul id="documents">${items}</ul></details></footer>`;
}
