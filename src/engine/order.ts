// The order extractors run in: only those a run asks for and those they need, each after every
// extractor it needs (a depth-first topological order of the registry).

import type { AnyExtractor } from '../extractors/types.js';
import type { RecordType } from '../records.js';

/** A registry that cannot be ordered: a type no extractor produces, two producers, or a cycle. */
export class RegistryError extends Error {
  override name = 'RegistryError';
}

/** The extractors that produce `types`, with what they need, each after its needs. */
export function runOrder(types: Iterable<RecordType>, extractors: readonly AnyExtractor[]): AnyExtractor[] {
  const byType = new Map<RecordType, AnyExtractor>();
  for (const e of extractors) {
    if (byType.has(e.type)) throw new RegistryError(`two extractors produce ${e.type} records`);
    byType.set(e.type, e);
  }
  const order: AnyExtractor[] = [];
  const state = new Map<RecordType, 'visiting' | 'done'>();
  const visit = (type: RecordType, path: RecordType[]): void => {
    if (state.get(type) === 'done') return;
    if (state.get(type) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(type)), type];
      throw new RegistryError(`extractors need each other round a cycle: ${cycle.join(' needs ')}`);
    }
    const extractor = byType.get(type);
    if (!extractor) {
      const asker = path[path.length - 1];
      throw new RegistryError(
        asker
          ? `the ${asker} extractor needs ${type} records, which no extractor produces`
          : `no extractor produces ${type} records`,
      );
    }
    state.set(type, 'visiting');
    for (const need of extractor.needs) visit(need, [...path, type]);
    state.set(type, 'done');
    order.push(extractor);
  };
  for (const type of types) visit(type, []);
  return order;
}
