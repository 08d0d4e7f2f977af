import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jieba, tokenize } from '../src/pipeline/tokenize.js';

describe('tokenize', () => {
  it("gives the words and tags of jieba's own tagger, with offsets into the text", () => {
    for (const file of readdirSync('fixtures/seeds')) {
      const text = readFileSync(`fixtures/seeds/${file}`, 'utf8');
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
});
