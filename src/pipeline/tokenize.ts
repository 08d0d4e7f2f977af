// Tokenisation with jieba (@node-rs/jieba), loaded once with the domain dictionary.
// jieba returns words without offsets; we recover them by walking the text.

import { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userDictionary } from '../lexicon/dictionary.js';

export interface Token {
  word: string;
  /** jieba's part-of-speech tag (n, v, m, q, nr, ns, x ...). */
  tag: string;
  /** Offsets in the text given to `tokenize` (plus `offset`). */
  start: number;
  end: number;
}

let instance: Jieba | undefined;

export function jieba(): Jieba {
  if (!instance) {
    // The package's dict.js also reads its 6 MB keyword (idf) table, which we do not use.
    instance = Jieba.withDict(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')));
    instance.loadDict(Buffer.from(userDictionary(), 'utf8'));
  }
  return instance;
}

/** Tagged tokens of `text`, white space dropped, offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  // cut returns every character of the text, in order (white space as tokens of its own).
  for (const word of jieba().cut(text, true)) {
    const found = text.charCodeAt(at) === word.charCodeAt(0) ? at : text.indexOf(word, at);
    if (found < 0) continue;
    at = found + word.length;
    if (isSpace(word.charCodeAt(0))) continue;
    tokens.push({ word, tag: wordTag(word) ?? tagInContext(text, found, word), start: offset + found, end: offset + at });
  }
  return tokens;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}

// Why not jieba's `tag`: it runs several times slower than `cut` (the cost is in building its
// result objects), and it gives a word jieba knows the same tag wherever the word stands. So
// tokens come from `cut`, and tags from a cache with one entry per distinct word. Only words
// that jieba's HMM assembled (初心, 最亮) take their tag from context: for them the run of
// Chinese characters around the word, which is all the context jieba's tagger looks at, is tagged.

/** Per word: its tag, or '' when the tag depends on context. */
const tags = new Map<string, string>();
/** Bounds the cache on endless streams of new words; a real vocabulary fits. */
const MAX_CACHED_TAGS = 200_000;

function wordTag(word: string): string | null {
  let tag = tags.get(word);
  if (tag === undefined) {
    const tagged = jieba().tag(word, true);
    tag = tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : '';
    if (tags.size < MAX_CACHED_TAGS) tags.set(word, tag);
  }
  return tag || null;
}

/** Characters jieba cuts as one block (it cuts and tags each block on its own). */
const BLOCK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-zA-Z0-9+#&._%-]/;

const CONTEXT = 48;

function tagInContext(text: string, at: number, word: string): string {
  let from = at;
  let to = at + word.length;
  // A block is tagged whole, but never more than a window of it: a page-long run of characters
  // would make this quadratic, and the tagger's choices depend on a few words around only.
  while (from > 0 && at - from < CONTEXT && BLOCK_CHAR.test(text[from - 1])) from--;
  while (to < text.length && to - at < CONTEXT && BLOCK_CHAR.test(text[to])) to++;
  let position = from;
  for (const t of jieba().tag(text.slice(from, to), true)) {
    if (position === at && t.word === word) return t.tag;
    position += t.word.length;
    if (position > at) break;
  }
  return 'x';
}
