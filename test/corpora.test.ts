/// <reference types="vite/client" />
// One runner for every extractor corpus in test/corpus/*.corpus.ts.
import { describe, expect, it } from 'vitest';
import { extractRecords } from '../src/engine/extract.js';
import type { Corpus } from './corpus/corpus.js';

const modules = import.meta.glob<{ default: Corpus<object> }>('./corpus/*.corpus.ts', { eager: true });

for (const [file, { default: corpus }] of Object.entries(modules)) {
  describe(`${corpus.type} corpus (${file})`, () => {
    for (const example of corpus.examples) {
      const check = () => {
        const records = extractRecords(example.text, {
          types: [corpus.type],
          city: example.city,
          refDate: example.refDate,
          explain: true,
        });
        const everyKey = example.expect.flatMap((e) => Object.keys(e));
        const actual = records.map((r, i) =>
          pick(r, example.expect[i] ? Object.keys(example.expect[i]) : everyKey),
        );
        expect(actual).toEqual(example.expect);
      };
      // Written before its rule: it must fail today; once it passes, vitest fails it, and the
      // rule's author drops `todo`.
      if (example.todo) it.fails(`todo (${example.todo}): ${example.text}`, check);
      else it(example.text, check);
    }
    for (const text of corpus.negative)
      it(`nothing in: ${text}`, () => {
        const records = extractRecords(text, { types: [corpus.type] });
        expect(records.map((r) => r.text)).toEqual([]);
      });
  });
}

/** Only the fields an example names are compared. */
function pick(record: object, keys: string[]): object {
  return Object.fromEntries(Object.entries(record).filter(([k]) => keys.includes(k)));
}
