// Writes dist/gazetteer.tsv, China's divisions as `code<TAB>name` rows (src/lexicon/places.ts
// reads them at start; parsing the data package's JSON instead costs ~60 ms of CPU). Run by the build.
import { writeFileSync } from 'node:fs';
import { gazetteerRows } from '../dist/lexicon/places.js';

writeFileSync(new URL('../dist/gazetteer.tsv', import.meta.url), gazetteerRows());
