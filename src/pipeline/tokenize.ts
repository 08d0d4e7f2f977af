// Tokenisation with jieba (@node-rs/jieba), loaded once with the domain dictionary.
// jieba returns words without offsets; we recover them by walking the text.

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
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
    instance = Jieba.withDict(dict);
    instance.loadDict(Buffer.from(userDictionary(), 'utf8'));
  }
  return instance;
}

/** Tagged tokens of `text`, white space dropped, offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(text, true)) {
    const found = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (found < 0) continue;
    at = found + word.length;
    if (!word.trim()) continue;
    tokens.push({ word, tag, start: offset + found, end: offset + at });
  }
  return tokens;
}
