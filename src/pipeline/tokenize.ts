// Tokenisation with jieba (@node-rs/jieba), loaded once with the domain dictionary.
// jieba returns words without offsets; we recover them by walking the text.

import { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { firstStartingFrom } from '../basics.js';
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
    instance = Jieba.withDict(
      readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')),
    );
    instance.loadDict(Buffer.from(userDictionary(), 'utf8'));
  }
  return instance;
}

/** Tagged tokens of `text`, white space dropped, offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  if (text === '') return tokens;
  let at = 0;
  // cut returns every character of the text, in order (white space as tokens of its own).
  for (const word of jieba().cut(text, true)) {
    const found = text.charCodeAt(at) === word.charCodeAt(0) ? at : text.indexOf(word, at);
    if (found < 0) continue;
    at = found + word.length;
    if (isSpace(word.charCodeAt(0))) continue;
    tokens.push({
      word,
      tag: wordTag(word) ?? tagInContext(text, found, word),
      start: offset + found,
      end: offset + at,
    });
  }
  return tokens;
}

/** A run of characters jieba cuts as one block, with its tokens. */
export interface Run {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * The tokens of a text, cut where they are asked for. jieba splits its input into blocks (runs
 * of Chinese characters, ASCII letters, digits and +#&._%-), cuts each block on its own and
 * gives every other character a token of its own. So the tokens of one block are the same
 * whether the block is cut alone or inside its line, and most of a page never needs cutting:
 * extractors ask for the blocks around an institution's head, a title or a figure.
 */
export class TokenIndex {
  private readonly runs: Run[] = [];
  /** Per UTF-16 unit: 1 + the index in `runs` of the run cut around it, or 0. */
  private readonly runOf: Uint32Array;
  /** Parts of blocks cut on their own (see `cutPart`), by their text. */
  private readonly parts = new Map<string, { at: number; tokens: Token[] }>();

  constructor(readonly text: string) {
    this.runOf = new Uint32Array(text.length);
  }

  /** The block that contains offset `at`, cut; null when `at` is outside every block. */
  runAt(at: number): Run | null {
    const text = this.text;
    if (at < 0 || at >= text.length) return null;
    const known = this.runOf[at];
    if (known > 0) return this.runs[known - 1];
    if (!isBlockUnit(text.charCodeAt(at))) return null;
    let start = at;
    while (start > 0 && isBlockUnit(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isBlockUnit(text.charCodeAt(end))) end++;
    const run = { start, end, tokens: tokenize(text.slice(start, end), start) };
    this.runs.push(run);
    this.runOf.fill(this.runs.length, start, end);
    return run;
  }

  /** The token that starts at `at`, if any (white space has none). */
  startingAt(at: number): Token | undefined {
    const run = this.runAt(at);
    if (run) {
      const t = run.tokens[firstStartingFrom(run.tokens, at)];
      return t?.start === at ? t : undefined;
    }
    return at >= 0 && at < this.text.length ? this.single(at) : undefined;
  }

  /**
   * Whether a word of at most `maxLength` units that the dictionary tags `tag` starts at `at`
   * (words jieba assembles from single characters are tagged from context and left out). It
   * spares cutting a block to find a tag no word there can have.
   */
  mayStartTagged(at: number, tag: string, maxLength: number): boolean {
    for (let n = 1; n <= maxLength && at + n <= this.text.length; n++)
      if (wordTag(this.text.slice(at, at + n)) === tag) return true;
    return false;
  }

  /** Whether a token starts or ends at `at`, or `at` is outside every block. */
  boundary(at: number): boolean {
    const run = this.runAt(at);
    if (!run || run.start === at) return true;
    const i = firstStartingFrom(run.tokens, at);
    return run.tokens[i]?.start === at || run.tokens[i - 1]?.end === at;
  }

  /**
   * The tokens [start, end) has when cut on its own, as if it were the whole text: its whole
   * blocks from the index, a block that an edge cuts through cut in part. (Inside a block
   * jieba's choices depend on what follows, so a clause that ends at a number cuts its last
   * words as the clause does, not as the line does: 托位使用率高达95% gives 高/达 alone, 高达 in the line.)
   */
  alone(start: number, end: number): Token[] {
    const text = this.text;
    const out: Token[] = [];
    for (let at = Math.max(0, start), stop = Math.min(end, text.length); at < stop; ) {
      if (!isBlockUnit(text.charCodeAt(at))) {
        const single = this.single(at++);
        if (single) out.push(single);
        continue;
      }
      let to = at;
      while (to < stop && isBlockUnit(text.charCodeAt(to))) to++;
      const whole =
        (at === 0 || !isBlockUnit(text.charCodeAt(at - 1))) &&
        (to === text.length || !isBlockUnit(text.charCodeAt(to)));
      for (const t of whole ? this.runAt(at)!.tokens : this.cutPart(at, to)) out.push(t);
      at = to;
    }
    return out;
  }

  /**
   * The tokens of text[at, to), part of a block, cut on its own. A document's clauses repeat
   * their edges (on the benchmark's pages 12% of the parts cut are a part cut before in the same
   * document), so each part's tokens are kept by its text, with where they were cut, and moved
   * to `at`. The cut depends on the part's text alone (its words' tags too): a copy is exact.
   */
  private cutPart(at: number, to: number): Token[] {
    const part = this.text.slice(at, to);
    const known = this.parts.get(part);
    if (!known) {
      const tokens = tokenize(part, at);
      this.parts.set(part, { at, tokens });
      return tokens;
    }
    const shift = at - known.at;
    if (shift === 0) return known.tokens;
    return known.tokens.map((t) => ({
      word: t.word,
      tag: t.tag,
      start: t.start + shift,
      end: t.end + shift,
    }));
  }

  /** A character outside every block is a token of its own, white space none. */
  private single(at: number): Token | undefined {
    const c = this.text.charCodeAt(at);
    if (isSpace(c)) return undefined;
    const word = this.text[at];
    return { word, tag: wordTag(word) ?? 'x', start: at, end: at + 1 };
  }
}

/**
 * A UTF-16 unit of one of jieba's blocks: CJK ideographs, ASCII letters and digits, +#&._%-.
 * Surrogates count too (jieba's blocks take the ideographs beyond the BMP): taking in more than
 * jieba does only makes a run longer, never cuts one of jieba's blocks.
 */
function isBlockUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x2b ||
    c === 0x23 ||
    c === 0x26 ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x25 ||
    c === 0x2d
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x3000 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

// Why not jieba's `tag`: it runs several times slower than `cut` (the cost is in building its
// result objects), and it gives a word jieba knows the same tag wherever the word stands. So
// tokens come from `cut`, and tags from a cache with one entry per distinct word. Only words
// that jieba's HMM assembled (初心, 最亮) take their tag from context: for them the run of
// Chinese characters around the word, which is all the context jieba's tagger looks at, is tagged.

/** Per word: its tag, or '' when the tag depends on context. */
const tags = new Map<string, string>();
/**
 * The same for the words of one UTF-16 unit (a fifth of the words cut), by the unit, and for the
 * words of two Han characters (half of them), by a small integer made of the two: every word
 * comes from jieba as a new string, which a map must read to hash, where a number hashes at once.
 */
const unitTags: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
const hanPairTags = new Map<number, string>();
/** Bounds the caches on endless streams of new words; a real vocabulary fits. */
const MAX_CACHED_TAGS = 200_000;
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;

/** Numbers jieba tags m; they are most of the distinct words of a page and need no lookup. */
const NUMBER = /^\d+(?:\.\d+)?%?$/;

function wordTag(word: string): string | null {
  const first = word.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && NUMBER.test(word)) return 'm';
  if (word.length === 1) return (unitTags[first] ??= dictionaryTag(word)) || null;
  const hanPair = word.length === 2 ? hanPairKey(first, word.charCodeAt(1)) : -1;
  let tag = hanPair >= 0 ? hanPairTags.get(hanPair) : tags.get(word);
  if (tag === undefined) {
    tag = dictionaryTag(word);
    if (hanPair >= 0) {
      if (hanPairTags.size < MAX_CACHED_TAGS) hanPairTags.set(hanPair, tag);
    } else if (tags.size < MAX_CACHED_TAGS) tags.set(word, tag);
  }
  return tag || null;
}

/** The tag jieba gives `word` alone, or '' when it cuts it into more than one word. */
function dictionaryTag(word: string): string {
  const tagged = jieba().tag(word, true);
  return tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : '';
}

/** A number for two Han characters of the basic block (a small integer), or -1. */
function hanPairKey(a: number, b: number): number {
  const i = a - HAN_FIRST;
  const j = b - HAN_FIRST;
  return i >= 0 && i < HAN_COUNT && j >= 0 && j < HAN_COUNT ? i * HAN_COUNT + j : -1;
}

const CONTEXT = 48;

function tagInContext(text: string, at: number, word: string): string {
  let from = at;
  let to = at + word.length;
  // A block is tagged whole, but never more than a window of it: a page-long run of characters
  // would make this quadratic, and the tagger's choices depend on a few words around only.
  while (from > 0 && at - from < CONTEXT && isBlockUnit(text.charCodeAt(from - 1))) from--;
  while (to < text.length && to - at < CONTEXT && isBlockUnit(text.charCodeAt(to))) to++;
  let position = from;
  for (const t of jieba().tag(text.slice(from, to), true)) {
    if (position === at && t.word === word) return t.tag;
    position += t.word.length;
    if (position > at) break;
  }
  return 'x';
}
