// Finding words of a list in a text. `wordPattern` builds one regular expression from the list,
// as a trie, so that a match attempt costs a character test per position instead of a test per
// word. `Finder` goes further: it tries a pattern only where one of its first characters stands,
// looked up in a table. On Chinese text a regular expression pays ~20 ns per position just to
// reject it; most positions start no word, and the table rejects them several times faster.

import { pairHash } from '../basics.js';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

export function wordPattern(words: readonly string[], flags = 'g'): RegExp {
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return new RegExp(source(root), flags);
}

function source(node: Node): string {
  const branches = [...node.next].map(
    ([ch, child]) =>
      escapeRegExp(ch) + (child.next.size ? (child.end ? `(?:${source(child)})?` : source(child)) : ''),
  );
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const SECOND_BITS = 1024;
const SECOND_WORDS = SECOND_BITS / 32;

/**
 * A pattern tried only at positions where one of its prefixes may stand (looked up by their
 * first three UTF-16 units): the same matches as the pattern with the g flag, leftmost first, for
 * any pattern whose every match begins with one of those prefixes.
 */
export class Finder {
  private readonly at: RegExp;
  /** Per first unit: 0 when no match starts with it, else 1 + its row in `seconds`. */
  private readonly starts = new Uint16Array(0x10000);
  /**
   * Per first unit, a filter of the units that may follow it (a bit per unit modulo
   * SECOND_BITS; all set where a match may end after its first unit or nothing is known):
   * most places where a word's first character stands are not followed by its second.
   */
  private readonly seconds: Uint32Array;
  /** Per first unit, 1 when a prefix is that unit alone. */
  private readonly anySecond = new Uint8Array(0x10000);
  /** The same, a bit per unit: `find` reads it at most places, and a bit table stays in cache. */
  private readonly alone = new Uint32Array(0x10000 >>> 5);
  /** A bit per hash of the first two units of every prefix longer than one unit (see `pairHash`). */
  private readonly leading = new Uint32Array(PAIR_BITS >>> 5);
  /** A bit per hash of every prefix of two units (see `pairHash`). */
  private readonly pairs = new Uint32Array(PAIR_BITS >>> 5);
  /**
   * A bit per hash of the first three units of every longer prefix (see `tripleHash`): most
   * places where a word's first two characters stand are not followed by its third (人民 is
   * common, 人民医院 rare beside it), so the pattern is tried at far fewer.
   */
  private readonly triples = new Uint32Array(PAIR_BITS >>> 5);

  /**
   * `prefixes`: every match begins with one of them; their first three units are looked at (a
   * one-unit prefix lets any unit follow).
   */
  constructor(pattern: RegExp, prefixes: Iterable<string>) {
    this.at = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
    const rows: number[] = [];
    for (const prefix of prefixes) {
      const first = prefix.charCodeAt(0);
      if (this.starts[first] === 0) this.starts[first] = rows.push(first);
    }
    this.seconds = new Uint32Array(rows.length * SECOND_WORDS);
    for (const prefix of prefixes) {
      const row = (this.starts[prefix.charCodeAt(0)] - 1) * SECOND_WORDS;
      if (prefix.length < 2) {
        this.seconds.fill(0xffffffff, row, row + SECOND_WORDS);
        this.anySecond[prefix.charCodeAt(0)] = 1;
        this.alone[prefix.charCodeAt(0) >>> 5] |= 1 << (prefix.charCodeAt(0) & 31);
      } else {
        const lead = pairHash(prefix.charCodeAt(0), prefix.charCodeAt(1));
        this.leading[lead >>> 5] |= 1 << (lead & 31);
        const bit = prefix.charCodeAt(1) & (SECOND_BITS - 1);
        this.seconds[row + (bit >>> 5)] |= 1 << (bit & 31);
        const [set, h] =
          prefix.length === 2
            ? [this.pairs, pairHash(prefix.charCodeAt(0), prefix.charCodeAt(1))]
            : [this.triples, tripleHash(prefix.charCodeAt(0), prefix.charCodeAt(1), prefix.charCodeAt(2))];
        set[h >>> 5] |= 1 << (h & 31);
      }
    }
  }

  /** Whether a prefix may start at `at` (most positions start none: the tables say so). */
  private mayStartAt(text: string, at: number): boolean {
    const first = text.charCodeAt(at);
    const row = this.starts[first];
    if (row === 0) return false;
    // At the last unit only a prefix of one unit fits. (Reading past the end would make V8 drop
    // this function's compiled code.)
    if (at + 1 >= text.length) return this.anySecond[first] === 1;
    const second = text.charCodeAt(at + 1);
    const bit = second & (SECOND_BITS - 1);
    if ((this.seconds[(row - 1) * SECOND_WORDS + (bit >>> 5)] & (1 << (bit & 31))) === 0) return false;
    if (this.anySecond[first] === 1) return true;
    const pair = pairHash(first, second);
    if ((this.pairs[pair >>> 5] & (1 << (pair & 31))) !== 0) return true;
    // No prefix of three fits in the last two units.
    if (at + 2 >= text.length) return false;
    const triple = tripleHash(first, second, text.charCodeAt(at + 2));
    return (this.triples[triple >>> 5] & (1 << (triple & 31))) !== 0;
  }

  /** A finder for the words of a list, longest first at each position (see `wordPattern`). */
  static words(words: readonly string[]): Finder {
    return new Finder(wordPattern(words, ''), words);
  }

  /** The first match that starts at or after `from` and before `to`, or null. */
  find(text: string, from = 0, to = text.length): RegExpExecArray | null {
    // As FinderGroup's `all` does: each unit read once, and a place passed over unless the bit
    // of its first two units or of its unit alone is set (every match begins with a prefix).
    const { leading, alone } = this;
    const last = text.length - 1;
    const stop = Math.min(to, text.length);
    let i = Math.max(0, from);
    let second = i < stop ? text.charCodeAt(i) : 0;
    for (; i < stop; i++) {
      const first = second;
      second = i < last ? text.charCodeAt(i + 1) : -1;
      const h = pairHash(first, second);
      if (
        (second < 0 || (leading[h >>> 5] & (1 << (h & 31))) === 0) &&
        (alone[first >>> 5] & (1 << (first & 31))) === 0
      )
        continue;
      if (!this.mayStartAt(text, i)) continue;
      this.at.lastIndex = i;
      const m = this.at.exec(text);
      if (m) return m;
    }
    return null;
  }

  /** Every match, left to right, each search starting where the last match ended. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.find(text); m; m = this.find(text, m.index + Math.max(1, m[0].length))) out.push(m);
    return out;
  }

  /** The match that starts at `at`, or null (most units begin none: their table says so). */
  matchAt(text: string, at: number): RegExpExecArray | null {
    if (!this.mayStartAt(text, at)) return null;
    this.at.lastIndex = at;
    return this.at.exec(text);
  }
}

/**
 * Up to seven finders run over one text in one pass: reading each unit and looking it up costs
 * more than the few patterns tried where a word may begin, so one read serves them all.
 */
export class FinderGroup {
  /**
   * Per first unit, a bit per finder that has a match beginning with it, and ANY_SECOND when
   * one of those matches may be that unit alone.
   */
  private readonly firsts = new Uint8Array(0x10000);
  /** A bit per hash of the first two units of every match (see `pairHash`): most pairs are none. */
  private readonly pairs = new Uint32Array(PAIR_BITS >>> 5);
  /** A bit per unit that a match may be alone (the units with ANY_SECOND in `firsts`). */
  private readonly alone = new Uint32Array(0x10000 >>> 5);
  /** Per finder, where `all`'s next search for it starts: after its last match (one buffer, not one per call). */
  private readonly searchFrom: Int32Array;

  constructor(
    private readonly finders: readonly Finder[],
    prefixes: readonly (readonly string[])[],
  ) {
    // A finder per bit of a byte, the last one being ANY_SECOND.
    if (finders.length > 7)
      throw new RangeError(`a FinderGroup holds up to 7 finders, not ${finders.length}`);
    this.searchFrom = new Int32Array(finders.length);
    for (const [k, words] of prefixes.entries())
      for (const word of words) {
        const first = word.charCodeAt(0);
        this.firsts[first] |= 1 << k;
        if (word.length < 2) {
          this.firsts[first] |= ANY_SECOND;
          this.alone[first >>> 5] |= 1 << (first & 31);
        } else {
          const h = pairHash(first, word.charCodeAt(1));
          this.pairs[h >>> 5] |= 1 << (h & 31);
        }
      }
  }

  /** A group of finders of word lists (`Finder.words`). */
  static words(lists: readonly (readonly string[])[]): FinderGroup {
    return new FinderGroup(
      lists.map((words) => Finder.words(words)),
      lists,
    );
  }

  /**
   * Each finder's matches in `text`, in the order given: what its `all` returns. With `start` and
   * `end`, the matches that start in text[start, end), each match's index counted from `start`:
   * what text.slice(start, end) gives where no match runs past `end` (a line's end: the text
   * itself is read, which is faster than a slice of it).
   */
  all(text: string, start = 0, end = text.length): (readonly RegExpExecArray[])[] {
    // Most blocks hold a match of few finders or none: the others share one empty list.
    const found: (readonly RegExpExecArray[])[] = this.finders.map(() => NO_MATCHES);
    const from = this.searchFrom.fill(start);
    const last = text.length - 1;
    const stop = Math.min(end, text.length);
    // Each unit is read once (carried to the next place as its first unit): reading a unit costs
    // more than the tests. A place passes when the bit of its pair or of its unit
    // alone is set, as almost none does, and only then is its unit's row read: half the time of
    // reading the row at every place.
    const { pairs, alone, firsts } = this;
    let second = start < stop ? text.charCodeAt(start) : 0;
    for (let i = start; i < stop; i++) {
      const first = second;
      second = i < last ? text.charCodeAt(i + 1) : -1;
      const h = pairHash(first, second);
      if (
        (second < 0 || (pairs[h >>> 5] & (1 << (h & 31))) === 0) &&
        (alone[first >>> 5] & (1 << (first & 31))) === 0
      )
        continue;
      let bits = firsts[first];
      if (bits === 0) continue;
      bits &= ~ANY_SECOND;
      for (let k = 0; bits !== 0; k++, bits >>>= 1) {
        if ((bits & 1) === 0 || i < from[k]) continue;
        const m = this.finders[k].matchAt(text, i);
        if (m) {
          from[k] = i + Math.max(1, m[0].length);
          m.index = i - start;
          if (found[k] === NO_MATCHES) found[k] = [m];
          else (found[k] as RegExpExecArray[]).push(m);
        }
      }
    }
    return found;
  }
}

const ANY_SECOND = 0x80;
/** The matches of a finder that found none: shared, never written. */
const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/** A number of 16 bits for three UTF-16 units (`pairHash` for two). */
function tripleHash(a: number, b: number, c: number): number {
  return (pairHash(a, b) * 31 + c) & 0xffff;
}
/** The range of `pairHash` and `tripleHash`. */
const PAIR_BITS = 1 << 16;

/**
 * Whether text[from, to) is one or more Han characters of the basic block (U+4E00-U+9FFF), as
 * /^[\u4e00-\u9fff]+$/ tests a slice of it: without the slice and the pattern's call, which cost
 * more than the loop on words of a few characters. `from` is not negative.
 */
export function isHanSpan(text: string, from = 0, to = text.length): boolean {
  const end = Math.min(to, text.length);
  if (from >= end) return false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}
