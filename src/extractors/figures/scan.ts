// Quantities in one sentence: a number (Arabic, Chinese, 百分之/千分之…, adjacent-digit guess), its
// multipliers, qualifiers and unit, and ranges of two of them. Dates, times, phone numbers,
// ordinals, slogans and fixed words are recognised here only to be left out.

import { isAsciiDigit, isAsciiLetter, type Span } from '../../basics.js';
import {
  DIGIT_VALUES,
  parseChineseNumber,
  parseGuessRange,
  parseIndefinite,
  parseNumber,
  plainNumber,
  tidy,
} from '../numerals.js';
import {
  INFIX,
  PREFIX,
  PREFIX_REACH,
  ROUND_MAGNITUDE_LEADS,
  SUFFIX,
  type Approx,
} from '../../lexicon/qualifiers.js';
import {
  CONGRESS_AFTER,
  SITTING_AFTER,
  TERM_REACH,
  NOT_FIGURE_WORDS,
  ORDINAL_LEADS,
  PAGE_COUNTER_BEFORE,
  PLAN_NAME_ENDINGS,
  RANK_CONTEXT,
} from '../../lexicon/metrics.js';
import {
  isMeasureWord,
  RATE_MARKER,
  TENTH,
  unitAt,
  type FigureKind,
  type UnitEntry,
} from '../../lexicon/units.js';
import { Finder } from '../words.js';

/**
 * The scanner's rules by name, with what each reads. A quantity carries the name of the rule
 * that made it (shown by `extract --explain`); every rule has examples in
 * test/corpus/figures.corpus.ts, and a test checks that each is used there.
 */
export const FIGURE_RULES = {
  arabic: 'Arabic digits with thousands groups, decimals, multipliers and a unit: 3.12万个, 1,250人次',
  chinese: 'Chinese or formal numerals with a unit, 点 for decimals: 两千零五名, 三点二五万人次, 壹万元',
  'per-word': 'a share or rate written before its number: 百分之八十五, 千分之一点二, 十万分之8.6',
  tenths: '成 as a tenth, with the tenth after it: 七成 (70 %), 七成五, 六成半, 三成多',
  guess: 'two adjacent digits as a guessed range: 六七千元, 三四十人',
  indefinite: 'an indefinite amount: 数十家, 几十名, 数百例, 十几个, 二十几岁',
  'round-magnitude':
    'a bare 百, 千, 万 or 亿 after a qualifier or before 余: 近百例, 超千万元, 逾千亿元, 千余人次',
  half: '半 before a measure of time: 半年, 半个月',
  range: 'two numbers linked by 至, 到 or a dash with one unit: 5至10分钟, 10万元至20万元',
  ratio: 'two numbers around a colon near 比, or around 比: 1:1 的比例, 以3比1获胜',
  rank: 'an ordinal after a ranking word: 全省第4, 全省前6',
  'per-base': 'a rate per a population base: 8.6/10万, 每10万人口…发病率为12.3',
  'counted-big': 'N大 before its noun, counted without a measure word: 十大民生项目',
  'measure-word': 'a number before a word the tagger calls a measure word (q), not listed as a unit: 20层',
  doubling: '翻N番, doubled N times, as a multiple: 翻一番 (2 倍), 翻两番 (4 倍)',
  'shared-unit':
    'a bare number in a list, with the unit written after the last: 1.6和0.9个百分点, 12、8和5家',
  'named-index':
    'a bare number after the name of a ratio or an index: 收入比为2.25, 基尼系数0.46, 容积率1.65',
  'named-count':
    'a bare number after the name of a volume or a number and its copula, at its clause end: 门诊量是700多, 床位数为500',
  'named-zero': 'a rate stated as nothing, at its clause end, needs no unit: 孕产妇死亡率为0, 发生率为零',
} as const;

export type FigureRule = keyof typeof FIGURE_RULES;

export interface Quantity {
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  approx: Approx;
  kind: FigureKind;
  rule: FigureRule;
  /** Where the words before the figure end (a touching prefix qualifier is not part of them). */
  leftEnd: number;
  /** Where a rate written before the figure starts (每人每年 in 每人每年120元), if any: its words are the unit's, not a period's. */
  rateStart: number | null;
}

/** A number as written: 百分之… (or per 1,000, 10,000, 100,000), Arabic with thousands groups and decimals, or a Chinese run. */
// Indefinite amounts (数十, 十几万) come before Chinese runs, which would take 十 of 十几 alone; a
// Chinese run may hold 点 and its decimals (三点二五万); 半 counts before a measure of time only.
const NUMBER =
  /(?:十万|[百千万])分之(?:\d+(?:,\d{3})*(?:\.\d+)?|[〇零一二两三四五六七八九十百点]+)|\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|[数几][十百千万]+|[二三四五六七八九]?十几[万亿]?|[〇零一二两兩三四五六七八九十百千万萬亿億兆廿壹贰貳叁肆伍陆陸柒捌玖拾佰仟]+(?:点[〇零一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖]+[万萬亿億]*)?|半(?=个月|年|小时|天)/;
/** The characters a number may start with, by UTF-16 unit. */
const NUMBER_STARTS = new Uint8Array(0x10000);
for (const c of '0123456789〇零一二两兩三四五六七八九十百千万萬亿億兆廿壹贰貳叁肆伍陆陸柒捌玖拾佰仟数几半')
  NUMBER_STARTS[c.charCodeAt(0)] = 1;
export const HAN_CHAR = /[\u4e00-\u9fff]/;
/** A count of times right after 一年, 一天 (一年两次): the 一 starts a frequency's period. */
const FREQUENCY_AFTER = /^(?:\d+|[一二两三四五六七八九十]+)[次回剂顿]/;
/** Units that follow Arabic digits only: after a Chinese numeral they make words (十分, 两头, 一县一策, 三金, 一尾). */
const DIGITS_ONLY_UNITS = new Set([
  '分',
  '头',
  '县',
  '地市',
  '县区',
  '县市区',
  '金',
  '银',
  '铜',
  '尾',
  '胜',
  '负',
]);
/**
 * Medals counted by their metal (38金、32银) and games by their result (18胜4负), which also start
 * words (金额, 银行, 铜牌, 胜利, 负责).
 */
const MEDALS = new Set(['金', '银', '铜', '胜', '负']);
/** What may follow a medal's metal or a result: another, a mark, or a verb of the result (以36金位列第二). */
const AFTER_MEDAL = /^(?:[^\u4e00-\u9fff]|[金银铜胜负平位的成收夺获列排居])/;
/** Kinds whose unit makes even 一 an amount (一美元, 一吨, 一公里, 增长一倍). */
const AMOUNT_KINDS = new Set<FigureKind>(['money', 'other', 'length', 'duration', 'ratio']);
/** Formal numerals (壹贰叁): a single one is a character of a word (伍 in 队伍), not a number. */
const FORMAL = /^[壹贰貳叁肆伍陆陸柒捌玖拾佰仟]$/;
/** Words that end in 数 (人数, 次数): 数 there is no "several" (参保人数十万 is no 数十). */
const COUNT_NOUN_BEFORE_SHU = /[人次总指分岁户个床例件天基倍系位年周台场家名项]$/;
/** The kinds of measure that 半 after the unit adds half of (一年半, 两公里半, 三斤半); not counts or money. */
const HALVED_KINDS = new Set<FigureKind>(['duration', 'length', 'other']);
/** 半年 before these names a half-year's business (半年目标, 半年考核), no span of time. */
const HALF_PERIOD_NOUN = /^(?:年|个月)(?:度|目标|任务|计划|考核|总结|报告?|工作)/;
/** 半 after these is part of a period word (上半年, 近半年) or another number (一年半). */
const HALF_BOUND_BEFORE = /[上下前后近大多一两二三四五六七八九十]$/;
/** The same pattern anchored: tried where a number may start. */
const NUMBER_AT = new RegExp(NUMBER.source, 'y');

/**
 * The first number that starts at or after `from`: the pattern is tried only where one of its
 * first characters stands (a table read per character, as Finder does, with no second character
 * to test and no read past the end).
 */
function findNumber(s: string, from: number): Span | null {
  for (let i = Math.max(0, from); i < s.length; i++) {
    if (NUMBER_STARTS[s.charCodeAt(i)] === 0) continue;
    NUMBER_AT.lastIndex = i;
    // test, not exec: no match array made for each of the many numerals that are no figure.
    if (NUMBER_AT.test(s)) return { start: i, end: NUMBER_AT.lastIndex };
  }
  return null;
}
const ARABIC_MULTIPLIERS = /^[百千万亿]+/;
/** What an amount of 亿 may go on with below it: 9981.3万, 5千万, 2千. */
const BELOW_YI = /^(\d{1,4}(?:\.\d+)?)(千万|百万|万|千)(?![米克瓦卡伏])/;
const BELOW_YI_UNITS: Record<string, number> = { 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };
const BELOW_YI_REACH = 12;
/** Plain digits below 万 after it (at most 9999, thousands grouped or not), ending the number. */
const BELOW_WAN = /^(?:\d{1,4}|\d,\d{3})(?![\d.,])/;
const BELOW_WAN_REACH = 6;
/** A number ending in 万 or 亿. */
const LARGE_MULTIPLIER_END = /[万亿]$/;
/** The first character of ARABIC_MULTIPLIERS, by UTF-16 unit: tried after every number. */
const MULTIPLIER_UNITS = new Set([...'百千万亿'].map((c) => c.charCodeAt(0)));
/** 百分之, 千分之, 万分之, 十万分之: the unit written before the number. */
const PER_WORD = /^(?:十万|[百千万])分之/;
/** One character between the numbers of a range, by UTF-16 unit. */
const RANGE_LINKS = new Set([...'至到-~—－～'].map((c) => c.charCodeAt(0)));
const TIME = /^\d{1,2}(?::\d{2}){1,2}(?:-\d{1,2}(?::\d{2}){1,2})?/;
const RATIO = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)/;
/** The same with 比 for the colon: 3比1, 1比1.5. */
const RATIO_BI = /^(\d+(?:\.\d+)?)比(\d+(?:\.\d+)?)/;
const BI = '比'.charCodeAt(0);
/** The same with the ratio sign (∶, no time's colon): 4∶1, 1∶3. */
const RATIO_SIGNED = /^(\d+(?:\.\d+)?)∶(\d+(?:\.\d+)?)/;
const RATIO_SIGN = '∶'.charCodeAt(0);
/** A decimal point in a ratio's parts (2.46:1, 1:1.23): no time is written so. */
const DECIMAL_PART = /\./;
const COLON = 0x3a;
const HAN = /^[\u4e00-\u9fff]*$/;
// Tables by UTF-16 unit (charCodeAt): s[i] makes a new string of each Chinese character it reads.
/** Prefix qualifiers by their last character: most characters before a number end none. */
const PREFIXES_BY_LAST = new Map<number, (typeof PREFIX)[number][]>();
for (const p of PREFIX) {
  const last = p.word.charCodeAt(p.word.length - 1);
  PREFIXES_BY_LAST.set(last, [...(PREFIXES_BY_LAST.get(last) ?? []), p]);
}
/** Ordinal leads (第, 星期) by their last character: most characters before a number end none. */
const ORDINAL_LEADS_BY_LAST = new Map<number, string[]>();
for (const lead of ORDINAL_LEADS) {
  const last = lead.charCodeAt(lead.length - 1);
  ORDINAL_LEADS_BY_LAST.set(last, [...(ORDINAL_LEADS_BY_LAST.get(last) ?? []), lead]);
}

/** The ordinal lead that ends right before `at` (第3, 星期五), if any. */
function ordinalLeadBefore(s: string, at: number): string | undefined {
  const leads = ORDINAL_LEADS_BY_LAST.get(codeAt(s, at - 1));
  return leads?.find((lead) => at >= lead.length && s.startsWith(lead, at - lead.length));
}
/** Whether a prefix qualifier ends with the unit: the test made at each character before a number. */
const ENDS_PREFIX = new Uint8Array(0x10000);
for (const last of PREFIXES_BY_LAST.keys()) ENDS_PREFIX[last] = 1;
/** Whether the unit is an infix qualifier (余, 多). */
const IS_INFIX = new Uint8Array(0x10000);
for (const word of Object.keys(INFIX)) IS_INFIX[word.charCodeAt(0)] = 1;

/** The infix qualifier at `at` (160余家, 1700多万元), if any. */
function infixAt(s: string, at: number): Approx | null {
  const c = codeAt(s, at);
  return c >= 0 && IS_INFIX[c] === 1 ? INFIX[s[at]] : null;
}

interface Core {
  start: number;
  /** End of the number with its multipliers and infix qualifier. */
  end: number;
  value: number | null;
  min: number | null;
  max: number | null;
  approx: Approx | null;
  chinese: boolean;
  rule: FigureRule;
  /** 百分之八十五, 千分之一点二 and 七成 carry their unit. */
  unit: UnitEntry | null;
}

/** The measure word the tagger finds at an offset of the sentence (20层: 层), or null. */
export type MeasureWordAt = (at: number) => string | null;

export function scanSentence(s: string, measureWordAt: MeasureWordAt = () => null): Quantity[] {
  const out: Quantity[] = [];
  // Fixed words and quoted slogans rule out Chinese numerals only: both are looked for around
  // each one (most sentences hold a 一 somewhere, and few a fixed word or a quote).
  const excludedAt = (at: number) => inFixedWord(s, at) || insideQuotes(s, at);
  for (let m = findNumber(s, 0); m; ) {
    const q = quantityAt(s, m.start, s.slice(m.start, m.end), excludedAt, measureWordAt);
    if (q && 'value' in q) out.push(belowZero(s, q));
    m = findNumber(s, Math.max(m.end, q?.end ?? 0));
  }
  // 《中国公民健康素养66条》: a number inside a title is part of its name, no amount.
  return out.length > 0 && s.includes('《') ? out.filter((q) => !insideTitle(s, q)) : out;
}

/** Whether `q` stands inside a title's 《》 (opened before it and not closed until after it). */
function insideTitle(s: string, q: Quantity): boolean {
  const open = s.lastIndexOf('《', q.start);
  if (open < 0 || s.lastIndexOf('》', q.start) > open) return false;
  const close = s.indexOf('》', q.end);
  return close >= 0 && !s.slice(q.end, close).includes('《');
}

/** 零下5℃: a temperature below zero is negative, and 零下 is part of it as written. */
function belowZero(s: string, q: Quantity): Quantity {
  if (q.unit !== '℃' || q.value === null || !s.startsWith('零下', q.start - 2)) return q;
  return { ...q, start: q.start - 2, leftEnd: Math.min(q.leftEnd, q.start - 2), value: -q.value };
}

/** An expression left out (a time, a date, a code): the scan goes on after its end. */
interface Skipped {
  end: number;
}

function skip(end: number): Skipped {
  return { end };
}

function quantityAt(
  s: string,
  at: number,
  token: string,
  excludedAt: (at: number) => boolean,
  measureWordAt: MeasureWordAt,
): Quantity | Skipped | null {
  const arabic = startsWithDigit(token);
  if (arabic) {
    // A time (8:30) and a ratio (1:1) have a colon right after the digits; most numbers have none.
    const digitsStop = codeAt(s, digitsEnd(s, at));
    const colon = digitsStop === COLON;
    const time = colon ? TIME.exec(s.slice(at, at + 20)) : null;
    if (time?.[0].includes(':') && !nearRatioWord(s, at, at + time[0].length))
      return skip(at + time[0].length);
    // 以3比1战胜, 1比1配套: two numbers around 比 are one ratio (a score too), not a number after 比.
    const ratio = colon
      ? RATIO.exec(s.slice(at, at + 24))
      : digitsStop === BI
        ? RATIO_BI.exec(s.slice(at, at + 24))
        : digitsStop === RATIO_SIGN
          ? RATIO_SIGNED.exec(s.slice(at, at + 24))
          : null;
    // 由上年的2.46:1缩小到2.39:1: a part with decimals is no time, even far from 比.
    if (ratio && (!colon || nearRatioWord(s, at, at + ratio[0].length) || DECIMAL_PART.test(ratio[0]))) {
      const a = Number(ratio[1]);
      const b = Number(ratio[2]);
      if (b === 0) return colon ? null : skip(at + ratio[0].length); // 2比0: a score, no ratio of a whole
      // 开考比例不低于4∶1: a ratio is qualified as any number is.
      const prefix = prefixBefore(s, at);
      return {
        start: at,
        end: at + ratio[0].length,
        value: tidy(a / b),
        min: null,
        max: null,
        unit: null,
        approx: prefix?.approx ?? 'exact',
        kind: 'ratio',
        rule: 'ratio',
        leftEnd: prefix?.touching ? prefix.start : at,
        rateStart: null,
      };
    }
    // Codes and names: 1+N, 8+10+10, HPV16, COVID-19; 双11, 双12 (shopping festivals).
    const prev = codeAt(s, at - 1);
    if (
      isCodeUnit(prev) ||
      (prev === SHUANG && (token === '11' || token === '12')) ||
      prev === DOT ||
      // 血压180/110mmHg: the second of a pair after a slash is no quantity of its own.
      (prev === SLASH && isAsciiDigit(codeAt(s, at - 2))) ||
      (isCodeUnit(codeAt(s, at + token.length)) && !latinUnitAt(s, at + token.length))
    )
      return skip(at + token.length);
    // A page's counter ends with a colon: only where one stands before is it looked for.
    if (colonWithin(s, Math.max(0, at - 8), at) && PAGE_COUNTER_BEFORE.test(s.slice(Math.max(0, at - 8), at)))
      return skip(at + token.length);
    const ordinal = ordinalAt(s, at, token);
    if (ordinal !== undefined) return ordinal;
  } else if (!PER_WORD.test(token)) {
    if (codeAt(s, at - 1) === CHU || excludedAt(at)) return null;
    const ordinal = ordinalAt(s, at, token);
    if (ordinal !== undefined) return ordinal;
    if (FORMAL.test(token)) return null;
    // 翻一番, 翻了两番: doubled once, twice, as a multiple.
    const doubledAfter = endsBefore(s, at, '翻了') ? 2 : codeAt(s, at - 1) === FAN ? 1 : 0;
    if (codeAt(s, at + token.length) === FAN_TIMES && doubledAfter > 0) {
      const times = parseChineseNumber(token);
      if (times === null || times > 10) return null;
      // 翻了一番多: more than doubled.
      const more = INFIX[s[at + token.length + 1] ?? ''];
      return {
        start: at,
        end: at + token.length + 1 + (more ? 1 : 0),
        value: 2 ** times,
        min: null,
        max: null,
        unit: '倍',
        approx: more ?? 'exact',
        kind: 'ratio',
        rule: 'doubling',
        leftEnd: at - doubledAfter,
        rateStart: null,
      };
    }
    if (token.charCodeAt(0) === SHU && COUNT_NOUN_BEFORE_SHU.test(s.slice(Math.max(0, at - 1), at)))
      return null;
    if (
      token === '半' &&
      (HALF_BOUND_BEFORE.test(s.slice(Math.max(0, at - 1), at)) ||
        HALF_PERIOD_NOUN.test(s.slice(at + 1, at + 5)))
    )
      return null;
    // 十八大以来, 二十大精神, 十九届三中全会: party congresses and plenums count nothing (the
    // congresses in today's news are the 11th on; 十大代表性成果 is a top ten).
    const congress = CONGRESS_FIRST_UNITS.has(codeAt(s, at + token.length))
      ? CONGRESS_AFTER.exec(s.slice(at + token.length, at + token.length + 8))
      : null;
    if (congress && (congress[0][0] !== '大' || (parseChineseNumber(token) ?? 0) >= 11))
      return skip(at + token.length);
    if (
      codeAt(s, at + token.length) === CI &&
      SITTING_AFTER.test(s.slice(at + token.length, at + token.length + 5)) &&
      termBefore(s, at)
    )
      return skip(at + token.length);
  }

  const first = numberCore(s, at, token);
  if (!first) return null;
  // 412 mm, 38 ℃: pages set in the Latin way put a space between the digits and a Latin unit or ℃.
  const spaced =
    arabic &&
    !first.unit &&
    codeAt(s, first.end) === SPACE &&
    (codeAt(s, first.end + 1) === CELSIUS || latinUnitAt(s, first.end + 1))
      ? 1
      : 0;
  let unit = first.unit ?? unitAfter(s, first.end + spaced);
  let rule: FigureRule = first.rule;
  // 平均住院日为7.6日: no day of a month has a decimal, so 日 is days.
  const next = codeAt(s, first.end);
  if (!unit && next === RI && /^\d+\.\d+$/.test(token)) unit = DAYS;
  // 上证指数收于3245.67点: no hour has a decimal or passes 24, so 点 counts an index's points.
  if (!unit && next === DIAN && isIndexPoints(token)) unit = POINTS;
  if (!unit && !first.unit) {
    // A measure word is one or two Chinese characters (isMeasureWord): only there is the tagger asked.
    const word = isHanUnit(next) ? measureWordAt(first.end) : null;
    if (word && isMeasureWord(word)) [unit, rule] = [{ word, unit: word, kind: 'count' }, 'measure-word'];
  }
  // 400万人民: people are counted, but 人民 is a word of its own and names them (the figure is 400万).
  if (unit?.word === '人' && s[first.end + 1] === '民') unit = { word: '', unit: '人', kind: 'count' };
  // 二期工程, 三期项目: a phase, no count of phases.
  if (unit?.word === '期' && !arabic && /^(?:工程|项目)/.test(s.slice(first.end + 1, first.end + 3)))
    return skip(first.end + 1);
  // 十分重要, 两头奔波, 一县一策: after a Chinese numeral these make words; scores, livestock and
  // counties are counted in digits (96.5分, 46.8万头, 74县). 8点30分, 9时15分 tell the time.
  if (unit && DIGITS_ONLY_UNITS.has(unit.word) && !arabic) return null;
  if (unit?.word === '分' && /[点时]$/.test(s.slice(Math.max(0, at - 1), at))) return null;
  if (unit && MEDALS.has(unit.word) && !AFTER_MEDAL.test(s.slice(first.end + 1, first.end + 2) || '。'))
    return null;
  // 二次报销, 二次手术: 二次 before a word is "second" (a count says 两次).
  if (
    token === '二' &&
    unit?.word === '次' &&
    HAN_CHAR.test(s[first.end + 1] ?? '') &&
    !suffixAt(s, first.end + 1)
  )
    return skip(first.end + 1);
  // 院区二期开诊: 二期 is phase two (a count of phases says 两期).
  if (token === '二' && unit?.word === '期') return skip(first.end + 1);
  // 一年两次, 一天三次: the period of a frequency, no span of time.
  if (
    token === '一' &&
    unit?.kind === 'duration' &&
    !first.unit &&
    FREQUENCY_AFTER.test(s.slice(first.end + unit.word.length, first.end + unit.word.length + 4))
  )
    return skip(first.end + unit.word.length);
  // 分别回升2.9个、23.9个百分点: a 个 in a list shares the longer measure written after the last.
  if (unit?.word === '个' && LIST_LINK.test(s[first.end + 1] ?? '')) {
    const shared = sharedUnit(s, first.end + 1, true);
    if (shared?.word.startsWith('个') && shared.word.length > 1) unit = { ...shared, word: '个' };
  }
  let end = first.end + spaced + (first.unit ? 0 : (unit?.word.length ?? 0));
  // 5.36批次/千人: a count per a population is a rate in that unit, as written.
  if (unit?.kind === 'count' && codeAt(s, end) === SLASH) {
    const per = PER_POPULATION.exec(s.slice(end, end + 6));
    if (per) {
      unit = { word: unit.word + per[0], unit: unit.unit + per[0], kind: 'rate' };
      end += per[0].length;
    }
  }
  let approxInUnit: Approx | null = null;
  let half = false;
  if (unit?.word === '个' && (infixAt(s, end) || codeAt(s, end) === BAN)) {
    // 4个多小时, 两个多月, 两个半小时: the 多 or 半 stands inside the measure (个)小时, 个月.
    const rest = s.slice(end + 1, end + 6);
    const hours = unitAt(rest, 0);
    const months = unitAt(`个${rest}`, 0);
    const inner =
      hours?.kind === 'duration'
        ? { unit: hours, length: hours.word.length }
        : months?.kind === 'duration'
          ? { unit: months, length: months.word.length - 1 }
          : null;
    if (inner)
      [unit, end, approxInUnit, half] = [
        inner.unit,
        end + 1 + inner.length,
        infixAt(s, end),
        s[end] === '半',
      ];
  } else if (codeAt(s, end) === BAN && unit && HALVED_KINDS.has(unit.kind) && !unitAt(s, end + 1)) {
    // 一年半, 两天半, 两公里半, 三斤半: half a measure more (not 一年半年).
    [end, half] = [end + 1, true];
  }
  // Past the year or the date word: 年 is already in a unit's end (2017年5.72张 keeps its 5).
  if (isDateOrYear(s, token, first, unit)) return skip(unit ? end : end + 1);
  // 每10万人口 is the base of a rate, not 100,000 people; so is any 人口 after 每 (每3万人口有1辆救护车).
  if (
    codeAt(s, at - 1) === MEI &&
    (unit?.unit === '人' || unit?.unit === '人口' || unit?.unit === '名') &&
    (isBase(first.value, 100) || unit.unit === '人口')
  )
    return skip(end);
  // 每10股派发现金红利2.13元: the shares a dividend is per are its base, no count of shares.
  if (codeAt(s, at - 1) === MEI && unit?.unit === '股') return skip(end);
  if (
    unit &&
    (unit.unit === '年' || unit.unit === '载') &&
    (codeAt(s, at - 1) === JIN ||
      endsBefore(s, at, '过去') ||
      PLAN_NAME_ENDINGS.some((w) => s.startsWith(w, end)))
  ) {
    return skip(end); // 近五年 is a period, 三年行动 a plan's name
  }
  // 与30年前相比, 比一年前增长8%, 是五年前的1.6倍: a time ago that something is compared with is a
  // point in time, no span.
  if (unit?.kind === 'duration' && codeAt(s, end) === QIAN && COMPARED_WITH_BEFORE.has(codeAt(s, at - 1)))
    return skip(end + 1);
  if (unit?.unit === '年' && s[end] === '级') return skip(end + 1); // 一年级, 六年级: a school grade
  // 今年前8个月, 前10个月人民币贷款增加: the months a statistic covers open its clause, a period, no span.
  if (unit?.unit === '个月' && codeAt(s, at - 1) === QIAN && !HAN_CHAR.test(charBeforePeriodLead(s, at)))
    return skip(end);

  // A range: 5至10分钟, 10万元至20万元, 3-5天, 2至3岁.
  let min = first.min;
  let max = first.max;
  let value = first.value;
  let approx = first.approx ?? approxInUnit;
  if (RANGE_LINKS.has(codeAt(s, end))) {
    NUMBER_AT.lastIndex = end + 1;
    const m2 = NUMBER_AT.exec(s);
    if (m2 && startsWithDigit(m2[0]) === startsWithDigit(token)) {
      const second = numberCore(s, m2.index, m2[0]);
      const unit2 = second ? (second.unit ?? unitAfter(s, second.end)) : null;
      if (
        second &&
        second.value !== null &&
        first.value !== null &&
        unit2 &&
        (!unit || unit.unit === unit2.unit) &&
        second.value > first.value
      ) {
        min = first.value;
        max = second.value;
        value = null;
        unit = unit2;
        end = second.end + (second.unit ? 0 : unit2.word.length);
        approx = second.approx ?? approx;
        rule = 'range';
      }
    }
  }
  if (half && value !== null) value = tidy(value + 0.5);
  // 以9秒98夺冠: a race's time writes its hundredths after 秒.
  const hundredths =
    arabic && unit?.word === '秒' && value !== null ? HUNDREDTHS.exec(s.slice(end, end + 4)) : null;
  if (hundredths && /^\d+$/.test(token)) {
    value = tidy(value! + Number(`0.${hundredths[0]}`));
    end += hundredths[0].length;
  }
  // 十大民生项目, 三大核心指标: a count whose noun follows 大, with no measure word.
  const countedBig =
    !unit &&
    !arabic &&
    rule === 'chinese' &&
    next === DA &&
    /[\u4e00-\u9fff]/.test(s[first.end + 1] ?? '') &&
    (first.value ?? 0) >= 2;
  let indexKind: FigureKind | null = null;
  if (countedBig) [end, rule] = [first.end + 1, 'counted-big'];
  else if (!unit) {
    const bare = first.end === at + token.length;
    // 每10万人口发病率为12.3: a bare number after a population base is per that base.
    if (arabic && bare) [unit, rule] = [baseBefore(s, at), 'per-base'];
    if (!unit && arabic && bare) {
      const shared = sharedUnit(s, first.end);
      if (shared) [unit, rule] = [shared, 'shared-unit'];
    }
    // A bare Arabic number with a multiplier still states an amount: 164.84亿.
    // 参保人员达两百万: a Chinese number with a large multiplier is an amount too, at a clause end.
    const chineseAmount =
      !arabic &&
      rule === 'chinese' &&
      /[一二两三四五六七八九十百千][万亿]$/.test(s.slice(at, first.end)) &&
      !isHanUnit(next);
    // 城乡居民收入比由2.31缩小至2.25, 基尼系数0.46: a bare number after the name of a ratio or an index.
    if (!unit && arabic && bare) [indexKind, rule] = [indexBefore(s, at), 'named-index'];
    // 门诊量是700多, 床位数为500: a bare number after the name of a volume or a number, its copula,
    // at its clause's end (or 多, 余 before it) counts what is named.
    if (!unit && !indexKind && arabic && bare && COUNT_NAMED.test(s.slice(Math.max(0, at - 8), at))) {
      const after = infixAt(s, end) ? end + 1 : end;
      if (after >= s.length || isClauseMark(s, after)) {
        if (after > end) approx = infixAt(s, end);
        [indexKind, rule, end] = ['count', 'named-count', after];
      }
    }
    // 孕产妇死亡率为0: a rate stated as nothing needs no unit.
    if (
      !unit &&
      !indexKind &&
      bare &&
      first.value === 0 &&
      (end >= s.length || isClauseMark(s, end)) &&
      RATE_NAMED.test(s.slice(Math.max(0, at - 6), at))
    )
      [indexKind, rule] = ['rate', 'named-zero'];
    // 专家一行17在院长陪同下: a party (一行) counts people, with 人 or without.
    if (!unit && !indexKind && arabic && bare && endsBefore(s, at, '一行')) [unit, rule] = [PEOPLE, 'arabic'];
    if (!unit && !indexKind && (!arabic || bare) && !chineseAmount) return null;
  }
  // 一名, 一个, 一年: one of a thing is an indefinite mention, not a figure; 一美元, 一吨 state an amount.
  if (
    !arabic &&
    first.value === 1 &&
    first.min === null &&
    token === '一' &&
    !AMOUNT_KINDS.has(unit?.kind ?? 'count')
  )
    return null;

  const suffix = suffixAt(s, end);
  if (suffix) {
    approx = approx ?? suffix.approx;
    end += suffix.word.length;
  }
  const prefix = prefixBefore(s, at);
  // 失业率为2.8%,低于3.5%的控制目标: the benchmark a figure is compared with is stated exactly.
  const benchmark =
    prefix !== null &&
    COMPARING.test(s.slice(prefix.start, at)) &&
    BENCHMARK_AFTER.test(s.slice(end, end + 12));
  // 年满35-64周岁: a range has its own bounds; a word of one bound before it bounds nothing (约3-5天 is about).
  const boundOfRange = rule === 'range' && prefix !== null && prefix.approx !== 'about';
  if (!approx && prefix && !benchmark && !boundOfRange) approx = prefix.approx;
  if (!approx && min !== null && rule !== 'range') approx = 'about';
  if (unit?.kind === 'rate' && unit.word.startsWith('/')) rule = 'per-base';
  // 上千个: the lead of a bare magnitude is its qualifier, not a word before the figure.
  const leftEnd = prefix?.touching
    ? prefix.start
    : rule === 'round-magnitude' && ROUND_MAGNITUDE_LEADS[s[at - 1] ?? '']
      ? at - 1
      : at;
  const rate = unit?.word === '元' ? ratePrefix(s, leftEnd) : null;
  if (rate) unit = { ...unit!, unit: `元/${rate.per}` };
  let kind: FigureKind = unit?.kind ?? indexKind ?? 'count';
  if (kind === 'count') {
    // RATE_MARKER holds 人口 or 每: most clauses hold neither.
    const from = clauseStart(s, at);
    if (holdsRateMarkerUnit(s, from, at) && RATE_MARKER.test(s.slice(from, at))) kind = 'rate';
  }
  return {
    start: at,
    end,
    value,
    min,
    max,
    unit: unit?.unit ?? null,
    approx: approx ?? 'exact',
    kind,
    rule,
    // Right before the amount the rate stands where the figure's words would: 按每人每年120元.
    leftEnd: rate && rate.end === leftEnd ? rate.start : leftEnd,
    rateStart: rate?.start ?? null,
  };
}

/** 每人每月, 每床每日, 每年, 每小时: what an amount is paid per, as the unit writes it (人/月, 床/日, 年, 小时). */
const RATE_PREFIX =
  /每(?:[个名位]?(人)|张?(床)位?|(吨|升|公斤|千克|斤|克|平方米|平米|亩|公里|盒|支|瓶|袋|剂|片|粒))?(?:每?(小时|[年月天日次周]))?/g;
/** Words between the rate and the amount: 每人每年补助120元, 每月不超过1500元. */
const RATE_GAP = /^[\u4e00-\u9fff]{0,6}$/;

/** A rate written before an amount in 元, in its clause and close to it: 每人每年120元 is 元/人/年. */
function ratePrefix(s: string, at: number): { start: number; end: number; per: string } | null {
  const from = Math.max(clauseStart(s, at), at - 12);
  const window = s.slice(from, at);
  let found: { start: number; end: number; per: string } | null = null;
  RATE_PREFIX.lastIndex = 0;
  for (let m = RATE_PREFIX.exec(window); m; m = RATE_PREFIX.exec(window)) {
    const per = [m[1] ?? m[2] ?? m[3], m[4]].filter(Boolean).join('/');
    const end = m.index + m[0].length;
    if (per && RATE_GAP.test(window.slice(end))) found = { start: from + m.index, end: from + end, per };
  }
  return found;
}

/** The number at `at` with its multipliers and an infix 余/多; its own unit for 百分之 (千分之…) and 成. */
function numberCore(s: string, at: number, token: string): Core | null {
  const per = startsWithDigit(token) ? null : PER_WORD.exec(token);
  if (per) {
    const v = token === '百分之百' ? 100 : parseNumber(token.slice(per[0].length).replace(/,/g, ''));
    return v === null
      ? null
      : {
          start: at,
          end: at + token.length,
          value: v,
          min: null,
          max: null,
          approx: null,
          chinese: true,
          rule: 'per-word',
          unit: PER_UNITS[per[0]],
        };
  }
  let end = at + token.length;
  let approx: Approx | null = null;
  let text = token;
  let below = 0;
  if (startsWithDigit(token)) {
    if (infixAt(s, end) && (MULTIPLIER_UNITS.has(codeAt(s, end + 1)) || unitAfter(s, end + 1)))
      approx = infixAt(s, end++);
    const mult = MULTIPLIER_UNITS.has(codeAt(s, end))
      ? ARABIC_MULTIPLIERS.exec(s.slice(end, end + 4).replace(/(?:千[米克瓦卡伏]|[百千]分点).*$/, ''))
      : null;
    if (mult) {
      text += mult[0];
      end += mult[0].length;
      // 24亿9981.3万, 3亿5千万: the part below 亿 written after it is one number with it.
      const lower = mult[0].endsWith('亿') ? BELOW_YI.exec(s.slice(end, end + BELOW_YI_REACH)) : null;
      if (lower) {
        below = Number(lower[1]) * BELOW_YI_UNITS[lower[2]];
        end += lower[0].length;
      }
      // 558万6019票, 1,931万1,105人: the ones below 万 written after it, before the unit, are one number with it.
      const ones = mult[0] === '万' ? BELOW_WAN.exec(s.slice(end, end + BELOW_WAN_REACH)) : null;
      if (ones && unitAfter(s, end + ones[0].length)) {
        below = Number(ones[0].replace(',', ''));
        end += ones[0].length;
      }
    }
  } else if (
    infixAt(s, end) &&
    /^[万亿]$/.test(s[end + 1] ?? '') &&
    /[一二两三四五六七八九十百千]$/.test(token)
  ) {
    // 三十余万人次, 两百多亿元: 余 or 多 between a Chinese number and its large multiplier.
    approx = infixAt(s, end);
    text += s[end + 1];
    end += 2;
  }
  // 3万多名, 2.5万余例: 多 or 余 before the unit; right after 万 or 亿 it qualifies whatever follows
  // (5亿多乡村人口: people counted with no measure word).
  if (
    !approx &&
    infixAt(s, end) &&
    (unitAfter(s, end + 1) || (text !== token && LARGE_MULTIPLIER_END.test(text)))
  )
    approx = infixAt(s, end++);
  let value: number | null = null;
  let min: number | null = null;
  let max: number | null = null;
  const chinese = !startsWithDigit(token);
  let rule: FigureRule = chinese ? 'chinese' : 'arabic';
  if (!chinese) {
    const digits = text.includes(',') ? text.replace(/,/g, '') : text;
    // Without a multiplier the digits are plain (NUMBER's Arabic branch, its commas dropped).
    value = text === token ? plainNumber(digits) : parseNumber(digits);
    if (value !== null) value += below;
  } else if (token === '半') {
    [value, rule] = [0.5, 'half'];
  } else {
    const indefinite = parseIndefinite(text);
    if (indefinite) [min, max, rule] = [...indefinite, 'indefinite'];
    else value = parseChineseNumber(text);
    if (value !== null && /^[〇零一二两三四五六七八九]{2,}$/.test(text)) return null; // 二〇二四: a year or a code
    if (value === null && min === null) {
      const guess = parseGuessRange(text);
      if (guess) [min, max, rule] = [...guess, 'guess'];
    }
    if (value === null && min === null && ROUND_MAGNITUDES[text] !== undefined) {
      // 近百例, 超千万元; 千余人次 and 百多名 state their bound with 余 or 多 after it.
      const lead = ROUND_MAGNITUDE_LEADS[s[at - 1] ?? ''] ?? approx;
      if (!lead) return null;
      value = ROUND_MAGNITUDES[text];
      approx = approx ?? lead;
      rule = 'round-magnitude';
    }
    if (value === null && min === null) return null;
  }
  if (value === null && min === null) return null;
  if ((value !== null && !Number.isFinite(value)) || (min !== null && !Number.isFinite(min))) return null;
  // 七成 is 70 %.
  if (
    codeAt(s, end) === TENTH_UNIT &&
    value !== null &&
    value <= 10 &&
    !/[员立为功本果效绩]/.test(s[end + 1] ?? '')
  ) {
    // 七成五 is 75 %, 六成半 65 %, 三成多 more than 30 %.
    const digit = DIGIT_AFTER_TENTH[s[end + 1] ?? ''];
    const withDigit = digit !== undefined && !NUMERAL_CHAR.test(s[end + 2] ?? '');
    const infix = withDigit ? null : infixAt(s, end + 1);
    return {
      start: at,
      end: end + (withDigit || infix ? 2 : 1),
      value: tidy(value * 10 + (withDigit ? digit : 0)),
      min: null,
      max: null,
      approx: infix ? (approx ?? infix) : approx,
      chinese,
      rule: 'tenths',
      unit: PERCENT,
    };
  }
  return { start: at, end, value, min, max, approx, chinese, rule, unit: null };
}

const PERCENT: UnitEntry = { word: '%', unit: '%', kind: 'percent' };
const PEOPLE: UnitEntry = { word: '', unit: '人', kind: 'count' };
const DAYS: UnitEntry = { word: '日', unit: '天', kind: 'duration' };
/** Qualifiers that compare with another figure (低于3.5%的控制目标). */
const COMPARING = /^(?:高于|低于|超过|超出|大于|小于|多于|少于)$/;
/** A benchmark named after a figure and 的: a target, a standard, a level. */
const BENCHMARK_AFTER = /^的[\u4e00-\u9fff]{0,6}?(?:目标|标准|水平|要求|警戒线|红线|上限|下限|均值)/;

/** Digits right after 秒 that no unit follows: the hundredths of a race's time (9秒98). */
const HUNDREDTHS = /^\d{1,2}(?![\d.%\u4e00-\u9fff])|^\d{1,2}(?=[的成夺获刷打])/;
const POINTS: UnitEntry = { word: '点', unit: '点', kind: 'other' };

/** Digits before 点 that tell no hour: a decimal (3245.67点) or past 24 (上涨58点). */
function isIndexPoints(token: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(token) && (token.includes('.') || Number(token) > 24);
}
/** Bare magnitudes a qualifier or 余 makes an amount: 近百例, 逾千亿元, 上万名. */
const ROUND_MAGNITUDES: Record<string, number> = {
  百: 100,
  千: 1000,
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};
/** The tenth after 成: 七成五, 六成半. */
const DIGIT_AFTER_TENTH: Record<string, number> = {
  ...Object.fromEntries([...'一二三四五六七八九'].map((c) => [c, DIGIT_VALUES[c]])),
  半: 5,
};
/** A numeral or a unit-like character after 成五 makes the 五 a number of its own (七成五十人 is no 75 %). */
const NUMERAL_CHAR = /[〇零一二两三四五六七八九十百千万亿\d个名人家岁]/;
/** 千分之一点二 is 1.2 ‰, 万分之三 3 per 10,000: the same units as 1.2‰ and 3/万. */
const PER_UNITS: Record<string, UnitEntry> = {
  百分之: PERCENT,
  千分之: { word: '‰', unit: '‰', kind: 'rate' },
  万分之: { word: '/万', unit: '/10000', kind: 'rate' },
  十万分之: { word: '/10万', unit: '/100000', kind: 'rate' },
};

function unitAfter(s: string, at: number): UnitEntry | null {
  if (codeAt(s, at) === SLASH) return perBaseAt(s, at);
  const u = unitAt(s, at);
  if (!u) return null;
  // 位 in 六位一体, 门 in 门诊 are words of their own.
  if (u.word === '位' && s.startsWith('一体', at + 1)) return null;
  if (u.word === '门' && /[诊户口槛前店]/.test(s[at + 1] ?? '')) return null;
  // 部 in 部门, 部分, 部署; 只 in 只有, 只需; 头 in 头部: words of their own.
  if (u.word === '部' && /[门分署位长队]/.test(s[at + 1] ?? '')) return null;
  if (u.word === '只' && /[有是需要能用会可]/.test(s[at + 1] ?? '')) return null;
  // 2人间, 3人间病房: a room for that many, no count of people; 重 in 重点, 重要.
  if (u.word === '人' && s[at + 1] === '间') return null;
  if (u.word === '重' && /[点要大视症度]/.test(s[at + 1] ?? '')) return null;
  // 分 in 分别, 分配, 3分之1, 分院: words of their own.
  if (u.word === '分' && /[别配之钟布期批类娩析享担散级化管区院会队工]/.test(s[at + 1] ?? '')) return null;
  // 笔 in 笔记, 笔试: words of their own.
  if (u.word === '笔' && /[记试者画迹墨录]/.test(s[at + 1] ?? '')) return null;
  // 宗 in 宗教, 宗旨: words of their own.
  if (u.word === '宗' && /[教旨族亲祠师]/.test(s[at + 1] ?? '')) return null;
  // 头 in 头部, 头痛, 头颅: words of their own.
  if (u.word === '头' && /[部痛晕疼发颈颅脑像等号版条胎]/.test(s[at + 1] ?? '')) return null;
  return u;
}

/**
 * Names of a ratio or an index that a bare number may follow, with the verbs between: 收入比为,
 * 容积率, 基尼系数, 价格指数由102.1…至, CMI值由0.96提升至1.08 (a value named by its Latin
 * abbreviation). Not 同比, 环比, 相比, 对比, 占比: those compare, or share.
 */
const INDEX_BEFORE =
  /(?:(?:^|[^相对环同之评好占无正反])(比|比值)|(系数|指数|容积率|汇率|中间价|[A-Za-z]+值))(?:为|是|达到?|保持在|控制在|由|从|报|报收|收于)?$/;
const INDEX_CHANGED =
  /(?:(?:^|[^相对环同之评好占无正反])(比|比值)|(系数|指数|容积率|[A-Za-z]+值))(?:由|从)\d+(?:\.\d+)?[\u4e00-\u9fff]{1,4}$/;

/** The name of a volume or a number and its copula, right before a bare number: 门诊量是, 床位数为. */
const COUNT_NAMED =
  /(?:诊量|诊疗量|手术量|业务量|服务量|访问量|销量|人数|次数|总数|床位数|人次)(?:是|为|达|达到)$/;
/** A population a count is per: /千人, /万人口, /10万人. */
const PER_POPULATION = /^\/(?:\d+|[十百千万])+(?:人口|人)/;
/** The name of a rate and its copula, before a number: 死亡率为, 发生率降至. */
const RATE_NAMED = /率(?:为|是|均为|保持为|降为|降至|下降为|下降至)$/;
/** The kind of a bare number after the name of a ratio (ratio) or an index (other), in its clause; else null. */
function indexBefore(s: string, at: number): FigureKind | null {
  const clause = s.slice(clauseStart(s, at), at);
  const m = INDEX_BEFORE.exec(clause) ?? INDEX_CHANGED.exec(clause);
  return m ? (m[1] ? 'ratio' : 'other') : null;
}

/** 0.5g, 5mg, 3km: a unit in Latin letters, not followed by another letter (5G, 3D are codes; 5g网络 is 5G). */
// Laboratory units first (血糖25.6mmol/L, 血红蛋白65g/L, 血压160mmHg): a concentration per litre.
const LATIN_UNIT =
  /^(?:(?:mmol|μmol|umol|mg|ng|pg|g|IU|U)\/d?[Ll]|mmHg|kg|mg|μg|g(?![网基手信技时用套])|ml|km|cm|mm)(?![A-Za-z])/;

function latinUnitAt(s: string, at: number): boolean {
  return LATIN_UNIT.test(s.slice(at, at + 7));
}

/** Between the numbers of a list: 1.6和0.9个百分点, 12、8和5家. */
const LIST_LINK = /^[和、及与]$/;

/**
 * The unit after the last of a list of bare Arabic numbers that starts at `at`: 和0.9个百分点,
 * 、8和5家. None when a later number is a year (2023和2024年) or has a multiplier of its own
 * (3和5万人 says nothing of the 3).
 */
function sharedUnit(s: string, at: number, measured = false): UnitEntry | null {
  for (let items = 0; items < 6 && LIST_LINK.test(s[at] ?? ''); items++) {
    NUMBER_AT.lastIndex = at + 1;
    const m = NUMBER_AT.exec(s);
    if (!m || !startsWithDigit(m[0])) return null;
    const core = numberCore(s, m.index, m[0]);
    if (!core || core.end !== m.index + m[0].length) return null;
    const unit = unitAfter(s, core.end);
    // With `measured`, the items before carry 个 of their own (2.9个、23.9个百分点).
    if (unit && !(measured && unit.word === '个')) return isDateOrYear(s, m[0], core, null) ? null : unit;
    at = core.end + (measured && unit ? 1 : 0);
  }
  return null;
}

/** A population base after a slash: 8.6/10万, 132.4/万, 2.1/1000, 5.2/10万人口. */
const PER_BASE = /\/(\d*[十百千万]*)(?:人口|人)?/y;

/** The base as the unit, in digits (万 never stays in a unit): 8.6/10万 is 8.6 per 100,000. */
function perBaseAt(s: string, at: number): UnitEntry | null {
  PER_BASE.lastIndex = at;
  const m = PER_BASE.exec(s);
  // Only a power of ten from 1,000 up is a base: 2025/10 is a month, 3/4 and 1/100 fractions.
  const base = m && populationBase(m[1], 1000);
  return base ? { word: m[0], unit: `/${base}`, kind: 'rate' } : null;
}

/** A population base before the figure, in its clause: 每10万人口, 每千人, 每一万人口, 每1000名. */
const BASE_BEFORE = /每(\d*一?[十百千万]*)(?:人口|人|名)/g;

function baseBefore(s: string, at: number): UnitEntry | null {
  const from = clauseStart(s, at);
  // Most bare numbers have no 每 before them in their clause.
  const per = s.lastIndexOf('每', at - 1);
  if (per < from) return null;
  let base: number | null = null;
  for (const m of s.slice(from, at).matchAll(BASE_BEFORE)) base = populationBase(m[1], 100) ?? base;
  return base ? { word: '', unit: `/${base}`, kind: 'rate' } : null;
}

/** 10万, 万, 一万, 1000 as a base: its value when a power of ten from `least` up, else null. */
function populationBase(written: string, least: number): number | null {
  const base = parseNumber(startsWithDigit(written) ? written : `1${written.replace(/^一/, '')}`);
  return isBase(base, least) ? base : null;
}

function isBase(n: number | null, least: number): n is number {
  return n !== null && n >= least && /^10+$/.test(String(n));
}

function isDateOrYear(s: string, token: string, first: Core, unit: UnitEntry | null): boolean {
  const after = codeAt(s, first.end);
  const decade = after === NIAN && codeAt(s, first.end + 1) === DAI;
  const dayOrTime = after === YUE || after === RI || after === HAO || after === SHI;
  if (startsWithDigit(token)) {
    if ((after === NIAN || after === JIE) && /^(?:1[89]|20)\d\d$/.test(token)) return true; // 2024年, 2024届毕业生
    if (decade) return true; // 80年代, a decade
    if (dayOrTime && !unit) return !(after === RI && token.includes('.')); // 7.6日 is days
    if (after === DIAN && !isAsciiDigit(codeAt(s, first.end + 1)) && !isIndexPoints(token)) return true;
  } else if (dayOrTime && !unit) {
    return true;
  } else if (decade) {
    return true; // 八十年代
  }
  return false;
}

/**
 * A number after an ordinal's lead or after 前, in digits or in words: a rank where a ranking
 * word stands before it (全省第4, 排名全国第九位; 八项全省前6 and 居前五位, ranks of at most N),
 * else skipped (第三届, 星期五 count nothing); undefined when nothing of the kind leads it.
 */
function ordinalAt(s: string, at: number, token: string): Quantity | Skipped | null | undefined {
  const lead = ordinalLeadBefore(s, at);
  if (lead) return lead === '第' ? rank(s, at, token, 'exact') : skip(at + token.length);
  if (codeAt(s, at - 1) === QIAN && RANK_CONTEXT.test(s.slice(Math.max(0, at - 5), at - 1)))
    return rank(s, at, token, 'at_most');
  return undefined;
}

/** The words before a rank's number that say it is one: 位居全省第, 居前, 排名全市第, 第. */
const RANKING_PHRASE =
  /(?:位居|位列|居于|居|排名|排位|排序|排在|排|列|进入|跻身)?(?:全省|全国|全市|省内|全区|全县|世界|全球|亚洲|中部|东部|西部|行业|联赛|小组|赛区)?[第前]$/;

function rank(s: string, at: number, token: string, approx: Approx): Quantity | Skipped | null {
  const ordinalStart = at - 1;
  if (!RANK_CONTEXT.test(s.slice(Math.max(0, ordinalStart - 4), ordinalStart)))
    return skip(at + token.length);
  // 全县第二、三产业: ordinals listed before a noun name things (the second and third sectors), no rank
  // (全省第1、八项全省前6 lists ranks and counts).
  if (
    !startsWithDigit(token) &&
    codeAt(s, at + token.length) === DUN &&
    ORDINAL_LISTED.test(s[at + token.length + 1] ?? '')
  )
    return skip(at + token.length);
  const value = parseNumber(token);
  if (value === null) return null;
  return {
    start: ordinalStart,
    end: at + token.length,
    value,
    min: null,
    max: null,
    unit: null,
    approx,
    kind: 'rank',
    rule: 'rank',
    // What is ranked ends before the words that rank it (发病数|居前5位, 综合得分|位居全省第3).
    leftEnd: at - (RANKING_PHRASE.exec(s.slice(Math.max(0, at - 8), at))?.[0].length ?? 1),
    rateStart: null,
  };
}

/** Whether a body's term (届) stands shortly before `at` in its clause: 十四届全国人大|三次会议. */
function termBefore(s: string, at: number): boolean {
  const term = s.lastIndexOf('届', at);
  if (term < 0 || at - term > TERM_REACH) return false;
  for (let i = term + 1; i < at; i++) if (isClauseMark(s, i)) return false;
  return true;
}

const DOT = 0x2e;
const SPACE = 0x20;
const CELSIUS = '℃'.charCodeAt(0);
/** What stands before a time ago that something is compared with: 与, 比, 较, 同, 是 (…的1.6倍). */
const COMPARED_WITH_BEFORE = new Set([...'与比较同是'].map((c) => c.charCodeAt(0)));
const DUN = '、'.charCodeAt(0);
/** The next ordinal of a list written without its 第 (第二、三产业). */
const ORDINAL_LISTED = /^[一二三四五六七八九十]$/;
const SHUANG = '双'.charCodeAt(0);
const SLASH = 0x2f;
// Characters compared by UTF-16 unit where every number reads them (s[i] would make a string of each).
const [CHU, FAN, FAN_TIMES, SHU, RI, DIAN, BAN, MEI, JIN, QIAN, DA, NIAN, DAI, JIE, YUE, HAO, SHI, CI] = [
  ...'初翻番数日点半每近前大年代届月号时次',
].map((c) => c.charCodeAt(0));
const TENTH_UNIT = TENTH.charCodeAt(0);
/** The first units of CONGRESS_AFTER: 大, 届, 中. */
const CONGRESS_FIRST_UNITS = new Set([...'大届中'].map((c) => c.charCodeAt(0)));
const RATE_MARKER_UNITS = new Set([...'口每'].map((c) => c.charCodeAt(0)));

/**
 * The UTF-16 unit at `at`, or -1 outside the string: reading past a string's end makes V8 drop
 * the compiled code of the function that does it.
 */
function codeAt(s: string, at: number): number {
  return at >= 0 && at < s.length ? s.charCodeAt(at) : -1;
}

/** Whether `word` ends right before `at`. */
function endsBefore(s: string, at: number, word: string): boolean {
  return at >= word.length && s.startsWith(word, at - word.length);
}

/** Whether a UTF-16 unit is a CJK ideograph (HAN_CHAR's range). */
function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Whether [from, to) holds 口 or 每, without which RATE_MARKER cannot match. */
function holdsRateMarkerUnit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RATE_MARKER_UNITS.has(s.charCodeAt(i))) return true;
  return false;
}

/** A Latin letter, + @ or _: part of a code or a name when it touches digits (NaN past the ends: none). */
function isCodeUnit(c: number): boolean {
  return isAsciiLetter(c) || c === 0x2b || c === 0x40 || c === 0x5f;
}

function colonWithin(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === COLON) return true;
  return false;
}

/** Whether a number is written in Arabic digits (its first unit is one). */
function startsWithDigit(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Where the run of digits and decimal points that starts at `at` ends. */
function digitsEnd(s: string, at: number): number {
  let end = at;
  for (let c = codeAt(s, end); (c >= 0x30 && c <= 0x39) || c === 0x2e; c = codeAt(s, ++end));
  return end;
}

function nearRatioWord(s: string, from: number, to: number): boolean {
  return (
    s.slice(Math.max(0, from - 4), from).includes('比') ||
    s.slice(to, to + 4).includes('比') ||
    SCORE_AFTER.test(s.slice(to, to + 2))
  );
}
/** A match's result after its score (以3:1战胜, 2:2战平): a score, no time of day. */
const SCORE_AFTER = /^(?:战胜|击败|力克|险胜|完胜|大胜|横扫|逆转|战平|负于|不敌|憾负|告负|落败|获胜|取胜)/;

/** Longest first: 及以上 before 以上. */
const SUFFIX_WORDS = Object.keys(SUFFIX).sort((a, b) => b.length - a.length);
/** The same by their first character: a suffix is looked for after every figure. */
const SUFFIX_WORDS_BY_FIRST = new Map<number, string[]>();
for (const word of SUFFIX_WORDS) {
  let words = SUFFIX_WORDS_BY_FIRST.get(word.charCodeAt(0));
  if (!words) SUFFIX_WORDS_BY_FIRST.set(word.charCodeAt(0), (words = []));
  words.push(word);
}
const NONE: string[] = [];

function suffixAt(s: string, at: number): { word: string; approx: Approx } | null {
  for (const word of SUFFIX_WORDS_BY_FIRST.get(codeAt(s, at)) ?? NONE) {
    if (!s.startsWith(word, at)) continue;
    // 内 and 上下 begin other words (内容, 上下班); 多 and 余 only qualify at a clause end.
    const nextChar = s[at + word.length] ?? '';
    if ((word === '内' || word === '上下') && /[容部外科涵地资需销政务网存]/.test(nextChar)) continue;
    if ((word === '多' || word === '余') && HAN.test(nextChar) && nextChar !== '') continue;
    return { word, approx: SUFFIX[word] };
  }
  return null;
}

/** The qualifier before a number: touching it, or a few characters of words away (至少建成1家). */
function prefixBefore(s: string, at: number): { start: number; approx: Approx; touching: boolean } | null {
  const from = Math.max(clauseStart(s, at), at - PREFIX_REACH - 3);
  // Read back from the number: the first word found ending at a place is its last occurrence,
  // the only one that counts; the latest end wins, and there the longest word.
  let seen: Set<string> | null = null;
  for (let end = at; end > from; end--) {
    if (ENDS_PREFIX[s.charCodeAt(end - 1)] === 0) continue;
    let best: (typeof PREFIX)[number] | null = null;
    for (const p of PREFIXES_BY_LAST.get(s.charCodeAt(end - 1))!) {
      const start = end - p.word.length;
      if (start < from || seen?.has(p.word) || !s.startsWith(p.word, start)) continue;
      (seen ??= new Set()).add(p.word);
      const gap = at - end;
      if (p.near ? gap !== 0 : gap > PREFIX_REACH || !allHan(s, end, at)) continue;
      if (p.notAfter?.test(s.slice(Math.max(0, start - 2), start))) continue; // 签约1993对 is no 约
      if (!p.near && s[end] === '的') continue; // 获得最多的27枚金牌: the most, no bound
      if (!best || p.word.length > best.word.length) best = p;
    }
    if (best) return { start: end - best.word.length, approx: best.approx, touching: end === at };
  }
  return null;
}

/** Start of the clause holding `at`: after the last , ; : 。 、 or quote mark. */
export function clauseStart(s: string, at: number): number {
  const limit = Math.max(0, at - CLAUSE_REACH);
  for (let i = at - 1; i >= limit; i--)
    if (isClauseMark(s, i)) {
      // 数量较“十三五”末增加6家: a five-year plan in quotes is a time inside the clause.
      if (isQuotedPlanEnd(s, i)) i -= 4;
      else return i + 1;
    }
  return limit;
}

/** The character before the 前 of 前8个月, with the 年 of 今年 or 2025年 passed as no word of its own. */
function charBeforePeriodLead(s: string, at: number): string {
  const c = s[at - 2] ?? '';
  return c === '年' ? '' : c;
}

/** A five-year plan's name in quotes, ending at the closing quote: “十三五”, “十四五”. */
const QUOTED_PLAN = /^“[一二三四五六七八九十]{2}五”$/;

/** Whether the closing quote at `at` ends a five-year plan's name in quotes (five characters). */
export function isQuotedPlanEnd(s: string, at: number): boolean {
  return s.charCodeAt(at) === CLOSING_QUOTE && at >= 4 && QUOTED_PLAN.test(s.slice(at - 4, at + 1));
}

/** Clauses are short; looking further back would make long hostile lines quadratic. */
const CLAUSE_REACH = 60;

/** The marks that end a clause, by UTF-16 unit (a table: clause ends are looked for at every character). */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const mark of ',;:。!?、\n“”"《》—') CLAUSE_MARKS[mark.charCodeAt(0)] = 1;

/** Whether the character at `at` ends a clause (false past the end). */
export function isClauseMark(s: string, at: number): boolean {
  return at < s.length && CLAUSE_MARKS[s.charCodeAt(at)] === 1;
}

/** Whether every unit of [from, to) is a CJK ideograph (HAN over a slice, without the slice). */
function allHan(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHanUnit(s.charCodeAt(i))) return false;
  return true;
}

/** The longest fixed word at each position (words may overlap). */
const FIXED_WORDS = Finder.words(NOT_FIGURE_WORDS);
const FIXED_WORD_MAX_LENGTH = Math.max(...NOT_FIGURE_WORDS.map((w) => w.length));

/**
 * Whether `at` is inside a fixed word or is the character before one: 一老一小, 第一时间, 三位一体.
 * Only the words that may cover `at` are looked for, in a window around it that holds them whole.
 */
function inFixedWord(s: string, at: number): boolean {
  const from = Math.max(0, at - FIXED_WORD_MAX_LENGTH + 1);
  const window = s.slice(from, at + 2 + FIXED_WORD_MAX_LENGTH);
  for (
    let m = FIXED_WORDS.find(window);
    m && from + m.index <= at + 1;
    m = FIXED_WORDS.find(window, m.index + 1)
  )
    if (at < from + m.index + m[0].length) return true;
  return false;
}

const OPENING_QUOTE = '“'.charCodeAt(0);
const CLOSING_QUOTE = '”'.charCodeAt(0);

/** The longest quoted phrase (slogan, name) that rules out the numerals in it: “三个加强”, “一支队伍、两个关口”. */
const QUOTE_REACH = 30;

/**
 * Whether `at` is inside a short quoted phrase: after an opening quote and before the closing
 * quote that pairs with it, at most QUOTE_REACH units apart. A closing quote pairs with the last
 * opening quote before it when no closing quote stands between them.
 */
function insideQuotes(s: string, at: number): boolean {
  let open = -1;
  for (let i = at; i >= 0 && at - i < QUOTE_REACH; i--) {
    const c = s.charCodeAt(i);
    if (c === CLOSING_QUOTE) return false;
    if (c === OPENING_QUOTE) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = at + 1; i < s.length && i - open <= QUOTE_REACH; i++) {
    const c = s.charCodeAt(i);
    if (c === CLOSING_QUOTE) return true;
    if (c === OPENING_QUOTE) return false;
  }
  return false;
}
