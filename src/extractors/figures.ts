// Figures: every quantity stated in an article, normalised (value, min, max, unit), qualified
// (approx), of a kind, and tied to what it measures (metric), where (scope) and when (period).
//
// Per sentence: scan quantities (figures/scan.ts), drop those inside date mentions, remove
// overlaps (a range beats its parts; the longer span wins), then attach metric, scope and
// period (figures/attach.ts). Scope and period fall back to the sentences before in the same
// paragraph when the sentence names none.

import type { ArticleContext, DateMention, FigureMention } from './types.js';
import { lastBefore, metricOf, periodsIn, placesIn, type Found, type Measured } from './figures/attach.js';
import { scanSentence, type Quantity } from './figures/scan.js';

export function extractFigures(ctx: ArticleContext, dates: DateMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  const dateSpans = [...dates].sort((a, b) => a.start - b.start);
  const sentences = ctx.article.sentences;
  let next = 0;
  for (const block of ctx.article.blocks) {
    // Scope and period carry from one sentence to the next within a paragraph.
    let scope: string | null = null;
    let period: string | null = null;
    while (next < sentences.length && sentences[next].start < block.start) next++;
    for (; next < sentences.length && sentences[next].start < block.end; next++) {
      const sentence = sentences[next];
      const s = ctx.text.slice(sentence.start, sentence.end);
      const places = placesIn(s);
      const periods = periodsIn(s);
      const measured: Measured[] = [];
      for (const q of refine(scanSentence(s).filter((q) => !overlapsDate(dateSpans, sentence.start + q.start, sentence.start + q.end)))) {
        const metric = metricOf(s, q, measured);
        measured.push({ kind: q.kind, metric });
        out.push({
          start: sentence.start + q.start,
          end: sentence.start + q.end,
          rule: q.rule,
          fields: {
            value: q.value,
            min: q.min,
            max: q.max,
            unit: q.unit,
            approx: q.approx,
            kind: q.kind,
            metric,
            scope: lastBefore(places, q.start) ?? scope,
            period: lastBefore(periods, q.start) ?? period,
          },
        });
      }
      scope = last(places) ?? scope;
      period = last(periods) ?? period;
    }
  }
  return out;
}

/** Overlapping quantities keep the longer (a range over its parts); none is kept twice. */
function refine(qs: Quantity[]): Quantity[] {
  const sorted = [...qs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quantity[] = [];
  for (const q of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && q.start < prev.end) {
      if (q.end - q.start > prev.end - prev.start) kept[kept.length - 1] = q;
      continue;
    }
    kept.push(q);
  }
  return kept;
}

function overlapsDate(dates: DateMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < dates.length && dates[i].start < end; i++) if (dates[i].end > start) return true;
  return false;
}

function last(found: Found[]): string | null {
  return found.length ? found[found.length - 1].text : null;
}
