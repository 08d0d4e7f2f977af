// The page step: what the whole page (a document, or a chunk of a large one) says, which the
// extractors of each of its articles read. Worked out once per page and handed to them in their
// context; nothing of a page is kept in a module once the page is done.

import { pageDates, type PageDates } from '../extractors/dates.js';
import type { Known } from '../extractors/people.js';
import { pageNames } from '../extractors/people.js';
import { articlePlaces, cityDivision } from '../extractors/places.js';
import type { Page } from '../extractors/types.js';
import type { Article } from '../pipeline/segment.js';

/** The facts of a page; `city` places the articles that name no place (--city). */
export function pageOf(text: string, articles: readonly Article[], city: string | null): Page {
  // Dates and names are worked out when an extractor first asks: a run of institutions alone needs neither.
  let dates: PageDates | undefined;
  let names: ReadonlyMap<string, Known> | undefined;
  return {
    places: articlePlaces(text, articles, city ? cityDivision(city) : null),
    get dates() {
      return (dates ??= pageDates(text, articles));
    },
    get names() {
      return (names ??= pageNames(articles));
    },
  };
}
