// Not written yet: the figures extractor lands in its own commit.
import type { ArticleContext, DateMention, FigureMention, InstitutionMention, PersonMention } from './types.js';

export function extractFigures(_ctx: ArticleContext, _dates: DateMention[]): FigureMention[] {
  return [];
}
