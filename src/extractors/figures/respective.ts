// Numbers listed after 分别 go, in order, one each, with the things listed before 分别
// (新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰) or with the figures stated just before
// them (接待游客3600万人次,实现旅游收入超四百亿元,分别增长15%和18%).

import { NOT_METRIC_WORDS } from '../../lexicon/metrics.js';
import type { Token } from '../../pipeline/tokenize.js';
import { isPlace, type Measured, type Sentence } from './attach.js';
import { isClauseMark, isQuotedPlanEnd, type Quantity } from './scan.js';

/**
 * What may stand between 分别 and the first number of its list: a short verb (为, 增长, 达到; 同比增长), with
 * the level it reaches (下降至), after what the change is measured against or starts from
 * (分别比2020年末增长, 分别由2016年的), or 由 (从) alone before the starting values (分别由a、b降至c、d).
 * Group 1 holds that 由 or 从 standing alone.
 */
const BEFORE_LIST =
  /分别(?:同比|环比)?(?:([由从])|(?:比|较|由|从)[\u4e00-\u9fff\d“”]{1,8}?)?(?:为|是|达|达到|增长|增加|下降|减少|提高|降低|上涨|下跌|提升|缩短)?(?:至|到)?$/;
/**
 * A copula right before a list of numbers with no 分别: the things listed before it still go one
 * each with the numbers (社区卫生服务中心、乡镇卫生院和村卫生室覆盖率达到100%、94.4%和42.4%).
 */
const PLAIN_LIST_LEAD = /(?:为|是|达|达到)$/;
/** The last characters of PLAIN_LIST_LEAD, by UTF-16 unit: tried before every number of a sentence. */
const COPULA_LAST = new Set([...'为是达到'].map((c) => c.charCodeAt(0)));
const [OPEN_BRACKET, CLOSE_BRACKET] = [...'()'].map((c) => c.charCodeAt(0));
/** A mark that joins listed things, somewhere in a subject. */
const LISTED_SUBJECT = /[、和及与]/;
/** How far before the first number 分别 may stand. */
const LIST_LEAD_REACH = 16;
const LIST_JOINER = /^(?:、|和|及|与|,)$/;
const ITEM_JOINERS = new Set(['、', '和', '及', '与']);
/** Words between a listing subject and 分别 that name nothing: 增加值同比分别增长. */
const NOT_NAMING_AFTER_LIST = new Set(['同比', '环比', '均', '也', '都', '则']);
/** Heads that goods of any length share: 淡水鱼、鸡蛋和食用植物油|价格. */
const PRICE_HEADS = new Set(['价格', '价格指数']);
/** Words that open what a change is measured against: 较“十三五”末, 比上年. */
const COMPARED_AGAINST = new Set(['较', '比']);
/** A count of the items themselves (两组, 三类, 2个): 甲、乙两组患者 lists no things of its own. */
const ITEM_MEASURES = /^(?:\d+|[两二三四五六七八九十]+)[组类个项家所种]/;
/** Listed things are short (新生儿, 农村居民): a longer part is a clause of its own. */
const MAX_ITEM_WORDS = 3;
/** How far back a listing subject may start. */
const MAX_SUBJECT = 40;

/** A number of a respective list: the thing it goes with, or the figure stated before the list. */
export type Respective =
  | { metric: string }
  | {
      /** Indexes into the sentence's quantities: the figures before the list, in order. */
      among: number[];
      own: number;
    };

/** Between a list after 分别由 and the list it reaches: 下降至2020年的, ,提高到; 降为 after 由 alone. */
const REACHED_LIST = /^,?[\u4e00-\u9fff]{0,4}(?:至|到)(?:[\u4e00-\u9fff\d]{0,8}的)?$/;
const REACHED_AS = /^,?(?:降|增|升|减|下降|增加|减少|上升|降低|提高|提升)为$/;

/** The last of the quantities from `first` on that are one list (joined by 、 和 及 与 or a comma). */
function listEnd(s: string, quantities: Quantity[], first: number): number {
  let last = first;
  while (
    last + 1 < quantities.length &&
    LIST_JOINER.test(s.slice(quantities[last].end, quantities[last + 1].start))
  )
    last++;
  return last;
}

const NONE: ReadonlyMap<Quantity, Respective> = new Map();

/** The numbers from `from` up to `to`, exclusive. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** Per quantity of a respective list (two or more numbers after 分别), what it goes with. */
export function respectiveOf(sentence: Sentence, quantities: Quantity[]): ReadonlyMap<Quantity, Respective> {
  const s = sentence.text;
  const respectively = s.includes('分别'); // BEFORE_LIST holds it: most sentences have no list of the kind
  if (!respectively && quantities.length < 2) return NONE;
  const out = new Map<Quantity, Respective>();
  for (let first = 0; first < quantities.length; first++) {
    const start = quantities[first].start;
    const lead = respectively ? BEFORE_LIST.exec(s.slice(Math.max(0, start - LIST_LEAD_REACH), start)) : null;
    const plain =
      lead || !COPULA_LAST.has(s.charCodeAt(start - 1))
        ? null
        : PLAIN_LIST_LEAD.exec(s.slice(Math.max(0, start - 2), start));
    // 优于全国平均水平(13.4/10万、5.4‰、3.8‰): a list in brackets after as many figures in the
    // same units, in order, is of the same things.
    const bracketed = !lead && !plain && s.charCodeAt(start - 1) === OPEN_BRACKET;
    if (!lead && !plain && !bracketed) continue;
    let last = listEnd(s, quantities, first);
    const size = last - first + 1;
    if (size >= 2 && bracketed) {
      // (Ages before are bounds inside the names: 5岁以下儿童死亡率.)
      const among: number[] = [];
      for (let i = first - 1; i >= 0 && among.length < size; i--)
        if (quantities[i].kind !== 'age') among.unshift(i);
      if (
        among.length === size &&
        s.charCodeAt(quantities[last].end) === CLOSE_BRACKET &&
        among.every((i, k) => quantities[i].unit === quantities[first + k].unit)
      )
        for (let k = 0; k < size; k++) out.set(quantities[first + k], { among, own: among[k] });
    } else if (size >= 2 && plain) {
      // Without 分别, only a list of as many things as numbers says which goes with which (its
      // words are cut only where the subject holds a mark that joins items).
      const end = start - plain[0].length;
      const things = LISTED_SUBJECT.test(s.slice(subjectStart(s, end), end))
        ? listedThings(subjectTokens(sentence, end), size)
        : null;
      if (things) for (let k = 0; k < size; k++) out.set(quantities[first + k], { metric: things[k] });
    } else if (size >= 2 && lead) {
      // 分别由a、b降至c、d: with 由 alone the numbers are where a change starts only if the list it
      // reaches follows (义诊任务分别由3家、5家医院承担 names who does it).
      const next = last + 1;
      const between = next < quantities.length ? s.slice(quantities[last].end, quantities[next].start) : null;
      const reached =
        between !== null &&
        next + size <= quantities.length &&
        (REACHED_LIST.test(between) || (lead[1] !== undefined && REACHED_AS.test(between))) &&
        listEnd(s, quantities, next) >= next + size - 1;
      if (lead[1] !== undefined && !reached) {
        first = last;
        continue;
      }
      const subject = subjectTokens(sentence, start - lead[0].length);
      const things = listedThings(subject, size);
      // The figures before go with the list only when its clause names nothing of its own
      // (累计分别达到60个和30个; 平均年龄分别为45岁和42岁 names 平均年龄).
      const unnamed = !things && !subject.some((t) => /^(?:n|vn)/.test(t.tag) && !isScopeWord(t.word));
      for (let k = 0; k < size; k++)
        if (things) out.set(quantities[first + k], { metric: things[k] });
        else if (unnamed && first >= size)
          out.set(quantities[first + k], { among: range(first - size, first), own: first - size + k });
      // 分别由2012年的a、b、c下降至2020年的d、e、f: the list the things reach goes with them too.
      if (things && reached) {
        for (let k = 0; k < size; k++) out.set(quantities[next + k], { metric: things[k] });
        last = next + size - 1;
      }
    }
    first = last;
  }
  return out;
}

/**
 * The metric of a number of a respective list: its listed thing, or its own figure's when every
 * figure before the list names a different thing (比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点
 * names none).
 */
export function respectiveMetric(measured: Measured[], respective: Respective | undefined): string | null {
  if (!respective) return null;
  if ('metric' in respective) return respective.metric;
  const metrics = new Set<string>();
  for (const i of respective.among) {
    const metric = measured[i]?.metric;
    if (!metric || metrics.has(metric)) return null;
    metrics.add(metric);
  }
  return measured[respective.own].metric;
}

/** The words of the clause before 分别 at `end`, up to what a change is measured against. */
function subjectTokens(sentence: Sentence, end: number): Token[] {
  const from = subjectStart(sentence.text, end);
  const tokens = sentence.index.alone(sentence.start + from, sentence.start + end);
  // 数量较“十三五”末分别增加: what the change is measured against ends the listing subject.
  const against = tokens.findLastIndex((t) => COMPARED_AGAINST.has(t.word));
  return against > 0 ? tokens.slice(0, against) : tokens;
}

/**
 * The things listed in the words before 分别 (`tokens`), as many as `size`, each with the head the
 * last one ends in (新生儿、婴儿和5岁以下儿童|死亡率 -> 新生儿死亡率 …; 城镇和农村|居民人均可支配收入),
 * or null when the clause lists no such things.
 */
function listedThings(tokens: Token[], size: number): string[] | null {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (ITEM_JOINERS.has(t.word)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  if (parts.length !== size) return null;
  // 全区的社区卫生服务中心: a scope opening the first item, with its 的, is the clause's.
  const items = parts.map((part) =>
    part.filter(
      (t, i) => (i > 0 || !isScopeWord(t.word)) && !(i === 1 && t.word === '的' && isScopeWord(part[0].word)),
    ),
  );
  // 截至6月底全县公立医院: the time and the place the first item opens with are the clause's, not its thing's.
  let opening = 0;
  for (;;) {
    // 2010|年 (the tagger calls both numerals): a year opening the clause.
    if (/^\d{4}$/.test(items[0][opening]?.word ?? '') && items[0][opening + 1]?.word === '年') opening += 2;
    else if (opening < items[0].length - 1 && isOpening(items[0][opening], items[0][opening + 1])) opening++;
    else break;
  }
  items[0] = items[0].slice(opening);
  // 每千人口拥有卫生技术人员、执业医师、注册护士: the population base opening the first item is every
  // item's (each a count per that base, named with it).
  const base = baseOpening(items[0]);
  if (base) items[0] = items[0].slice(base.tokens);
  // 同比 before 分别 (增加值同比分别增长) says how the change is measured, not what changed.
  let trailing = items[size - 1].length;
  while (trailing > 1 && NOT_NAMING_AFTER_LIST.has(items[size - 1][trailing - 1].word)) trailing--;
  items[size - 1] = items[size - 1].slice(0, trailing);
  // 基本医保基金总收入、总支出: a long first item holds the subject the short ones after it share.
  const shared = sharedSubject(items);
  if (shared) return items.map((item, k) => (k === 0 ? '' : shared) + item.map((t) => t.word).join(''));
  const things = listedOnes(items, size);
  return base && things ? things.map((thing) => base.text + thing) : things;
}

/** A population base as it opens a list's first item: 每千人口拥有, 每万名常住人口. */
const BASE_OPENING =
  /^每[\d一二两三四五六七八九十百千万]+[名户]?(?:[\u4e00-\u9fff]{0,3}?(?:人口|居民|老年人|儿童|妇女|人|户))?(?:拥有|有)?/;

/** The population base the first item opens with, whole words of it, and how many tokens it takes. */
function baseOpening(item: Token[]): { text: string; tokens: number } | null {
  if (!item[0]?.word.startsWith('每')) return null;
  const words = item.map((t) => t.word).join('');
  const base = BASE_OPENING.exec(words)?.[0];
  if (!base) return null;
  let length = 0;
  for (let i = 0; i < item.length - 1; i++) {
    length += item[i].word.length;
    if (length === base.length) return { text: base, tokens: i + 1 };
    if (length > base.length) return null;
  }
  return null;
}

/** The things of a list whose items are no subject and things (see listedThings), each with the shared head. */
function listedOnes(items: Token[][], size: number): string[] | null {
  const ordinals = ordinalThings(items);
  if (ordinals) return ordinals;
  const lastItem = items[size - 1];
  // 甲、乙两组患者: a number in the last item counts the items; they are no things of their own.
  if (
    items.some((item) => item.length === 0) ||
    items.slice(0, -1).some((item) => !isShortThing(item)) ||
    lastItem.some((t, i) => t.tag === 'm' && ITEM_MEASURES.test(t.word + (lastItem[i + 1]?.word ?? '')))
  )
    return null;
  // 能源、金属矿砂等大宗商品进口量: the last thing ends at 等, and what follows is the head.
  const etc = lastItem.findIndex((t, i) => i > 0 && t.word === '等');
  if (etc > 0) {
    const head = lastItem
      .slice(etc)
      .map((t) => t.word)
      .join('');
    return items.map((item, k) =>
      k < size - 1 ? item.map((t) => t.word).join('') + head : item.map((t) => t.word).join(''),
    );
  }
  // The head is what follows the last item's first noun: 5岁以下儿童|死亡率, 农村|居民人均可支配收入.
  const firstNoun = lastItem.findIndex((t) => /^(?:n|vn|b)/.test(t.tag));
  if (firstNoun < 0) return null;
  // A compound the dictionary keeps whole (农村居民) splits where the first item would end (城镇|居民).
  const noun = lastItem[firstNoun].word;
  const parallel = items[0].reduce((n, t) => n + t.word.length, 0);
  const glued = noun.length >= 4 && parallel < noun.length;
  // As many words as the shortest item before it has stand for it in the last one, when no number is among
  // them: 生物医药|产业 and 医疗器械|制造业|产值 share 产值, 门诊 and 急诊|发热病例占比 发热病例占比.
  // (乡镇|卫生院、社区卫生服务中心和村卫生室|中医药服务覆盖率: the shortest, not the first.)
  const words = Math.min(...items.slice(0, -1).map((item) => item.length));
  const headFrom =
    PRICE_HEADS.has(lastItem[lastItem.length - 1].word) && lastItem.length > 1
      ? lastItem.length - 1
      : !glued &&
          words < lastItem.length &&
          !lastItem.slice(0, words).some((t) => t.tag.startsWith('m')) &&
          lastItem.slice(words).some((t) => /^(?:n|vn)/.test(t.tag))
        ? words
        : firstNoun + 1;
  const head =
    (glued ? noun.slice(parallel) : '') +
    lastItem
      .slice(headFrom)
      .map((t) => t.word)
      .join('');
  // 孕产妇死亡率、婴儿死亡率: an item that ends in the head already names it whole.
  return items.map((item, k) => {
    const words = item.map((t) => t.word).join('');
    return k < size - 1 && !words.endsWith(head) ? words + head : words;
  });
}

/** An ordinal, with its 第 or without (the list writes it once): 第一、二、三产业. */
const ORDINAL = /^第?[一二三四五六七八九十]$/;

/**
 * 第一、二、三产业增加值占…比重: ordinals listed with 第 written once share what follows the last
 * (第一产业增加值占…比重, 第二产业…), each with its 第; null unless the items are such a list.
 */
function ordinalThings(items: Token[][]): string[] | null {
  const last = items[items.length - 1];
  if (
    !items[0][0]?.word.startsWith('第') ||
    items.slice(0, -1).some((item) => item.length !== 1 || !ORDINAL.test(item[0].word)) ||
    last.length < 2 ||
    !ORDINAL.test(last[0].word)
  )
    return null;
  const head = last
    .slice(1)
    .map((t) => t.word)
    .join('');
  return items.map((item) => `第${item[0].word.replace(/^第/, '')}${head}`);
}

/** The characters a listed thing of more words may still have: 新生儿疾病筛查率. */
const MAX_ITEM_CHARACTERS = 8;
/** Words of an age or size bound inside a thing's name (5|岁|以下|儿童死亡率): its qualifier, no word of it. */
const BOUND_WORDS = new Set(['以下', '以上', '以内']);

/**
 * Whether a listed thing is short: a few words (an age bound inside it, 5岁以下, not counted) or a
 * few characters.
 */
function isShortThing(item: Token[]): boolean {
  let words = 0;
  let characters = 0;
  for (const t of item) {
    characters += t.word.length;
    if (!t.tag.startsWith('m') && t.tag !== 'q' && !BOUND_WORDS.has(t.word)) words++;
  }
  return words <= MAX_ITEM_WORDS || characters <= MAX_ITEM_CHARACTERS;
}

/** Nouns (and what brackets hold) that may make a subject the listed things share. */
const SUBJECT_TAGS = /^(?:n|nz|vn|b|j)$/;
/** What the listed things after a shared subject end in: nouns, or verbs that name a flow (收入、支出). */
const LISTED_TAGS = /^(?:n|nz|vn|b|j|v)$/;

/**
 * The subject a long first item holds before its thing, when the things after it are short and
 * as long as each other (基本医疗保险基金(含生育保险)|总收入、总支出): the first item's words but as many
 * as the last one has. Null unless the subject is nouns only (bracketed words aside).
 */
function sharedSubject(items: Token[][]): string | null {
  const first = items[0];
  const own = items[items.length - 1].length;
  if (
    first.length <= MAX_ITEM_WORDS ||
    own > 2 ||
    items.slice(1).some((item) => item.length !== own || !LISTED_TAGS.test(item[own - 1].tag))
  )
    return null;
  const subject = first.slice(0, first.length - own);
  let depth = 0;
  for (const t of subject) {
    if (t.word === '(') depth++;
    else if (t.word === ')') depth--;
    else if (depth === 0 && !SUBJECT_TAGS.test(t.tag)) return null;
  }
  return depth === 0 ? subject.map((t) => t.word).join('') : null;
}

/** Where the subject before `end` starts: after the last mark that ends a clause, 、 not counted. */
function subjectStart(s: string, end: number): number {
  const limit = Math.max(0, end - MAX_SUBJECT);
  for (let i = end - 1; i >= limit; i--)
    if (isQuotedPlanEnd(s, i)) i -= 4;
    else if (s[i] !== '、' && isClauseMark(s, i)) return i + 1;
  return limit;
}

/** Words of time and place that open a clause (截至6月底全县, 今年全市): a date's number (6|月底) among them. */
function isOpening(t: Token, next: Token): boolean {
  return (
    t.tag === 't' ||
    (t.tag === 'm' && next.tag === 't') ||
    t.word === '截至' ||
    t.word === '截止' ||
    isScopeWord(t.word)
  );
}

/** 全市, 其中, 各: words that open a clause's subject without being part of what it names. */
function isScopeWord(word: string): boolean {
  return NOT_METRIC_WORDS.has(word) || isPlace(word);
}
