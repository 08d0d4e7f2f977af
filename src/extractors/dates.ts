// Not written yet: the dates extractor lands in its own commit.
import type { ArticleContext, DateMention, FigureMention, InstitutionMention, PersonMention } from './types.js';

export function extractDates(_ctx: ArticleContext): DateMention[] {
  return [];
}
