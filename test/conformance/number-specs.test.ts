// Conformance with the Chinese Number, Percent and NumberWithUnit specs of Recognizers-Text
// (copied under test/conformance/recognizers-text, MIT). Numbers go through parseNumber; percents,
// currencies, dimensions and ages through the figure extractor (a result agrees when a figure of
// its input has the spec's value, or holds it as a range's bound). Every result we disagree on is
// listed by case in DIFFERENCES with the reason; a listed case that agrees fails, so the list only
// shrinks, and so does a new disagreement that is not listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extractors/numerals.js';
import { extractRecords } from '../../src/engine/extract.js';
import type { FigureRecord } from '../../src/records.js';

interface SpecCase {
  Input: string;
  Results: { Text: string; Resolution: { value?: string | null } }[];
}

/** Why our contract reads a form otherwise than the spec. */
const WHY = {
  approx:
    "parseNumber reads exact numbers: 多/余/几 (十多万) are the figure scanner's approx more_than; the spec folds them into an exact value",
  traditional:
    'traditional characters in decimals and units (點, 個百分點, 兩) are not in our simplified-script lexicon',
  leadingMagnitude:
    'a leading 百/千 without its digit (百三, 千三) is colloquial and ambiguous with words; not read',
  negative: 'negative numbers (负, -) do not occur as figures in health news; not supported',
  notation:
    'dozens (打), 半 as a number (半百, 半成), k suffixes, exponents and fractions (五分之一, 3/5) are not read',
  perMille: '千分之, 万分之 and 百万分之 are rates (‰, per 10,000, per million), not percents',
  latin:
    'Latin-letter units (cm, m) and currency symbols ($, ￥) are not read: letters next to a number mark a code',
  spokenMoney: 'spoken money in 块/毛/角/分 is not written in the papers; 元 is',
  minorCurrency:
    'a minor currency unit after the amount (两美元又三美分) is not added in: the papers write decimals',
  noNumber: 'a currency name without a number (人民币) is no figure; the spec returns it without a value',
  spaced:
    'spaces inside a numeral (三 百 五, 1000  万) are not how the papers print numbers; the normaliser keeps them as separators',
  discount: 'discounts (九折, 对折) and 成 beyond 十成 are not percents in our contract',
  unitOutsideLexicon:
    'units outside the lexicon (rarer currencies, traditional weights 两, data, frequency, power)',
  precision:
    'values keep 12 significant digits (tidy() rounds away the float noise of 3.12 × 10000); a 24-digit amount loses its tail',
  percentile:
    '百分之七十百分位 (a percentile) runs 七十百 into one numeral and gives nothing; the papers write 第3百分位',
  commaGroups:
    'a comma between digit groups (20，300) is a thousands separator to us; the spec reads a list of two amounts',
} as const;
type Reason = keyof typeof WHY;

/** Every result we read otherwise, by case (file#case.result text), with the reason. */
const DIFFERENCES: Record<string, Reason> = {
  'NumberModel#7.0 十 余 万': 'approx',
  'NumberModel#11.0 负三十二': 'negative',
  'NumberModel#17.0 7 万5 千4 百': 'spaced',
  'NumberModel#18.0 40k': 'notation',
  'NumberModel#19.0 二十 億': 'spaced',
  'NumberModel#32.0 -10000': 'negative',
  'NumberModel#33.0 负10000': 'negative',
  'NumberModel#34.0 一打': 'notation',
  'NumberModel#61.0 半百': 'notation',
  'NumberModel#68.0 负四十五亿零四百零四万': 'negative',
  'NumberModel#69.0 负四百零五亿零四百零四万': 'negative',
  'NumberModel#71.0 五十打': 'notation',
  'NumberModel#72.0 百三': 'leadingMagnitude',
  'NumberModel#79.0 一百 五 十 二': 'spaced',
  'NumberModel#80.0 两千 四 百 五': 'spaced',
  'NumberModel#81.0 7万 5千 4百': 'spaced',
  'NumberModel#82.0 三千 八百 九十六 万 四千 九百 六十五': 'spaced',
  'NumberModel#83.0 三千 九百 六十五': 'spaced',
  'NumberModel#84.0 五百 余万': 'approx',
  'NumberModel#85.0 一千多万': 'approx',
  'NumberModel#86.0 十多万': 'approx',
  'NumberModel#87.0 二十几万': 'approx',
  'NumberModel#88.0 一百零几万': 'approx',
  'NumberModel#89.0 一千五百零几万': 'approx',
  'NumberModel#90.0 一百 二 十 几亿': 'approx',
  'NumberModel#95.0 十打': 'notation',
  'NumberModel#97.0 500余万': 'approx',
  'NumberModel#98.0 八千 三百 八十五 万 二千 三百 二十六 点三三': 'spaced',
  'NumberModel#99.0 2^5': 'notation',
  'NumberModel#100.0 2e5': 'notation',
  'NumberModel#104.0 十 余 萬': 'approx',
  'NumberModel#107.0 負三十二': 'negative',
  'NumberModel#112.0 7 萬5 千4 百': 'spaced',
  'NumberModel#121.0 壹打': 'notation',
  'NumberModel#149.0 負四十五億零四百零四萬': 'negative',
  'NumberModel#150.0 負四百零五億零四百零四萬': 'negative',
  'NumberModel#157.0 壹百 五 十 二': 'spaced',
  'NumberModel#158.0 兩千 四 百 五': 'spaced',
  'NumberModel#159.0 7萬 5千 4百': 'spaced',
  'NumberModel#160.0 三千 八百 九十六 萬 四千 九百 六十五': 'spaced',
  'NumberModel#161.0 五百 余萬': 'approx',
  'NumberModel#162.0 壹千多萬': 'approx',
  'NumberModel#163.0 十多萬': 'approx',
  'NumberModel#164.0 二十幾萬': 'approx',
  'NumberModel#165.0 壹百零幾萬': 'approx',
  'NumberModel#166.0 壹千五百零幾萬': 'approx',
  'NumberModel#167.0 壹百 二 十 幾億': 'approx',
  'NumberModel#172.0 十打': 'notation',
  'NumberModel#174.0 500余萬': 'approx',
  'NumberModel#175.0 八千 三百 八十五 萬 二千 三百 二十六 點三三': 'traditional',
  'NumberModel#180.0 一百分之五十五点五七九': 'notation',
  'NumberModel#181.0 一百分之十万零六百五十一': 'notation',
  'NumberModel#182.0 一千分之一': 'notation',
  'NumberModel#183.0 壹仟分之贰': 'notation',
  'NumberModel#184.0 一万分之三': 'notation',
  'NumberModel#185.0 壹萬分之肆': 'notation',
  'NumberModel#186.0 一百万分之五': 'notation',
  'NumberModel#187.0 一千万分之六': 'notation',
  'NumberModel#188.0 一万万分之七': 'notation',
  'NumberModel#191.0 负六点六': 'negative',
  'NumberModel#196.0 1000  万': 'spaced',
  'NumberModel#197.0 21.2e0': 'notation',
  'NumberModel#198.0 2^-1': 'notation',
  'NumberModel#199.0 四百 点 五': 'spaced',
  'NumberModel#202.0 -1e1': 'negative',
  'NumberModel#203.0 -2.5 m': 'negative',
  'NumberModel#215.0 2.7890e-1': 'notation',
  'NumberModel#217.0 -.5': 'negative',
  'NumberModel#224.0 1.1^+23': 'notation',
  'NumberModel#225.0 2.5^-1': 'notation',
  'NumberModel#226.0 -1.1^+23': 'negative',
  'NumberModel#227.0 -2.5^-1': 'negative',
  'NumberModel#228.0 -1.1^--23': 'negative',
  'NumberModel#229.0 -127.32e13': 'negative',
  'NumberModel#230.0 12.32e+14': 'notation',
  'NumberModel#231.0 -12e-1': 'negative',
  'NumberModel#232.0 五 分之 一': 'notation',
  'NumberModel#233.0 三 百 五 又 三 分之 一': 'notation',
  'NumberModel#234.0 4 6/3': 'notation',
  'NumberModel#235.0 -3/2': 'negative',
  'NumberModel#236.0 五分之一': 'notation',
  'NumberModel#237.0 一百万又五十万分之二十五': 'notation',
  'NumberModel#238.0 一百分之二': 'notation',
  'NumberModel#239.0 四千二分之三': 'notation',
  'NumberModel#240.0 一百分之2': 'notation',
  'NumberModel#241.0 五百分之2333': 'notation',
  'NumberModel#242.0 3又一千分之23': 'notation',
  'NumberModel#243.0 3/5': 'notation',
  'NumberModel#244.0 1 3/5': 'notation',
  'NumberModel#245.0 16/5': 'notation',
  'NumberModel#246.0 16分之5': 'notation',
  'NumberModel#247.0 16分之2225': 'notation',
  'NumberModel#248.0 负一又二分之一': 'negative',
  'NumberModel#249.0 二分之一': 'notation',
  'NumberModel#250.0 三百 五又三分之一': 'notation',
  'NumberModel#251.0 三百五十又3分之1': 'notation',
  'NumberModel#252.0 3分之一百五十七': 'notation',
  'NumberModel#253.0 负3分之负一百五十七': 'negative',
  'NumberModel#254.7 二十五分之一百四十四': 'notation',
  'NumberModel#254.8 十一又十四分之一': 'notation',
  'NumberModel#255.0 1 4/3': 'notation',
  'NumberModel#255.1 1/2': 'notation',
  'NumberModel#256.0 二分 之一': 'spaced',
  'NumberModel#257.0 三百 五 又 三分  之一': 'spaced',
  'NumberModel#258.0 三百五十 又 3分  之1': 'spaced',
  'NumberModel#259.0 3 分  之 一百五十七': 'spaced',
  'NumberModel#260.0 负3 分  之 负一百五十七': 'negative',
  'NumberModel#261.0 五 分之 壹': 'notation',
  'NumberModel#262.0 三 百 五 又 三 分之 壹': 'notation',
  'NumberModel#263.0 五分之壹': 'notation',
  'NumberModel#264.0 壹百萬又五十萬分之二十五': 'notation',
  'NumberModel#265.0 壹百分之二': 'notation',
  'NumberModel#266.0 壹百分之2': 'notation',
  'NumberModel#267.0 3又壹千分之23': 'notation',
  'NumberModel#268.0 負壹又二分之壹': 'negative',
  'NumberModel#269.0 二分之壹': 'notation',
  'NumberModel#270.0 三百 五又三分之壹': 'notation',
  'NumberModel#271.0 3分之壹百五十七': 'notation',
  'NumberModel#272.0 負3分之負壹百五十七': 'negative',
  'NumberModel#273.5 壹百五十四點零': 'traditional',
  'NumberModel#273.6 四百億點零五零': 'traditional',
  'NumberModel#273.7 二十五分之壹百四十四': 'notation',
  'NumberModel#273.8 十壹又十四分之壹': 'notation',
  'NumberModel#274.0 1 4/3': 'notation',
  'NumberModel#274.1 1/2': 'notation',
  'NumberModel#275.0 二分 之壹': 'spaced',
  'NumberModel#276.0 三百 五 又 三分  之壹': 'spaced',
  'NumberModel#277.0 3 分  之 壹百五十七': 'spaced',
  'NumberModel#278.0 負3 分  之 負壹百五十七': 'negative',
  'NumberModel#298.0 负一万零十二': 'negative',
  'NumberModel#301.0 二十五分之一千零拾肆': 'notation',
  'NumberModel#303.0 一千零十又3分之1': 'notation',
  'NumberModel#358.0 千三': 'leadingMagnitude',
  'NumberModel#362.0 负1.1': 'negative',
  'NumberModel#363.0 负0.2': 'negative',
  'PercentModel#0.0 对折': 'discount',
  'PercentModel#2.0 陆 点 五 折': 'spaced',
  'PercentModel#4.0 七成 六': 'spaced',
  'PercentModel#6.0 7 2 折': 'spaced',
  'PercentModel#7.0 六 点 五 成': 'spaced',
  'PercentModel#10.0 十 成': 'spaced',
  'PercentModel#11.0 75折': 'discount',
  'PercentModel#12.0 9.9折': 'discount',
  'PercentModel#13.0 九 九 折': 'spaced',
  'PercentModel#14.0 三点一折': 'discount',
  'PercentModel#16.0 半成': 'notation',
  'PercentModel#17.0 半折': 'notation',
  'PercentModel#26.0 2折': 'discount',
  'PercentModel#27.0 两折': 'discount',
  'PercentModel#29.0 三八折': 'discount',
  'PercentModel#32.0 2折': 'discount',
  'PercentModel#33.0 2折': 'discount',
  'PercentModel#33.1 2.5折': 'discount',
  'PercentModel#33.2 2.1折': 'discount',
  'PercentModel#33.3 2折': 'discount',
  'PercentModel#34.0 九折': 'discount',
  'PercentModel#34.1 五五折': 'discount',
  'PercentModel#34.2 八点五折': 'discount',
  'PercentModel#35.0 五折': 'discount',
  'PercentModel#37.0 千分之2.4': 'perMille',
  'PercentModel#38.0 千分之一': 'perMille',
  'PercentModel#39.0 仟分之贰': 'perMille',
  'PercentModel#40.0 万分之三': 'perMille',
  'PercentModel#41.0 萬分之肆': 'perMille',
  'PercentModel#42.0 百万分之五': 'perMille',
  'PercentModel#43.0 千万分之六': 'perMille',
  'PercentModel#44.0 万万分之七': 'perMille',
  'PercentModel#45.0 百万万分之七': 'perMille',
  'PercentModel#46.0 千分之一百一十一': 'perMille',
  'PercentModel#47.0 千分之一百一十一点一一二': 'perMille',
  'PercentModel#51.0 一百五十    个百分点': 'spaced',
  'PercentModel#54.0 -22.2%': 'negative',
  'PercentModel#56.0 -122%': 'negative',
  'PercentModel#59.0 百分之15k': 'notation',
  'PercentModel#65.0 四点 五个百分点': 'spaced',
  'PercentModel#66.0 百分之五 十': 'spaced',
  'PercentModel#67.0 百分之一 点五': 'spaced',
  'PercentModel#72.0 百分之3.2k': 'notation',
  'PercentModel#79.0 12k个百分点': 'notation',
  'PercentModel#80.0 15k个百分点': 'notation',
  'PercentModel#98.0 一 百 五 十 个 百 分 点': 'spaced',
  'PercentModel#99.0 六   个 百 分点': 'spaced',
  'PercentModel#101.0 百 分之 一百二十点五': 'spaced',
  'PercentModel#102.0 百 分 之2.4': 'spaced',
  'PercentModel#103.0 百 分之 2': 'spaced',
  'PercentModel#104.0 百  分 之 669': 'spaced',
  'PercentModel#105.0 百 分 之  52.5 k': 'spaced',
  'PercentModel#106.0 百 分 之 一 百二 十点 五': 'spaced',
  'PercentModel#107.0 對折': 'discount',
  'PercentModel#109.0 陸 點 五 折': 'traditional',
  'PercentModel#110.0 六 點 五 成': 'traditional',
  'PercentModel#111.0 三點一折': 'traditional',
  'PercentModel#112.0 兩折': 'discount',
  'PercentModel#114.2 八點五成': 'traditional',
  'PercentModel#115.0 九折': 'discount',
  'PercentModel#115.1 五五折': 'discount',
  'PercentModel#115.2 八點五折': 'traditional',
  'PercentModel#117.0 一百五十 個百分點': 'traditional',
  'PercentModel#118.0 六個百分點': 'traditional',
  'PercentModel#119.0 2.4個百分點': 'traditional',
  'PercentModel#120.0 12個百分點': 'traditional',
  'PercentModel#121.0 2,123個百分點': 'traditional',
  'PercentModel#122.0 二十個百分點': 'traditional',
  'PercentModel#123.0 四點 五個百分點': 'traditional',
  'PercentModel#124.0 百分之一 點五': 'traditional',
  'PercentModel#125.0 12.56個百分點': 'traditional',
  'PercentModel#126.0 0.4個百分點': 'traditional',
  'PercentModel#127.0 15,123個百分點': 'traditional',
  'PercentModel#128.0 111,111個百分點': 'traditional',
  'PercentModel#129.0 12k個百分點': 'traditional',
  'PercentModel#130.0 15k個百分點': 'traditional',
  'PercentModel#131.0 一百五十個百分點': 'traditional',
  'PercentModel#132.0 七十五萬個百分點': 'traditional',
  'PercentModel#133.0 拾萬零五十六點叁叁個百分點': 'traditional',
  'PercentModel#134.0 75.2個百分點': 'traditional',
  'PercentModel#135.0 75個百分點': 'traditional',
  'PercentModel#136.0 1,075個百分點': 'traditional',
  'PercentModel#137.0 百分之一百二十點五': 'traditional',
  'PercentModel#138.0 一 百 五 十 個 百 分 點': 'traditional',
  'PercentModel#139.0 六   個 百 分點': 'traditional',
  'PercentModel#140.0 2.4   個百分 點': 'traditional',
  'PercentModel#141.0 百 分之 一百二十點五': 'traditional',
  'PercentModel#142.0 佰 分 之 一 百二 十點 五': 'traditional',
  'PercentModel#143.0 一折': 'discount',
  'PercentModel#149.0 百分之七十': 'percentile',
  'PercentModel#150.0 负3.9%': 'negative',
  'PercentModel#151.0 负40%': 'negative',
  'CurrencyModel#5.0 1.0092瑞士法郎': 'unitOutsideLexicon',
  'CurrencyModel#10.0 10日元5日本銭': 'minorCurrency',
  'CurrencyModel#11.0 445奈拉': 'unitOutsideLexicon',
  'CurrencyModel#16.0 两美元又三美分': 'minorCurrency',
  'CurrencyModel#17.0 五元三毛': 'spokenMoney',
  'CurrencyModel#20.0 50元6角三分': 'spokenMoney',
  'CurrencyModel#21.0 人民币': 'noNumber',
  'CurrencyModel#21.1 美元': 'noNumber',
  'CurrencyModel#22.0 人民币': 'noNumber',
  'CurrencyModel#22.1 美元': 'noNumber',
  'CurrencyModel#30.0 $20': 'latin',
  'CurrencyModel#30.1 300美圆': 'commaGroups',
  'CurrencyModel#30.2 ￥300': 'latin',
  'CurrencyModel#34.0 202107211321363588510367 美元': 'precision',
  'DimensionModel#5.0 168cm': 'latin',
  'DimensionModel#6.0 250m': 'latin',
  'DimensionModel#10.0 一位': 'unitOutsideLexicon',
  'DimensionModel#20.0 三千比特': 'unitOutsideLexicon',
  'DimensionModel#21.0 五十兆字节': 'unitOutsideLexicon',
  'DimensionModel#22.0 六千字节': 'unitOutsideLexicon',
  'DimensionModel#23.0 一千比特': 'unitOutsideLexicon',
  'DimensionModel#24.0 1兆赫兹': 'unitOutsideLexicon',
  'DimensionModel#25.0 100赫兹': 'unitOutsideLexicon',
  'DimensionModel#26.0 一百千瓦': 'unitOutsideLexicon',
  'DimensionModel#28.0 两万两': 'unitOutsideLexicon',
  'DimensionModel#29.0 二两': 'unitOutsideLexicon',
  'DimensionModel#30.0 三十两': 'unitOutsideLexicon',
  'DimensionModel#31.0 三千两百两': 'unitOutsideLexicon',
  'DimensionModel#32.0 1234两': 'unitOutsideLexicon',
  'DimensionModel#33.0 负0.2千米': 'negative',
  'DimensionModel#34.0 负13.5千米': 'negative',
};

interface Outcome {
  /** File#case.result and the result's text: the key of DIFFERENCES. */
  name: string;
  input: string;
  /** The spec's value; null where it has none (a currency name alone). */
  expected: number | null;
  actual: string;
  agrees: boolean;
}

const load = (path: string): SpecCase[] =>
  JSON.parse(
    readFileSync(new URL(`./recognizers-text/Specs/${path}`, import.meta.url), 'utf8').replace(/^\uFEFF/, ''),
  );
const fileName = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
/** The spec's value as a number: percents are written 70%. */
const specValue = (value: string | null | undefined) =>
  value == null ? null : Number(value.replace('%', ''));
const same = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 1e-6;

/** NumberModel: the result's text through parseNumber (full-width digits folded, as the normaliser does). */
function numberOutcomes(): Outcome[] {
  const path = 'Number/Chinese/NumberModel.json';
  return load(path).flatMap((c, i) =>
    c.Results.map((r, j) => {
      const expected = specValue(r.Resolution.value);
      const value = parseNumber(
        r.Text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
      );
      return {
        name: `${fileName(path)}#${i}.${j} ${r.Text}`,
        input: c.Input,
        expected,
        actual: String(value),
        agrees: same(value, expected),
      };
    }),
  );
}

/** Percents, currencies, dimensions and ages: the figures of the whole input. */
function figureOutcomes(path: string): Outcome[] {
  return load(path).flatMap((c, i) => {
    const figures = extractRecords(c.Input, { types: ['figure'] }) as FigureRecord[];
    return c.Results.map((r, j) => {
      const expected = specValue(r.Resolution.value);
      // A range (5-20%) holds the spec's separate numbers as its bounds.
      const agrees = figures.some((f) => [f.value, f.min, f.max].some((v) => same(v, expected)));
      const actual =
        figures.map((f) => (f.value ?? `${f.min}-${f.max}`) + (f.unit ?? '')).join(', ') || 'nothing';
      return { name: `${fileName(path)}#${i}.${j} ${r.Text}`, input: c.Input, expected, actual, agrees };
    });
  });
}

describe('Recognizers-Text Number and NumberWithUnit specs (Chinese)', () => {
  const outcomes = [
    ...numberOutcomes(),
    ...figureOutcomes('Number/Chinese/PercentModel.json'),
    ...figureOutcomes('NumberWithUnit/Chinese/CurrencyModel.json'),
    ...figureOutcomes('NumberWithUnit/Chinese/DimensionModel.json'),
    ...figureOutcomes('NumberWithUnit/Chinese/AgeModel.json'),
  ];
  const agreeing = outcomes.filter((o) => o.agrees);
  const listed = outcomes.filter((o) => !o.agrees && DIFFERENCES[o.name]);
  const unlisted = outcomes.filter((o) => !o.agrees && !DIFFERENCES[o.name]);
  const stale = Object.keys(DIFFERENCES).filter(
    (name) => !outcomes.some((o) => o.name === name && !o.agrees),
  );

  console.log(
    `Number specs: ${outcomes.length} results, ${agreeing.length} agree (${((100 * agreeing.length) / outcomes.length).toFixed(1)}%), ` +
      `${listed.length} listed differences`,
  );
  for (const reason of Object.keys(WHY) as Reason[]) {
    const cases = listed.filter((o) => DIFFERENCES[o.name] === reason);
    if (cases.length === 0) continue;
    console.log(`${WHY[reason]} (${cases.length}):`);
    for (const o of cases)
      console.log(
        `  ${o.name}${o.name.endsWith(` ${o.input}`) ? '' : ` in ${o.input}`}: spec ${o.expected ?? 'no value'}, ours ${o.actual}`,
      );
  }
  for (const o of unlisted)
    console.log(
      `UNLISTED DIFFERENCE ${o.name} in ${o.input}: spec ${o.expected ?? 'no value'}, ours ${o.actual}`,
    );

  it('agrees on every result not listed as a difference', () => {
    expect(unlisted.map((o) => o.name)).toEqual([]);
  });
  it('lists only differences that still exist', () => {
    expect(stale).toEqual([]);
  });
});
