// People: named human beings. Candidates come from four rules, then every later bare mention
// of a name already found is a mention too (冯书龙表示, 刘毅曾在):
//   credits   bylines and lead credits (■ 金增秀 周长才, 本报讯(鞠圣娇 杨宁宁), …就诊。■ 刘庆功)
//   title     a title or role right before a name (副市长马卫红, 小儿外科主任冯书龙, 患者王龙(化名))
//   profile   a notice that opens with the person (张祁帅,男,汉族,…博平派出所辅警。)
//   known     names found by the rules above, anywhere in the article; credits and profiles
//             of other articles on the page too (a notice and its story share a name)
// A name is a surname from the lexicon and one or two more characters; where it ends is decided
// by jieba's word boundaries and what follows (a verb, 表示, 曾, punctuation). Generic forms of
// address (张大爷, 辛阿姨, 张先生) are never names. When a chain of titles precedes a name
// (聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲), the first body and its last title are
// the main post (主任, 聊城市卫生健康委); otherwise the role is the title nearest the name and the
// org the institution right before that title (or the one 该院 refers to), as the text names it.
// A body someone 就职于/供职于 is their org in every mention of the article that names none.

import { AFTER_NAME_CHARS, AFTER_NAME_WORDS, HONORIFICS, NOT_NAMES, TITLES } from '../lexicon/titles.js';
import { surnameLengthAt } from '../lexicon/surnames.js';
import { parseByline, parseCredits, type BylineName } from '../pipeline/bylines.js';
import type { Article } from '../pipeline/segment.js';
import type { TokenIndex } from '../pipeline/tokenize.js';
import { Finder, wordPattern } from './words.js';
import { lastEndingBy } from './spans.js';
import { sentenceAt, type ArticleContext, type InstitutionMention, type PersonMention } from './types.js';

const TITLE_FINDER = Finder.words(TITLES);
const TITLE_AT_START = new RegExp(`^${wordPattern(TITLES, '').source}`);
const HAN = /^[\u4e00-\u9fff]+$/;
const PUNCTUATION = /[\s,.;:!?()\[\]"'、。“”‘’《》…—·/-]/;
const CLAUSE_BREAK = /[,;:!?。、“”]/;
/** Tags jieba gives to names, or to words it does not know (which names often are). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Tags of words that may follow a name: verbs, adverbs, prepositions, conjunctions. */
const AFTER_TAGS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'ad', 'l', 'i', 'r', 't']);
/** Tags of names jieba recognises as names. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** A notice that opens with the person (张祁帅,男,汉族), or lists people (1.张文华 男 东阿县…). */
const PROFILE = /^(\d{1,2}[.、]\s*)?([\u4e00-\u9fff]{2,4})(?:,|\s+)[男女](?:,|\s|$)/; // [1] list number, [2] name
const PSEUDONYM = /^\s*\(\s*化名\s*\)|^,化名/;
/** How far before a title the org that employs the person may stand. */
const ORG_REACH = 30;

interface Known {
  role: string | null;
  org: string | null;
  pseudonym: boolean;
}

export function extractPeople(ctx: ArticleContext, institutions: InstitutionMention[]): PersonMention[] {
  const { text, article } = ctx;
  const found: PersonMention[] = [];

  for (const block of article.blocks) {
    const lead = block.text.length - block.text.trimStart().length;
    const credits = block.kind === 'byline' ? parseByline(block.text) : parseCredits(block.text);
    if (credits) {
      const base = block.kind === 'byline' ? block.start + lead : block.start;
      for (const c of credits) found.push(creditMention(text, c, base, block.start, institutions));
    }
    if (block.kind === 'byline') continue;
    found.push(...titled(text, ctx.tokens, block.start, block.end, article, institutions));
    found.push(...profiles(text, block.start, block.end, article, institutions));
    found.push(...pseudonymous(text, block.start, block.end));
  }

  const known = new Map<string, Known>();
  for (const [name, k] of pageNames(ctx)) known.set(name, k);
  for (const m of [...found].sort((a, b) => a.start - b.start)) {
    const { name, role, org, pseudonym } = m.fields;
    const before = known.get(name);
    if (!before || m.rule !== 'person:credit') known.set(name, { role: before?.role ?? role, org: before?.org ?? org, pseudonym: pseudonym || !!before?.pseudonym });
  }
  found.push(...bareMentions(text, article, known, found));
  return withEmployers(text, article, dropOverlaps(found), institutions);
}

/** Where someone works now, said of the subject: 现就职于…; 曾就职于 is a past post. */
const EMPLOYED_AT = /(?<!曾|曾经)(?:就职于|供职于|任职于|工作于)$/;

/**
 * A person the text says works at a body (刘毅…现就职于东阿县疾病预防控制中心) has it as org in
 * every mention in the article that names none: the text ties them, wherever it says so.
 */
function withEmployers(text: string, article: Article, people: PersonMention[], institutions: InstitutionMention[]): PersonMention[] {
  const employers = new Map<string, string>();
  for (const body of institutions) {
    if (body.start < article.start || body.end > article.end || !EMPLOYED_AT.test(text.slice(Math.max(0, body.start - 5), body.start))) continue;
    const sentence = sentenceAt(article, body.start);
    const subject = lastEndingBy(people, body.start);
    if (subject && subject.start >= sentence.start && !employers.has(subject.fields.name)) employers.set(subject.fields.name, body.fields.name);
  }
  if (employers.size === 0) return people;
  return people.map((p) => (p.fields.org === null && employers.has(p.fields.name) ? { ...p, fields: { ...p.fields, org: employers.get(p.fields.name)! } } : p));
}

function creditMention(text: string, c: BylineName, base: number, blockStart: number, institutions: InstitutionMention[]): PersonMention {
  const start = base + c.at;
  let org: string | null = null;
  if (c.role !== '作者' && c.role !== '记者' && c.role !== '通讯员') {
    const titleStart = text.lastIndexOf(c.role, start);
    if (titleStart >= blockStart) org = orgBefore(text, titleStart, blockStart, institutions);
  }
  return { start, end: start + c.name.length, fields: { name: c.name, role: c.role, org, pseudonym: false }, rule: 'person:credit' };
}

/** Title + name: 副市长马卫红, 负责人李凤鸣, 康复治疗师张永胜, 患者辛华(化名). */
function titled(text: string, words: TokenIndex, from: number, to: number, article: Article, institutions: InstitutionMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const line = text.slice(from, to);
  for (const m of TITLE_FINDER.all(line)) {
    const titleStart = from + m.index;
    let at = titleStart + m[0].length;
    if (text[at] === ' ') at++;
    const length = nameLengthAt(text, words, at, to);
    if (!length) continue;
    const name = text.slice(at, at + length);
    const title = postBeforeDegree(text, titleStart, m[0]) ?? ranked(text, titleStart, m[0]);
    const post = firstPost(text, title.start, title.title, institutions) ?? {
      role: title.title,
      // 心内科主任、主任医师王建国: the body stands before the first title of the chain.
      org: orgBefore(text, chainStart(text, title.start), article.start, institutions) ?? listedWith(text, title.title, title.start, out),
    };
    out.push({
      start: at,
      end: at + length,
      fields: { name, ...post, pseudonym: PSEUDONYM.test(text.slice(at + length, at + length + 6)) },
      rule: 'person:title',
    });
    // 专家组成员张伟、李娜、王磊: the names listed after a titled one share its title.
    for (let end = at + length, next = 0; text[end] === '、' && (next = nameLengthAt(text, words, end + 1, to)); end += 1 + next) {
      out.push({ start: end + 1, end: end + 1 + next, fields: { name: text.slice(end + 1, end + 1 + next), ...post, pseudonym: false }, rule: 'person:title' });
    }
  }
  return out;
}

/** A notice about a person opens with the name and sex: 张祁帅,男,汉族,…博平派出所辅警。 */
/** 张某(化名), 王女士(化名), 小李(化名): only a pseudonym makes these forms of address a person. */
const PSEUDONYMOUS = /([\u4e00-\u9fff](?:某某|某|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷)|[小老][\u4e00-\u9fff])\s*\(\s*化名/g;

function pseudonymous(text: string, from: number, to: number): PersonMention[] {
  const line = text.slice(from, to);
  if (!line.includes('化名')) return [];
  const out: PersonMention[] = [];
  for (const m of line.matchAll(PSEUDONYMOUS)) {
    const name = m[1];
    if (surnameLengthAt(name, name[0] === '小' || name[0] === '老' ? 1 : 0) !== 1) continue;
    const start = from + m.index;
    out.push({ start, end: start + name.length, fields: { name, role: titleEndingAt(text, start), org: null, pseudonym: true }, rule: 'person:pseudonym' });
  }
  return out;
}

function profiles(text: string, from: number, to: number, article: Article, institutions: InstitutionMention[]): PersonMention[] {
  const m = PROFILE.exec(text.slice(from, to));
  if (!m || !isPlausibleName(m[2])) return [];
  const title = lastTitle(text.slice(from, to));
  const org = title ? orgBefore(text, from + title.at, article.start, institutions) : null;
  const start = from + (m[1]?.length ?? 0);
  return [{ start, end: start + m[2].length, fields: { name: m[2], role: title?.title ?? null, org, pseudonym: false }, rule: 'person:profile' }];
}

/** The post a profile ends its first sentence with (…派出所辅警。). */
function lastTitle(block: string): { title: string; at: number } | null {
  const stop = block.indexOf('。');
  const sentence = stop < 0 ? block : block.slice(0, stop);
  let last: { title: string; at: number } | null = null;
  for (const t of TITLE_FINDER.all(sentence)) last = { title: t[0], at: t.index };
  return last;
}

/** Later mentions of a known name, without a title: 冯书龙表示, 刘毅曾在, 马卫红说. */
function bareMentions(text: string, article: Article, known: Map<string, Known>, found: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const body = text.slice(article.start, article.end);
  const taken = new Uint8Array(body.length);
  for (const m of found) taken.fill(1, m.start - article.start, m.end - article.start);
  for (const [name, k] of known) {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      if (HONORIFICS.some((h) => body.startsWith(h, end))) continue;
      taken.fill(1, at, end);
      out.push({ start: article.start + at, end: article.start + end, fields: { name, role: k.role, org: k.org, pseudonym: k.pseudonym }, rule: 'person:known' });
    }
  }
  return out;
}

/**
 * Names the page states in credits and profiles, for every article of it. Computed once per
 * page: the extractor runs per article, and these rules need no tokens.
 */
let pageCache: { text: string; articles: Article[]; names: Map<string, Known> } | null = null;

function pageNames(ctx: ArticleContext): Map<string, Known> {
  if (pageCache && pageCache.text === ctx.text && pageCache.articles === ctx.articles) return pageCache.names;
  const names = new Map<string, Known>();
  for (const article of ctx.articles) {
    for (const block of article.blocks) {
      const credits = block.kind === 'byline' ? parseByline(block.text) : parseCredits(block.text);
      for (const c of credits ?? []) {
        if ([...c.name].length >= 3 && !names.has(c.name)) names.set(c.name, { role: c.role, org: null, pseudonym: false });
      }
      const m = block.kind === 'byline' ? null : PROFILE.exec(block.text);
      if (m && isPlausibleName(m[2]) && !names.has(m[2])) names.set(m[2], { role: lastTitle(block.text)?.title ?? null, org: null, pseudonym: false });
    }
  }
  pageCache = { text: ctx.text, articles: ctx.articles, names };
  return names;
}

/**
 * Length of the name that starts at `at`, or 0: a surname, then one or two characters that end
 * on a word boundary and are followed by what follows names.
 */
function nameLengthAt(text: string, words: TokenIndex, at: number, limit: number): number {
  const surname = surnameLengthAt(text, at);
  if (!surname) return 0;
  if (HONORIFICS.some((h) => text.startsWith(h, at + surname))) return 0;
  for (let n = 2; n <= 4; n++) if (NOT_NAMES.has(text.slice(at, at + n))) return 0;
  if (startsTitle(text, at)) return 0;
  for (const given of [2, 1]) {
    const end = at + surname + given;
    if (end > limit) continue;
    const name = text.slice(at, end);
    if (!HAN.test(name)) continue;
    if (given === 2 && AFTER_NAME_CHARS.has(name[name.length - 1])) continue;
    if (!(words.boundary(end) || gluedToVerb(text, words, at, end)) || isCommonWord(words, at, end)) continue;
    if (followsName(text, words, end, limit) || allTagged(words, at, end, PERSON_TAGS)) return end - at;
  }
  return 0;
}

/**
 * jieba glues an unknown name, or its last characters, to the one-character verb after it
 * (副市长|张月莲到|医院, 欧阳明|辉说): the name ends inside that unknown word, where a character
 * that follows names begins.
 */
function gluedToVerb(text: string, words: TokenIndex, at: number, end: number): boolean {
  if (!AFTER_NAME_CHARS.has(text[end])) return false;
  for (let from = end - 1; from >= at; from--) {
    const t = words.startingAt(from);
    if (t) return t.tag === 'x' && t.end === end + 1;
  }
  return false;
}

function followsName(text: string, words: TokenIndex, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const next = text[end];
  if (PUNCTUATION.test(next) || AFTER_NAME_CHARS.has(next)) return true;
  if (AFTER_NAME_WORDS.some((w) => text.startsWith(w, end))) return true;
  if (startsTitle(text, end)) return false;
  const tag = words.startingAt(end)?.tag;
  return tag !== undefined && AFTER_TAGS.has(tag);
}

function startsTitle(text: string, at: number): boolean {
  return TITLE_AT_START.test(text.slice(at, at + 6));
}

function isPlausibleName(name: string): boolean {
  const surname = surnameLengthAt(name, 0);
  const given = name.length - surname;
  return surname > 0 && given >= 1 && given <= 2 && !HONORIFICS.some((h) => name.slice(surname).startsWith(h));
}

/**
 * In a chain of posts (聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲) the first body and
 * its last title are the person's main post: 主任 of 聊城市卫生健康委. Null when the title
 * before the name is not the end of such a chain.
 */
function firstPost(text: string, titleStart: number, title: string, institutions: InstitutionMention[]): { role: string; org: string } | null {
  const own = lastEndingBy(institutions, titleStart);
  let at = own && own.end === titleStart ? own.start : titleStart;
  if (text[at - 1] !== ',' && text[at - 1] !== '、') return null;
  // 莘县卫生健康局党组书记、局长吴建军: the title before the name ends the first body's chain itself.
  const inChain = at === titleStart && text[at - 1] === '、';
  at--;
  const role = titleEndingAt(text, at);
  if (!role) return null;
  at = chainStart(text, at - role.length);
  const first = lastEndingBy(institutions, at);
  return first && first.end === at ? { role: inChain ? title : role, org: affiliation(institutions, first) } : null;
}

/** Professional ranks written before a profession: 副主任康复治疗师, 主管药师. */
const RANKS = ['副主任', '主任', '主管', '副高级', '高级'];
/** Qualifiers of any post: 常务副院长, 一级调研员. */
const POST_QUALIFIERS = ['常务', '一级', '二级', '三级', '四级'];

/** The title with the rank or qualifier before it, when it has one. */
function ranked(text: string, titleStart: number, title: string): { title: string; start: number } {
  const rank =
    (title.endsWith('师') ? RANKS.find((r) => !title.startsWith(r) && text.startsWith(r, titleStart - r.length)) : undefined) ??
    POST_QUALIFIERS.find((q) => text.startsWith(q, titleStart - q.length));
  return rank ? { title: rank + title, start: titleStart - rank.length } : { title, start: titleStart };
}

/** Where a chain of titles before a name starts: 主任、主任医师王建国 -> at 主任. */
function chainStart(text: string, titleStart: number): number {
  let at = titleStart;
  for (let before = titleEndingAt(text, at - 1); text[at - 1] === '、' && before; before = titleEndingAt(text, at - 1)) at -= before.length + 1;
  return at;
}

/**
 * 冠县中医医院院长陈卫东、党委书记马立新: a post listed right after another person's name is of
 * the same body; after a comma only the same post one rank down (局长吴建军,副局长郑丽).
 */
function listedWith(text: string, title: string, titleStart: number, before: PersonMention[]): string | null {
  const previous = before[before.length - 1];
  if (!previous || previous.end !== titleStart - 1) return null;
  const separator = text[titleStart - 1];
  const samePost = previous.fields.role !== null && basePost(previous.fields.role) === basePost(title);
  return separator === '、' || (separator === ',' && samePost) ? previous.fields.org : null;
}

/** 常务副院长 -> 院长. */
function basePost(title: string): string {
  return title.replace(/^(?:常务)?副/, '');
}

const DEGREES = new Set(['博士', '硕士']);

/**
 * 骨科副主任医师、医学博士陈志刚: a degree is no post; the title before it in the chain is the
 * role (with where it stands, for the org).
 */
function postBeforeDegree(text: string, degreeStart: number, degree: string): { title: string; start: number } | null {
  if (!DEGREES.has(degree)) return null;
  const comma = text.lastIndexOf('、', degreeStart);
  if (comma < 0 || degreeStart - comma > 5) return null;
  const title = titleEndingAt(text, comma);
  return title ? { title, start: comma - title.length } : null;
}

/**
 * An institution and the bodies of its kind written right before it, as one post, as written:
 * 聊城市公安局茌平区分局博平派出所 (健康报聊城市人民医院通讯员 is the hospital's correspondent).
 * Not the canonical name: the contract's org is the body the text names (聊城市卫生健康委), and
 * the institution record at the same place carries its full name.
 */
function affiliation(institutions: InstitutionMention[], last: InstitutionMention): string {
  let org = last.fields.name;
  let start = last.start;
  for (let prev = lastEndingBy(institutions, start); prev && prev.end === start && prev.fields.category === last.fields.category; prev = lastEndingBy(institutions, start)) {
    org = prev.fields.name + org;
    start = prev.start;
  }
  return org;
}

/** The longest title that ends just before `at`. */
function titleEndingAt(text: string, at: number): string | null {
  let best: string | null = null;
  for (const t of TITLES) if (t.length > (best?.length ?? 0) && text.startsWith(t, at - t.length)) best = t;
  return best;
}

/**
 * The institution a title belongs to: the nearest institution mention between the start of the
 * clause and the title (东昌府区妇幼保健院小儿外科主任), or the body 该院 refers to.
 */
function orgBefore(text: string, titleStart: number, articleStart: number, institutions: InstitutionMention[]): string | null {
  let clauseStart = titleStart;
  while (clauseStart > articleStart && titleStart - clauseStart < ORG_REACH && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
  const nearest = lastEndingBy(institutions, titleStart);
  if (nearest && nearest.start >= clauseStart) return affiliation(institutions, nearest);
  const anaphor = /该(院|中心|局|站|所)/.exec(text.slice(clauseStart, titleStart));
  if (!anaphor) return null;
  // 该院 is the last 院 named before it, not a bureau named in between (县卫健局局长…。该院院长…).
  const at = clauseStart + anaphor.index;
  let referent: InstitutionMention | null = null;
  for (const body of institutions) {
    if (body.end > at) break;
    if (body.start >= articleStart && body.fields.name.endsWith(anaphor[1])) referent = body;
  }
  return referent?.fields.name ?? null;
}

function dropOverlaps(mentions: PersonMention[]): PersonMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/** [start, end) is made of whole tokens, every one tagged with one of `tags`. */
function allTagged(words: TokenIndex, start: number, end: number, tags: Set<string>): boolean {
  for (let at = start; at < end; ) {
    const t = words.startingAt(at);
    if (!t || t.end > end || !tags.has(t.tag)) return false;
    at = t.end;
  }
  return true;
}

/** [start, end) is one dictionary word that is not a name (信任, 关心, 劳务). */
function isCommonWord(words: TokenIndex, start: number, end: number): boolean {
  const t = words.startingAt(start);
  return t !== undefined && t.end === end && !NAME_TAGS.has(t.tag);
}
