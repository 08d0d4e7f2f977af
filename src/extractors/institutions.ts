// Institutions: named bodies, found by their heads (医院, 疾控中心, 协会 ... from
// src/lexicon/institutions.ts) and the left edge that makes a head one body: places (东阿县铜城街道),
// a proper name (北京积水潭, 东方教育), or a 市/县/区/省 short form (市人民医院). The left edge is
// read over jieba's tokens, right to left, and stops at verbs, prepositions, numbers and
// punctuation. Candidates are then refined in order: sub-units and adjacent bodies join
// (北京积水潭医院聊城医院, 公安局…分局, 国家卫生健康委|妇幼司, 首都医科大学附属|北京安贞医院; a 派出所
// stays a body of its own), generic kinds are dropped (三级医院, 社区托育驿站), canonical names
// expand short forms from the place the article names most often (县疾控中心 in an article about
// 东阿县 -> 东阿县疾病预防控制中心; 市人民医院 about 临清市 -> 临清市人民医院), and a body named
// again in short (温江院区, a bracketed 以下简称) takes the canonical name of its first mention.

import {
  BRAND_PARTICLES,
  COUNT_MEASURES,
  DEMOCRATIC_PARTIES,
  EDGE_STOP_WORDS,
  GENERIC_MARKERS,
  GENERIC_MODIFIERS,
  INSTITUTION_ALIASES,
  INSTITUTION_HEADS,
  KNOWN_BODIES,
  NOT_INSTITUTIONS,
  NATIONAL_PREFIXES,
  PARTY_PREFIXES,
  PROVINCE_SHORT_NAMES,
  REGION_WORDS,
  SERVICE_NUMBERS,
  SHORT_FORMS,
  TRADE_WORDS,
  type InstitutionCategory,
  type InstitutionHead,
} from '../lexicon/institutions.js';
import { firstStartingFrom, isAsciiDigit, isAsciiLetter, isWhiteSpace, pairHash } from '../basics.js';
import {
  AREA_WORDS,
  ZONE_KINDS,
  ancestorAt,
  isPlaceName,
  isWithin,
  isZoneWord,
  resolvePlace,
  townSpans,
  type Division,
} from '../lexicon/places.js';
import { COUNTRY_NAMES, TITLE_SET } from '../lexicon/titles.js';
import type { Token, TokenIndex } from '../pipeline/tokenize.js';
import { Finder, isHanSpan } from './words.js';
import { cityOf, type ArticlePlace } from './places.js';
import type { ArticleContext, InstitutionMention } from './types.js';

const HEAD_BY_TEXT = new Map(INSTITUTION_HEADS.map((h) => [h.head, h]));
// Sets and maps of the lexicon's tables: a word cut from the text is looked up faster in them
// than as an object's key.
const SHORT_FORM_WORDS = new Set(Object.keys(SHORT_FORMS));
const ALIASES = new Map(Object.entries(INSTITUTION_ALIASES));
const HEAD_FINDER = Finder.words(INSTITUTION_HEADS.map((h) => h.head));
const NATIONAL = new Set(NATIONAL_PREFIXES);
/** The longest place name a name may begin with (新疆维吾尔自治区 and longer). */
const LONGEST_PLACE = 12;
/** Towns not in the place list still look like towns. */
const TOWN_LIKE = /^(?![各全本我该每])[\u4e00-\u9fff]{1,6}(?<!乡)(?:镇|乡|街道)$/; // 各乡镇 is every town
/** A division's name ending in its level (石家庄市, 连云港市). */
const DIVISION_LIKE = /^(?![各全本我该每])[\u4e00-\u9fff]{2,8}[省市县区州盟旗]$/; // 各县区 is every one
/** A level of government (or 各) before a short form: 市、县…, 县(市)、区…, 各县…; [1] the level with the character before it. */
const LEVELS_BEFORE = /(?:([\u4e00-\u9fff]?[市县区省])[)）]?、?|各)$/;
/** Words that end like a level but name a place of another kind: 社区, 城区, 超市. */
const WORDS_ENDING_LIKE_LEVELS = new Set([
  '社区',
  '小区',
  '城区',
  '园区',
  '景区',
  '辖区',
  '片区',
  '街区',
  '山区',
  '郊区',
  '校区',
  '院区',
  '城市',
  '超市',
  '都市',
]);
const CONJUNCTION = /[和与及或并同]/;
/** A name of 2 to 4 characters right after a list's 、 (the text before a head). */
const LIST_ITEM = /、([\u4e00-\u9fff]{2,4}|\d{3})$/;
/** An item that counts bodies (、两家医院, 、几所学校) names none. */
const COUNTED_ITEM = /^[一二两三四五六七八九十几数多]+[家所个座]/;
/** A zone is named by the words before it: 滨江高新技术产业开发区. */
const ZONE_KIND_ENDINGS = ['开发区', '经开区', '高新区', '新区', '园区', '示范区', '试验区'];
/** Sub-departments of a body are short: 妇幼健康司, 中医医疗服务处. */
const MAX_DEPARTMENT = 8;
/** Tags of grammar words: prepositions, conjunctions, particles, pronouns, measure words. */
const GRAMMAR_TAGS = [
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uv',
  'uz',
  'ug',
  'ud',
  'r',
  'rr',
  'rz',
  'mq',
  'q',
  'y',
  'e',
  'o',
  'w',
];
/** The same, looked up. */
const GRAMMAR_TAG_SET = new Set(GRAMMAR_TAGS);
/** Adverbs of manner that open a verb phrase and never a name (积极响应, 全力推进, 认真落实). */
const MANNER_OPENING = /^(?:积极|认真|全力|大力|主动|切实)/;
/** Adverbs that open a verb phrase (刚回到, 正在建设, 已完成). */
const ADVERB_OPENING = /^[刚正已就又才都也还曾将]/;
/** Tags a name's left edge stops at: grammar words, verbs, adverbs, times, places, adjectives. */
const STOP_TAGS = new Set([...GRAMMAR_TAGS, 'v', 'vd', 'vq', 'd', 't', 'f', 'a', 'ad']);
/** Tags of verbs a society's field may be (围棋/v, 织造/v, 摄影/vn). */
const FIELD_VERB_TAGS = new Set(['v', 'vn']);
const MAX_NAME = 12;
/** A coordinator that jieba may glue to the name after it. */
const COORDINATOR_OPENING = /^[和与及]/;
/** A registered company's name, place and brand and trade, runs longer: 福建金钥匙绿色农业扶贫发展股份有限公司. */
const MAX_COMPANY_NAME = 16;
/** A field joined to another by 与 inside a name is a word or two: 经济, 社会|组织. */
const MAX_FIELD_WORDS = 2;
/** The field after that 与 is short too (管理, 志愿服务): 主任和|中欧国际工商管理学院 joins no fields. */
const MAX_JOINED_FIELD = 4;
/** A society's field between its place and its head is short: 围棋, 长丝织造. */
const MAX_SOCIETY_FIELD = 6;
/** Tags of words no company name holds: grammar words and numbers. */
const FUNCTION_TAGS = new Set([...GRAMMAR_TAGS, 'm']);
/** Bodies named after their division (临清烟店镇卫生院 -> 临清市…); a company's 东阿 is a brand. */
const PUBLIC_BODIES = new Set<InstitutionCategory>([
  'hospital',
  'primary_care',
  'public_health',
  'childcare',
]);
/** An autonomous region's level, which names the region alone: 自治区人民医院. */
const REGION_WORD = '自治区';
/** A sub-unit joins the body before it across this many characters the tokenizer misread (在平区). */
const SUB_UNIT_REACH = 4;

interface Candidate {
  start: number;
  end: number;
  head: InstitutionHead;
  /** Leftmost place, as written, if any. */
  place: string | null;
  short: string | null;
  valid: boolean;
  /** Named only as an item of a list: a body only after a body of the same list (…医院、安定医院). */
  listItem: boolean;
}

export function extractInstitutions(ctx: ArticleContext): InstitutionMention[] {
  const { text, article } = ctx;
  const place = ctx.place;
  const mentions: InstitutionMention[] = [];
  for (const block of article.blocks) {
    let heads: { start: number; end: number; head: InstitutionHead }[] = [];
    // Found in the text itself, no slice of it read: a block ends at a line break, which no head holds.
    for (let m = HEAD_FINDER.find(text, block.start, block.end); m; ) {
      const head = HEAD_BY_TEXT.get(m[0])!;
      const end = m.index + m[0].length;
      // A head inside a longer word (东院|区) leaves its characters to the next head (院区).
      if (
        head.notBefore?.some((w) => text.startsWith(w, end)) ||
        (head.wholeWord && !startsToken(ctx, m.index)) ||
        // 第九〇|一医院: a numbered head in short (一医院, 二院) is the end of a longer number there.
        (head.full?.startsWith('第') && NUMERAL_BEFORE.test(text[m.index - 1] ?? ''))
      ) {
        m = HEAD_FINDER.find(text, m.index + 1, block.end);
        continue;
      }
      heads.push({ start: m.index, end, head });
      m = HEAD_FINDER.find(text, end, block.end);
    }
    if (heads.length === 0) {
      // Most blocks name no body by its head: only the bodies known by name are left to find.
      for (const known of knownBodies(text, ctx.tokens, block.start, block.end, [])) mentions.push(known);
      continue;
    }
    // A department head (司, 处) counts only a few characters after a government body's head.
    const near = (h: (typeof heads)[number]) =>
      heads.some(
        (g) =>
          g.head.category === 'government' &&
          !g.head.department &&
          g.end <= h.start &&
          h.start - g.end <= MAX_DEPARTMENT,
      );
    heads = heads.filter((h) => !h.head.department || near(h));
    const headEnds: HeadEnds = new Map(heads.map((h) => [h.end, h.head]));
    // The left edge never crosses punctuation or white space: the tokens of the head's own
    // jieba block are all it reads.
    const candidates = heads.map((h, i) => {
      // 城市建设投资集团|有限公司: a group whose registered form follows it is read as registered.
      const head =
        !h.head.registered && heads[i + 1]?.start === h.end && heads[i + 1].head.registered
          ? { ...h.head, registered: true }
          : h.head;
      const c = leftEdge(
        text,
        ctx.tokens.runAt(h.start - 1)?.tokens ?? [],
        block.start,
        h.start,
        h.end,
        head,
        headEnds,
      );
      if (!c.valid && c.start === h.start && standsAlone(ctx, h)) c.valid = true;
      if (h.head.category === 'company' && isAsciiWordUnit(text.charCodeAt(c.start - 1))) {
        // TCL|科技集团, ASML|公司: jieba cuts a Latin brand as a block of its own, which names the firm.
        const brand = latinBrandBefore(text, c.start, block.start);
        if (brand >= 0) Object.assign(c, { start: brand, valid: true });
      }
      return h.head.registered ? withBracketed(text, ctx, block.start, c, headEnds) : c;
    });
    const bodies = join(text, candidates);
    for (const body of bodies) mentions.push(toMention(text, body, place));
    for (const known of knownBodies(text, ctx.tokens, block.start, block.end, bodies)) mentions.push(known);
  }
  mentions.sort((a, b) => a.start - b.start);
  return withGivenShortNames(text, article, mentions, namedAgain(text, mentions));
}

/** A short name the text gives a body in brackets (某某医院(以下简称市八医院)), and that body. */
interface GivenShortName {
  shortName: string;
  body: InstitutionMention;
}

/**
 * A short name the article gives a body in brackets names that body wherever the article uses
 * it, whether or not it ends in a head (华东协作医院(下称“华东协作”) … 华东协作接收…).
 */
function withGivenShortNames(
  text: string,
  article: { start: number; end: number },
  mentions: InstitutionMention[],
  given: GivenShortName[],
): InstitutionMention[] {
  const added: InstitutionMention[] = [];
  for (const { shortName, body: m } of given) {
    for (
      let at = text.indexOf(shortName, m.end);
      at >= 0 && at < article.end;
      at = text.indexOf(shortName, at + 1)
    ) {
      const end = at + shortName.length;
      const overlaps = (o: InstitutionMention) => o.start < end && at < o.end;
      if (mentions.some(overlaps) || added.some(overlaps)) continue;
      added.push({
        start: at,
        end,
        fields: { name: shortName, canonical: m.fields.canonical, category: m.fields.category },
        rule: 'institution:short-name',
      });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** The aliases in list order, by the first character of the nickname. */
const ALIASES_BY_FIRST = new Map<string, [nickname: string, full: string][]>();
for (const [nickname, full] of Object.entries(INSTITUTION_ALIASES))
  ALIASES_BY_FIRST.set(nickname[0], [...(ALIASES_BY_FIRST.get(nickname[0]) ?? []), [nickname, full]]);

/** A campus or branch of a hospital known by nickname: 青大附院黄岛院区 -> 青岛大学附属医院黄岛院区. */
function withKnownParent(canonical: string): string {
  for (const [nickname, full] of ALIASES_BY_FIRST.get(canonical[0]) ?? []) {
    if (canonical.length > nickname.length && canonical.startsWith(nickname))
      return full + canonical.slice(nickname.length);
  }
  return canonical;
}

/** A short name the text gives a body in brackets: 某某医院(以下简称市八医院), (下称“华东协作”). */
const GIVEN_SHORT_NAME =
  /^\s*[（(]\s*(?:以下简称|下文简称|以下称|简称|下称)[“"‘]?([\u4e00-\u9fff]{2,12}?)[”"’]?\s*[）)]/;

/** A body's other name stands in brackets right after it: 某某市第三人民医院(某某市精神卫生中心). */
function isOpenBracket(c: string | undefined): boolean {
  return c === '(' || c === '（';
}

/** Whether an open bracket is the first unit at or after `at` that is no white space, within `reach` units. */
function opensBracket(text: string, at: number, reach: number): boolean {
  const end = Math.min(text.length, at + reach);
  let i = at;
  while (i < end && isWhiteSpace(text.charCodeAt(i))) i++;
  return i < end && isOpenBracket(text[i]);
}

function isCloseBracket(c: string | undefined): boolean {
  return c === ')' || c === '）';
}

/**
 * A body named again by the article in shorter form is the body named first: the short name it
 * gave in brackets, the end of the earlier name (温江院区 after 四川省人民医院温江院区), or its
 * other name in brackets right after it. Short forms (市人民医院) are left to the place rules.
 * Sets the canonical names in place; returns the short names given in brackets, with their bodies.
 */
function namedAgain(text: string, mentions: InstitutionMention[]): GivenShortName[] {
  const gave: GivenShortName[] = [];
  const given = new Map<string, string>();
  const earlier: InstitutionMention[] = [];
  for (const m of mentions) {
    const { name } = m.fields;
    const before = earlier[earlier.length - 1];
    const alias =
      before && m.start === before.end + 1 && isOpenBracket(text[before.end]) && isCloseBracket(text[m.end])
        ? before.fields.canonical
        : undefined;
    const full =
      alias ??
      given.get(name) ??
      (SHORT_FORM_WORDS.has(name[0])
        ? undefined
        : earlier.find((e) => e.fields.name.length > name.length && e.fields.name.endsWith(name))?.fields
            .canonical);
    if (full) m.fields.canonical = full;
    else m.fields.canonical = withKnownParent(m.fields.canonical);
    // An other name given in brackets is that body's later too: …东院(秀山医院), then 秀山医院.
    if (alias) given.set(name, alias);
    // Most bodies have no bracket after them: the first unit that is no space tells.
    const shortName = opensBracket(text, m.end, 20)
      ? GIVEN_SHORT_NAME.exec(text.slice(m.end, m.end + 20))?.[1]
      : undefined;
    if (shortName) {
      given.set(shortName, m.fields.canonical);
      gave.push({ shortName, body: m });
    }
    earlier.push(m);
  }
  return gave;
}

/** Latin words that name a kind or a measure, not a firm: IT公司, AI公司, PPP项目公司. */
const LATIN_KINDS = new Set([
  'IT',
  'AI',
  'APP',
  'PPP',
  'CEO',
  'GDP',
  'CPI',
  'PPI',
  'IPO',
  'ETF',
  'LED',
  'CBD',
  'VR',
  'AR',
  '4G',
  '5G',
]);

function isAsciiWordUnit(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** Where a Latin brand that ends at `end` starts (TCL, ASML, 3M), or -1: a word of its own with a capital. */
function latinBrandBefore(text: string, end: number, blockStart: number): number {
  let start = end;
  while (start > blockStart && isAsciiWordUnit(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  return word.length >= 2 && word.length <= 12 && /[A-Z]/.test(word) && !LATIN_KINDS.has(word) ? start : -1;
}

/** A head that names its level's body alone (市委印发), a word of its own and no part of a post (市委书记). */
function standsAlone(ctx: ArticleContext, h: { start: number; end: number; head: InstitutionHead }): boolean {
  return (
    h.head.aloneUnlessBefore !== undefined &&
    !h.head.aloneUnlessBefore.some((w) => ctx.text.startsWith(w, h.end)) &&
    startsToken(ctx, h.start)
  );
}

function startsToken(ctx: ArticleContext, at: number): boolean {
  const tokens = ctx.tokens.runAt(at)?.tokens ?? [];
  return tokens[firstStartingFrom(tokens, at)]?.start === at;
}

interface Body {
  start: number;
  end: number;
  first: Candidate;
  last: Candidate;
  /** The body of a list this bare head shares its place with (柳州市工人医院、人民医院). */
  listedAfter?: Body;
}

/**
 * Join the parts of one body (北京积水潭医院|聊城医院, 中国工商银行 聊城分行, 公安局|…分局) and
 * drop the generic. A part joins the body before it when it starts where that body ends (or,
 * for a branch, after white space in a heading), and names something itself or is a bare head
 * (手机银行 does neither).
 */
function join(text: string, candidates: Candidate[]): Body[] {
  const bodies: Body[] = [];
  for (const [i, c] of candidates.entries()) {
    const before = candidates[i - 1];
    if (c.listItem && !(before?.valid && text.slice(before.end, c.start) === '、')) c.valid = false;
    const prev = bodies[bodies.length - 1];
    const gap = prev ? text.slice(prev.end, c.start) : null;
    // A bare head right after a body is named by it: 铜城街道办事处|社区卫生服务中心,
    // 爱尔眼科医院|有限公司; a generic part is not (中国工商银行|手机银行).
    const bare = c.start === c.end - c.head.head.length || isOpenBracket(text[c.start]);
    // A university's hospital is one body with it: 首都医科大学|附属|北京安贞医院.
    const affiliated =
      gap === '附属' && c.valid && prev?.last.head.category === 'school' && c.head.category === 'hospital';
    if (c.head.department) {
      // A department is part of the government body right before it, never a body alone.
      if (prev && gap === '' && c.valid && prev.last.head.category === 'government')
        [prev.end, prev.last] = [c.end, c];
      continue;
    }
    // A bare office (办公室) is a government body's own: 见义勇为协会|办公室 stays the association.
    const foreignOffice =
      bare && c.head.category === 'government' && prev?.last.head.category !== 'government';
    // …医院|科技部 is the hospital's own department, not the ministry.
    if (prev && gap === '' && foreignOffice && c.head.needs === 'none') continue;
    // 镇党委|政府, 县委|政府: the party committee and the government, two bodies; the bare second names none.
    if (prev && gap === '' && bare && c.head.head === '政府' && prev.last.head.head.endsWith('委')) continue;
    // 中共中央|国务院, 教育部|财政部: a national body that needs no name is one of its own after another;
    // so is a university after a university (厦门大学|福建师范大学), never a part of it.
    const ownNational =
      (bare && c.head.needs === 'none' && prev?.last.head.category === 'government') ||
      (c.head.head === UNIVERSITY && prev?.last.head.head === UNIVERSITY);
    // 樟树市药都小学|宜春市宜阳学校: a school or hospital named by its own division after another is the
    // next item of a list whose lines were joined (北京积水潭医院|聊城医院 is a branch, named without 市);
    const nextItem =
      // 融媒体中心|县人民医院: a level's short form starts a name, never a part of the body before.
      (c.short !== null && !c.head.subUnit) ||
      (c.place !== null &&
        !c.head.subUnit &&
        DIVISION_ENDING.test(c.place) &&
        ITEM_KINDS.has(c.head.category) &&
        prev !== undefined &&
        ITEM_KINDS.has(prev.last.head.category));
    // A school's or an academy's own college or institute is part of it, whatever its name:
    // 上海交通大学|医学院, 北京大学|经济研究所, 清华大学|航空研究院.
    const college =
      gap === '' &&
      (c.head.category === 'school' || c.head.category === 'other') &&
      (prev?.last.head.category === 'school' || prev?.last.head.category === 'other');
    // A national body is its own, not a part of the body before it: 人社部|中国博士后科学基金会;
    // so is a government body named by its place or short form after another (中共宿州市委|宿州市人民政府,
    // 市委|市政府).
    const national =
      (c.place !== null || c.short !== null) &&
      !c.head.subUnit &&
      prev !== undefined &&
      c.start >= prev.end && // one token may hold both (中国社会科学院经济研究所): then one body
      ((c.place !== null && NATIONAL.has(c.place)) ||
        // (国家税务总局|芜湖市税务局 is a national body's local office: one name)
        (c.head.category === 'government' &&
          prev?.last.head.category === 'government' &&
          !(prev.first.place !== null && NATIONAL.has(prev.first.place))));
    if (
      prev &&
      !c.head.separate &&
      !national &&
      !ownNational &&
      !nextItem &&
      !foreignOffice &&
      // A society's branch right after it is its own, named by a field alone too (…总会|医疗分会;
      // a hospital's 新院区 is no campus's name).
      (c.valid || bare || college || (c.head.subUnit && c.head.category === 'association' && gap === '')) &&
      (gap === '' || affiliated || (c.valid && c.head.subUnit && gap !== null && /^\s+$/.test(gap)))
    ) {
      prev.end = c.end;
      prev.last = c;
      continue;
    }
    // 柳州市工人医院、人民医院、…, 县人民医院、中医院: a bare head listed after a body named by its
    // place or short form is of that place too (a public body: 公司 alone names none).
    if (
      !c.valid &&
      bare &&
      gap === '、' &&
      prev !== undefined &&
      prev.first.start === prev.start &&
      (prev.listedAfter !== undefined || prev.first.place !== null || prev.first.short !== null) &&
      ONE_PER_PLACE.has(c.head.head) &&
      LISTED_KINDS.has(prev.last.head.category)
    ) {
      bodies.push({ start: c.start, end: c.end, first: c, last: c, listedAfter: prev.listedAfter ?? prev });
      continue;
    }
    if (c.valid) bodies.push({ start: c.start, end: c.end, first: c, last: c });
  }
  return bodies;
}

const UNIVERSITY = '大学';
const POLICE = '公安';
/** A division of the Xinjiang Production and Construction Corps: 第一师, 七师, 十三师. */
const DIVISION = '师';
const BINGTUAN_DIVISION = /^第?[一二三四五六七八九十]{1,3}师$/;
/** The one short form of two characters: a prefecture named 地区 (喀什地区). */
const PREFECTURE_REGION = '地区';
/** A division's name ends in its level: 宜春市, 奉新县, 宁夏回族自治区 (the 州 of 赣州, 杭州 is part of the name). */
const DIVISION_ENDING = /[省市县区盟旗]$/;
/** Bodies a page lists one a line: schools and health bodies. */
const ITEM_KINDS = new Set<InstitutionCategory>(['school', 'hospital', 'primary_care', 'public_health']);

/** Bodies a list names by bare heads after the first, sharing its place. */
const LISTED_KINDS = new Set<InstitutionCategory>(['hospital', 'primary_care', 'public_health']);
/**
 * Heads a place has one body of, so that a bare one in a list is that place's (中医院, 妇幼保健院);
 * not kinds a place has many of (社区卫生服务中心, 卫生院, 医院).
 */
const ONE_PER_PLACE = new Set([
  '人民医院',
  '中医院',
  '中医医院',
  '中西医结合医院',
  '妇幼保健院',
  '妇幼保健计划生育服务中心',
  '疾控中心',
  '疾病预防控制中心',
  '中心医院',
  '精神卫生中心',
  '传染病医院',
  '急救中心',
  '中心血站',
]);

/** Read the left edge of a head: places, then a proper name, or a short form. */
function leftEdge(
  text: string,
  tokens: Token[],
  blockStart: number,
  headStart: number,
  headEnd: number,
  head: InstitutionHead,
  headEnds: HeadEnds,
): Candidate {
  const pieces = piecesBefore(text, tokens, blockStart, headStart);
  let start = headStart;
  let place: string | null = null;
  let short: string | null = null;
  const names: string[] = [];
  let nameChars = 0;
  let stoppedAt = -1;
  // 各经济开发区管委会, 每家社区卫生服务中心: every body of a kind; 紧密型县域医共体总医院: a kind;
  // 某食品工业有限公司: a name withheld. None by name.
  let kind = false;
  // 联勤保障部队第九六〇医院, 第960医院: a body numbered with 〇 or digits, which no Han piece
  // holds, with the army's units before it.
  const numbered = NUMERAL_BEFORE.test(text[headStart - 1] ?? '')
    ? NUMBERED_BODY.exec(text.slice(Math.max(blockStart, headStart - MAX_NUMBERED_PREFIX), headStart))
    : null;
  if (numbered) {
    names.push(numbered[0]);
    nameChars = numbered[0].length;
    start = headStart - numbered[0].length;
  }
  for (const [at, piece] of pieces.entries()) {
    if (piece.start >= start) continue; // inside the number read above
    if (piece.end !== start) break; // white space between
    // A party's committee names the party first: 中共江苏省委, 民盟杭州市委员会.
    if ((place || names.length > 0) && PARTY_PREFIXES.has(piece.text)) {
      start = piece.start;
      break;
    }
    if (headEnds.has(piece.end)) break; // the end of another body: joined to it later, unless a separate head stands alone
    const w = piece.text;
    // 镇党委|政府: the party committee and the government, two bodies (the bare second names none).
    if (head.head === '政府' && w.endsWith('党委')) {
      stoppedAt = piece.start;
      break;
    }
    if (SERVICE_NUMBERS.has(w) && !place && names.length === 0) {
      names.unshift(w);
      nameChars += w.length;
      start = piece.start;
      continue;
    }
    if (!isHanSpan(w) || AREA_WORDS.has(w)) break; // 全县乡镇卫生院 is every township hospital of the county
    // 偏远地区/ns, 贫困地区: regions of a kind, in one word; a prefecture so named is a place (喀什地区).
    if (w.length > PREFECTURE_REGION.length && w.endsWith(PREFECTURE_REGION) && !isPlaceName(w)) {
      kind = true;
      break;
    }
    // A country names a body abroad as a place does at home: 企业|德国|赢创…公司 starts at 德国.
    if (
      isPlace(w, piece.tag) ||
      isDivisionLike(w, piece.tag) ||
      (piece.tag === 'ns' && COUNTRY_NAMES.has(w))
    ) {
      place = w;
      start = piece.start;
      continue;
    }
    // 自治区政协: 自治区 alone names the region; only the region's own name may stand before it
    // (银川市委书记崔|波及|自治区政协: a person and a verb, no part of the name).
    if (w === REGION_WORD) {
      names.unshift(w);
      nameChars += w.length;
      start = piece.start;
      const before = pieces[at + 1];
      if (
        before?.end === piece.start &&
        (isPlace(before.text, before.tag) || isDivisionLike(before.text, before.tag))
      )
        continue;
      break;
    }
    // 中国|驻|法国大使馆: the sending country before 驻 names the embassy.
    if (head.stationed && w === '驻' && start < headStart) {
      if (place) names.unshift(place);
      names.unshift(w);
      place = null;
      start = piece.start;
      continue;
    }
    // 第七|师|医院, 七师|奎屯医院, 十三|师|红星医院: a division of the Bingtuan names its bodies, before
    // or after the place they stand in.
    // (十四|师昆玉/x: jieba may glue the division's 师 to the name after it.)
    if (w.endsWith(DIVISION) || w.startsWith(DIVISION)) {
      const numeral = pieces[at + 1];
      const numbered = w[0] === DIVISION && numeral?.end === piece.start && numeral.tag === 'm';
      if (BINGTUAN_DIVISION.test(numbered ? numeral.text + DIVISION : w)) {
        const name = numbered ? numeral.text + w : w;
        names.unshift(name);
        nameChars += name.length;
        start = piece.end - name.length;
        if (numbered) pieces.splice(at + 1, 1);
        continue;
      }
    }
    // 贵阳|公安|南明|分局: a city's police named before its district's branch.
    if (place && w === POLICE && head.subUnit) {
      names.unshift(w, place);
      nameChars += w.length + place.length;
      place = null;
      start = piece.start;
      continue;
    }
    // A name may begin with a place inside one token (北京积水潭); a development zone has a name
    // of its own before its kind (聊城|江北水城|旅游度假区).
    if (place && !isZoneWord(place) && !endsWithZoneKind(place)) break;
    // A place jieba cut from its level (江州|市) is one division: read on as a place.
    const divisionName = pieces[at + 1];
    // Short forms are one character but 地区: most words are longer, and the length is cheaper to test.
    const shortForm = (w.length === 1 || w === PREFECTURE_REGION) && SHORT_FORM_WORDS.has(w);
    if (
      shortForm &&
      divisionName?.end === piece.start &&
      divisionName.tag === 'ns' &&
      isHanSpan(divisionName.text)
    ) {
      place = divisionName.text + w;
      start = divisionName.start;
      pieces.splice(at + 1, 1);
      continue;
    }
    if (shortForm) {
      short = w;
      start = piece.start;
      const before = text.slice(Math.max(blockStart, piece.start - 3), piece.start);
      // 市、县托育综合服务中心, 市县, 县(市)、区人民政府 name levels of government, not one body; 各县人民医院 every one.
      // A word that ends like a level is no level (华盛社区、县疾控中心 is a 社区, then the county's centre).
      const level = LEVELS_BEFORE.exec(before);
      if (level && !(level[1] && WORDS_ENDING_LIKE_LEVELS.has(level[1]))) short = '';
      // 边远/a|地区|卫生院, 少数民族|地区: regions of a kind, no prefecture (该|地区, 组织|地区 name one).
      if (
        w === PREFECTURE_REGION &&
        divisionName?.end === piece.start &&
        (!STOP_TAGS.has(divisionName.tag) || divisionName.tag === 'a')
      )
        kind = true;
      break;
    }
    // 清华大学|经济与管理学院, 省|社会工作与志愿服务协会: two fields joined inside one name; a bureau's
    // head may be the second field (县|商务和|投资促进局, 县|卫生健康和|体育局).
    if (
      (names.length > 0 || head.category === 'government') &&
      nameChars <= MAX_JOINED_FIELD &&
      (w === '与' || w === '和') &&
      joinsFields(text, pieces, at, headEnds, head)
    ) {
      names.unshift(w);
      nameChars += 1;
      start = piece.start;
      continue;
    }
    // 群力|五|社区卫生服务中心, 红旗|一|社区|居委会: a community numbered after its area's name.
    if (
      w.length === 1 &&
      piece.tag === 'm' &&
      COMMUNITY_NUMERALS.includes(w) &&
      text.startsWith(COMMUNITY, piece.end) &&
      pieces[at + 1]?.end === piece.start &&
      NAME_TAGS.has(pieces[at + 1].tag) &&
      !AREA_WORDS.has(pieces[at + 1].text)
    ) {
      names.unshift(w);
      nameChars += 1;
      start = piece.start;
      continue;
    }
    // A generic modifier jieba calls an adjective (健康/a) or a region it calls a direction (沿海/f)
    // is still part of a name: 泉州卫生健康职业学院, 福建沿海铁路.
    const stopTag =
      STOP_TAGS.has(piece.tag) &&
      !GENERIC_MODIFIERS.has(w) &&
      !REGION_WORDS.has(w) &&
      !(head.ofCommunity && piece.tag === 'a');
    // …型 is a kind of body (紧密型, 综合型), but a company's name may hold one (某某新型建材有限公司).
    const kindWord = w.endsWith('型') && !head.registered;
    if (
      EDGE_STOP_WORDS.has(w) ||
      stopTag ||
      // 柳园南路|颐中外国语学校: an address; a community is named by its road (建设路|社区卫生服务站).
      (endsWithRoad(w) && !head.head.startsWith('社区')) ||
      // An ordinal names a body (第一|附属医院), an ordinal count does not (第一家|医院, 第二批|卫生院).
      (piece.tag === 'm' && (!w.startsWith('第') || ORDINAL_COUNT.test(w))) ||
      // 刚回到/i: a verb phrase the tagger calls an idiom, opened by an adverb (见义勇为/i is a name's);
      // 归属于/l, 相当于/l: a verb and its preposition.
      (piece.tag === 'i' && ADVERB_OPENING.test(w)) ||
      // 积极响应/n|市委: a verb phrase opened by an adverb of manner, whatever jieba tags it.
      MANNER_OPENING.test(w) ||
      (piece.tag === 'l' && w.endsWith('于')) ||
      // A measure after a number counts bodies or countries: 两|国|外交部, 3|家|医院.
      (w.length === 1 && COUNT_MEASURES.has(w) && pieces[at + 1]?.tag === 'm') ||
      kindWord
    ) {
      stoppedAt = piece.start;
      kind = kindWord || /^[各每]/.test(w);
      const from =
        EDGE_STOP_WORDS.has(w) && !(head.registered && TRADE_WORDS.has(w))
          ? null
          : head.registered
            ? placeBehind(pieces, at, start, MAX_COMPANY_NAME - nameChars)
            : // 福州市|围棋/v|协会; not 昆明市|组织/v|协会会员 (the head inside a longer word) or an adverb's clause.
              head.society && FIELD_VERB_TAGS.has(piece.tag) && endsToken(tokens, headEnd)
              ? placeBehind(pieces, at, start, MAX_SOCIETY_FIELD - nameChars)
              : null;
      if (from) {
        // 福建金钥匙绿色农业扶贫发展|股份有限公司: a company's name runs over its verbs back to its place.
        place = from.text;
        names.unshift(text.slice(from.end, start));
        start = from.start;
      } else if (head.registered && w === '中' && opensClause(pieces, at)) {
        // 与|中/f|铝国际工程股份有限公司: a state firm's 中 after a preposition starts its name.
        names.unshift(w);
        nameChars += 1;
        start = piece.start;
      } else if (w.endsWith('某')) {
        // 某|食品工业有限公司 with no place before it: a name withheld, none given.
        kind = true;
      }
      break;
    }
    if (nameChars + w.length > (head.registered ? MAX_COMPANY_NAME : MAX_NAME)) break;
    // 复康医院和|德胜中医医院: jieba glues 和 (与, 及) to the name after it (和德胜/nr); the name starts after
    // it. At a clause's start nothing is joined: 和平村/nr|村委会 is 和平村's.
    if (
      w.length >= 3 &&
      COORDINATOR_OPENING.test(w) &&
      (piece.tag === 'nr' || piece.tag === 'x') &&
      pieces[at + 1]?.end === piece.start
    ) {
      names.unshift(w.slice(1));
      nameChars += w.length - 1;
      start = piece.start + 1;
      break;
    }
    const split = placePrefix(w);
    if (split) {
      names.unshift(w.slice(split.length));
      place = split;
    } else {
      names.unshift(w);
    }
    nameChars += w.length;
    start = piece.start;
  }
  if (head.subUnit && stoppedAt >= 0) {
    // 公安局在平区分局: reach back over a short misread gap to the body before (a gap counted from the
    // name's start: 医院|在银川已有|院区 is a clause between them, not a misread name).
    for (let at = stoppedAt; at >= Math.max(blockStart, start - SUB_UNIT_REACH); at--) {
      if (headEnds.has(at) && at < headStart) {
        // …东院区和西院区 are two campuses: a conjunction is no misread name.
        if (isHanSpan(text, at, start) && !CONJUNCTION.test(text.slice(at, start))) {
          names.unshift(text.slice(at, start));
          start = at;
        }
        break;
      }
    }
  }
  // An item of a list names a body, whatever jieba made of it: 、安定医院、, 、301医院、.
  const itemFrom = Math.max(blockStart, headStart - 6);
  // Most heads follow no 、 closely: looking for one is cheaper than the pattern.
  const item = holdsListComma(text, itemFrom, headStart)
    ? LIST_ITEM.exec(text.slice(itemFrom, headStart))
    : null;
  const listItem =
    head.needs === 'named' &&
    start === headStart &&
    !headEnds.has(headStart) &&
    item !== null &&
    !EDGE_STOP_WORDS.has(item[1][0]) &&
    !COUNTED_ITEM.test(item[1]) &&
    !isGeneric(item[1]);
  if (listItem) {
    names.push(item[1]);
    start = headStart - item[1].length;
  }
  return {
    start,
    end: headEnd,
    head,
    place,
    short: short || null,
    valid:
      !kind &&
      (head.department
        ? isDepartment(tokens, headEnd, place, short, names.join(''))
        : isNamed(head, place, short, names, text.slice(start, headEnd))),
    listItem,
  };
}

function holdsListComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3001) return true; // 、
  return false;
}

/** A place or trade in brackets inside a registered name: 强生(中国)医疗器材有限公司, 华润(集团)有限公司. */
const BRACKETED = /[（(]([\u4e00-\u9fff]{2,4})[)）]$/;

/**
 * A registered name may cross brackets: its left edge goes on before them, over the name the
 * brackets follow (华润(集团)有限公司: 华润), or up to a body that ends there (…集团(福建)有限公司).
 */
function withBracketed(
  text: string,
  ctx: ArticleContext,
  blockStart: number,
  c: Candidate,
  headEnds: HeadEnds,
): Candidate {
  if (!isCloseBracket(text[c.start - 1])) return c;
  const bracket = BRACKETED.exec(text.slice(Math.max(blockStart, c.start - 8), c.start));
  if (!bracket) return c;
  const open = c.start - bracket[0].length;
  // Joined to the body before as a bare head (see join), or dropped with it.
  if (headEnds.has(open)) return { ...c, start: open, valid: false };
  const tokens = ctx.tokens.runAt(open - 1)?.tokens ?? [];
  const before = leftEdge(text, tokens, blockStart, open, open, c.head, headEnds);
  if (before.start < open && before.valid) return { ...before, end: c.end };
  // A brand jieba reads as a verb (强生/v) is the one word before the brackets.
  const word = tokens[firstStartingFrom(tokens, open) - 1];
  if (
    word?.end === open &&
    word.word.length >= 2 &&
    isHanSpan(word.word) &&
    !EDGE_STOP_WORDS.has(word.word) &&
    !FUNCTION_TAGS.has(word.tag) &&
    !isGeneric(word.word)
  )
    return { ...c, start: word.start, valid: true };
  return c;
}

/** Every zone kind ends in 区: most words do not, and the last unit tells before any ending is compared. */
function endsWithZoneKind(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 0x533a && ZONE_KIND_ENDINGS.some((ending) => w.endsWith(ending));
}

/** 柳园南路 ends a name; 铁路 and 公路 may be in one. */
function endsWithRoad(w: string): boolean {
  const last = w[w.length - 1];
  const before = w[w.length - 2];
  return (last === '路' || last === '街' || last === '巷') && before !== '铁' && before !== '公';
}

/** A division jieba tags as a place (石家庄市): a place until the gazetteer knows it. */
function isDivisionLike(w: string, tag: string): boolean {
  return tag === 'ns' && DIVISION_LIKE.test(w);
}

/**
 * The place a company's long name starts with, read back from piece `at` over words of any kind
 * but punctuation, function words and numbers (扶贫/v, 中/f), within `reach` characters.
 */
function placeBehind(pieces: Piece[], at: number, end: number, reach: number): Piece | null {
  let start = end;
  for (let i = at; i < pieces.length; i++) {
    const piece = pieces[i];
    if (
      piece.end !== start ||
      !isHanSpan(piece.text) ||
      (EDGE_STOP_WORDS.has(piece.text) && !TRADE_WORDS.has(piece.text)) ||
      // 乐陵市|某|食品工业有限公司: a withheld name is still the place's.
      (FUNCTION_TAGS.has(piece.tag) && piece.text !== '某' && !isBrandParticle(pieces, i))
    )
      return null;
    if (end - piece.start > reach) return null;
    if (isPlace(piece.text, piece.tag) || piece.tag === 'ns') return withPlacesBefore(pieces, i);
    start = piece.start;
  }
  return null;
}

/** Tags of the words an adverbial 地 follows: 大力地, 积极地, 悄悄地. */
const ADVERBIAL_TAGS = new Set(['d', 'dg', 'a', 'ad', 'ag', 'z']);

/** A particle inside a brand (金|地, 城市|之|光), not the adverbial 地 after a manner word (大力|地|支持). */
function isBrandParticle(pieces: Piece[], at: number): boolean {
  return BRAND_PARTICLES.has(pieces[at].text) && !ADVERBIAL_TAGS.has(pieces[at + 1]?.tag ?? '');
}

/** The places written right before a place are its divisions: 兴隆县|山村, 兴隆县|青松岭镇 are one place. */
function withPlacesBefore(pieces: Piece[], at: number): Piece {
  let from = at;
  for (let p = pieces[from + 1]; p?.end === pieces[from].start; p = pieces[from + 1]) {
    if (!isPlace(p.text, p.tag) && p.tag !== 'ns') break;
    from++;
  }
  if (from === at) return pieces[at];
  const text = pieces
    .slice(at, from + 1)
    .map((p) => p.text)
    .reverse()
    .join('');
  return { text, start: pieces[from].start, end: pieces[at].end, tag: 'ns' };
}

/** The heads of a block by where they end. */
type HeadEnds = ReadonlyMap<number, InstitutionHead>;

/** Whether a head names a part of the body before it: a school's college, a ministry's department. */
function partOf(head: InstitutionHead, body: InstitutionHead): boolean {
  if (head.department) return body.category === 'government';
  return (
    (head.category === 'school' || head.category === 'other') &&
    (body.category === 'school' || body.category === 'other')
  );
}

/**
 * Whether the 与 or 和 of piece `at` joins two fields of one name: the field before it is a word or
 * two of its own (no place, no body, no verb) right after a body this head is part of, or after a
 * short form or a place, or opening an item of a list (清华大学|经济与管理学院, 省|社会|工作与志愿服务协会,
 * 、文化传媒与法律学院); not two bodies
 * (市卫健委和教育学院, 司法所|工作人员和仲裁委员会).
 */
function joinsFields(
  text: string,
  pieces: Piece[],
  at: number,
  headEnds: HeadEnds,
  head: InstitutionHead,
): boolean {
  for (let i = at + 1; i <= at + MAX_FIELD_WORDS; i++) {
    const field = pieces[i];
    if (
      field?.end !== pieces[i - 1].start ||
      !isHanSpan(field.text) ||
      headEnds.has(field.end) ||
      EDGE_STOP_WORDS.has(field.text) ||
      (STOP_TAGS.has(field.tag) && !GENERIC_MODIFIERS.has(field.text)) || // 卫生健康/a
      TITLE_SET.has(field.text) || // a post ends a name: 主任|和|…学院 is a person and a body
      field.tag === 'ns' ||
      isPlace(field.text, field.tag)
    )
      return false;
    const body = headEnds.get(field.start);
    if (body) return field.end - field.start >= 2 && partOf(head, body);
    const before = pieces[i + 1];
    if (
      before?.end === field.start &&
      ((before.text.length === 1 && SHORT_FORM_WORDS.has(before.text)) ||
        before.tag === 'ns' ||
        isPlace(before.text, before.tag))
    )
      return true;
    // …学院、文化传媒与法律学院: an item of a list of bodies, the fields its whole name (市民、企业与…
    // lists parties).
    if (before?.end !== field.start && text[field.start - 1] === '、' && headEnds.has(field.start - 1))
      return true;
  }
  return false;
}

/** Whether piece `at` starts its block or follows a grammar word or an edge stop (与|中, 由|中). */
function opensClause(pieces: Piece[], at: number): boolean {
  const before = pieces[at + 1];
  return (
    before?.end !== pieces[at].start || GRAMMAR_TAG_SET.has(before.tag) || EDGE_STOP_WORDS.has(before.text)
  );
}

/** Whether a token of the head's block ends at `at` (协会|, not 协会会员). */
function endsToken(tokens: Token[], at: number): boolean {
  return tokens[firstStartingFrom(tokens, at) - 1]?.end === at;
}

/** A department's name is a few words of its own that end where the head's token ends (医政司, not 处理). */
function isDepartment(
  tokens: Token[],
  headEnd: number,
  place: string | null,
  short: string | null,
  named: string,
): boolean {
  return (
    place === null &&
    short === null &&
    named.length > 0 &&
    named.length <= MAX_DEPARTMENT &&
    endsToken(tokens, headEnd)
  );
}

function isNamed(
  head: InstitutionHead,
  place: string | null,
  short: string | null,
  names: string[],
  whole: string,
): boolean {
  if (short === '') return false;
  if (NOT_INSTITUTIONS.has(whole)) return false;
  if (names.some((n) => GENERIC_MARKERS.test(n))) return false;
  // A paper's title is its name, whatever its words: 科技日报.
  const proper = names.some((n) => !isGeneric(n)) || (head.titled === true && names.length > 0);
  // 《某某报》社有限公司: a company is named by more than the one character punctuation left it.
  if (head.category === 'company' && head.needs !== 'none' && place === null && names.join('').length < 2)
    return false;
  switch (head.needs) {
    case 'none':
      return true;
    case 'short':
      return (place !== null || short !== null) && names.length === 0;
    case 'named':
      return place !== null || proper;
    case 'placed':
      return place !== null;
    case 'any':
      return place !== null || short !== null || proper;
  }
}

/** A name piece made only of generic modifiers (托育服务, 基层卫生, 中医特色). */
function isGeneric(name: string): boolean {
  if (GENERIC_MODIFIERS.has(name)) return true;
  for (let i = 1; i < name.length; i++) {
    if (GENERIC_MODIFIERS.has(name.slice(0, i)) && isGeneric(name.slice(i))) return true;
  }
  return false;
}

function isPlace(w: string, tag: string): boolean {
  return (
    isPlaceName(w) || NATIONAL.has(w) || (tag === 'ns' && (TOWN_LIKE.test(w) || PROVINCE_SHORT_NAMES.has(w)))
  );
}

function placePrefix(w: string): string | null {
  for (let n = Math.min(w.length - 1, LONGEST_PLACE); n >= 2; n--) {
    const prefix = w.slice(0, n);
    if (isPlaceName(prefix) || NATIONAL.has(prefix)) return prefix;
  }
  return null;
}

interface Piece {
  text: string;
  start: number;
  end: number;
  tag: string;
}

/** Tokens before `at`, right to left, the part of a token that `at` cuts first. */
function piecesBefore(text: string, tokens: Token[], blockStart: number, at: number): Piece[] {
  const pieces: Piece[] = [];
  let i = firstStartingFrom(tokens, at) - 1;
  if (i >= 0 && tokens[i].end > at) {
    if (tokens[i].start >= blockStart)
      pieces.push({ text: text.slice(tokens[i].start, at), start: tokens[i].start, end: at, tag: 'n' });
    i--;
  }
  for (let n = 0; i >= 0 && n < 8 && tokens[i].start >= blockStart; i--, n++) {
    const t = tokens[i];
    // Words jieba does not know (x) may glue a preposition to a short form (从市, 项由市), a
    // name to a verb (副市长|张月莲到|医院), and a number's measure word to a name
    // (23|家镇|卫生院): the preposition, the verb, the measure is a stop of its own.
    let cut = -1;
    let cutTag = 'p';
    if (t.tag === 'x' && t.word.length > 1 && !EDGE_STOP_WORDS.has(t.word) && !endsWithZoneKind(t.word)) {
      for (let k = t.word.length - 1; k >= 0 && cut < 0; k--) if (EDGE_STOP_WORDS.has(t.word[k])) cut = k;
    }
    if (
      cut < 0 &&
      i > 0 &&
      tokens[i - 1].tag === 'm' &&
      tokens[i - 1].end === t.start &&
      t.word.length > 1 &&
      COUNT_MEASURES.has(t.word[0])
    ) {
      cut = 0;
      cutTag = 'q';
    }
    if (cut < 0) {
      pieces.push({ text: t.word, start: t.start, end: t.end, tag: t.tag });
      continue;
    }
    if (cut + 1 < t.word.length)
      pieces.push({ text: t.word.slice(cut + 1), start: t.start + cut + 1, end: t.end, tag: 'x' });
    pieces.push({ text: t.word.slice(0, cut + 1), start: t.start, end: t.start + cut + 1, tag: cutTag });
  }
  return withTowns(text, pieces);
}

/**
 * jieba knows few towns and cuts them across their neighbours (莘县|朝|城镇, 烟店|镇前|屯村): a town
 * the text names is one place piece, whatever the tokens; what it cuts off a token stays a piece.
 */
function withTowns(text: string, pieces: Piece[]): Piece[] {
  if (pieces.length === 0) return pieces;
  const from = pieces[pieces.length - 1].start;
  if (!mayNameTown(text, from, pieces[0].end)) return pieces;
  const towns = townSpans(text.slice(from, pieces[0].end)).map((t) => ({
    start: t.start + from,
    end: t.end + from,
  }));
  if (towns.length === 0) return pieces;
  const out: Piece[] = [];
  const piece = (start: number, end: number, tag: string) =>
    out.push({ text: text.slice(start, end), start, end, tag });
  for (const p of pieces) {
    const town = towns.find((t) => t.start < p.end && p.start < t.end);
    if (!town) {
      out.push(p);
      continue;
    }
    if (town.end < p.end) piece(town.end, p.end, 'x');
    if (out[out.length - 1]?.start !== town.start) piece(town.start, town.end, 'ns');
    if (p.start < town.start) piece(p.start, town.start, 'x');
  }
  // 烟店镇|前屯村卫生室: a village between its town and the head is one name (前/f would end it).
  const town = towns[towns.length - 1];
  const at = pieces[0].end;
  if (VILLAGE.test(text.slice(town.end, at))) {
    const rest = out.filter((p) => p.end <= town.end);
    return [{ text: text.slice(town.end, at), start: town.end, end: at, tag: 'nz' }, ...rest];
  }
  return out;
}

const VILLAGE = /^[\u4e00-\u9fff]{1,4}村$/;

/**
 * A body's number written with 〇 or digits (第九六〇, 第960), and the units of the army that
 * number their hospitals so before it (中国人民解放军联勤保障部队, 陆军, 武警).
 */
const NUMBERED_BODY =
  /(?:(?:中国人民解放军|解放军|中国人民武装警察部队|武警)?(?:联勤保障部队|陆军|海军|空军|火箭军)?)第(?=[〇零一二三四五六七八九十百\d]*[〇\d])[〇零一二三四五六七八九十百\d]+$/;
/** A numeral: right before a numbered head in short, it makes the head the end of a longer number. */
const NUMERAL_BEFORE = /[〇零一二三四五六七八九十百\d]/;
/** The longest such prefix: 中国人民解放军联勤保障部队第九六〇. */
const MAX_NUMBERED_PREFIX = 20;

/** An ordinal with a measure counts bodies: 第一家, 第二所, 第三批. */
const ORDINAL_COUNT = /^第.+[家个所批]$/;
/** The numerals that number communities of one area: 群力五社区, 光明二社区. */
const COMMUNITY_NUMERALS = '一二三四五六七八九十';
const COMMUNITY = '社区';
/** Tags of the name a community's numeral follows: 群力/n, 红旗/nr, 光明/nz (新建/ns|三|社区 is a verb). */
const NAME_TAGS = new Set(['n', 'nr', 'nz', 'x', 'j']);

/** Every town suffix (镇, 乡, 街道, 苏木) holds 镇, 乡, 街 or 苏: a text without them names no town. */
function mayNameTown(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x9547 || c === 0x4e61 || c === 0x8857 || c === 0x82cf) return true;
  }
  return false;
}

function toMention(text: string, body: Body, article: ArticlePlace): InstitutionMention {
  const name = text.slice(body.start, body.end);
  return {
    start: body.start,
    end: body.end,
    fields: {
      name,
      canonical: body.listedAfter
        ? listPlace(body.listedAfter, article) + canonicalOf(text, body, article)
        : canonicalOf(text, body, article),
      // A branch is of its parent's kind: 人民银行|扬州市分行 is a government body, 中国科学院|沈阳分院 no hospital.
      category: partyCategory(name, (body.last.head.subUnit ? body.first : body.last).head.category),
    },
    rule: body.first === body.last ? 'institution:head' : 'institution:joined',
  };
}

/** The place a list's first body is named by, as written (柳州市) or expanded (县 -> 东阿县). */
function listPlace(first: Body, where: ArticlePlace): string {
  const { place, short } = first.first;
  if (place !== null) return place;
  return shortFormOf(short!, where.division) ?? short!;
}

/** A democratic party's committee is no government body (民盟杭州市委员会, 致公党青岛市委). */
function partyCategory(name: string, category: InstitutionCategory): InstitutionCategory {
  return DEMOCRATIC_PARTIES.some((party) => name.startsWith(party) || name.endsWith(party))
    ? 'other'
    : category;
}

/** A place name written with its level: 县, 市, 区, 旗. */
const LEVEL_ENDING = /[县市区旗]$/;

/** Whether a division a short form names lies in the article's province (any, when the article has no place). */
function inArticleProvince(division: Division, article: Division | null): boolean {
  if (!article) return true;
  const province = ancestorAt(article, 'province') ?? article;
  return isWithin(division, province) || isWithin(province, division);
}

/** The full name: short forms and places' short forms expanded, abbreviated heads written out. */
function canonicalOf(text: string, body: Body, where: ArticlePlace): string {
  const { first, last } = body;
  const article = where.division;
  let prefix = '';
  let from = first.start;
  if (first.short) {
    // 区妇幼 in an article about a development zone is that zone's.
    const expanded = first.short === '区' && where.zone ? where.zone : shortFormOf(first.short, article);
    if (!expanded) return text.slice(body.start, body.end).replace(/\s+/g, '');
    prefix = expanded;
    from = first.start + first.short.length;
  } else if (first.head.aloneUnlessBefore && first.start === first.end - first.head.head.length) {
    // 市委 alone in an article about 聊城市 is 聊城市委: its first character is a short form.
    const expanded = shortFormOf(first.head.head[0], article);
    if (expanded) {
      prefix = expanded;
      from = first.start + 1;
    }
  } else if (!first.place && text.startsWith(REGION_WORD, first.start) && regionOf(article)) {
    // 自治区人民医院 in a Xinjiang or Guangxi article is the region's, as 省人民医院 is the province's.
    prefix = regionOf(article)!;
    from = first.start + REGION_WORD.length;
  } else if (first.place && isZoneWord(first.place) && where.zones.has(ZONE_KINDS[first.place])) {
    // 度假区润景苑托育驿站 on a page that names 聊城江北水城旅游度假区: the zone in full.
    prefix = where.zones.get(ZONE_KINDS[first.place])!;
    from = first.start + first.place.length;
  } else if (
    first.place &&
    PUBLIC_BODIES.has(last.head.category) &&
    text.startsWith(first.place, first.start)
  ) {
    const division = resolvePlace(first.place, article);
    if (division?.level === 'town') {
      // 刘集镇卫生院 in an article about 东阿县 (or its city): 东阿县刘集镇卫生院; a namesake elsewhere is not guessed.
      const county = ancestorAt(division, 'county');
      if (county && article && (isWithin(division, article) || isWithin(article, county)))
        prefix = county.name;
    } else if (
      // 宜昌二医院 is 宜昌市第二人民医院: a city's numbered hospital in short takes the city in full.
      (division?.level === 'county' || (division?.level === 'city' && first.head.full?.startsWith('第'))) &&
      !first.head.subUnit &&
      // 石河子大学|…附属医院: the place is part of its university's name.
      first.head.category !== 'school' &&
      division.name !== first.place &&
      // 宁南医院 on a Ningxia page is southern Ningxia's (宁南 is a region there), not Sichuan's 宁南县;
      // a place written with its level (彭水县) is that county wherever it lies.
      (LEVEL_ENDING.test(first.place) || inArticleProvince(division, article)) &&
      (division.name.startsWith(first.place) ||
        // 融水县妇幼保健院: an autonomous county by its short name with 县 (融水苗族自治县).
        (first.place.endsWith('县') &&
          division.name.endsWith('自治县') &&
          division.name.startsWith(first.place.slice(0, -1))))
    ) {
      // 东阿中医院 is 东阿县中医医院; a city's short form is part of a name (北京积水潭医院, 聊城医院);
      // a campus is named by its area (沙河院区 is no 沙河市's).
      prefix = division.name;
      from = first.start + first.place.length;
    }
  }
  let rest = text.slice(from, body.end);
  // Write out the abbreviated heads of each joined part.
  for (const c of first === last ? [first] : [last, first]) {
    if (!c.head.full) continue;
    if (c.head.domestic && !(c === first && prefix !== '') && !namedByDivision(text, c)) continue;
    const at = c.end - c.head.head.length - from;
    if (at >= 0) rest = rest.slice(0, at) + c.head.full + rest.slice(at + c.head.head.length);
  }
  const canonical = (prefix + rest).replace(/\s+/g, '');
  // A nickname known across China is itself before any place is written out (瑞金医院, no 瑞金市's).
  return (
    ALIASES.get(canonical) ??
    (prefix ? ALIASES.get(text.slice(body.start, body.end)) : undefined) ??
    canonical
  );
}

/** Whether a head stands right after a place of China or a level: 昆明市|政府, 县|政府 (not 美国|政府, 香港特区|政府). */
function namedByDivision(text: string, c: Candidate): boolean {
  const before = text.slice(c.start, c.end - c.head.head.length);
  if (c.short !== null) return before.endsWith(c.short);
  const place = c.place;
  return (
    place !== null &&
    (isPlaceName(place) || TOWN_LIKE.test(place) || DIVISION_ENDING.test(place)) &&
    before.endsWith(place)
  );
}

/** The autonomous region an article is in (新疆维吾尔自治区), if it is in one. */
function regionOf(article: Division | null): string | null {
  const province = article && ancestorAt(article, 'province');
  return province?.name.endsWith('自治区') ? province.name : null;
}

/**
 * What a 省/市/州/县/区 short form means in an article about `article`: its province; its 市 (a
 * county-level 市 itself, else its city); its autonomous 州; the 县 it is or lies in; the 区 with its city
 * (区人民医院 about 任城区: 济宁市任城区). Null when the article is not of that level or unknown.
 */
function shortFormOf(short: string, article: Division | null): string | null {
  if (!article) return null;
  const level = SHORT_FORMS[short];
  if (level === 'province') return ancestorAt(article, 'province')?.name ?? null;
  if (level === 'city')
    return (
      (article.level === 'county' && article.name.endsWith('市') ? article : cityOf(article))?.name ?? null
    );
  if (level === 'prefecture') {
    // 州 is an autonomous prefecture's (恩施土家族苗族自治州), 地区 and 盟 a prefecture's so named.
    const city = cityOf(article);
    return city?.name.endsWith(short === '州' ? '自治州' : short) ? city.name : null;
  }
  const county = ancestorAt(article, 'county');
  if (!county?.name.endsWith(short)) return null;
  if (level === 'county') return county.name;
  const city = cityOf(county);
  return city && city !== county ? city.name + county.name : county.name;
}

/** Per first two UTF-16 units (one number), the indexes of the known bodies that start with them. */
const KNOWN_BODIES_BY_PAIR = new Map<number, number[]>();
/** Per UTF-16 unit, 1 if a known body starts with it (most units start none). */
const KNOWN_BODY_STARTS = new Uint8Array(0x10000);
/**
 * A bit per hash of the first two units of a known body: their first units are common (中, 国,
 * 新), their pairs rare, and the bit is read faster than the map is asked with a pair's number
 * (beyond V8's small integers).
 */
const KNOWN_BODY_PAIRS = new Uint32Array(0x10000 >>> 5);
for (const [k, known] of KNOWN_BODIES.entries()) {
  const pair = known.name.charCodeAt(0) * 0x10000 + known.name.charCodeAt(1);
  KNOWN_BODY_STARTS[known.name.charCodeAt(0)] = 1;
  const bit = pairHash(known.name.charCodeAt(0), known.name.charCodeAt(1));
  KNOWN_BODY_PAIRS[bit >>> 5] |= 1 << (bit & 31);
  const list = KNOWN_BODIES_BY_PAIR.get(pair);
  if (list) list.push(k);
  else KNOWN_BODIES_BY_PAIR.set(pair, [k]);
}

/** Each known body's mentions in [from, to), body by body in list order, each left to right without overlap. */
function knownBodies(
  text: string,
  tokens: TokenIndex,
  from: number,
  to: number,
  bodies: Body[],
): InstitutionMention[] {
  const hits: { known: number; start: number }[] = [];
  // Made at the first hit: most blocks name no known body.
  let freeFrom: Map<number, number> | undefined;
  // Known bodies have two characters at least: none starts at the last unit (and nothing past the end is read).
  // Each unit is read once, and the pair's bit first: it turns away almost every place at one test.
  let second = from < to ? text.charCodeAt(from) : 0;
  for (let at = from; at < to - 1; at++) {
    const first = second;
    second = text.charCodeAt(at + 1);
    const bit = pairHash(first, second);
    if ((KNOWN_BODY_PAIRS[bit >>> 5] & (1 << (bit & 31))) === 0 || KNOWN_BODY_STARTS[first] === 0) continue;
    const starting = KNOWN_BODIES_BY_PAIR.get(first * 0x10000 + second);
    if (!starting) continue;
    for (const k of starting) {
      const known = KNOWN_BODIES[k];
      const end = at + known.name.length;
      if (end > to || !text.startsWith(known.name, at) || at < (freeFrom?.get(k) ?? 0)) continue;
      hits.push({ known: k, start: at });
      (freeFrom ??= new Map()).set(k, end);
    }
  }
  hits.sort((a, b) => a.known - b.known || a.start - b.start);
  const found: InstitutionMention[] = [];
  for (const { known: k, start } of hits) {
    const known = KNOWN_BODIES[k];
    const end = start + known.name.length;
    if (known.notBefore?.some((w) => text.startsWith(w, end))) continue;
    // 湖人, 顺丰: a name of two characters is one only as whole words (洞庭湖人民, 村民李顺丰说).
    if (known.name.length <= 2 && !(tokens.boundary(start) && tokens.boundary(end))) continue;
    if (bodies.some((b) => b.start < end && start < b.end)) continue;
    // The longer name listed first wins: 中国人民解放军, not its 解放军 too.
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({
      start,
      end,
      fields: { name: known.name, canonical: known.canonical ?? known.name, category: known.category },
      rule: 'institution:known',
    });
  }
  return found;
}
