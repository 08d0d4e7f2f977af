// Not written yet: the people extractor lands in its own commit.
import type { ArticleContext, DateMention, FigureMention, InstitutionMention, PersonMention } from './types.js';

export function extractPeople(_ctx: ArticleContext, _institutions: InstitutionMention[]): PersonMention[] {
  return [];
}
