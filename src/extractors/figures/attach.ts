// What a figure measures (metric) and where (scope), read from its sentence. When (its period)
// comes from the date mentions: src/extractors/dates/periods.ts.
//
// Metric: the noun phrase the sentence ties the number to. A count names what it counts right
// after its measure word (建成40个特色专科卫生院); other figures name it before: directly
// (托位使用率45%, 建成托位3.12万个) or as the subject before a verb (千人口托位数达5.22个,
// 普惠托育收费价格在上年基础上平均降低200元). A clause with no noun of its own shares the metric
// of the figure before it (四级手术占比达51.05%,同比提高13.76个百分点).

import type { Token, TokenIndex } from '../../pipeline/tokenize.js';
import { AREA_WORDS, isPlaceName } from '../../lexicon/places.js';
import {
  CHANGE_VERBS,
  DURATION_VERBS,
  FORCED_WORDS,
  FUNCTION_CHARS,
  GLUED_PREPOSITION_CHARS,
  GLUED_VERB_CHARS,
  MEASURE_HEADS,
  NOMINAL_TAGS,
  NOMINAL_WORDS,
  NOT_METRIC_WORDS,
  PEOPLE_EVENT_VERBS,
  PERSON_NOUN_ENDINGS,
  RECKONING_NOUNS,
} from '../../lexicon/metrics.js';
import { type FigureKind, unitAt } from '../../lexicon/units.js';
import { isTimeWord } from '../dates/periods.js';
import { clauseStart, HAN_CHAR, isClauseMark, type Quantity } from './scan.js';

/**
 * What the letters of a word say (true, false, or null: they do not decide), computed once per
 * word. Words of one UTF-16 unit are kept by the unit and words of two Han characters (most
 * words) by a number made of the two: a word cut from a clause is a new string, which a map must
 * read to hash, where a number hashes at once.
 */
class WordMemo {
  /** Per unit: 0 not asked yet, else the answer's index in ANSWERS + 1. */
  private readonly units = new Uint8Array(0x10000);
  private readonly hanPairs = new Map<number, boolean | null>();
  private readonly words = new Map<string, boolean | null>();

  constructor(private readonly compute: (word: string) => boolean | null) {}

  get(word: string): boolean | null {
    if (word.length === 1) {
      const unit = word.charCodeAt(0);
      if (this.units[unit] === 0) this.units[unit] = ANSWERS.indexOf(this.compute(word)) + 1;
      return ANSWERS[this.units[unit] - 1];
    }
    const pair = word.length === 2 ? hanPairKey(word.charCodeAt(0), word.charCodeAt(1)) : -1;
    let known = pair >= 0 ? this.hanPairs.get(pair) : this.words.get(word);
    if (known === undefined) {
      known = this.compute(word);
      // Bounds the maps on endless streams of new words; a real vocabulary fits.
      if (pair >= 0) {
        if (this.hanPairs.size < MAX_MEMO_WORDS) this.hanPairs.set(pair, known);
      } else if (this.words.size < MAX_MEMO_WORDS) this.words.set(word, known);
    }
    return known;
  }
}

const ANSWERS = [true, false, null];
const MAX_MEMO_WORDS = 100_000;
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;

/** A number for two Han characters of the basic block, or -1. */
function hanPairKey(a: number, b: number): number {
  const i = a - HAN_FIRST;
  const j = b - HAN_FIRST;
  return i >= 0 && i < HAN_COUNT && j >= 0 && j < HAN_COUNT ? i * HAN_COUNT + j : -1;
}

/** Per word: whether it names a place (the gazetteer's look-up is asked of most words of a clause). */
const placeWords = new WordMemo((word) => AREA_WORDS.has(word) || isPlaceName(word));

export function isPlace(word: string): boolean {
  return placeWords.get(word) === true;
}
const BENEFACTIVES = new Set(['为', '对', '给', '向']);
const PLACE_KIND_END = /(?:城市|城镇|山区|地区|县区|乡镇|社区|口岸)$/;
/** The tagger calls 城镇人口 a place name (ns): the people of a kind of place are a noun too. */
const PLACE_PEOPLE_END = /(?:人口|居民)$/;
const RATE_NAME = /(?:率|比例|占比)$/;
const SHARE_OF_PLACE = /占(?:全市|全省|全国|全县|全区)$/;
/**
 * Verbs the tagger names that describe a state of the noun after them (31个省级知名专家工作室,
 * 120名在岗医生, 非|公立|医疗机构: without 公立 the phrase says the opposite), wherever the noun stands.
 */
const STATE_VERBS = new Set([
  '知名',
  '著名',
  '优秀',
  '先进',
  '在岗',
  '在职',
  '在校',
  '在院',
  '在册',
  '在建',
  '合格',
  '公立',
  '控股', // 国有控股企业
  '输入', // 境外输入病例
  '常住',
  '留守',
]);
/** After a count, 新建 describes too (3所新建学校); before its noun it is what was done (新建村卫生室5个). */
const ATTRIBUTIVE_VERBS = new Set([...STATE_VERBS, '新建']);
/** Words that are nouns after a noun and verbs before one (政府卫生支出; 支出资金; 检测报告; 共报告…病例). */
const VERB_OR_NOUN = new Set(['支出', '报告']);
/**
 * Idioms of time or degree the tagger calls l (迄今为止, 长期以来, 时至今日, 差不多), and verbs
 * under an adverb of totalling (共出动, 累计发放): never part of a name.
 */
const ADVERBIAL_IDIOM = /(?:以来|为止|至今|今日|不多|之前|之后|以后)$|^(?:共计|共|累计|合计|总共|先后)/;
/** Adverbs that link clauses (半小时即可出院), never modify a noun the way 面对面 does. */
const LINKING_ADVERBS = new Set([
  '即可',
  '就',
  '便',
  '才',
  '也',
  '都',
  '均',
  '还',
  '再',
  '又',
  '已',
  '将',
  '可',
  '仍',
  '即',
]);
/** Words of how or again a thing was done, before its verb (3个中心成功开业运营, 顺利通过, 重新红润): no modifier of a noun. */
const MANNER_WORDS = new Set(['成功', '顺利', '圆满', '重新']);
const LOCALIZERS = new Set(['上', '中', '内', '下', '里', '前', '后', '间']);
const MAX_METRIC = 16;
/** Characters that name a dimension alone before its figure (高96米). */
const DIMENSIONS = new Set(['高', '长', '宽', '深', '厚', '重']);

/** Verbs of causing before people counted (造成1万人死亡, 致3人受伤). */
const CAUSATIVE_VERBS = ['造成', '导致', '致使', '致'];
/** A verb of causing and a place right before people counted: 造成福建省|50821人受灾. */
const CAUSED_IN_PLACE = /(?:造成|导致|致使)[\u4e00-\u9fff]{2,8}$/;

/** How far before its figure a population base may start (每千人口拥有3岁以下婴幼儿托位数为). */
const BASE_REACH = 40;
/**
 * A population base right before a name: 每千人口, 每万名常住人口, 每百户居民拥有, 每千名老年人拥有,
 * with the ages the name is of (每千人口拥有3岁以下|婴幼儿托位数).
 */
const BASE_BEFORE_NAME =
  /每[\d一二两三四五六七八九十百千万]+[名户]?(?:[\u4e00-\u9fff]{0,3}?(?:人口|居民|老年人|儿童|妇女|人|户))?(?:拥有|有)?(?:(?:\d+|[一二三四五六七八九十]+)周?岁(?:以下|以上))?$/;

const AVERAGE = '平均';

/** Periods a measure is per when they stand alone before its name (日供水量, 年门诊量). */
const PER_PERIOD = new Set(['日', '年', '月']);

/** A measure a price is per, as one word: 每斤, 每桶, 每盎司. */
const PER_MEASURE = /^每[\u4e00-\u9fff]{1,2}$/;

/** A number and a unit of time right before another span: 三年|六个月, 2小时|15分钟. */
const SPAN_GOES_ON = /(?:\d|[一二两三四五六七八九十])(?:年|个月|天|小时|分钟)$/;

/** A name and 比 right before a ratio, with a copula between: 医护比为, 床护比达到. */
const RATIO_NAMED = /([\u4e00-\u9fff]{1,8})比(?:为|是|达到?|优化至|提高至|调整为)?$/;

/** Kinds of figures that change in percentage points. */
const POINTED_KINDS = new Set<FigureKind>(['percent', 'pct_point', 'rate']);

/** Families of kinds that may share a metric with the figure before them. */
const FAMILY: Record<FigureKind, string> = {
  count: 'count',
  other: 'count',
  length: 'count',
  duration: 'duration',
  age: 'age',
  money: 'money',
  percent: 'share',
  pct_point: 'share',
  rank: 'share',
  rate: 'rate',
  ratio: 'ratio',
};

export interface Measured {
  kind: FigureKind;
  unit: string | null;
  metric: string | null;
  /** Where the figure ends in its sentence. */
  end: number;
}

/** Whether offset `at` of `text` stands inside brackets opened before it (and not yet closed). */
export function inAside(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
}

/** A sentence of the text, and the whole text's tokens. */
export interface Sentence {
  text: string;
  /** Where the sentence starts in the text. */
  start: number;
  index: TokenIndex;
}

/** The metric of quantity `q` (offsets in the sentence); `before` are the sentence's earlier figures. */
export function metricOf(sentence: Sentence, q: Quantity, before: Measured[]): string | null {
  const counted =
    q.kind === 'count' ||
    q.kind === 'age' ||
    q.kind === 'duration' ||
    q.kind === 'length' ||
    q.kind === 'other';
  // Most counts name what they count on their right: the words on the left are cut only when needed.
  let leftTokens: Token[] | undefined;
  const left = () =>
    (leftTokens ??= beforeStartingPoint(
      clauseTokens(sentence, clauseStart(sentence.text, q.start), q.leftEnd),
    ));
  // 完成2072名在托儿童…, 等49名需关注儿童: people counted as a verb's object (or at the end of a
  // list) may be named after a short verb phrase; in 其中3家获评… the number is the subject.
  const isObject = () => {
    const words = left();
    let i = words.length - 1;
    // 完成了2072名; 为全市约434万名: particles, qualifiers and places stand between the verb and its object.
    while (
      i >= 0 &&
      (ASPECT_PARTICLES.has(words[i].word) ||
        isPlace(words[i].word) ||
        (words[i].tag === 'd' && words[i].word.length === 1))
    )
      i--;
    // 医院的12位知名专家: people of something are named after the count too; so are those 为, 对 serve.
    return (
      i >= 0 &&
      (words[i].tag === 'v' ||
        words[i].word === '等' ||
        words[i].word === '的' ||
        (words[i].tag === 'p' && BENEFACTIVES.has(words[i].word)))
    );
  };
  // 本次活动有100余人接受了义诊: after 有 the people are named by what they did, not by the event.
  const afterExistential = () => {
    const words = left();
    return PEOPLE_UNITS.has(q.unit ?? '') && words[words.length - 1]?.word.endsWith('有')
      ? predicateAfter(sentence, q)
      : null;
  };
  // 县委书记李云升一行4人, 专家一行5人: a party counted after its 一行 is named by the word for
  // people or the group before it, else by 一行 (a name before it names no metric).
  if (PEOPLE_UNITS.has(q.unit ?? '') && sentence.text.endsWith(PARTY, q.leftEnd)) {
    const start = clauseStart(sentence.text, q.start);
    const named =
      start < q.leftEnd - PARTY.length
        ? leftRun(clauseTokens(sentence, start, q.leftEnd - PARTY.length))
        : null;
    return named && (PERSON_END.test(named) || PARTY_NAME_END.test(named)) ? named : PARTY;
  }
  // 流感病毒(23.3%), 护士居多(2622人): a figure alone in brackets is of the noun before them.
  if (s0(sentence, q.start - 1) === '(' && s0(sentence, q.end) === ')') {
    const named = bracketedAfter(sentence, q.start - 1);
    if (named) return named;
  }
  // 年手术量:5.3万例: a name and a colon right before the figure, nothing else between.
  const colonName = () => {
    const start = clauseStart(sentence.text, q.start);
    if (start !== q.leftEnd || sentence.text[start - 1] !== ':') return null;
    const tokens = clauseTokens(sentence, clauseStart(sentence.text, start - 1), start - 1);
    return tokens.length > 0 && isNominal(tokens[tokens.length - 1]) ? leftRun(tokens) : null;
  };
  // 有期徒刑三年六个月, 用时2小时15分钟: a span right after a longer one goes on with it, and so
  // measures the same thing.
  const spanBefore = before[before.length - 1];
  if (
    q.kind === 'duration' &&
    spanBefore?.kind === 'duration' &&
    SPAN_GOES_ON.test(sentence.text.slice(Math.max(0, q.start - 4), q.start))
  )
    return spanBefore.metric;
  // 建院90周年院庆: an anniversary is of the event before it, not of the celebration after it.
  if (q.unit === '周年') return leftRun(left()) ?? activity(sentence, q, left()) ?? leftWalk(left());
  // 占全市99.18%: a share of the whole place, with nothing else named.
  const shareOfPlace = () =>
    FAMILY[q.kind] === 'share'
      ? (SHARE_OF_PLACE.exec(sentence.text.slice(Math.max(0, q.leftEnd - 4), q.leftEnd))?.[0] ?? null)
      : null;
  // 从三方面入手: a unit that is a noun of its own names what is counted, when nothing follows it.
  const unitNamed = q.unit !== null && NOUN_UNITS.has(q.unit) ? q.unit : null;
  // 举办“健康大讲堂”“义诊进社区”20场: quoted names right before a count are what it counts.
  const quoted = unitIn(sentence.text, q.leftEnd - 1, QUOTE_ENDS)
    ? (QUOTED_BEFORE.exec(sentence.text.slice(Math.max(0, q.leftEnd - 40), q.leftEnd))?.[0] ?? null)
    : null;
  // 严重精神障碍患者在册管理1.8万人: people are named by the word for them before, not by what is done with them.
  const leftName = () => {
    const name = leftRun(left()) ?? leftWalk(left());
    const namesPeople = (n: string) => PERSON_END.test(n) || /(?:[数量口]|人员|人次)$/.test(n); // 医师数, 老年人口
    // (人次 counts visits: 为居家老人提供医养服务69万人次 is named by the service.)
    return name && PEOPLE_UNITS.has(q.unit ?? '') && q.unit !== '人次' && !namesPeople(name)
      ? (lastPeople(left()) ?? name)
      : name;
  };
  // 冲突已造成1万人死亡: people a cause led to are named by what befell them, not by the cause.
  const befell = () => {
    if (!PEOPLE_UNITS.has(q.unit ?? '')) return null;
    // The words are cut only where the text before the count ends in one of them, or in one and
    // a place (造成福建省50821人受灾).
    const touching = CAUSATIVE_VERBS.some((v) => sentence.text.endsWith(v, q.leftEnd));
    if (!touching && !CAUSED_IN_PLACE.test(sentence.text.slice(Math.max(0, q.leftEnd - 10), q.leftEnd)))
      return null;
    const words = left();
    let n = words.length - 1;
    if (!touching && n > 0 && isPlace(words[n].word)) n--;
    return CAUSATIVE_VERBS.includes(words[n]?.word ?? '') ? predicateAfter(sentence, q, true) : null;
  };
  const found = counted
    ? (befell() ??
      rightRun(sentence, q, isObject) ??
      unitNamed ??
      quoted ??
      (q.kind === 'duration' ? activity(sentence, q, left()) : null) ??
      afterExistential() ??
      leftName() ??
      colonName())
    : (leftRun(left()) ??
      shareOfPlace() ??
      (q.kind === 'money' || q.kind === 'ratio' ? rightRun(sentence, q, isObject) : null) ??
      (q.kind === 'percent' ? groupAfterDe(sentence, q) : null) ??
      leftWalk(left(), FAMILY[q.kind] === 'share') ??
      (q.kind === 'percent' ? shareNamedAfter(sentence, q) : null) ??
      colonName());
  // 每千人口执业(助理)医师3.2人, 每百户居民拥有…面积30平方米: a count per a population is named
  // with its base, as written (a rate in a per-base unit, 12.3/10万, carries the base in its unit).
  // Where the name stands in the sentence, for the readings below that look around it.
  const at = found ? sentence.text.lastIndexOf(found, q.start) : -1;
  const baseAt = found ? lastWithin(sentence.text, MEI, q.start, BASE_REACH) : -1;
  if (found && baseAt >= 0 && !q.unit?.startsWith('/')) {
    const base = at > 0 ? BASE_BEFORE_NAME.exec(sentence.text.slice(Math.max(0, at - 14), at)) : null;
    if (base) return base[0] + found;
  }
  // 最近一小时最大降水量为9.2毫米: a name cannot open inside the figure before it (its unit, 小时).
  const previous = before[before.length - 1];
  // (Only a name read off the words right before the figure: 最大降水量为, 小时内下降了; most
  // figures stand too far from the one before for that.)
  if (found && previous && previous.end < q.start && previous.end > q.leftEnd - 4 - found.length) {
    const end = at + found.length;
    if (
      at >= 0 &&
      at < previous.end &&
      end >= previous.end &&
      end <= q.leftEnd &&
      q.leftEnd - end <= 4 &&
      !namedRightAfter(sentence.text, q, found)
    )
      return end > previous.end ? found.slice(previous.end - at) : null;
  }
  // 共有4A级以上景区21家: a grade before the name counted is part of it (the tagger cuts 4A off).
  if (found && q.kind === 'count') {
    const grade =
      at > 0 && GRADE_ENDS.has(sentence.text[at - 1])
        ? GRADE_BEFORE.exec(sentence.text.slice(Math.max(0, at - 8), at))
        : null;
    if (grade) return grade[0] + found;
  }
  // 医护比为1:1.25: the tagger cuts 比 off as a preposition, but the ratio is named with it.
  if (
    found &&
    q.kind === 'ratio' &&
    RATIO_NAMED.exec(sentence.text.slice(Math.max(0, q.leftEnd - 16), q.leftEnd))?.[1].endsWith(found)
  )
    return `${found}比`;
  if (
    found &&
    !RECKONING_NOUNS.has(found.slice(-2)) &&
    !isBenchmark(sentence.text, q, found) &&
    !isSubgroupOfRate(sentence.text, q, found, before)
  )
    return found;
  // 高96米, 长3.2公里, 重4.5公斤: a dimension named by one character, its clause's only word.
  const dimension = sentence.text[q.leftEnd - 1];
  if (
    (q.kind === 'length' || q.kind === 'other') &&
    DIMENSIONS.has(dimension) &&
    clauseStart(sentence.text, q.start) === q.leftEnd - 1
  )
    return dimension;
  // 纱增长16.2%, 布增长3%: a product of one character, its clause's only noun, then a verb of change.
  const clause = left();
  if (
    (q.kind === 'percent' || q.kind === 'pct_point') &&
    clause.length === 2 &&
    clause[0].word.length === 1 &&
    CHANGE_VERBS.has(clause[1].word) &&
    clause[1].end - sentence.start === q.leftEnd &&
    isNominal(clause[0])
  )
    return clause[0].word;
  if (q.kind === 'age') {
    const person = personBefore(sentence, q);
    if (person) return person;
  }
  // 4156万人完成第一剂接种, 已有300人参加培训: people counted by what they did, when nothing else
  // names them and they are the subject (抽调30名支援基层: the object of 抽调, and 支援 its purpose).
  const did = PEOPLE_UNITS.has(q.unit ?? '') && !isVerbObject(left()) ? predicateAfter(sentence, q) : null;
  if (did) return did;
  // 巡诊3682次, 接诊3000人次: times or visits counted right after a verb count that activity.
  const verb = left()[left().length - 1];
  if (
    EVENT_UNITS.has(q.unit ?? '') &&
    verb?.tag === 'v' &&
    verb.end - sentence.start === q.leftEnd &&
    isActivity(verb.word)
  )
    return verb.word;
  // 死亡1901人, 治愈出院266人: people counted right after what happened to them.
  if (
    PEOPLE_UNITS.has(q.unit ?? '') &&
    verb &&
    PEOPLE_EVENT_VERBS.has(verb.word) &&
    verb.end - sentence.start === q.leftEnd
  )
    return verb.word;
  const subject = left().some(isNominal) ? null : subjectBefore(sentence, q);
  if (subject) return subject;
  // Ellipsis reaches back a few figures only (and keeps long lists linear).
  // Counts share only with counts of the same thing (same unit): 超5万人次 after 5000多位老人 is not
  // a count of 老人, 1300家以上 after 托位3.12万个 not one of 托位. A share after a verb of change
  // is the change of the figure before it, whatever its kind: 支出4.2亿元,同比增长7.8%.
  // 同比增长1倍多 likewise: a multiple after a verb of change.
  // 是2020年的1.3倍: a multiple of the figure at an earlier time is a change of it too.
  // 其中女性代表790名,占26.54%: a share with only 占 before it is the share of the figure before.
  const change =
    ((q.kind === 'percent' || q.kind === 'ratio' || q.kind === 'pct_point') &&
      left().some((t) => CHANGE_VERBS.has(t.word))) ||
    (q.kind === 'ratio' && multipleOfEarlier(left())) ||
    (q.kind === 'percent' && left().length === 1 && left()[0].word === '占');
  // 工业投资75.11亿元(占总投资的32.1%),增长103.2%: a share of a whole in passing is not what changes.
  let changed = before.length - 1;
  // 占户籍总人口比重为61.68%,比上年末提高2.24个百分点: points right after a share or a rate are
  // a change of it, 占 or not (after an amount they are a change of its growth, named by the amount).
  const pointsOfShare = q.kind === 'pct_point' && POINTED_KINDS.has(before[changed]?.kind);
  while (change && !pointsOfShare && changed > 0 && before[changed].metric?.startsWith('占')) changed--;
  // 各类案件3.2万件(不含旧存2400件),比上年下降1.3%: a figure in an aside is not what changes after it.
  const aside = (b: Measured) => inAside(sentence.text, b.end - 1);
  if (change && changed > 0 && aside(before[changed]) && !inAside(sentence.text, q.start))
    while (changed > 0 && aside(before[changed])) changed--;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 8); i--) {
    const b = before[i];
    if (change && i > changed) continue;
    if (!b.metric || (FAMILY[b.kind] !== FAMILY[q.kind] && !(change && i === changed))) continue;
    // 选派专家152批、1092人次: a bare count listed right after another counts the same thing in
    // another unit; so does one touching it (报告传染病11种755例).
    const listed =
      i === before.length - 1 &&
      (b.end === q.start ||
        (left().length === 0 && sentence.text[clauseStart(sentence.text, q.start) - 1] === '、'));
    if (
      FAMILY[q.kind] === 'count' &&
      b.unit !== q.unit &&
      !listed &&
      !(i === before.length - 1 && reachedFrom(left()))
    )
      continue;
    return b.metric;
  }
  // 已投入5000万元: money with no noun of its own is named by the verb that spends it (投入, 补贴).
  if (q.kind === 'money') {
    const last = left()[left().length - 1];
    if (last && SPENDING_WORDS.has(last.word)) return last.word;
  }
  return null;
}

/** Whether `name` follows the figure (a count's noun, 2家5A级景区), not the words before it. */
function namedRightAfter(text: string, q: Quantity, name: string): boolean {
  const at = text.indexOf(name, q.end);
  return at >= 0 && at - q.end <= 8;
}

/** The last UTF-16 unit `unit` at or before `at` and less than `reach` before it, else -1. */
function lastWithin(text: string, unit: number, at: number, reach: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0 && at - i < reach; i--)
    if (text.charCodeAt(i) === unit) return i;
  return -1;
}

const MEI = '每'.charCodeAt(0);

/** The character at `at` of the sentence, or '' outside it. */
function s0(sentence: Sentence, at: number): string {
  return sentence.text[at] ?? '';
}

/**
 * The noun right before an opening bracket at `open`, past one short word that says how it
 * stands (护士居多(2622人)): 流感病毒(23.3%) -> 流感病毒; a place (全省(7.7%)) names no metric.
 */
function bracketedAfter(sentence: Sentence, open: number): string | null {
  const tokens = clauseTokens(sentence, clauseStart(sentence.text, open), open);
  let end = tokens.length;
  // 居多, 较|少: up to two short words of how the noun stands.
  for (let k = 0; k < 2 && end >= 2 && !isNominal(tokens[end - 1]); k++)
    if (/^(?:a|d|v|zg)$/.test(tokens[end - 1].tag) && tokens[end - 1].word.length <= 2) end--;
    else return null;
  if (end === 0 || !isNominal(tokens[end - 1])) return null;
  const named = runEndingAt(tokens, end);
  // 全国平均水平(7.0%): a level compared with names nothing measured.
  return named && !LEVEL_NAME.test(named) ? named : null;
}

/** Quote marks and words of a plan's period: “十一五”时期, “十三五”末. */
const PLAN_PERIOD_WORDS = new Set(['“', '”', '时期', '期间', '末']);
/** Years in Chinese numerals, one word (五年前: five years ago). */
const YEARS_AGO = /^[一二两三四五六七八九十]+年$/;

/** 是2020年的1.3倍, 为上年的2倍: the words before a multiple compare with an earlier time. */
function multipleOfEarlier(left: Token[]): boolean {
  const n = left.length;
  if (n < 3 || left[n - 1].word !== '的' || (left[0].word !== '是' && left[0].word !== '为')) return false;
  for (let i = 1; i < n - 1; i++) {
    const w = left[i].word;
    // (是五年前的: a time ago, in Chinese numerals, too; 是“十一五”时期的: a plan's period, quoted.)
    if (
      !(
        isTimeWord(w) ||
        /\d/.test(w) ||
        w === '年' ||
        w === '前' ||
        YEARS_AGO.test(w) ||
        PLAN_PERIOD_WORDS.has(w) ||
        left[i].tag === 't' ||
        left[i].tag === 'm'
      )
    )
      return false;
  }
  return true;
}

/**
 * 人均预期寿命由和平解放初期的35.5岁提高至70.6岁: between 由 (从) and 的 stands when the figure
 * started, not what it measures; the words before 由 name it.
 */
function beforeStartingPoint(tokens: Token[]): Token[] {
  if (tokens[tokens.length - 1]?.word !== '的') return tokens;
  for (let i = tokens.length - 2; i > 0; i--) {
    const t = tokens[i];
    if (/\d/.test(t.word)) return tokens;
    if ((t.word === '由' || t.word === '从') && t.tag === 'p') return tokens.slice(0, i);
  }
  return tokens;
}

/** Words that compare a figure with a level: 高于全国平均水平3.06岁. */
const COMPARED_WITH = /(?:高于|低于|高出|低出|超过|超出|优于|好于|快于|慢于|领先|落后|比)[^,;。]*$/;
/** 比全省和全国平均水平(7.0%)分别高0.7个百分点: the level named before the comparison's figure. */
const LEVEL_NAME = /(?:平均水平|平均值|均值|水平)$/;

/**
 * 分别高于全国、全区平均水平3.06岁: the level a figure is compared with is no name of it; the
 * figure is a difference of the figure before (平均预期寿命), which the ellipsis below names.
 */
function isBenchmark(s: string, q: Quantity, found: string): boolean {
  if (!LEVEL_NAME.test(found)) {
    // 高于城镇居民2.3个百分点: a difference in points after what it is compared with right
    // before it is a difference of the figure before, not of that.
    if (q.kind !== 'pct_point') return false;
    const at = s.lastIndexOf(found, q.leftEnd);
    return at >= 0 && COMPARED_RIGHT_BEFORE.test(s.slice(Math.max(0, at - 2), at));
  }
  const at = s.lastIndexOf(found, q.leftEnd);
  return at >= 0 && COMPARED_WITH.test(s.slice(Math.max(0, at - 16), at));
}

/** Words before a span of time that say how long something has held: 连续5年, 持续3个月. */
const RUN_OF_TIME = new Set(['连续', '持续']);

/** A word of comparison touching the name after it: 高于|城镇居民, 快于|规上工业. */
const COMPARED_RIGHT_BEFORE = /(?:高于|低于|高出|低出|快于|慢于|优于|好于|超过|超出|比)$/;

/** Names of a measure, not of a group of people or things: 接种率, 占比, 满意度, 门诊量. */
const MEASURE_NAME = /[率度比例重数量额值费分]$/;

/**
 * 接种率达到86.9%,其中医务人员达到95%: after 其中 a share of a group (医务人员, 公立医院) is the
 * rate before, measured on that group, when the group names no measure of its own.
 */
function isSubgroupOfRate(s: string, q: Quantity, found: string, before: Measured[]): boolean {
  if (q.kind !== 'percent' || MEASURE_NAME.test(found)) return false;
  // 其中医务人员…达到98%, 其中,公立医院88.2%: 其中 opens the stretch since the last comma, or stands alone before it.
  const from =
    Math.max(
      s.lastIndexOf(',', q.start - 1),
      s.lastIndexOf(';', q.start - 1),
      s.lastIndexOf('。', q.start - 1),
    ) + 1;
  if (!s.startsWith('其中', from) && s.slice(Math.max(0, from - 3), from - 1) !== '其中') return false;
  const rate = before[before.length - 1];
  return rate !== undefined && rate.kind === 'percent' && rate.metric !== null && RATE_NAME.test(rate.metric);
}

/**
 * 财政收入迈过千亿大关,达1330亿元; 社会消费品零售总额稳步回升,达到2031亿元: a clause with only
 * verbs before its figure goes on from the clause before, whose subject names the figure when
 * that clause states no figure of its own.
 */
function subjectBefore(sentence: Sentence, q: Quantity): string | null {
  const s = sentence.text;
  const start = clauseStart(s, q.start);
  // 阳性率持续上升,其中99%以上为甲流: a part of what the clause before names is no more of it.
  if (start < 2 || s[start - 1] !== ',' || s.startsWith('其中', start)) return null;
  const from = clauseStart(s, start - 1);
  if (/[\d%]/.test(s.slice(from, start - 1))) return null;
  const tokens = clauseTokens(sentence, from, start - 1);
  const first = firstContent(tokens);
  const run = nounRun(tokens, first, false);
  return run.length > 0 && /^[vdil]$/.test(tokens[first + run.length]?.tag ?? '') ? clean(run) : null;
}

/** Units that count times, visits or operations: what a verb right before them did. */
const EVENT_UNITS = new Set(['次', '人次', '例', '例次', '台', '台次', '场', '场次']);

/** Verbs of spending that are nouns too (投入 "investment"): the name of an amount with no other. */
const SPENDING_WORDS = new Set([
  '投入',
  '投资',
  '支出',
  '补贴',
  '补助',
  '奖补',
  '拨付',
  '筹集',
  '募集',
  '捐赠',
  '捐款',
  '节约',
  '节省',
  '减免',
  '报销',
]);

/** The noun phrase ending in the last word for people among `tokens`, else null. */
function lastPeople(tokens: Token[]): string | null {
  for (let i = tokens.length - 1; i >= 0; i--)
    if (isNominal(tokens[i]) && PERSON_END.test(tokens[i].word)) return runEndingAt(tokens, i + 1);
  return null;
}

/** The clause before a number ends with a verb other than 有 (抽调30名): the count is its object. */
function isVerbObject(left: Token[]): boolean {
  const last = left[left.length - 1];
  return last !== undefined && last.tag === 'v' && !last.word.endsWith('有');
}
const PREDICATE = /^[\u4e00-\u9fff]{2,12}$/;

/** The whole rest of the clause after a count, when it is a verb phrase (完成全程接种). */
function predicateAfter(sentence: Sentence, q: Quantity, listed = false): string | null {
  const s = sentence.text;
  let end = q.end;
  while (end < s.length && !isClauseMark(s, end)) end++;
  const rest = s.slice(q.end, end);
  // 29名来自各省、市的代表: a list goes on, and what is counted is named after it (unless the
  // list is of counts: 造成3人死亡、2人受伤).
  if (!PREDICATE.test(rest) || (s[end] === '、' && !listed)) return null;
  const tokens = clauseTokens(sentence, q.end, end);
  const first = tokens[0];
  // 2710万人是难民: after a copula, what they are names them.
  if (first?.word === '是' && tokens.length > 1 && tokens.slice(1).every(isNominal)) return rest.slice(1);
  // 共有6万余人次无偿献血: an idiom alone after the count is what they did, as a verb would be.
  return first && (first.tag === 'v' || (first.tag === 'i' && tokens.length === 1)) ? rest : null;
}

/** Words that end the name of a group of people: 团队, 队伍, 医疗队, 专家组. */
const GROUP_END = /(?:团队|队伍|队|组)$/;

/** Words that point to a kind described before: 这样的, 此类. */
const DEMONSTRATIVES = new Set(['这样', '这种', '这类', '此类', '如此', '类似', '那样']);

/** The nouns right after the unit: 40个特色专科卫生院, 63岁的辛阿姨, 110支“繁森药箱服务队”. */
function rightRun(sentence: Sentence, q: Quantity, isObject: () => boolean): string | null {
  const s = sentence.text;
  let at = q.end;
  // 63岁的辛阿姨, 2000平方米的康复训练中心, 40天的集中攻关: a measure, 的, then what it measures.
  if (s[at] === '的' && MEASURED_AFTER_DE.has(q.kind)) at++;
  // 300余人的专家团队: people counted before 的 make up the group named after it.
  if (s[at] === '的' && q.kind === 'count' && PEOPLE_UNITS.has(q.unit ?? '')) {
    const run = nounRun(clauseTokens(sentence, at + 1, phraseEnd(s, at + 1)), 0, false);
    if (run.length > 0 && GROUP_END.test(run[run.length - 1])) return clean(run);
  }
  // 15天后康复出院: what follows a span of time and 后 (前, 里) happens after it, and is not what lasted.
  if (q.kind === 'duration' && unitIn(s, at, AFTER_SPAN)) return null;
  // 6大类238个问题: a count of kinds before a count of things counts kinds of those things.
  if (q.kind === 'count' && unitIn(s, at, NUMERAL_START))
    at += COUNT_AFTER.exec(s.slice(at, at + 12))?.[0].length ?? 0;
  // 1.2万名65岁以上老年人: an age bound between the count and the people it counts.
  if (q.unit !== null && PERSON_UNITS.has(q.unit) && unitIn(s, at, NUMERAL_START))
    at += AGE_BOUND.exec(s.slice(at, at + 12))?.[0].length ?? 0;
  // 13家5A级景区, 26家3A级及以下景区: a grade opens the name counted (the tagger cuts 5A off as Latin).
  const grade = q.kind === 'count' && GRADE_STARTS.has(s[at]) ? GRADE.exec(s.slice(at, at + 8)) : null;
  if (grade) {
    const from = at + grade[0].length;
    const named = clean(nounRun(clauseTokens(sentence, from, phraseEnd(s, from)), 0, false));
    if (named) return grade[0] + named;
  }
  // 9万名2型糖尿病患者, 24名第四批队员: a type or a batch before the noun is no earlier figure.
  if (s[at + 1] === '型') at += DISEASE_TYPE.exec(s.slice(at, at + 4))?.[0].length ?? 0;
  if (s[at] === '第') at += BATCH.exec(s.slice(at, at + 6))?.[0].length ?? 0;
  if (q.kind === 'count') {
    const kind = kindAfterList(sentence, at);
    if (kind) return kind;
    // 8个县(市、区), 14个市(州): places counted by their level, with its variants in brackets.
    if (unitIn(s, at, ADMIN_LEVELS)) {
      const level = ADMIN_LEVEL_AFTER.exec(s.slice(at, at + 12));
      if (level) return level[0];
    }
  }
  if (s[at] === '“') {
    const title = q.kind === 'count' ? quotedTitleAt(sentence, q, at) : null;
    if (title) return title;
    at++;
  }
  const to = phraseEnd(s, at);
  const right = clauseTokens(sentence, at, to);
  if (s[q.end] === '的' && MEASURE_HEADS.has(right[0]?.word ?? '')) return null; // 0.2平方米的标准: the number's own standard
  const people = q.unit !== null && PERSON_UNITS.has(q.unit);
  let run = nounRun(right, 0, q.kind === 'age', true);
  // 68岁老年男性患者: after an age, the people it is the age of, up to their word (3岁以下婴幼儿|入托率).
  if (q.kind === 'age') run = upToLastPerson(nounRun(right, 0, false)) ?? run;
  // 1.4亿老年人生活在农村: people counted with no measure word end at the word for them too.
  if (people || (q.unit === null && q.kind === 'count')) run = upToLastPerson(run) ?? run;
  // 4个港口城市接种率达到80%: a count counts the things before a rate that follows them.
  while (run.length > 1 && RATE_NAME.test(run[run.length - 1])) run = run.slice(0, -1);
  const opening = run.length === 0 && q.kind !== 'age' ? (right[0]?.tag ?? '') : '';
  // 50家进步最快的县级医院: an adverb or adjective opens the clause before 的 and the noun; so does
  // a phrase the tagger calls an idiom (四例高难度/l的外科手术).
  // 30场这样的活动: so is a demonstrative.
  if (
    opening === 'd' ||
    opening === 'a' ||
    opening === 'l' ||
    opening === 'i' ||
    (opening === 'r' && DEMONSTRATIVES.has(right[0].word))
  )
    return headAfterDe(right);
  // 71个因震/x受伤的病人: a word jieba does not know, a verb, 的: the noun after 的 is what is counted.
  if (run.length === 1 && right[0].tag === 'x' && right[1]?.tag === 'v' && right[2]?.word === '的') {
    const head = headAfterDe(right.slice(0, 4));
    if (head) return head;
  }
  if (opening === 'v' || opening === 'p') {
    // 1000余平方米的组织标本库: after a measure and 的, a verb and a noun make one name.
    if (at > q.end && right[0].tag === 'v' && right[1] && isNominal(right[1]))
      return clean([right[0].word, ...nounRun(right, 1, false)]);
    return (
      headAfterDe(right) ??
      (people
        ? (relativeClause(right, isObject, clauseStart(s, q.start) === q.leftEnd) ??
          peopleAfterDe(sentence, q))
        : q.kind === 'count'
          ? verbNoun(right, isObject)
          : null)
    );
  }
  return clean(run);
}

/** A title in quotes is a few characters: 健康达人, 最美家庭, 五星级文明户. */
const QUOTED_TITLE = /^“([\u4e00-\u9fff\d]{2,10})”/;
/** What may follow a counted title: a mark or a word that lists it with another (和2户“健康家庭”). */
const AFTER_TITLE = /^[,;。!?、和与及]|^$/;

/**
 * 为3名“健康达人”授牌: a count before a quoted title that a verb, a mark or another title follows
 * counts the title's holders, whatever words the tagger makes of it (健康/a|达/v|人). Nouns after
 * the quotes are what is counted, the title saying which (3名“90后”护士 -> 90后护士).
 */
function quotedTitleAt(sentence: Sentence, q: Quantity, at: number): string | null {
  const s = sentence.text;
  const title = QUOTED_TITLE.exec(s.slice(at, at + 13));
  if (!title) return null;
  const after = at + title[0].length;
  if (AFTER_TITLE.test(s.slice(after, after + 1))) return title[1];
  const right = clauseTokens(sentence, after, phraseEnd(s, after));
  if (right[0]?.tag.startsWith('v')) return title[1];
  if (!right[0] || !isNominal(right[0])) return null;
  // People counted (12名“90后”青年护士) run to the word for them; other things one word, since the
  // tagger calls verbs after them nouns too (“国字号”名片|落户/n).
  const people =
    q.unit !== null && PERSON_UNITS.has(q.unit) ? upToLastPerson(nounRun(right, 0, false)) : null;
  return clean([title[1], ...(people ?? [right[0].word])]);
}

/**
 * 29名来自全国各省、市、县级机构的代表: people described by a clause that runs on across a list,
 * named by the word for people after its last 的.
 */
function peopleAfterDe(sentence: Sentence, q: Quantity): string | null {
  const s = sentence.text;
  const stretch = s.slice(q.end, q.end + 48);
  const stop = stretch.search(/[,;。:!?]/);
  const de = (stop < 0 ? stretch : stretch.slice(0, stop)).lastIndexOf('的');
  if (de < 0) return null;
  const from = q.end + de + 1;
  const run = upToLastPerson(nounRun(clauseTokens(sentence, from, phraseEnd(s, from)), 0, false));
  return run ? clean(run) : null;
}

/** Examples listed after a count, then 等: quoted names, or words with a 、 between two of them. */
const QUOTED_LIST = /^(?:“[^“”]{1,15}”[、和及与]?)+等/;
const PLAIN_LIST = /^[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10})*[、和及与][\u4e00-\u9fff]{1,10}等/;
/** How far after a count its list of examples is looked for. */
const LIST_REACH = 48;

/**
 * 300个“城市书房”“文化驿站”等新型公共文化设施, 5家县医院、中医院等医疗机构: after a list of
 * examples and 等, what a count counts is the kind they are examples of.
 */
function kindAfterList(sentence: Sentence, at: number): string | null {
  const s = sentence.text;
  // Both kinds of list end with 等: most counts have none within reach.
  const etc = s.indexOf('等', at);
  if (etc < 0 || etc >= at + LIST_REACH) return null;
  const window = s.slice(at, at + LIST_REACH);
  const list = QUOTED_LIST.exec(window) ?? (window.includes('、') ? PLAIN_LIST.exec(window) : null);
  if (!list) return null;
  // 8名来自甲医院、乙医院等机构的专家: a verb first makes the list part of a clause about the counted, not them.
  const first = window[0] === '“' ? null : clauseTokens(sentence, at, at + list[0].length)[0];
  if (first && !isNominal(first) && !isPlace(first.word)) return null;
  const from = at + list[0].length;
  const kinds = nounRun(clauseTokens(sentence, from, phraseEnd(s, from)), 0, false);
  return kinds.length > 0 ? clean(kinds) : null;
}

/** Nouns after 的 that a share reaches, not a group it is a share of: 达到80%的目标. */
const GOAL_WORDS = new Set(['目标', '水平', '要求', '标准', '幅度', '速度', '增速', '增幅', '比例', '比重']);

/** 84%的县级医院, 近九成的受访者, 三成村卫生室: a share before 的 (or tenths) is a share of the people or things named after it. */
function groupAfterDe(sentence: Sentence, q: Quantity): string | null {
  const s = sentence.text;
  // 逾三成村卫生室, 八成患者: tenths name their group with no 的 too.
  const from = s[q.end] === '的' ? q.end + 1 : q.rule === 'tenths' ? q.end : -1;
  if (from < 0) return null;
  const nouns = nounRun(clauseTokens(sentence, from, phraseEnd(s, from)), 0, false);
  const run = upToLastPerson(nouns) ?? nouns; // 受访者|表示满意: people end the group
  if (run.length === 1 && SINGLE_CHARACTER_GROUPS.has(run[0])) return run[0]; // 85%的村
  return run.length > 0 && !GOAL_WORDS.has(run[0]) && !GOAL_WORDS.has(run[run.length - 1])
    ? clean(run)
    : null;
}

/** 其中80%为女性, 99%以上是甲流: a share nothing before names is of what the copula after it names. */
function shareNamedAfter(sentence: Sentence, q: Quantity): string | null {
  const s = sentence.text;
  if (s[q.end] !== '为' && s[q.end] !== '是') return null;
  const nouns = nounRun(clauseTokens(sentence, q.end + 1, phraseEnd(s, q.end + 1)), 0, false);
  return nouns.length > 0 ? clean(nouns) : null;
}

/** Groups named by one character (85%的村, 六成户): too short for a metric elsewhere. */
const SINGLE_CHARACTER_GROUPS = new Set([...'村户县乡镇校人']);

/** A grade of scenic spots and the like (5A级, AAAA级, 4A级以上): part of the name counted. */
const GRADE_WORD = /(?:[1-5]A|A{2,5})级(?:及以上|以上|及以下|以下)?/.source;
const GRADE = new RegExp(`^${GRADE_WORD}(?=[\\u4e00-\\u9fff])`);
const GRADE_BEFORE = new RegExp(`${GRADE_WORD}$`);
/** The first characters of a grade (5A级, AAAA级): most names open with none. */
const GRADE_STARTS = new Set([...'12345A']);
/** The last characters of a grade (级, 以上, 以下): most names follow none. */
const GRADE_ENDS = new Set(['级', '上', '下']);
const BATCH = /^第(?:\d+|[一二三四五六七八九十]+)[批届期轮](?=[\u4e00-\u9fff])/;
const DISEASE_TYPE = /^(?:\d|[一二三四]|[A-Z])型(?=[\u4e00-\u9fff])/;
const MEASURED_AFTER_DE = new Set<FigureKind>(['age', 'ratio', 'duration', 'other', 'length']);
const NOUN_UNITS = new Set(['方面']);
/** Levels of places a count may count: 县, 市, 区, 乡镇 … (the first character, looked up first). */
const ADMIN_LEVELS = unitsOf('省市县区州盟旗乡镇村');
/** A level in brackets with its variants (县(市、区)), or alone before a clause ends (9个县,). */
const ADMIN_LEVEL_AFTER =
  /^(?:[省市县区州盟旗]|乡镇?|镇)(?:\([省市县区州盟旗乡镇街道、]{1,9}\)|(?=[,、。;]|$))/;
const QUOTED_BEFORE = /(?:“[^“”]{2,12}”[、和]?)+$/;
/** How a match of QUOTED_BEFORE ends. */
const QUOTE_ENDS = unitsOf('”、和');
/** The first character of COUNT_AFTER and AGE_BOUND: a digit or a numeral. */
const NUMERAL_START = unitsOf('0123456789一二两三四五六七八九十百千万');
/** What a span of time is before, within or since when it stands right after it (15天后, 三年里, 57年来). */
const AFTER_SPAN = unitsOf('后前里间来');

/** The UTF-16 units of `chars`, for tests of one character by code (s[i] would make a string of it). */
function unitsOf(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Whether the unit at `at` of `s` is one of `units` (false outside `s`). */
function unitIn(s: string, at: number, units: Set<number>): boolean {
  return at >= 0 && at < s.length && units.has(s.charCodeAt(at));
}
const COUNT_AFTER = /^(?:\d+|[一二两三四五六七八九十百千万]+)(?:个|项|家|名|条|件|种|例|处)/;
const AGE_BOUND = /^(?:\d+|[一二两三四五六七八九十]+)周?岁(?:及以上|及以下|以上|以下)?/;

/** A short clause of a profile between a person and their age: 男, 女, 汉族. */
const PROFILE_CLAUSE = /^(?:男|女|汉族|[\u4e00-\u9fff]{1,3}族|[\u4e00-\u9fff]{2,3}人)$/;

/**
 * 患者张某,男,65岁: an age in a clause of its own is the age of the person that opens the
 * profile, past short clauses of sex or origin.
 */
function personBefore(sentence: Sentence, q: Quantity): string | null {
  const s = sentence.text;
  let end = clauseStart(s, q.start) - 1;
  if (end <= 0 || s.slice(end + 1, q.leftEnd).trim()) return null; // words of its own before the age
  for (let hops = 0; hops < 3 && end > 0; hops++) {
    const start = clauseStart(s, end);
    const clause = s.slice(start, end);
    if (!PROFILE_CLAUSE.test(clause)) {
      const words = clauseTokens(sentence, start, end);
      const last = words[words.length - 1];
      const isPerson =
        last && (last.tag === 'nr' || PERSON_END.test(last.word) || /^[\u4e00-\u9fff]某+$/.test(last.word));
      return isPerson ? leftRun(words) : null;
    }
    end = start - 1;
  }
  return null;
}

/** Where the words after `at` end: a clause mark, or a space between two parts of a headline, within 24 characters. */
function phraseEnd(s: string, at: number): number {
  let to = at;
  while (
    to < s.length &&
    to - at < 24 &&
    !isClauseMark(s, to) &&
    !(s[to] === ' ' && HAN_CHAR.test(s[to - 1] ?? '') && HAN_CHAR.test(s[to + 1] ?? ''))
  )
    to++;
  return to;
}

/**
 * What a span of time measures is the activity that lasts it: a verb touching it on the left
 * (鏖战一个月), else verbs after it (80年砥砺前行, 40天的奋战, 5秒即可完成身份核验), with their
 * object. Verbs that only say it lasted (历时, 经过) or changed (缩短至) name no activity.
 */
function activity(sentence: Sentence, q: Quantity, left: Token[]): string | null {
  const before = left[left.length - 1];
  const verbal = before && (before.tag === 'v' || before.tag === 'vn' || NOMINAL_WORDS.has(before.word));
  if (verbal && q.leftEnd === before.end - sentence.start && isActivity(before.word)) return before.word;
  const s = sentence.text;
  if (unitIn(s, q.end, AFTER_SPAN)) return null;
  const right = clauseTokens(sentence, s[q.end] === '的' ? q.end + 1 : q.end, phraseEnd(s, q.end));
  let i = 0;
  while (i < right.length && right[i].tag === 'd') i++; // 即可, 就
  // 步行5至10分钟即可抵达: after an adverb the verb is the clause's predicate; a noun touching the span names it first.
  if (i > 0 && leftRun(left)) return null;
  const verbs: string[] = [];
  for (; i < right.length && /^(?:v|vn|i|l)$/.test(right[i].tag) && verbs.length < 3; i++) {
    // 40天的奋战|完成改造: a second activity is another clause's.
    if (verbs.length > 0 && NOT_METRIC_WORDS.has(right[i].word))
      return isActivity(verbs[0], true) ? clean(verbs) : null;
    verbs.push(right[i].word);
  }
  // 完成身份核验: a light verb (完成, 开展) names an activity only with its object (clean drops the verb).
  if (verbs.length === 0 || !isActivity(verbs[0], true)) return null;
  const object = nounRun(right, i, false);
  return NOT_METRIC_WORDS.has(verbs[0]) && verbs.length === 1 && object.length === 0
    ? null
    : clean([...verbs, ...object]);
}

function isActivity(word: string, light = false): boolean {
  return (
    word.length >= 2 &&
    !DURATION_VERBS.has(word) &&
    !CHANGE_VERBS.has(word) &&
    (light || !NOT_METRIC_WORDS.has(word)) &&
    !GLUED_VERB_CHARS.test(word[0])
  );
}

/** Measure words of people: what they count is a person (2072名在托儿童, not 在托儿童健康体检). */
const PERSON_UNITS = new Set(['名', '位']);
/** Units that count people, 人 and 人次 too: what they did may name them (完成接种). */
const PEOPLE_UNITS = new Set(['人', '人次', ...PERSON_UNITS]);
/** A visiting party (一行), and the ends of the names of groups that make one (调研组, 代表团, 医疗队). */
const PARTY = '一行';
const PARTY_NAME_END = /[组团队]$/;
const PERSON_END = new RegExp(`(?:${PERSON_NOUN_ENDINGS.join('|')})$`);
/** Particles between a verb and its object: 完成了2072名. */
const ASPECT_PARTICLES = new Set(['了', '过']);

/**
 * The nouns from token `from` on, with the modifiers a noun follows; after an age the first
 * noun only (3岁以下婴幼儿入托率 is about 婴幼儿).
 */
function nounRun(tokens: Token[], from: number, age: boolean, coordinating = false): string[] {
  const run: string[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNominal(t)) {
      const nounNext = i + 1 < tokens.length && isNominal(tokens[i + 1]);
      // Modifiers join when a noun follows: 面对面随访, 二级以上公立医院.
      // The tagger calls some terms idioms (临床医学/l 中心, 无症状/i 感染者): before a noun they modify it.
      // A place before a noun says which (山东省区域医疗中心); clean() drops it when it leads.
      const modifier =
        nounNext &&
        ((MODIFIER_TAGS.has(t.tag) &&
          !LINKING_ADVERBS.has(t.word) &&
          !MANNER_WORDS.has(t.word) &&
          !ADVERBIAL_IDIOM.test(t.word)) ||
          ATTRIBUTIVE_VERBS.has(t.word) ||
          t.word === '以上' ||
          t.word === '以下' ||
          isPlace(t.word));
      // 32个国家和地区: coordinated nouns after a count are one phrase (as before a number: runEndingAt).
      const coordinated = nounNext && coordinating && run.length > 0 && COORDINATORS.has(t.word);
      if (!modifier && !coordinated) break;
    }
    run.push(t.word);
    if (age && run.join('').length >= 2 && t.tag !== 'b') break;
  }
  return run;
}

/** Tags of words that modify a noun after them (adverbs, localizers, adjectives, idioms). */
const MODIFIER_TAGS = new Set(['d', 'f', 'a', 'ad', 'l', 'i']);

/** The words up to the last word for a person (在托儿童|健康体检, 患儿家长, 儿童保健医生), or null without one. */
function upToLastPerson(words: string[]): string[] | null {
  for (let i = words.length - 1; i >= 0; i--) if (PERSON_END.test(words[i])) return words.slice(0, i + 1);
  return null;
}

/**
 * 在托儿童, 需关注儿童: people named by a verb phrase of three characters at most and the word for
 * them; without a word for people it is the predicate (3名参加救援, 30名支援基层). The count is a
 * verb's object, or opens its clause (1064名确诊和无症状感染者出现在…: a verb joined to the noun by 和).
 */
function relativeClause(right: Token[], isObject: () => boolean, opensClause: boolean): string | null {
  let i = 0;
  let chars = 0;
  while (i < right.length && i < 2 && /^[vpd]$/.test(right[i].tag) && chars + right[i].word.length <= 3)
    chars += right[i++].word.length;
  // 确诊和疑似患者: 和, and maybe a second short verb, before the noun.
  let joined = i > 0 && COORDINATORS.has(right[i]?.word ?? '') ? 1 : 0;
  if (joined && right[i + 1]?.tag === 'v' && right[i + 1].word.length <= 2) joined++;
  if (i === 0 || i + joined >= right.length || !(opensClause || isObject())) return null;
  const noun = upToLastPerson(nounRun(right, i + joined, false));
  return noun ? clean([...right.slice(0, i + joined).map((t) => t.word), ...noun]) : null;
}

/**
 * 创造1000个就业岗位: things named by a short verb and a noun, counted as a verb's object (in
 * 其中3家获评示范机构 the count is the subject, and 获评 its verb).
 */
function verbNoun(right: Token[], isObject: () => boolean): string | null {
  if (right[0].tag !== 'v' || right[0].word.length > 2 || !right[1] || !isNominal(right[1]) || !isObject())
    return null;
  return clean([right[0].word, ...nounRun(right, 1, false)]);
}

/** 三个针对先天性结构畸形患儿的救助项目: the noun that ends the clause after 的. */
function headAfterDe(right: Token[]): string | null {
  let de = -1;
  for (let i = 0; i < right.length; i++) if (right[i].word === '的') de = i;
  if (de < 0 || de === right.length - 1) return null;
  let tail = right.slice(de + 1);
  // 100家提升最快的县级医院中: a localizer after the head says among them, no part of it.
  if (tail.length > 1 && LOCALIZERS.has(tail[tail.length - 1].word)) tail = tail.slice(0, -1);
  return tail.every(isNominal) ? clean(tail.map((t) => t.word)) : null;
}

/** The nouns touching the number on its left: 托位使用率45%, 建成托位3.12万个. */
function leftRun(tokens: Token[]): string | null {
  // 每小时1.5万人次: the measure a figure is per, touching it, is its unit's, no name.
  const end = perMeasureBefore(tokens, tokens.length) ? tokens.length - 2 : tokens.length;
  return runEndingAt(tokens, end, end === tokens.length);
}

/** Whether the tokens before `end` are 每 and a unit: 每|小时, 每|公里. */
function perMeasureBefore(tokens: Token[], end: number): boolean {
  return end >= 2 && tokens[end - 2].word === '每' && isUnitWord(tokens[end - 1].word);
}

/**
 * The nearest noun phrase before the number across verbs and adverbs (千人口托位数达5.22个), past
 * a prepositional phrase (在上年基础上), stopping at an earlier figure.
 */
function leftWalk(tokens: Token[], share = false): string | null {
  let i = tokens.length - 1;
  while (i >= 0) {
    const t = tokens[i];
    if (perMeasureBefore(tokens, i + 1)) {
      i -= 2; // 达到每小时1.5万人次: the measure a figure is per names nothing
      continue;
    }
    if (/^\d{4}年?$/.test(t.word)) {
      i--; // 从2020年的21家: a year is no earlier figure
      continue;
    }
    if (t.word === ')') {
      // 患者李红(化名)今年68岁: a note in parentheses stands between the noun and its figure.
      const open = tokens.findLastIndex((o, j) => j < i && j >= i - 6 && o.word === '(');
      if (open > 0) {
        i = open - 1;
        continue;
      }
    }
    if (/^[月日号]$/.test(t.word) && /^\d{1,2}$/.test(tokens[i - 1]?.word ?? '')) {
      i -= 2; // 百分比在1月8日为4.2%: a day or month is no earlier figure
      continue;
    }
    if (/\d/.test(t.word) || t.word === '(') return null; // an earlier figure, or we are inside a parenthesis
    // 由原来的2小时缩短到半小时: the unit of an earlier figure is no name either, with its
    // multiplier (由923万人|提升至: the tagger leaves 万人 unknown; 2036|万|单位 it cuts apart). (The 年 of a
    // year is not: 从2020年的21家 is named before it.)
    const multiplied = i > 1 && MULTIPLIER_WORD.test(tokens[i - 1].word) && /\d$/.test(tokens[i - 2].word);
    if (
      i > 0 &&
      (multiplied || (/\d$/.test(tokens[i - 1].word) && !/^\d{4}$/.test(tokens[i - 1].word))) &&
      isUnitWord(t.word)
    ) {
      if (multiplied) i--;
      // 粮食总产量连续5年稳定在150亿斤以上: how long a level has held says nothing of what it is.
      if (!RUN_OF_TIME.has(tokens[i - 2]?.word ?? '')) return null;
      i -= 3;
      continue;
    }
    if (LOCALIZERS.has(t.word) && t.tag === 'f') {
      let p = i - 1;
      while (p >= 0 && tokens[p].tag !== 'p') p--;
      if (p >= 0) {
        i = p - 1;
        continue;
      }
    }
    if (isNominal(t)) {
      // 其中12个社区达到95%: the things a count before counted reach a share of the metric before
      // (their rate, unsaid), not a share of themselves.
      if (share && !RATE_NAME.test(t.word)) {
        let start = i;
        while (start > 0 && isNominal(tokens[start - 1])) start--;
        // (全市1-9月规上工业增加值增长7.2%: a month before them is a date, no count.)
        const counted =
          start > 1 &&
          /^(?:q|m)$/.test(tokens[start - 1].tag) &&
          !/^[年月日号]$/.test(tokens[start - 1].word);
        if (counted && /\d|[一二两三四五六七八九十]/.test(tokens[start - 2].word + tokens[start - 1].word))
          return null;
      }
      return runEndingAt(tokens, i + 1);
    }
    // 县疾控中心为全县近千名女生接种: before 为/对/给/向 and its object stands the clause's agent,
    // not what is counted (覆盖率为90%: 为 right before the number is a copula).
    if (t.tag === 'p' && BENEFACTIVES.has(t.word) && i < tokens.length - 1) return null;
    i--;
  }
  return null;
}

/** A multiplier the tagger cuts off between a number and its unit: 2036|万|单位. */
const MULTIPLIER_WORD = /^[十百千万亿]+$/;

/**
 * 由2019年的36万人增加至52万人次: the clause goes from a figure (after 由 or 从) to the level it
 * reaches, the same thing whatever the units say.
 */
function reachedFrom(left: Token[]): boolean {
  const n = left.length;
  if (n < 4 || !RESULTATIVE_COMPLEMENT.test(left[n - 1].word) || !CHANGE_VERBS.has(left[n - 2].word))
    return false;
  const from = left.findLastIndex((t) => t.tag === 'p' && (t.word === '由' || t.word === '从'));
  return from >= 0 && left.slice(from + 1, n - 2).some((t) => /\d/.test(t.word));
}

/** A unit as one word, after a multiplier or not: 小时, 万人, 亿元. */
function isUnitWord(word: string): boolean {
  const unit = word.replace(/^[十百千万亿]+/, '');
  return unit.length > 0 && unitAt(unit, 0)?.word === unit;
}

const POPULATION_WORDS = new Set(['人', '名']);
const COORDINATORS = new Set(['和', '及', '与']);
const GENERIC_SHARES = new Set(['比例', '比重', '占比']);
/** 每万人口全科医生: the population base is the rate's unit, not its name. */
const POPULATION_BASE_LEAD = /^每?(?:\d+|[十百千万])+名?(?:常住|户籍)?人口(?=[\u4e00-\u9fff]{2})/u;

/** The tokens before `at` are 每 and a number: 每|10|万, 每|十万, 每|万名. */
function isBaseBefore(tokens: Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /^[\d十百千万]+[名人]?$/.test(tokens[j].word)) j--;
  return j < at - 1 && tokens[j]?.word === '每';
}

/** Negations that make one word with the noun after them (不|合格, 未|婚). */
const NEGATIONS = new Set(['不', '未', '无', '非']);

function runEndingAt(tokens: Token[], end: number, touching = false): string | null {
  let i = end;
  // 举办活动 is tagged an idiom; touching the number it still names what is counted.
  if (touching && i > 0 && tokens[i - 1].tag === 'l') i--;
  while (i > 0) {
    const t = tokens[i - 1];
    if (t.word === ')') {
      // 重点(特色)专科: a parenthesis inside the phrase belongs to it.
      let open = i - 2;
      while (open >= 0 && open > i - 6 && tokens[open].word !== '(') open--;
      if (open < 0 || tokens[open].word !== '(' || open === 0 || !isNominal(tokens[open - 1])) break;
      i = open;
      continue;
    }
    if (!isNominal(t)) {
      // Inside a phrase the tagger's adjectives, idioms and verbs still belong to it: 合同金额, 疑难重症/i 占比,
      // 第一产业/l 增加值 (not the base 每人每年/l), 艾滋病防治工作指标; so does the verb before a measure word, which says what it measures (报销比例).
      // A prefix (非公立医院, 非制造业) is part of the word after it: without it the phrase says the opposite.
      // So is a describing verb (在职职工, 常住居民, 非|公立|医疗机构), and a code (PM2.5浓度).
      const inner =
        i < end &&
        (!NOT_METRIC_WORDS.has(t.word) || t.word === AVERAGE) &&
        (t.tag === 'a' ||
          t.tag === 'h' ||
          ((t.tag === 'l' || t.tag === 'i') && !t.word.startsWith('每') && !ADVERBIAL_IDIOM.test(t.word)) ||
          (t.tag === 'v' && MEASURE_HEADS.has(tokens[i].word)) ||
          (STATE_VERBS.has(t.word) && isNominal(tokens[i])) ||
          // 不合格食品, 未成年人员: a negation before the word it negates (without it the opposite).
          (t.tag === 'd' && NEGATIONS.has(t.word) && isNominal(tokens[i])) ||
          (t.tag === 'eng' && /^[A-Za-z]+\d/.test(t.word)));
      // 二级以上医院: a bound between two nouns is the level of the second (not in 60岁以上老年人口).
      const bound = i < end && (t.word === '以上' || t.word === '以下') && i >= 2 && isNominal(tokens[i - 2]);
      // 家庭医生签约服务团队: a verb between a noun and a verbal noun modifies the noun after (not 医院开展手术).
      const modifying =
        i < end - 1 &&
        t.tag === 'v' &&
        tokens[i].tag === 'vn' &&
        isNominal(tokens[i + 1]) &&
        i >= 2 &&
        isNominal(tokens[i - 2]);
      // 乡镇卫生院和社区卫生服务中心: coordinated nouns are one phrase.
      const coordinated = i < end && COORDINATORS.has(t.word) && i >= 2 && isNominal(tokens[i - 2]);
      if (!inner && !bound && !modifying && !coordinated) break;
    }
    i--;
  }
  // 累计支出医疗救助资金, 共支出: 支出 with no noun before it is the verb (政府卫生支出 is the spending).
  if (i < end && VERB_OR_NOUN.has(tokens[i].word) && (i === 0 || !isNominal(tokens[i - 1]))) i++;
  if (i === end) return null;
  // 每10万人口肺结核发病率为12.3, 每万名常住人口全科医生数: the population base is the rate's unit, not its name.
  if (
    end - i >= 2 &&
    (POPULATION_WORDS.has(tokens[i].word) || tokens[i].word.endsWith('人口')) &&
    isBaseBefore(tokens, i)
  )
    i++;
  // 为群众免费测血压500余人次: the people an activity serves, after 为 (给, 对, 向), are not what it counts.
  if (
    touching &&
    end - i >= 2 &&
    tokens[i - 1]?.tag === 'p' &&
    BENEFACTIVES.has(tokens[i - 1].word) &&
    PERSON_END.test(tokens[i].word)
  )
    i++;
  // Touching the number, a leading verbal noun is the verb of an object: 培训乡村医生3000人 (not
  // after 等, which ends a list of things of the kind named: 健康教育等宣传资料150份).
  if (
    touching &&
    end - i >= 2 &&
    tokens[i].tag === 'vn' &&
    !NOMINAL_WORDS.has(tokens[i].word) &&
    tokens[i - 1]?.word !== '等' &&
    // 教育支出28.55亿元, 检测报告3份: before a word that is a noun after a noun, the verbal noun is its field.
    !VERB_OR_NOUN.has(tokens[end - 1].word)
  )
    i++;
  // 开设托班的幼儿园: a verb-object before 的 belongs to the phrase.
  if (
    i >= 3 &&
    tokens[i - 1].word === '的' &&
    isNominal(tokens[i - 2]) &&
    tokens[i - 3].tag === 'v' &&
    i - 3 === firstContent(tokens)
  )
    i -= 3;
  // 占GDP的比例为6.8%: a generic measure after 的 is named with what it measures.
  if (
    end - i === 1 &&
    GENERIC_SHARES.has(tokens[i].word) &&
    tokens[i - 1]?.word === '的' &&
    i >= 2 &&
    isNominal(tokens[i - 2])
  ) {
    const whole = runEndingAt(tokens, i - 1);
    if (whole) return `${whole}的${tokens[i].word}`;
  }
  const perBase = tokens[i].word.startsWith('每') || tokens[i - 1]?.word === '每'; // not 千人口托位数, a name of its own
  const words = clean(wordsOf(tokens, i, end));
  // 日|供水量, 年|门诊量: the period a measure is per, alone before its name, belongs to it (not
  // the 年 of 2023|年|门诊量, a date).
  const per =
    words !== null &&
    i > 0 &&
    PER_PERIOD.has(tokens[i - 1].word) &&
    tokens[i - 1].tag === 'm' &&
    !/\d$/.test(tokens[i - 2]?.word ?? '') &&
    words.startsWith(tokens[i].word);
  const named = per ? tokens[i - 1].word + words : words;
  const phrase = named && perBase ? named.replace(POPULATION_BASE_LEAD, '') : named;
  // 占托育机构总数的89.7%, 占全市总人口的15%: a share is named with the 占 of its whole.
  let before = i - 1;
  while (
    before >= 0 &&
    tokens[before].word !== '占' &&
    (isPlace(tokens[before].word) || NOT_METRIC_WORDS.has(tokens[before].word))
  )
    before--;
  if (phrase && tokens[before]?.word === '占') return `占${phrase}`;
  // 占采集血液总量的72.1%: a verb between 占 and its whole belongs to the whole's name.
  if (phrase && before === i - 1 && tokens[before]?.tag === 'v' && tokens[before - 1]?.word === '占')
    return `占${tokens[before].word}${phrase}`;
  return phrase;
}

/** The words of tokens [from, to). */
function wordsOf(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(tokens[i].word);
  return words;
}

/** Index of the first token that is not a scope or period word. */
function firstContent(tokens: Token[]): number {
  let i = 0;
  while (
    i < tokens.length &&
    (isPlace(tokens[i].word) || NOT_METRIC_WORDS.has(tokens[i].word) || tokens[i].tag === 't')
  )
    i++;
  return i;
}

function clean(words: string[]): string | null {
  // 平均预期寿命: inside a name 平均 stays (before a verb, 平均降低200元, it is no part of one).
  while (
    words.length &&
    (NOT_METRIC_WORDS.has(words[0]) || isPlace(words[0])) &&
    !(words[0] === AVERAGE && words.length > 1)
  )
    words.shift();
  // 猪肉价格每斤|上涨2.5元, 收于每盎司1968美元: the measure a price is per is its unit's, not its name's.
  while (
    words.length &&
    (NOT_METRIC_WORDS.has(words[words.length - 1]) ||
      (words[words.length - 1].startsWith('每') && PER_MEASURE.test(words[words.length - 1])))
  )
    words.pop();
  let text = words.join('');
  while (text.length > MAX_METRIC && words.length > 1) {
    words.shift();
    text = words.join('');
  }
  return text.length >= 2 ? text : null;
}

/** Per word: a noun whatever its tag (true), never one (false), or as its tag says (null). */
const nominalWords = new WordMemo(nominalWord);

function isNominal(t: Token): boolean {
  return nominalWords.get(t.word) ?? nominalTag(t);
}

/** What the word alone says of being a noun: the lists, places, digits, time words, a measure's ending. */
function nominalWord(w: string): boolean | null {
  if (NOT_METRIC_WORDS.has(w) || isPlace(w) || /\d/.test(w) || isTimeWord(w)) return false;
  if (NOMINAL_WORDS.has(w)) return true;
  if (/^[\u4e00-\u9fff]+[率数额量比费]$/.test(w)) return true;
  if (w === '率') return true; // 剖宫产|率: cut alone, the tagger calls the end of a rate's name a verb
  return null;
}

/** Whether a word its own letters do not decide is a noun by its tag. */
function nominalTag(t: Token): boolean {
  const w = t.word;
  if ((t.tag === 'l' || t.tag === 'i') && PERSON_END.test(w)) return true; // 困难群众/l: an idiom for people is a noun
  if (t.tag === 'x') return /^[\u4e00-\u9fffA-Za-z]+$/.test(w) && !FUNCTION_CHARS.test(w);
  // The tagger calls 港口城市, 试点城市 place names (ns): a kind of place is a noun.
  if (t.tag === 'ns') return PLACE_KIND_END.test(w) || PLACE_PEOPLE_END.test(w);
  let nominal = nominalTags.get(t.tag);
  if (nominal === undefined) nominalTags.set(t.tag, (nominal = NOMINAL_TAGS.test(t.tag)));
  return nominal;
}

/** Per tag (a few dozen): whether NOMINAL_TAGS holds it. */
const nominalTags = new Map<string, boolean>();

const RESULTATIVE_COMPLEMENT = /^[到至为]$/;

/**
 * The tagged tokens of [from, to) of the sentence, cut as a text of its own (the tokens the
 * rules below were written and measured against), with the forced words (占比) kept whole.
 */
function clauseTokens(sentence: Sentence, from: number, to: number): Token[] {
  const { index, text } = sentence;
  const start = sentence.start + from;
  const end = Math.max(from, Math.min(to, text.length));
  let out: Token[] | null = null;
  let at = start;
  for (const w of FORCED_WORDS) {
    for (let i = text.indexOf(w, from); i >= 0 && i + w.length <= end; i = text.indexOf(w, i + w.length)) {
      out ??= [];
      for (const t of index.alone(at, sentence.start + i)) out.push(t);
      out.push({ word: w, tag: 'n', start: sentence.start + i, end: sentence.start + i + w.length });
      at = sentence.start + i + w.length;
    }
  }
  const rest = index.alone(at, sentence.start + end);
  if (out) for (const t of rest) out.push(t);
  else out = rest;
  const tokens: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    // 发展到, 增至: a verb with its resultative complement is no noun.
    if (t.tag === 'vn' && i + 1 < out.length && RESULTATIVE_COMPLEMENT.test(out[i + 1].word))
      tokens.push({ ...t, tag: 'v' });
    else if (t.tag === 'x') splitGluedVerb(t, i > 0 ? out[i - 1] : undefined, tokens);
    else tokens.push(t);
  }
  // 护理|型床位, 紧密|型医共体, 密切接触|者: a suffix (tag k) makes one noun with the noun, adjective or idiom before it.
  // 登革热病|例, 狂犬病|例: a disease ending in 病 takes the 病 of 病例, and leaves 例 a verb.
  for (let i = tokens.length - 1; i > 0; i--) {
    const a = tokens[i - 1];
    const k = tokens[i];
    const suffix = k.tag === 'k' && (isNominal(a) || a.tag === 'a' || a.tag === 'i' || a.tag === 'l');
    const caseOfDisease = k.word === '例' && a.word.length > 1 && a.word.endsWith('病') && isNominal(a);
    if (suffix || caseOfDisease)
      tokens.splice(i - 1, 2, { word: a.word + k.word, tag: 'n', start: a.start, end: k.end });
  }
  return tokens;
}

/**
 * 老年人口达10.8万人: the tagger cuts 老年人|口达, an unknown word (x) made of a noun's last
 * character and a verb of reaching (村卫生室|已达, 机构|数已增加到, 管理|率达 alike). It is cut
 * where the verb starts: the characters before stay an unknown piece of the noun before them,
 * or, right after a number, are that number's unit (由300元|降至200元). Prepositions of
 * comparison (数比|上年, 数从) are cut alike. The pieces go to `out`.
 */
function splitGluedVerb(t: Token, previous: Token | undefined, out: Token[]): void {
  if (t.tag !== 'x') {
    out.push(t);
    return;
  }
  // 近视率|均超过: 均 (all) glued to the end of a rate's or a count's name (not 次均, 人均, words of their own).
  if (/^[率数]均$/.test(t.word)) {
    out.push(
      { word: t.word[0], tag: 'x', start: t.start, end: t.start + 1 },
      { word: '均', tag: 'd', start: t.start + 1, end: t.end },
    );
    return;
  }
  // 深证|成指报|10234点: 报 (quoted at) glued to the end of an index's name.
  if (t.word.length > 1 && t.word.endsWith('报')) {
    out.push(
      { word: t.word.slice(0, -1), tag: 'x', start: t.start, end: t.end - 1 },
      { word: '报', tag: 'v', start: t.end - 1, end: t.end },
    );
    return;
  }
  const verbAt = t.word.search(GLUED_VERB_CHARS);
  const prepositionAt = t.word.search(GLUED_PREPOSITION_CHARS);
  const at = verbAt < 0 ? prepositionAt : prepositionAt < 0 ? verbAt : Math.min(verbAt, prepositionAt);
  if (at < 0) {
    out.push(t);
    return;
  }
  const preposition = at === prepositionAt || t.word.slice(at) === '为';
  if (at > 0)
    out.push({
      word: t.word.slice(0, at),
      tag: previous && /\d/.test(previous.word) ? 'q' : 'x',
      start: t.start,
      end: t.start + at,
    });
  out.push({ word: t.word.slice(at), tag: preposition ? 'p' : 'v', start: t.start + at, end: t.end });
}

export interface Found {
  start: number;
  end: number;
  text: string;
}

/** The last of `found` that ends before `at`, else null. */
export function lastBefore(found: Found[], at: number): string | null {
  let best: string | null = null;
  for (const f of found) {
    if (f.end > at) break;
    best = f.text;
  }
  return best;
}
