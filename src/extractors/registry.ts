// The extractors: each declares the record type it produces, the types it needs found first on
// the same article, and its function. The engine runs those a run asks for and those they need,
// each after its needs (src/engine/order.ts). A new record type is an entry here, its schema in
// src/records.ts and its corpus under test/corpus/.

import { extractDates } from './dates.js';
import { extractFigures } from './figures.js';
import { extractInstitutions } from './institutions.js';
import { extractPeople } from './people.js';
import type { AnyExtractor } from './types.js';

/** In the order records at the same position are written (a date before a figure). */
export const EXTRACTORS: readonly AnyExtractor[] = [
  { type: 'date', needs: [], extract: (ctx) => extractDates(ctx) },
  // Dates are no figures and are their periods; a place inside a name (东昌府区妇幼保健院) is no scope.
  {
    type: 'figure',
    needs: ['date', 'institution'],
    extract: (ctx, needed) => extractFigures(ctx, needed('date'), needed('institution')),
  },
  { type: 'institution', needs: [], extract: (ctx) => extractInstitutions(ctx) },
  // A person's org is an institution the article names.
  {
    type: 'person',
    needs: ['institution'],
    extract: (ctx, needed) => extractPeople(ctx, needed('institution')),
  },
];
