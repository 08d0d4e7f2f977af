// Not written yet: the institutions extractor lands in its own commit.
import type { ArticleContext, DateMention, FigureMention, InstitutionMention, PersonMention } from './types.js';

export function extractInstitutions(_ctx: ArticleContext): InstitutionMention[] {
  return [];
}
