// Conformance with the Chinese Number, Percent and NumberWithUnit specs of Recognizers-Text
// (copied under test/conformance/recognizers-text, MIT). Numbers go through parseNumber; percents,
// currencies, dimensions and ages through the figure extractor. Cases where our contract differs
// on purpose are listed in DIFFERENCES with the reason, never skipped silently.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseNumber } from '../../src/extractors/numerals.js';
import { extractRecords } from '../../src/engine/extract.js';
import type { FigureRecord } from '../../src/records.js';

interface SpecCase {
  Input: string;
  NotSupported?: string;
  Results: { Text: string; Resolution: { value?: string; unit?: string } }[];
}

const load = (path: string): SpecCase[] =>
  JSON.parse(readFileSync(new URL(`./recognizers-text/Specs/${path}`, import.meta.url), 'utf8').replace(/^\uFEFF/, ''));

/** Deliberate differences: what the spec does, and why our contract does otherwise. */
const DIFFERENCES: { reason: string; matches: (text: string, unit?: string) => boolean }[] = [
  { reason: '多/余/几 are kept apart as approx more_than; the spec folds them into an exact value', matches: (t) => /[多余几幾]/.test(t) },
  { reason: 'traditional characters in units and decimals (個, 點, 兩成) are not in our simplified-script lexicon', matches: (t) => /[個點]|兩成/.test(t) },
  { reason: 'a leading 百/千 without its digit (百三, 千三) is colloquial and ambiguous with words; not read', matches: (t) => /^[百千]/.test(t) && !/^百分之/.test(t) },
  { reason: 'negative numbers (负, -) do not occur as figures in health news; not supported', matches: (t) => /^[负負-]/.test(t) },
  { reason: 'dozens (打), 半, k/M suffixes, exponents and fractions (分之 other than 百分之) are not read; 千分之/万分之 are rates in ‰ and /10000, not percents', matches: (t) => /[打半kKMG^e/]/.test(t) || (/分之/.test(t) && !/^百分之/.test(t)) },
  { reason: 'Latin-letter units (cm, m) and currency symbols ($, ￥) are not read: letters next to a number mark a code', matches: (t) => /\d\s*[a-zA-Z]|[$￥]/.test(t) },
  { reason: 'spoken money in 块/毛/角/分 is not written in the papers; 元 is', matches: (t) => /[块毛角]/.test(t) },
  { reason: 'a minor currency unit after the amount (两美元又三美分, 10日元5日本銭) is not added in: the papers write decimals', matches: (t) => /美分|銭/.test(t) },
  { reason: 'a currency name without a number (人民币) is no figure', matches: (t) => !/[\d一二三四五六七八九十百千万亿两]/.test(t) },
  { reason: 'a lone digit character (一, 两) counts nothing unless a measure word follows; the spec returns it', matches: (t) => /^[一二两兩〇零]$/.test(t) },
  { reason: 'spaces inside a numeral (三 百 五, 1 234) are not how the papers print numbers; the normaliser keeps them as separators', matches: (t) => /\s/.test(t) },
  { reason: 'discounts (折, 对折) and 成 beyond 十成 are not percents in our contract', matches: (t) => /折/.test(t) },
  {
    reason: 'units outside the lexicon (rarer currencies, traditional weights 两/斤, data, frequency, power, energy)',
    matches: (_t, u) =>
      !!u && !/^(Chinese yuan|United States dollar|Euro|Japanese yen|Hong Kong dollar|New Taiwan dollar|Year|Kilometer|Meter|Centimeter|Millimeter|Kilogram|Gram|Ton|Mu)$/.test(u),
  },
];

function differs(text: string, unit?: string): string | null {
  return DIFFERENCES.find((d) => d.matches(text, unit))?.reason ?? null;
}

it('agrees with the Recognizers-Text Chinese specs on the cases we support', () => {
  let supported = 0;
  let agreed = 0;
  const byReason = new Map<string, string[]>();
  const disagreements: string[] = [];
  const note = (reason: string, text: string) => byReason.set(reason, [...(byReason.get(reason) ?? []), text]);

  for (const c of load('Number/Chinese/NumberModel.json')) {
    for (const r of c.Results) {
      const reason = differs(r.Text);
      if (reason) {
        note(reason, r.Text);
        continue;
      }
      supported++;
      const v = parseNumber(r.Text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
      if (v !== null && Math.abs(v - Number(r.Resolution.value)) < 1e-6) agreed++;
      else disagreements.push(`NumberModel ${r.Text}: ${v} (spec ${r.Resolution.value})`);
    }
  }

  const viaExtractor: [string, (r: SpecCase['Results'][number]) => number][] = [
    ['Number/Chinese/PercentModel.json', (r) => Number(String(r.Resolution.value).replace('%', ''))],
    ['NumberWithUnit/Chinese/CurrencyModel.json', (r) => Number(r.Resolution.value)],
    ['NumberWithUnit/Chinese/DimensionModel.json', (r) => Number(r.Resolution.value)],
    ['NumberWithUnit/Chinese/AgeModel.json', (r) => Number(r.Resolution.value)],
  ];
  for (const [path, expected] of viaExtractor) {
    for (const c of load(path)) {
      const figures = extractRecords(c.Input, { types: ['figure'] }) as FigureRecord[];
      for (const r of c.Results) {
        const reason = differs(r.Text, r.Resolution.unit);
        if (reason) {
          note(reason, r.Text);
          continue;
        }
        supported++;
        const want = expected(r);
        // A range (5-20%) holds the spec's separate numbers as its bounds.
        if (figures.some((f) => [f.value, f.min, f.max].some((v) => v !== null && Math.abs(v - want) < 1e-6))) agreed++;
        else disagreements.push(`${path.split('/').pop()} ${c.Input} -> ${r.Text}: ${figures.map((f) => f.value).join(',') || 'nothing'} (spec ${want})`);
      }
    }
  }

  const agreement = agreed / supported;
  const listed = [...byReason.values()].reduce((n, texts) => n + texts.length, 0);
  console.log(
    `recognizers-text conformance: ${agreed}/${supported} supported cases agree (${(agreement * 100).toFixed(1)}%); ` +
      `of all ${supported + listed} spec results, ${agreed} agree (${((100 * agreed) / (supported + listed)).toFixed(1)}%) and ${listed} are deliberate differences, listed below by reason`,
  );
  for (const [reason, texts] of byReason) console.log(`deliberate difference (${texts.length}): ${reason}\n  ${texts.join(' | ')}`);
  if (disagreements.length) console.log(`disagreements:\n  ${disagreements.join('\n  ')}`);
  expect(agreement).toBeGreaterThanOrEqual(0.95);
});
