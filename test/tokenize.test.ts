import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jieba, tokenize, TokenIndex } from '../src/pipeline/tokenize.js';

const seeds = readdirSync('fixtures/seeds').map((file) => readFileSync(`fixtures/seeds/${file}`, 'utf8'));

describe('tokenize', () => {
  it("gives the words and tags of jieba's own tagger, with offsets into the text", () => {
    for (const text of seeds) {
      const tagged = jieba()
        .tag(text, true)
        .filter((t) => t.word.trim())
        .map((t) => [t.word, t.tag]);
      const tokens = tokenize(text);
      expect(tokens.map((t) => [t.word, t.tag])).toEqual(tagged);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    }
  });

  it('knows the domain words and keeps names whole', () => {
    const words = tokenize('千人口托位数达5.22个,副市长马卫红介绍').map((t) => t.word);
    expect(words).toContain('千人口托位数');
    expect(words).toContain('马卫红');
  });

  it('shifts offsets by the given base', () => {
    expect(tokenize('托位', 10)[0]).toMatchObject({ word: '托位', start: 10, end: 12 });
  });

  it("tags numbers m without asking jieba, as jieba's tagger does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,12}(?:\.\d{1,4})?%?$/), (number) => {
        const tagged = jieba()
          .tag(`共${number}个`, true)
          .find((t) => t.word === number.replace(/%$/, '') || t.word === number);
        const token = tokenize(`共${number}个`).find((t) => t.word === tagged?.word);
        expect(token?.tag).toBe(tagged?.tag);
      }),
    );
  });
});

const PIECES = [
  ...'聊城市卫生健康委员会人民医院托育机构服务中心张月莲达超过约余万个家元%',
  ...'0123456789.+-_#&',
  ...'，。、：；“”（）《》—… \u3000\n',
  '𠮷',
  '😀',
  'abc',
  '3.12万个',
  '副市长马卫红',
  '托位使用率高达95%',
];

describe('TokenIndex', () => {
  it('cuts any stretch as jieba cuts it on its own, whole blocks from the index', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const index = new TokenIndex(t);
        index.alone(0, t.length); // every block cut and cached first
        const start = t.length ? a % t.length : 0;
        const end = start + (t.length ? b % (t.length - start + 1) : 0);
        expect(index.alone(start, end)).toEqual(tokenize(t.slice(start, end), start));
      }),
    );
  });

  it('cuts a part it cut before, here or elsewhere in the text, as it cut it the first time', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (t, spans) => {
        const index = new TokenIndex(t);
        for (const [a, b] of [...spans, ...spans]) {
          const start = t.length ? a % t.length : 0;
          const end = start + (t.length ? b % (t.length - start + 1) : 0);
          expect(index.alone(start, end)).toEqual(tokenize(t.slice(start, end), start));
        }
      }),
    );
    const clause = '托位使用率高达';
    const page = `${clause}95%,全市${clause}96%`;
    const index = new TokenIndex(page);
    const second = page.lastIndexOf(clause);
    expect(index.alone(0, clause.length)).toEqual(tokenize(clause));
    expect(index.alone(second, second + clause.length)).toEqual(tokenize(clause, second));
  });

  it('cuts a clause that ends inside a block as the clause, not as the line', () => {
    const text = '托位使用率高达95%。';
    const index = new TokenIndex(text);
    expect(index.alone(0, text.length).map((t) => t.word)).toContain('高达');
    expect(index.alone(0, 7).map((t) => t.word)).toEqual(tokenize('托位使用率高达').map((t) => t.word));
  });

  it('agrees with the whole page on every seed page, token by token', () => {
    for (const text of seeds) {
      const whole = tokenize(text);
      const index = new TokenIndex(text);
      expect(index.alone(0, text.length)).toEqual(whole);
      const starts = new Set(whole.map((t) => t.start));
      const ends = new Set(whole.map((t) => t.end));
      for (let at = 0; at < text.length; at += 7) {
        expect(index.startingAt(at)).toEqual(whole.find((t) => t.start === at));
        if (/\S/.test(text[at]) && at > 0 && /\S/.test(text[at - 1]))
          expect(index.boundary(at)).toBe(starts.has(at) || ends.has(at));
      }
    }
  });

  it('gives the block around an offset, and none outside blocks', () => {
    const index = new TokenIndex('全市托位3.12万个,副市长马卫红');
    expect(index.runAt(2)).toMatchObject({ start: 0, end: 10 });
    expect(index.runAt(10)).toBeNull();
    expect(index.runAt(12)?.tokens.map((t) => t.word)).toEqual(
      tokenize('副市长马卫红', 11).map((t) => t.word),
    );
  });
});
