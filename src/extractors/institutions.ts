// Institutions: named bodies, found by their heads (医院, 疾控中心, 协会 ... from
// src/lexicon/institutions.ts) and the left edge that makes a head one body: places (东阿县铜城街道),
// a proper name (北京积水潭, 东方教育), or a 市/县/区/省 short form (市人民医院). The left edge is
// read over jieba's tokens, right to left, and stops at verbs, prepositions, numbers and
// punctuation. Candidates are then refined in order: sub-units and adjacent bodies join
// (北京积水潭医院聊城医院, 公安局…分局; a 派出所 stays a body of its own), generic kinds are dropped (三级医院, 社区托育驿站),
// and canonical names expand short forms from the place the article names most often (县疾控中心
// in an article about 东阿县 -> 东阿县疾病预防控制中心; 市人民医院 about 临清市 -> 临清市人民医院).

import {
  COUNT_MEASURES,
  EDGE_STOP_WORDS,
  GENERIC_MARKERS,
  GENERIC_MODIFIERS,
  INSTITUTION_ALIASES,
  INSTITUTION_HEADS,
  KNOWN_BODIES,
  NOT_INSTITUTIONS,
  NATIONAL_PREFIXES,
  SHORT_FORMS,
  type InstitutionCategory,
  type InstitutionHead,
} from '../lexicon/institutions.js';
import { AREA_WORDS, ZONE_KINDS, ancestorAt, isPlaceName, isWithin, resolvePlace, type Division } from '../lexicon/places.js';
import type { Token } from '../pipeline/tokenize.js';
import { Finder } from './words.js';
import { firstStartingFrom } from './spans.js';
import { articleZone, cityOf, zonesNamed } from './places.js';
import type { ArticleContext, InstitutionMention } from './types.js';

const HEAD_BY_TEXT = new Map(INSTITUTION_HEADS.map((h) => [h.head, h]));
const HEAD_FINDER = Finder.words(INSTITUTION_HEADS.map((h) => h.head));
const NATIONAL = new Set(NATIONAL_PREFIXES);
/** The longest place name a name may begin with (新疆维吾尔自治区 and longer). */
const LONGEST_PLACE = 12;
/** Towns not in the place list still look like towns. */
const TOWN_LIKE = /^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)$/;
const HAN = /^[\u4e00-\u9fff]+$/;
const ROAD = /[路街巷]$/;
const STOP_TAGS = new Set(['v', 'vd', 'p', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ug', 'ud', 'r', 'rr', 'rz', 'd', 'mq', 'q', 't', 'f', 'y', 'e', 'o', 'a', 'ad', 'w']);
const MAX_NAME = 10;
/** Bodies named after their division (临清烟店镇卫生院 -> 临清市…); a company's 东阿 is a brand. */
const PUBLIC_BODIES = new Set<InstitutionCategory>(['hospital', 'primary_care', 'public_health', 'childcare']);
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
}

export function extractInstitutions(ctx: ArticleContext): InstitutionMention[] {
  const { text, article } = ctx;
  const zones = zonesNamed(text);
  const place: ArticlePlace = { division: ctx.place, zone: articleZone(text.slice(article.start, article.end), zones), zones };
  const mentions: InstitutionMention[] = [];
  for (const block of article.blocks) {
    const heads: { start: number; end: number; head: InstitutionHead }[] = [];
    const line = text.slice(block.start, block.end);
    for (const m of HEAD_FINDER.all(line)) {
      const head = HEAD_BY_TEXT.get(m[0])!;
      const end = block.start + m.index + m[0].length;
      if (head.notBefore?.some((w) => text.startsWith(w, end))) continue;
      heads.push({ start: block.start + m.index, end, head });
    }
    const headEnds = new Set(heads.map((h) => h.end));
    // The left edge never crosses punctuation or white space: the tokens of the head's own
    // jieba block are all it reads.
    const candidates = heads.map((h) => leftEdge(text, ctx.tokens.runAt(h.start - 1)?.tokens ?? [], block.start, h.start, h.end, h.head, headEnds));
    const bodies = join(text, candidates);
    for (const body of bodies) mentions.push(toMention(text, body, place));
    for (const known of knownBodies(text, block.start, block.end, bodies)) mentions.push(known);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

interface Body {
  start: number;
  end: number;
  first: Candidate;
  last: Candidate;
}

/**
 * Join the parts of one body (北京积水潭医院|聊城医院, 中国工商银行 聊城分行, 公安局|…分局) and
 * drop the generic. A part joins the body before it when it starts where that body ends (or,
 * for a branch, after white space in a heading), and names something itself or is a bare head
 * (手机银行 does neither).
 */
function join(text: string, candidates: Candidate[]): Body[] {
  const bodies: Body[] = [];
  for (const c of candidates) {
    const prev = bodies[bodies.length - 1];
    const gap = prev ? text.slice(prev.end, c.start) : null;
    // A bare head right after a body is named by it: 铜城街道办事处|社区卫生服务中心,
    // 爱尔眼科医院|有限公司; a generic part is not (中国工商银行|手机银行).
    const bare = c.start === c.end - c.head.head.length;
    if (prev && !c.head.separate && (c.valid || bare) && (gap === '' || (c.valid && c.head.subUnit && gap !== null && /^\s+$/.test(gap)))) {
      prev.end = c.end;
      prev.last = c;
      continue;
    }
    if (c.valid) bodies.push({ start: c.start, end: c.end, first: c, last: c });
  }
  return bodies;
}

/** Read the left edge of a head: places, then a proper name, or a short form. */
function leftEdge(
  text: string,
  tokens: Token[],
  blockStart: number,
  headStart: number,
  headEnd: number,
  head: InstitutionHead,
  headEnds: Set<number>,
): Candidate {
  const pieces = piecesBefore(text, tokens, blockStart, headStart);
  let start = headStart;
  let place: string | null = null;
  let short: string | null = null;
  const names: string[] = [];
  let nameChars = 0;
  let stoppedAt = -1;
  for (const piece of pieces) {
    if (piece.end !== start) break; // white space between
    if (headEnds.has(piece.end)) break; // the end of another body: joined to it later, unless a separate head stands alone
    const w = piece.text;
    if (!HAN.test(w) || AREA_WORDS.has(w)) break; // 全县乡镇卫生院 is every township hospital of the county
    if (isPlace(w, piece.tag)) {
      place = w;
      start = piece.start;
      continue;
    }
    // A name may begin with a place inside one token (北京积水潭); a development zone has a name
    // of its own before its kind (聊城|江北水城|旅游度假区).
    if (place && !(place in ZONE_KINDS)) break;
    if (w in SHORT_FORMS) {
      short = w;
      start = piece.start;
      const before = text.slice(Math.max(blockStart, piece.start - 2), piece.start);
      // 市、县托育综合服务中心 and 市县 name levels of government, not one body.
      if (/[市县区省]、?$/.test(before)) short = '';
      break;
    }
    if (EDGE_STOP_WORDS.has(w) || STOP_TAGS.has(piece.tag) || ROAD.test(w) || (piece.tag === 'm' && !w.startsWith('第'))) {
      stoppedAt = piece.start;
      break;
    }
    if (nameChars + w.length > MAX_NAME) break;
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
    // 公安局在平区分局: reach back over a short misread gap to the body before.
    for (let at = stoppedAt; at >= Math.max(blockStart, stoppedAt - SUB_UNIT_REACH); at--) {
      if (headEnds.has(at) && at < headStart) {
        if (HAN.test(text.slice(at, start))) {
          names.unshift(text.slice(at, start));
          start = at;
        }
        break;
      }
    }
  }
  return {
    start,
    end: headEnd,
    head,
    place,
    short: short || null,
    valid: isNamed(head, place, short, names, text.slice(start, headEnd)),
  };
}

function isNamed(head: InstitutionHead, place: string | null, short: string | null, names: string[], whole: string): boolean {
  if (short === '') return false;
  if (NOT_INSTITUTIONS.has(whole)) return false;
  if (names.some((n) => GENERIC_MARKERS.test(n))) return false;
  const proper = names.some((n) => !isGeneric(n));
  switch (head.needs) {
    case 'short':
      return (place !== null || short !== null) && names.length === 0;
    case 'named':
      return place !== null || proper;
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
  return isPlaceName(w) || NATIONAL.has(w) || (tag === 'ns' && TOWN_LIKE.test(w));
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
    if (tokens[i].start >= blockStart) pieces.push({ text: text.slice(tokens[i].start, at), start: tokens[i].start, end: at, tag: 'n' });
    i--;
  }
  for (let n = 0; i >= 0 && n < 8 && tokens[i].start >= blockStart; i--, n++) {
    const t = tokens[i];
    // Words jieba does not know (x) may glue a preposition to a short form (从市, 项由市), a
    // name to a verb (副市长|张月莲到|医院), and a number's measure word to a name
    // (23|家镇|卫生院): the preposition, the verb, the measure is a stop of its own.
    let cut = -1;
    let cutTag = 'p';
    if (t.tag === 'x' && t.word.length > 1) {
      for (let k = t.word.length - 1; k >= 0 && cut < 0; k--) if (EDGE_STOP_WORDS.has(t.word[k])) cut = k;
    }
    if (cut < 0 && t.word.length > 1 && COUNT_MEASURES.has(t.word[0]) && i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].tag === 'm') {
      cut = 0;
      cutTag = 'q';
    }
    if (cut < 0) {
      pieces.push({ text: t.word, start: t.start, end: t.end, tag: t.tag });
      continue;
    }
    if (cut + 1 < t.word.length) pieces.push({ text: t.word.slice(cut + 1), start: t.start + cut + 1, end: t.end, tag: 'x' });
    pieces.push({ text: t.word.slice(0, cut + 1), start: t.start, end: t.start + cut + 1, tag: cutTag });
  }
  return pieces;
}

/** Where an article is: its division, the development zone it is about, the zones its page names in full. */
interface ArticlePlace {
  division: Division | null;
  zone: string | null;
  zones: Map<string, string>;
}

function toMention(text: string, body: Body, article: ArticlePlace): InstitutionMention {
  const name = text.slice(body.start, body.end);
  return {
    start: body.start,
    end: body.end,
    fields: { name, canonical: canonicalOf(text, body, article), category: body.last.head.category as InstitutionCategory },
    rule: body.first === body.last ? 'institution:head' : 'institution:joined',
  };
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
  } else if (first.place && first.place in ZONE_KINDS && where.zones.has(ZONE_KINDS[first.place])) {
    // 度假区润景苑托育驿站 on a page that names 聊城江北水城旅游度假区: the zone in full.
    prefix = where.zones.get(ZONE_KINDS[first.place])!;
    from = first.start + first.place.length;
  } else if (first.place && PUBLIC_BODIES.has(last.head.category) && text.startsWith(first.place, first.start)) {
    const division = resolvePlace(first.place, article);
    if (division?.level === 'town') {
      // 刘集镇卫生院 in an article about 东阿县 (or its city): 东阿县刘集镇卫生院; a namesake elsewhere is not guessed.
      const county = ancestorAt(division, 'county');
      if (county && article && (isWithin(division, article) || isWithin(article, county))) prefix = county.name;
    } else if (division?.level === 'county' && division.name !== first.place && division.name.startsWith(first.place)) {
      // 东阿中医院 is 东阿县中医医院; a city's short form is part of a name (北京积水潭医院, 聊城医院).
      prefix = division.name;
      from = first.start + first.place.length;
    }
  }
  let rest = text.slice(from, body.end);
  // Write out the abbreviated heads of each joined part.
  for (const c of first === last ? [first] : [last, first]) {
    if (!c.head.full) continue;
    const at = c.end - c.head.head.length - from;
    if (at >= 0) rest = rest.slice(0, at) + c.head.full + rest.slice(at + c.head.head.length);
  }
  const canonical = (prefix + rest).replace(/\s+/g, '');
  return INSTITUTION_ALIASES[canonical] ?? canonical;
}

/**
 * What a 省/市/县/区 short form means in an article about `article`: its province; its 市 (a
 * county-level 市 itself, else its city); the 县 it is or lies in; the 区 with its city
 * (区人民医院 about 任城区: 济宁市任城区). Null when the article is not of that level or unknown.
 */
function shortFormOf(short: string, article: Division | null): string | null {
  if (!article) return null;
  const level = SHORT_FORMS[short];
  if (level === 'province') return ancestorAt(article, 'province')?.name ?? null;
  if (level === 'city') return (article.level === 'county' && article.name.endsWith('市') ? article : cityOf(article))?.name ?? null;
  const county = ancestorAt(article, 'county');
  if (!county?.name.endsWith(short)) return null;
  if (level === 'county') return county.name;
  const city = cityOf(county);
  return city && city !== county ? city.name + county.name : county.name;
}

function knownBodies(text: string, from: number, to: number, bodies: Body[]): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  const line = text.slice(from, to);
  for (const known of KNOWN_BODIES) {
    for (let at = line.indexOf(known.name); at >= 0; at = line.indexOf(known.name, at + known.name.length)) {
      const start = from + at;
      const end = start + known.name.length;
      if (known.notBefore?.some((w) => text.startsWith(w, end))) continue;
      if (bodies.some((b) => b.start < end && start < b.end)) continue;
      found.push({
        start,
        end,
        fields: { name: known.name, canonical: known.canonical ?? known.name, category: known.category },
        rule: 'institution:known',
      });
    }
  }
  return found;
}
