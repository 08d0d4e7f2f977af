// People: named human beings. Candidates come from the rules below, each a kind of evidence,
// then every later bare mention of a name already found is a mention too (冯书龙表示, 刘毅曾在):
//   credits      bylines, datelines and captions (■ 金增秀 周长才, 本报6月24日讯(记者 …),
//                来源:… 作者:…, (王敏 李强 记者 赵刚), 健康网王敏 摄, 编辑:…责编:…)
//   title        a title or role right before a name (副市长马卫红, 小儿外科主任冯书龙, 会长的杨某)
//   title-after  a title right after the name (李红教授, 钱文博院长, 张伟、李娜等专家, 石建军、樊洋两位医生)
//   speaker      a speech verb after a name jieba reads as one (“……”韦桂兰说)
//   appointed    a verb or the copula that gives a name jieba reads as one its post
//                (韩晓梅出任首任院长, 严丽华是县中医院的护士长)
//   name-then-posts  a line of a name and its posts (龙启明 市委副书记、常务副市长), or an item of a
//                list in a sentence (获表彰的有:张永海 某某医院院长、主任医师,…)
//   leading      a name in 在…的带领下 (在柯晓敏的带领下)
//   named        a name after 名叫 (一位名叫岳东山的老人)
//   appointed-by a name a body appoints or elects (任命邬建刚为市公安局局长, 选举X为…, 免去X的…)
//   expert-line  a line of a body and a name (四川大学华西医院龚建明)
//   aged, introduced, bracketed, paired, labelled
//                73岁的鲍玉珍; 蔺志强,主任医师; 吴晓军(化名), 伍建平(右); 甘雨泽/韩思琪; 邓晓梅:……
//   prize-winner a name that opens a clause and wins a prize (其中王莹莹获得女子70公斤级冠军)
//   listed       names joined by 、, 和, 与 to a name found in the block (李红、张建华教授)
//   profile      a notice that opens with the person (张祁帅,男,汉族,…博平派出所辅警。)
//   known        names found by the rules above, anywhere in the article; credits and profiles
//                of other articles on the page too (a notice and its story share a name)
// A name is a surname from the lexicon and one or two more characters; where it ends is decided
// by jieba's word boundaries and what follows (a verb, 表示, 曾, punctuation). Names of ethnic
// minorities (扎西顿珠, 阿卜杜拉·艾力) need no surname; foreign names only next to a foreign post
// (总统特朗普). Generic forms of address (张大爷, 辛阿姨, 张先生) are never names. When a chain of
// titles precedes a name (聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲), the first body
// and its last title are the main post (主任, 聊城市卫生健康委), and a government post outranks a
// party one (局长、党组书记谭建平: 局长); otherwise the role is the title nearest the name and the
// org the institution right before that title (or the one 该院 refers to), as the text names it.
// A body someone 就职于/供职于 is their org in every mention of the article that names none.

import {
  ADDRESS_AFTER_NAME,
  AFTER_NAME_CHARS,
  AFTER_DEPUTY,
  AFTER_NAME_WORDS,
  APPOINTMENT_VERBS,
  BODY_ENDINGS,
  NOT_NAME_ENDINGS,
  GIVEN_NAME_ENDINGS,
  FOREIGN_POSTS,
  HONORIFICS,
  KIN_WORDS,
  LABELS,
  MINORITY_NAME_PARTS,
  NOT_NAMES,
  PARTY_POSTS,
  RANKS_AFTER_COMMA,
  SPEECH_VERBS,
  RELATIONS,
  SUBJECT_ROLES,
  TITLES,
  TITLE_SET,
  DEPUTY_AFTER_NAME,
  DOTTED_NAME_CUES,
  TEAM_WORDS,
  TITLES_AFTER_NAME,
  TRANSLITERATION_CHARS,
  COUNTRY_NAMES,
  WEAK_TITLES_AFTER_NAME,
} from '../lexicon/titles.js';
import {
  dropOverlaps,
  firstStartingFrom,
  isAsciiDigit,
  isWhiteSpace,
  lastEndingBy,
  type Span,
} from '../basics.js';
import { isPlaceName } from '../lexicon/places.js';
import { startsWithCommonSurname, surnameLengthAt } from '../lexicon/surnames.js';
import { PRESS_ROLES, type BylineName } from '../pipeline/bylines.js';
import type { Article, Block } from '../pipeline/segment.js';
import type { Token, TokenIndex } from '../pipeline/tokenize.js';
import { Finder, FinderGroup, isHanSpan, wordPattern } from './words.js';
import { sentenceAt, type ArticleContext, type InstitutionMention, type PersonMention } from './types.js';

const TITLE_FINDER = Finder.words(TITLES);
/** A title, tried where it may start (sticky: no slice of the text to try it on). */
const TITLE_HERE = wordPattern(TITLES, 'y');
/**
 * Titles of six units at most, tried where one may start: what TITLE_HERE finds in a window of
 * six units (most positions start no title: their first two units tell).
 */
const SHORT_TITLES = Finder.words(TITLES.filter((t) => t.length <= 6));
/** Titles after a name, tried where one may start. */
const TITLES_AFTER = Finder.words(TITLES_AFTER_NAME);
/** A body's decision that names its appointee: 任命邬建刚为市公安局局长, 免去柯立新的…职务. */
const APPOINTING = ['任命', '选举', '推选', '聘任', '提名', '免去'];
/** What introduces someone's name: 一位名叫岳东山的老人, 老人名叫岳东山. */
const NAMED = '名叫';
/** 名叫 and the plain 叫 after a count of one person (一个叫央金的女子, 一位叫王强的老人). */
const NAMED_CUES = [NAMED, '个叫', '位叫'];
/** What someone who leads, guides or helps does, in 在柯晓敏的带领下. */
const LEADING_WORDS = ['带领', '领导', '指导', '帮助', '组织', '陪同', '关心', '支持', '鼓励'];
/** 在柯晓敏的带领下: the name between 在 and 的…下. */
const LED_BY = new RegExp(`在([\\u4e00-\\u9fff]{2,4})的(?:${LEADING_WORDS.join('|')})下`, 'g');
/** What ends every LED_BY: 带领下, 指导下. */
const LED_CUES = new Set(LEADING_WORDS.map((w) => `${w}下`));
/** What joins the parts of a transliterated name (阿卜杜拉·艾力). */
const NAME_DOT_MARK = '·';
/** What every pseudonym's bracket holds, and what every age before a name ends with (73岁的). */
const PSEUDONYM_CUE = '化名';
const AGE_CUE = '岁的';
/** An athlete's role, after the comma of an introduction (于洋,羽毛球运动员). */
const ATHLETE_ROLES = ['运动员', '队员', '选手', '教练员'];
/** What an introduction gives after its comma: a rank or an athlete's role. */
const INTRODUCING_WORDS = new Set([...RANKS_AFTER_COMMA, ...ATHLETE_ROLES]);
/** What a clause says an athlete won (王莹莹获得女子70公斤级冠军, 柳雅欣摘得金牌). */
const PRIZES = new Set(['冠军', '亚军', '季军', '金牌', '银牌', '铜牌']);
/** Verbs of winning a prize, right after the name that opens the clause. */
const WINNING = /^(?:获得|获|夺得|摘得|斩获|赢得|勇夺|问鼎|收获|摘取|夺取)/;
/** Words that may open a clause before its subject (其中王莹莹获得…, 此外柳雅欣…). */
const CLAUSE_OPENERS = ['其中', '此外', '另外', '同时', '最终', '随后', '而'];
/** How far before a prize a winner's clause may start. */
const PRIZE_REACH = 30;
/**
 * The words the rules of a block look for, found in one pass over the block: a rule whose
 * words the block lacks has nothing to read. No word of the last two lists overlaps 名叫, 个叫, 位叫,
 * ·, 化名 or 岁的, so every place where one of those stands is found (of the others, whether one
 * stands is all that is read).
 */
const BLOCK_WORDS = FinderGroup.words([
  TITLES,
  [...TITLES_AFTER_NAME, DEPUTY_AFTER_NAME],
  [...SPEECH_VERBS, ...TEAM_WORDS],
  APPOINTMENT_VERBS,
  APPOINTING,
  [...NAMED_CUES, ...LED_CUES, NAME_DOT_MARK],
  [PSEUDONYM_CUE, AGE_CUE, ...INTRODUCING_WORDS, ...PRIZES],
]);
/** What may stand between an appointment verb and the post: 首任院长, 一名乡村医生. */
const POST_OPENERS = /^(?:首任|新任|第一任|一名|一位|名)/;
/**
 * What may stand between a body and the post in it: 我院骨科的一名护士, 县人民医院的护士长; or
 * between the copula and a post held for someone: 是孙颖莎的另一位启蒙教练.
 */
const POST_IN_BODY =
  /^(?:我院|该院|本院)?(?:[\u4e00-\u9fff]{1,5}?[科室]|[\u4e00-\u9fff]{2,4}?(?=的))?的?另?(?:一名|一位)?/;
const MINORITY_NAME_PART = new RegExp(`^${wordPattern(MINORITY_NAME_PARTS, '').source}`);
/** A transliterated name: 阿卜杜拉·艾力, 买买提·吐尔逊. */
// 何塞·安东尼奥·梅亚德: a Western name may have three parts.
const DOTTED_NAME = /^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}/;
/** What may stand right before a speaker's name: the start of a clause, or 据 (据王建华介绍). */
const BEFORE_SPEAKER = /[\s,;:!?。、“”"(]|据$/;
/** An adverb that opens a clause before its speaker: 随后王建军强调, 会上李红指出. */
const CLAUSE_ADVERB_BEFORE = /(?:^|[\s,;:!?。“”"(])(?:随后|会上|会议上|最后|同时|对此|其间|随即|接着)$/;
/** …and before a team's head, a preposition too (由邬晓明课题组牵头, 与张伟团队合作). */
const BEFORE_TEAM = /[\s,;:!?。、“”"(]|[据由与和同跟在]$/;
/**
 * Prepositions, conjunctions and modal verbs that are surnames too (向, 和, 由, 于, 应): a name that
 * starts with one needs more evidence (局长向大家介绍, 专家和高级主任医师, 司机于昨日, 病人应尽早).
 */
const FUNCTION_CHARS = new Set([...'和与及在对向为被由请让给把同跟将从经据任于应']);
/** Of those, the prepositions seldom a surname (由, 对, 被): before a surname and a post, no name. */
const PREPOSITIONS_NOT_SURNAMES = new Set([...'由对被把让给请据在与及为']);
/** Of those, the ones that start a clause's verb phrase (于昨日, 应尽早, 应多休息). */
const MODAL_SURNAMES = new Set([...'于应']);
/** What follows 应 or 于 in a verb phrase, never a given name alone: 应多, 应当, 应再. */
const MODAL_FOLLOWERS = new Set([...'多少该当要能可会以已将再先需须']);
/** A line that is an expert's body and name and nothing else (四川大学华西医院龚建明). */
const EXPERT_LINE_MAX = 40;
const PUNCTUATION = /[\s,.;:!?()[\]"'、。“”‘’《》…—·/-]/;
/** The marks of PUNCTUATION, by unit: one character is looked up faster than a pattern runs on it. */
const PUNCTUATION_MARKS = unitTable(',.;:!?()[]"\'、。“”‘’《》…—·/-');
const CLAUSE_BREAKS = unitTable(',;:!?。、“”');
/** Tags jieba gives to names, or to words it does not know (which names often are). */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
/** Tags of words that may follow a name: verbs, adverbs, prepositions, conjunctions, places (家中, 身边). */
const AFTER_TAGS = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'ad', 'l', 'i', 'r', 't', 's']);
/** Tags of function words: adverbs, pronouns, prepositions, conjunctions, numbers, times. */
const FUNCTION_WORD_TAGS = new Set(['d', 'r', 'p', 'c', 'm', 'q', 'f', 't', 'u', 'ul', 'uj', 'uz']);
/** Tags of pronouns, adverbs, conjunctions and prepositions: after a surname jieba reads as one of them, no given name (都|这么). */
const PRONOUN_LIKE_TAGS = new Set(['r', 'd', 'c', 'p']);
/** Tags of verbs and adjectives. */
const VERB_TAGS = new Set(['v', 'vd', 'vi', 'a', 'ad']);
/** Tags of names jieba recognises as names. */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);
/** A notice that opens with the person (张祁帅,男,汉族), or lists people (1.张文华 男 东阿县…). */
const PROFILE = /^(\d{1,2}[.、]\s*)?([\u4e00-\u9fff]{2,4})(?:,|\s+)[男女](?:,|\s|$)/; // [1] list number, [2] name
const PSEUDONYM = /^\s*\(\s*化名\s*\)|^,化名/;
/** The longest dictionary word a title may hide in (人大常委会). */
const MAX_WORD = 8;
/** The longest minority name read without a dot: two parts of four characters (阿布力孜艾合买提). */
const MAX_MINORITY_NAME = 8;
/** The longest dotted name read: three parts of six characters and their dots. */
const MAX_DOTTED_NAME = 20;
/** The longest transliterated name read without a dot (古特雷斯, 泽连斯基). */
const MAX_TRANSLITERATED = 5;
/** Words that point back (此访, 该国, 其间): what they open after a post is no name. */
const DEMONSTRATIVES = new Set([...'此这该本其那每各']);
/** How many characters may qualify a title inside brackets before the name: (原审被告人)张兴财. */
const BRACKETED_TITLE_QUALIFIER = 3;
/** The longest aside in brackets between a title and its name: (会计主管人员), (主持工作). */
const MAX_TITLE_ASIDE = 10;
/** How much of a body's head a title may hold (市委 of 市委书记). */
const MAX_HEAD_IN_TITLE = 2;
/** How far before a title the org that employs the person may stand. */
const ORG_REACH = 30;

/** A name found on the page or the article, with what it says of the person. */
export interface Known {
  role: string | null;
  org: string | null;
  pseudonym: boolean;
}

export function extractPeople(ctx: ArticleContext, institutions: InstitutionMention[]): PersonMention[] {
  const { text, article } = ctx;
  const found: PersonMention[] = [];

  for (let k = 0; k < article.blocks.length; k++) {
    const block = article.blocks[k];
    const credits = block.credits;
    if (credits) {
      // A byline's offsets count from its first character.
      const base =
        block.kind === 'byline'
          ? block.start + block.text.length - block.text.trimStart().length
          : block.start;
      for (const c of credits) found.push(creditMention(text, c, base, block.start, institutions));
    }
    if (block.kind === 'byline') continue;
    // The block's text, which most rules read: sliced once.
    const line = text.slice(block.start, block.end);
    // Found in the text itself (a block ends at a line break, which no word holds): faster than in the line.
    const [titles, titlesAfter, speech, appointments, decisions, nameMarks, cues] = BLOCK_WORDS.all(
      text,
      block.start,
      block.end,
    );
    add(found, titled(text, ctx.tokens, block.start, block.end, article, institutions, titles));
    add(found, titledAfter(text, ctx.tokens, block.start, block.end, article, institutions, titlesAfter));
    add(found, speakers(text, ctx.tokens, block.start, institutions, speech));
    add(found, appointed(text, ctx.tokens, block.start, institutions, appointments));
    add(found, leading(text, ctx.tokens, block.start, line, nameMarks));
    add(found, named(text, ctx.tokens, block.start, block.end, nameMarks));
    add(found, appointedBy(text, ctx.tokens, block.start, block.end, line, institutions, decisions));
    add(found, expertLine(text, ctx.tokens, block.start, line, institutions));
    add(found, aged(text, ctx.tokens, block.start, block.end, line, cues));
    add(found, introduced(text, ctx.tokens, block.start, line, cues));
    add(found, prizeWinners(text, ctx.tokens, block.start, cues));
    add(found, bracketed(text, ctx.tokens, block.start, line, institutions));
    add(found, paired(text, ctx.tokens, block.start, block.end, line));
    add(found, labelled(text, ctx.tokens, block.start, line));
    add(found, nameThenPosts(block.start, line, article.blocks[k + 1], text, institutions));
    add(found, listedWithPosts(block.start, line, institutions));
    add(found, profiles(text, block.start, line, article, institutions));
    add(found, pseudonymous(text, block.start, line, cues));
    add(found, listedBeside(text, ctx.tokens, block.start, block.end, found, institutions));
    add(found, nameLists(text, ctx.tokens, block.start, block.end, line));
    add(found, dottedAfterCue(text, ctx.tokens, block.start, block.end, nameMarks));
  }

  // What the article says of a name, over what the page says: a map of the article's own (a copy
  // of the page's per article cost more than the few names it adds).
  const pageKnown = ctx.page.names;
  const articleKnown = new Map<string, Known>();
  for (const m of [...found].sort((a, b) => a.start - b.start)) {
    const { name, role, org, pseudonym } = m.fields;
    const before = articleKnown.get(name) ?? pageKnown.get(name);
    if (!before || m.rule !== 'person:credit')
      articleKnown.set(name, {
        role: before?.role ?? role,
        org: before?.org ?? org,
        pseudonym: pseudonym || !!before?.pseudonym,
      });
  }
  add(found, bareMentions(text, article, pageKnown, articleKnown, found, institutions));
  return withEmployers(text, article, withKnownRoles(dropOverlaps(withFullNames(text, found))), institutions);
}

/** Appends `mentions` to `found` (a spread call costs more, and most rules find none in a block). */
function add(found: PersonMention[], mentions: readonly PersonMention[]): void {
  for (let i = 0; i < mentions.length; i++) found.push(mentions[i]);
}

/**
 * A mention's name as the article gives it elsewhere: cut short where jieba read the end of a name
 * into the next word (国医大师唐祖|宣传|承), it takes the longer name when the text holds it there
 * (唐祖宣); with a preposition glued before it (同廷觉总统), it drops the preposition.
 */
function withFullNames(text: string, found: PersonMention[]): PersonMention[] {
  const names = new Set(found.map((m) => m.fields.name));
  return found.map((m) => {
    const name = m.fields.name;
    // 同|廷觉总统: a preposition glued to a name the article gives elsewhere (总统廷觉将于…) is no part of it.
    if (FUNCTION_CHARS.has(name[0]) && names.has(name.slice(1)))
      return { ...m, start: m.start + 1, fields: { ...m.fields, name: name.slice(1) } };
    for (const longer of names)
      if (longer.length > name.length && longer.startsWith(name) && text.startsWith(longer, m.start))
        return { ...m, end: m.start + longer.length, fields: { ...m.fields, name: longer } };
    return m;
  });
}

/**
 * A mention without a role takes the role (and org) the article gives the name elsewhere
 * (四川大学华西医院龚建明 … 龚建明教授说; a speaker, 冯书龙表示, named with a title before), and a
 * credit's 作者 a press role the article gives it (作者:王敏 … (记者 王敏)).
 */
function withKnownRoles(people: PersonMention[]): PersonMention[] {
  const roles = new Map<string, PersonMention['fields']>();
  for (const p of people)
    if (p.fields.role !== null && p.fields.role !== '作者' && !roles.has(p.fields.name))
      roles.set(p.fields.name, p.fields);
  return people.map((p) => {
    const known = roles.get(p.fields.name);
    if (!known || !(p.fields.role === null || (p.fields.role === '作者' && PRESS_ROLES.has(known.role!))))
      return p;
    return { ...p, fields: { ...p.fields, role: known.role, org: p.fields.org ?? known.org } };
  });
}

/** Where someone works now, said of the subject: 现就职于…; 曾就职于 is a past post. */
const EMPLOYED_AT = /(?<!曾|曾经)(?:就职于|供职于|任职于|工作于)$/;

/**
 * A person the text says works at a body (刘毅…现就职于东阿县疾病预防控制中心) has it as org in
 * every mention in the article that names none: the text ties them, wherever it says so.
 */
function withEmployers(
  text: string,
  article: Article,
  people: PersonMention[],
  institutions: InstitutionMention[],
): PersonMention[] {
  const employers = new Map<string, string>();
  for (const body of institutions) {
    if (
      body.start < article.start ||
      body.end > article.end ||
      !EMPLOYED_AT.test(text.slice(Math.max(0, body.start - 5), body.start))
    )
      continue;
    const sentence = sentenceAt(article, body.start);
    const subject = lastEndingBy(people, body.start);
    if (subject && subject.start >= sentence.start && !employers.has(subject.fields.name))
      employers.set(subject.fields.name, body.fields.name);
  }
  if (employers.size === 0) return people;
  return people.map((p) =>
    p.fields.org === null && employers.has(p.fields.name)
      ? { ...p, fields: { ...p.fields, org: employers.get(p.fields.name)! } }
      : p,
  );
}

function creditMention(
  text: string,
  c: BylineName,
  base: number,
  blockStart: number,
  institutions: InstitutionMention[],
): PersonMention {
  const start = base + c.at;
  let org: string | null = c.org ?? null;
  if (!PRESS_ROLES.has(c.role)) {
    const titleStart = text.lastIndexOf(c.role, start);
    if (titleStart >= blockStart) org = orgBefore(text, titleStart, blockStart, institutions);
  }
  const end = start + c.name.length + (c.spaced ? 1 : 0);
  return { start, end, fields: { name: c.name, role: c.role, org, pseudonym: false }, rule: 'person:credit' };
}

/** Title + name: 副市长马卫红, 负责人李凤鸣, 康复治疗师张永胜, 患者辛华(化名). `titles`: the block's, from `from`. */
function titled(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  article: Article,
  institutions: InstitutionMention[],
  titles: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of titles) {
    const titleStart = from + m.index;
    const titleEnd = titleStart + m[0].length;
    let at = titleEnd;
    // 联系人:龚晓燕, 主持人: 邓小军: a label and its name.
    const labelled = LABELS.has(m[0]) && text[at] === ':';
    if (labelled) at++;
    // 上诉人(原审被告人)张兴财: a title that closes a bracket before the name; 负责人(会计主管人员)刘颖:
    // an aside in brackets between the title and the name.
    if (text[at] === ')' && text.lastIndexOf('(', titleStart) >= titleStart - BRACKETED_TITLE_QUALIFIER) at++;
    else if (text[at] === '(') {
      const close = text.indexOf(')', at);
      if (close > at && close - at <= MAX_TITLE_ASIDE && !text.slice(at + 1, close).includes('('))
        at = close + 1;
    }
    if (text[at] === ' ') at++;
    // 内分泌科主任——陆祖谦: a dash between the title and the name.
    else if (text[at] === '—') at += text[at + 1] === '—' ? 2 : 1;
    // 司机师傅封荣超: a form of address between the title and the name.
    at += ADDRESS_AFTER_TITLE.find((h) => text.startsWith(h, at))?.length ?? 0;
    // 曾任协会会长的雷振邦: a title joined by 的, then jieba must read the name as one too.
    const joined = text[at] === '的';
    if (joined) at++;
    // 护理|师陈静, 治疗|师: 师 after a title makes a longer title (a profession the list lacks), no surname.
    if (text[at] === '师') continue;
    const foreign = FOREIGN_POSTS.has(m[0]);
    const length = nameLengthAt(text, words, at, to, foreign);
    if (!length || (joined && !readAsName(words, at, at + length))) continue;
    // 群众|花|小钱: after a word for people at large, a verb and a noun are what they do, no name;
    // so is what 了 follows (为村民奉上了一场…; 了解 aside: 村民张强了解到).
    if (
      SUBJECT_ROLES.has(m[0]) &&
      (isVerbAndNoun(words, at, at + length) ||
        (text[at + length] === '了' && text[at + length + 1] !== '解'))
    )
      continue;
    // 专家门诊, 领导班子: a word that holds the title and the whole name after it is neither (医院院长
    // is a title; 村医王文吉 cut 村村|医王|文吉 a name). Asked only once a name follows: it cuts the block.
    const across = wordAcross(words, titleEnd);
    if (across && across.end >= at + length) continue;
    // 主席台|就座: a word that takes the title and the name's first character, then a verb, is no name;
    // nor then a noun of two characters (主席国|代表; 医王|永福 and 副院|长江|帆 are names).
    if (
      across &&
      across.end > at &&
      (verbAt(words, across.end, at + length) ||
        (at + length - across.end > 1 && nounAt(words, across.end, at + length)))
    )
      continue;
    // 导师X研究员, 恩师X教授: what the person is to someone yields to the post after the name.
    if (RELATIONS.has(m[0]) && titleAfterNameAt(text, at + length)) continue;
    const name = text.slice(at, at + length);
    const title =
      postBeforeDegree(text, titleStart, m[0]) ??
      governmentPost(text, titleStart, m[0]) ??
      ranked(text, titleStart, m[0]);
    const post = firstPost(text, title.start, title.title, institutions) ?? {
      role: title.title,
      // 心内科主任、主任医师王建国: the body stands before the first title of the chain. A reporter's
      // paper stands right before 记者 (某某日报记者), a villager's village before 村民; another body
      // in the clause is the story's.
      org:
        PRESS_ROLES.has(title.title) || SUBJECT_ROLES.has(title.title)
          ? adjacentBody(institutions, title.start)
          : (orgBefore(text, chainStart(text, title.start), article.start, institutions) ??
            listedWith(text, title.title, title.start, out)),
    };
    out.push({
      start: at,
      end: at + length,
      fields: { name, ...post, pseudonym: PSEUDONYM.test(text.slice(at + length, at + length + 6)) },
      rule: 'person:title',
    });
    // 专家组成员张伟、李娜、王磊: the names listed after a titled one share its title; a body
    // after the 、 starts the next item (总裁郑丽丹、乐清华润电器有限公司总经理张敏). A credit lists
    // its writers with spaces between (本网讯 通讯员刘小平 黄启勇 9月21日), a notice its members
    // (成员:李莉 王浩).
    const joiner = PRESS_ROLES.has(m[0]) || labelled ? ' ' : '、';
    for (
      let end = at + length, next = 0;
      (text[end] === '、' || text[end] === joiner) &&
      !bodyAt(institutions, end + 1) &&
      (next = nameLengthAt(text, words, end + 1, to, foreign)) &&
      // A name after a space stands alone before the next space or mark (通讯员李强 许昌报道 names no 许昌).
      (text[end] === '、' || creditedAlone(text, end + 1, end + 1 + next));
      end += 1 + next
    ) {
      out.push({
        start: end + 1,
        end: end + 1 + next,
        fields: { name: text.slice(end + 1, end + 1 + next), ...post, pseudonym: false },
        rule: 'person:title',
      });
    }
  }
  return out;
}

/**
 * What stands between a list of names and the title they share: 等, 两位, 三名, 等749名 (张伟、李娜等专家,
 * 石建军、樊洋两位医生, 马迎民等749名同志), maybe with a word of standing (等国内知名专家, 等多位教授).
 */
const SHARED_TITLE =
  /(?:等(?:\d{1,5}[位名])?|[两二三四五六七八九十]{1,2}[位名])(?:多位|多名|众多|一批|一众|知名|著名|资深|国内知名|全国著名|国内外知名|省内外知名)?$/;
/** The longest SHARED_TITLE: 等12345名 and 省内外知名. */
const SHARED_TITLE_REACH = 12;

/**
 * Name + title: 李红教授, 钱文博院长, 习近平总书记, 潘明远先生; names listed before 等 share
 * the title after it (张伟、李娜等专家). The title is the evidence: the name only has to start on
 * a word boundary and be no common word. The org is the body right before the name.
 */
function titledAfter(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  article: Article,
  institutions: InstitutionMention[],
  titles: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of titles) {
    if (m[0] === DEPUTY_AFTER_NAME && !deputyFollows(text, from + m.index + m[0].length, to)) continue;
    // 周卫东常务副院长: a qualifier before the title is part of it.
    const qualifier = POST_QUALIFIERS.find((q) => text.startsWith(q, from + m.index - q.length)) ?? '';
    const titleStart = from + m.index - qualifier.length;
    const shared = SHARED_TITLE.exec(
      text.slice(Math.max(from, titleStart - SHARED_TITLE_REACH), titleStart),
    )?.[0];
    const end = titleStart - (shared?.length ?? 0);
    const weak = WEAK_TITLES_AFTER_NAME.has(m[0]);
    // A strong title vouches for a name whose surname jieba glued to a preposition (由钟|志远教授).
    const start = nameStartBefore(text, words, end, from, weak, FOREIGN_POSTS.has(m[0]), !weak);
    if (start < 0) continue;
    // 组织部长, 人大常委会: a title that ends a longer word, or lies in it, follows no name
    // (a word that only overlaps its start may be a misread name: 孙甲|君主|任). Asked once a
    // name stands before it: it cuts the block.
    if ((wordAcross(words, titleStart)?.end ?? 0) >= from + m.index + m[0].length) continue;
    const role = ADDRESS_AFTER_NAME.has(m[0]) ? null : qualifier + m[0];
    const org = orgBefore(text, start, article.start, institutions);
    out.push({
      start,
      end,
      fields: { name: text.slice(start, end), role, org, pseudonym: false },
      rule: 'person:title-after',
    });
    if (!shared) continue;
    for (let next = departmentStartBefore(text, words, start); text[next - 1] === '、'; ) {
      const listed = nameStartBefore(text, words, next - 1, from, weak);
      if (listed < 0) break;
      out.push({
        start: listed,
        end: next - 1,
        fields: { name: text.slice(listed, next - 1), role, org: null, pseudonym: false },
        rule: 'person:title-after',
      });
      next = departmentStartBefore(text, words, listed);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function deputyFollows(text: string, at: number, limit: number): boolean {
  return at >= limit || isPunctuationAt(text, at) || AFTER_DEPUTY.some((w) => text.startsWith(w, at));
}

/**
 * Where a name that ends at `end` starts, or -1: a surname and one or two characters on word
 * boundaries, no common word, no body (科室, 居委会). A three-character name is preferred, unless
 * its first character is a preposition before a two-character one (向王丽主任). `weak` titles
 * (医生, 先生) follow a surname alone too (王医生): then jieba must read the span as a name.
 */
function nameStartBefore(
  text: string,
  words: TokenIndex,
  end: number,
  limit: number,
  weak: boolean,
  foreign = false,
  prepositionGlued = false,
): number {
  if (NOT_NAME_ENDINGS.has(text[end - 1]) && !GIVEN_NAME_ENDINGS.has(text[end - 1])) return -1;
  // 同索尔|贝格首相: before a foreign post, a run of transliteration characters is the name,
  // however jieba cut it (a Han surname inside it, 贝, is none).
  if (foreign) {
    const run = transliterationRunBefore(text, words, end, limit);
    if (run >= 0) return run;
  }
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < limit) continue;
    const surname = surnameLengthAt(text, start);
    const given = length - surname;
    if (!surname || given < 1 || given > 2) continue;
    // 王志科 ends like a body: a name where jieba reads it as one word it does not know (not 麻醉科).
    if (GIVEN_NAME_ENDINGS.has(text[end - 1]) && !isUnknownWord(words, start, end)) continue;
    if (
      !isHanSpan(text, start, end) ||
      !startsWord(text, words, start, end, prepositionGlued) ||
      isCommonWord(words, start, end) ||
      startsTitle(text, start)
    )
      continue;
    const name = text.slice(start, end);
    if (
      addressed(text, words, start, surname, end) ||
      startsNotName(name) ||
      TITLE_SET.has(name.slice(surname))
    )
      continue;
    // 院长信箱和市长热线: a common word, then a conjunction, is no name before a title.
    const head = words.startingAt(start);
    if (
      head &&
      head.end < end &&
      isCommonWord(words, start, head.end) &&
      words.startingAt(head.end)?.tag === 'c'
    )
      continue;
    // 向李会长汇报: a preposition, then a surname and its post.
    if (length === 2 && FUNCTION_CHARS.has(name[0]) && !readAsName(words, start, end)) continue;
    // 由卜院长主刀: the same, where jieba reads the two as a word it does not know (向华主任
    // is a name: 向 is a common surname, 由 a rare one).
    if (
      length === 2 &&
      PREPOSITIONS_NOT_SURNAMES.has(name[0]) &&
      surnameLengthAt(text, start + 1) === 1 &&
      !allTagged(words, start, end, PERSON_TAGS)
    )
      continue;
    // 张掖、武威两名代表: a place jieba does not read as a name is none; nor a country (阿富汗两位总统).
    if ((isPlaceName(name) && !readAsName(words, start, end)) || COUNTRY_NAMES.has(name)) continue;
    if (
      length === 3 &&
      surname === 1 &&
      FUNCTION_CHARS.has(name[0]) &&
      !surnameBeforeNoPost(text, name, end)
    ) {
      if (nameStartBefore(text, words, end, start + 1, weak) === start + 1) return start + 1;
      if (!readAsName(words, start, end)) continue;
    }
    // 陈梦|说 cut 陈梦说: jieba glued the name it does not know to the verb.
    if (weak && !readAsName(words, start, end) && !gluedToVerb(text, words, start, end)) continue;
    return start;
  }
  return foreign ? transliteratedStartBefore(text, words, end, limit) : -1;
}

/**
 * A name without a Han surname that jieba knows as a name, right before a foreign post
 * (特朗普总统) or right after one (总统特朗普): 特朗普, 沙利文, 石破茂. Only there: jieba tags
 * some words as names too (专家大老远回来).
 */
function transliteratedStartBefore(text: string, words: TokenIndex, end: number, limit: number): number {
  return nameWordBefore(words, end, limit, 3, (t) => isTransliterated(text, t.start, t.end, t.tag));
}

/**
 * Where a run of three to MAX_TRANSLITERATED transliteration characters that ends at `end` starts,
 * on a word boundary, or -1 (also when the run is a country's name).
 */
function transliterationRunBefore(text: string, words: TokenIndex, end: number, limit: number): number {
  let start = end;
  while (start > limit && end - start <= MAX_TRANSLITERATED && TRANSLITERATION_CHARS.has(text[start - 1]))
    start--;
  if (end - start < 3 || end - start > MAX_TRANSLITERATED || !words.boundary(start)) return -1;
  // 科威特首相: the country the post is of.
  return COUNTRY_NAMES.has(text.slice(start, end)) ? -1 : start;
}

/** A word jieba tags a foreign name (nrt) that ends at `end`, of two characters at least, or -1. */
function foreignTaggedBefore(words: TokenIndex, end: number, limit: number): number {
  return nameWordBefore(words, end, limit, 2, (t) => t.tag === 'nrt' && !NOT_NAMES.has(t.word));
}

/** Where the longest word of `shortest` to MAX_TRANSLITERATED units that ends at `end` and is `accepted` starts, or -1. */
function nameWordBefore(
  words: TokenIndex,
  end: number,
  limit: number,
  shortest: number,
  accepted: (t: Token) => boolean,
): number {
  for (let length = MAX_TRANSLITERATED; length >= shortest; length--) {
    const t = words.startingAt(end - length);
    if (t && t.start >= limit && t.end === end && accepted(t)) return t.start;
  }
  return -1;
}

/** Whether a word of `shortest` to MAX_TRANSLITERATED units that ends at `end` may start where `accepted` says (see `nameWordBefore`). */
function someStartBefore(
  end: number,
  limit: number,
  shortest: number,
  accepted: (at: number) => boolean,
): boolean {
  for (let at = Math.max(limit, end - MAX_TRANSLITERATED); at <= end - shortest; at++)
    if (accepted(at)) return true;
  return false;
}

/** A name of minority name parts that ends at `end` (阿布都热合曼说), or -1. */
function minorityNameStartBefore(text: string, words: TokenIndex, end: number, limit: number): number {
  let glued = -1;
  for (let start = Math.max(limit, end - MAX_MINORITY_NAME); start <= end - 2; start++) {
    if (minorityNameLengthAt(text, words, start, end) !== end - start) continue;
    // 被告人|玉山江·吾许尔: a start inside a word (its 人) is taken only where none on a word's edge fits.
    if (words.boundary(start)) return start;
    if (glued < 0) glued = start;
  }
  return glued;
}

/**
 * A transliterated name after a foreign post that jieba cut or tagged as something else
 * (古|特雷斯, 布|林肯, 普京/ns): a run of transliteration characters, three at least (or two
 * jieba keeps as one word), then what follows a name. A Han name reads first where one fits.
 */
function transliteratedLengthAt(text: string, words: TokenIndex, at: number, limit: number): number {
  let end = at;
  while (end < limit && end - at < MAX_TRANSLITERATED && TRANSLITERATION_CHARS.has(text[end])) end++;
  for (; end - at >= 2; end--) {
    if (end - at === 2 && words.startingAt(at)?.end !== end) continue;
    if (COUNTRY_NAMES.has(text.slice(at, end))) return 0; // 轮值主席巴西提出: the country holds the post
    if (words.boundary(end) && followsName(text, words, at, end, limit)) return end - at;
  }
  return 0;
}

/**
 * A foreign name as jieba tags it: nrt (拜登), or a name or an unknown word of three characters
 * at least (特朗普, 谭德塞, 岸田文雄): jieba tags some two-character words as names (特聘, 周知).
 */
function isTransliterated(text: string, start: number, end: number, tag: string): boolean {
  const name = text.slice(start, end);
  const tagged = tag === 'nrt' ? name.length >= 2 : name.length >= 3 && NAME_TAGS.has(tag);
  return (
    tagged &&
    !surnameLengthAt(text, start) &&
    isHanSpan(name) &&
    !NOT_NAMES.has(name) &&
    !COUNTRY_NAMES.has(name) &&
    !BODY_ENDINGS.has(name[name.length - 1])
  );
}

/**
 * A word starts at `start`, or jieba glued the department before a name to it, as a word it
 * does not know or a name (疼痛科聂伟 cut 疼痛|科聂伟, 老年病科王晓新 cut 老年病|科王|晓新). Where the
 * evidence is strong, a preposition glued to the surname too (图为伍建平(右) cut 图|为伍|建平; not
 * before a title: 对于美国总统 is no 于美国).
 */
function startsWord(
  text: string,
  words: TokenIndex,
  start: number,
  end: number,
  prepositionGlued: boolean,
): boolean {
  if (words.boundary(start)) return true;
  const glued = words.startingAt(start - 1);
  if (!glued || glued.end > end) return false;
  // 由钟|志远, 为伍|建平: a preposition glued to the surname, in a word that is no function word
  // itself (对于|美国 is).
  if (
    prepositionGlued &&
    FUNCTION_CHARS.has(text[start - 1]) &&
    glued.end === start + surnameLengthAt(text, start) &&
    !FUNCTION_WORD_TAGS.has(glued.tag)
  )
    return true;
  return NAME_TAGS.has(glued.tag) && BODY_ENDINGS.has(text[start - 1]);
}

/**
 * A speaker named with nothing but a speech verb (“……”韦桂兰说, 据王建华介绍), or a team's head
 * (张伟团队): jieba must read
 * the span as a name, and it must open its clause or follow the body it speaks for
 * (上海市卫生计生委基层卫生处张天晔介绍, its org).
 */
function speakers(
  text: string,
  words: TokenIndex,
  from: number,
  institutions: InstitutionMention[],
  verbs: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of verbs) {
    const verb = from + m.index;
    // 格桑罗布解释说, 邝文涛笑着说: a verb of saying or a manner before 说 stands between the name and it.
    // 骆晓峰在接受记者采访时说: an interview stands between them.
    const said =
      verb -
      (m[0] === '说' ? (BEFORE_SAY.exec(text.slice(Math.max(from, verb - 3), verb))?.[0].length ?? 0) : 0);
    // 宋立平向记者介绍, 谢文彬向《科技日报》表示, 黄伟在会上强调: whom or where the speaker spoke to.
    const told =
      said -
      (SPOKEN_TO_ENDS.has(text[said - 1])
        ? (SPOKEN_TO.exec(text.slice(Math.max(from, said - 18), said))?.[0].length ?? 0)
        : 0);
    const end =
      told -
      (text[told - 1] === '时'
        ? (INTERVIEWED.exec(text.slice(Math.max(from, told - 14), told))?.[0].length ?? 0)
        : 0);
    const before = TEAM_WORDS.includes(m[0]) ? BEFORE_TEAM : BEFORE_SPEAKER;
    const opensClause = (at: number) =>
      at === from ||
      before.test(text.slice(Math.max(from, at - 1), at)) ||
      CLAUSE_ADVERB_BEFORE.test(text.slice(Math.max(from, at - 4), at));
    let start = nameStartBefore(text, words, end, from, true);
    let body = start < 0 ? undefined : lastEndingBy(institutions, start);
    // 格桑|罗布说: a name of minority name parts, when a Han name inside it opens no clause; a
    // name jieba tags a foreign one (库尔班/nrt说). Other surname-less words are not (老中医认为).
    if (start < 0 || (!opensClause(start) && body?.end !== start)) {
      start = minorityNameStartBefore(text, words, end, from);
      // A foreign name is looked for (which cuts the block) only where one could be a speaker.
      const foreignMayStart = (at: number) => opensClause(at) || lastEndingBy(institutions, at)?.end === at;
      if (start < 0 && someStartBefore(end, from, 2, foreignMayStart))
        start = foreignTaggedBefore(words, end, from);
      if (start < 0) continue;
      body = lastEndingBy(institutions, start);
    }
    const org = body && body.end === start ? affiliation(institutions, body) : null;
    if (!org && !opensClause(start)) continue;
    out.push({
      start,
      end,
      fields: { name: text.slice(start, end), role: null, org, pseudonym: false },
      rule: 'person:speaker',
    });
  }
  return out;
}

/**
 * A name given its post by a verb (韩晓梅出任首任院长, 邵建国担任县人民医院院长) or the copula
 * (严丽华是县中医院的护士长, 牛立新是一名乡村医生): jieba must read the span as a name, and it must
 * open its clause. After 是 the post ends the clause (王刚是医生推荐的 is no post).
 */
function appointed(
  text: string,
  words: TokenIndex,
  from: number,
  institutions: InstitutionMention[],
  verbs: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of verbs) {
    const end = from + m.index;
    // The post first, which needs no tokens (是 is everywhere); then the name, which does.
    let at =
      end +
      m[0].length +
      (POST_OPENERS.exec(text.slice(end + m[0].length, end + m[0].length + 3))?.[0].length ?? 0);
    const body = bodyAt(institutions, at);
    const org = body ? affiliation(institutions, body) : null;
    if (body) at = body.end;
    // 一名全科医生: the title as it stands, else after the department that holds it.
    if (!titleAt(text, at)) at += POST_IN_BODY.exec(text.slice(at, at + 12))?.[0].length ?? 0;
    const title = titleAt(text, at);
    if (
      !title ||
      (m[0] === '是' && at + title.length < text.length && !isClauseBreakAt(text, at + title.length))
    )
      continue;
    if (!words.startingAt(end) || !words.boundary(end + m[0].length)) continue; // 任务, 是否
    const start = nameStartBefore(text, words, end, from, true);
    if (start < 0 || (start > from && !BEFORE_SPEAKER.test(text.slice(Math.max(from, start - 1), start))))
      continue;
    out.push({
      start,
      end,
      fields: { name: text.slice(start, end), role: title, org, pseudonym: false },
      rule: 'person:appointed',
    });
  }
  return out;
}

/**
 * The name after 任命, 选举, 免去 (and the like), before 为 or 的: the post after 为, in its body
 * when one is named (任命邬建刚为市公安局局长: 局长, 市公安局). `verbs`: the block's, from `from`.
 */
function appointedBy(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  line: string,
  institutions: InstitutionMention[],
  verbs: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of verbs) {
    const person = appointee(text, words, from + m.index + 2, to, institutions);
    if (person) out.push(person);
    // Every verb is two characters: one that starts on the second character of another (推选举)
    // is where the finder's next search skips, so it is looked for here.
    if (APPOINTING.some((verb) => line.startsWith(verb, m.index + 1))) {
      const next = appointee(text, words, from + m.index + 3, to, institutions);
      if (next) out.push(next);
    }
  }
  return out;
}

/** The appointee named at `start`, right after the verb, before 为 or 的; null when no name stands there. */
function appointee(
  text: string,
  words: TokenIndex,
  start: number,
  to: number,
  institutions: InstitutionMention[],
): PersonMention | null {
  const length = nameLengthAt(text, words, start, to);
  const end = start + length;
  if (!length || (text[end] !== '为' && text[end] !== '的')) return null;
  let at = end + 1;
  const body = text[end] === '为' ? bodyAt(institutions, at) : undefined;
  const org = body ? affiliation(institutions, body) : null;
  if (body) at = body.end;
  const role = text[end] === '为' ? (titleAt(text, at) ?? null) : null;
  return {
    start,
    end,
    fields: { name: text.slice(start, end), role, org: role ? org : null, pseudonym: false },
    rule: 'person:appointed-by',
  };
}

/** A name after 名叫, where a name fits (名叫岳东山的老人). `cues`: the block's 名叫, 的…下 words and dots. */
function named(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of cues) {
    if (!NAMED_CUES.includes(m[0])) continue;
    const start = from + m.index + m[0].length;
    const length = nameLengthAt(text, words, start, to);
    if (!length) continue;
    // 一名叫胡某的县委书记, 名叫王某的患者: the title after 的 is the person's.
    const title = text[start + length] === '的' ? TITLE_FINDER.matchAt(text, start + length + 1) : null;
    out.push({
      start,
      end: start + length,
      fields: {
        name: text.slice(start, start + length),
        role: title?.[0] ?? null,
        org: null,
        pseudonym: false,
      },
      rule: 'person:named',
    });
  }
  return out;
}

/**
 * A name in 在…的带领下, where jieba reads it as one (在全院的共同努力下 names no one). Only a block
 * that holds one of the 带领下 words (in `cues`, with 名叫 and dots) may hold the pattern.
 */
function leading(
  text: string,
  words: TokenIndex,
  from: number,
  line: string,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  if (!cues.some((m) => LED_CUES.has(m[0]))) return out;
  for (const m of line.matchAll(LED_BY)) {
    const start = from + m.index + 1;
    const end = start + m[1].length;
    if (nameStartBefore(text, words, end, start, true) === start)
      out.push({
        start,
        end,
        fields: { name: m[1], role: null, org: null, pseudonym: false },
        rule: 'person:leading',
      });
  }
  return out;
}

/**
 * jieba reads [start, end) as a name: one token tagged as a name (or unknown), or the surname
 * alone tagged as a name and the given name after it (韦|桂兰).
 */
function readAsName(words: TokenIndex, start: number, end: number): boolean {
  const first = words.startingAt(start);
  if (!first || first.end > end) return false;
  if (first.end === end) return NAME_TAGS.has(first.tag);
  const surname = surnameLengthAt(words.text, start);
  if (first.end !== start + surname) {
    // 陈友|岱: jieba's new word of the surname and a character, then the name's rare last character alone.
    const last = words.text[first.end];
    return (
      first.tag === 'x' &&
      first.end === start + surname + 1 &&
      end === first.end + 1 &&
      words.boundary(end) &&
      !AFTER_NAME_CHARS.has(last) &&
      !NOT_NAME_ENDINGS.has(last)
    );
  }
  if (first.tag === 'nr') return words.boundary(end);
  // 汤|小川: a surname that is also a word (汤, soup), then a given name jieba tags as a name;
  // one character tagged a name there is a surname (向|王|理事长: a surname and its post).
  const given = words.startingAt(first.end);
  return (
    given?.end === end && end - given.start > 1 && PERSON_TAGS.has(given.tag) && !NOT_NAMES.has(given.word)
  );
}

/** Whether jieba reads text[start, end) as a verb of one character and a noun (花|小钱, 送|孩子). */
function isVerbAndNoun(words: TokenIndex, start: number, end: number): boolean {
  const verb = words.startingAt(start);
  if (verb?.end !== start + 1 || verb.tag !== 'v') return false;
  const noun = words.startingAt(verb.end);
  return noun?.end === end && noun.tag === 'n';
}

/** The longest name that opens a clause parallel to a named one (a surname of two and a given name of two). */
const MAX_PARALLEL_NAME = 4;
/** A name in a credit listed with spaces: before a space, a mark, a digit or the end, and no place. */
function creditedAlone(text: string, start: number, end: number): boolean {
  return (
    (end >= text.length || isPunctuationAt(text, end) || isAsciiDigit(text.charCodeAt(end))) &&
    !isPlaceName(text.slice(start, end))
  );
}

/** What joins the names of a list: 、, and after a name also 和, 与, 及 (汤宇和苗佳悦). */
const LIST_JOINERS = new Set([...'、和与及']);

/**
 * Names listed beside a name found in the same block (李红、张建华教授; 王丽教授、赵刚; 李红和张伟):
 * a list holds one kind of thing. The title is not shared: it may be the last name's alone.
 */
function listedBeside(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  found: PersonMention[],
  institutions: InstitutionMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  const inBlock = found.filter((m) => m.start >= from && m.end <= to);
  if (inBlock.length === 0) return out; // most blocks name no one
  const add = (start: number, end: number) =>
    out.push({
      start,
      end,
      fields: { name: text.slice(start, end), role: null, org: null, pseudonym: false },
      rule: 'person:listed',
    });
  const taken = new Set(inBlock.map((m) => m.start));
  for (const m of inBlock) {
    for (let start = departmentStartBefore(text, words, m.start); text[start - 1] === '、'; ) {
      const before = nameStartBefore(text, words, start - 1, from, false);
      if (before < 0 || taken.has(before)) break;
      taken.add(before);
      add(before, start - 1);
      start = departmentStartBefore(text, words, before);
    }
    // 刘晓燕教授、贺丹, 柏晓丽(右)与聂雨桐: the list goes on after the title or the bracket.
    const after = titleAfterNameAt(text, m.end) ?? NAME_BRACKET_WHOLE.exec(text.slice(m.end, m.end + 8));
    for (
      let end = m.end + (after?.[0].length ?? 0), start = 0, length = 0;
      LIST_JOINERS.has(text[end]) &&
      !taken.has((start = end + 1 + departmentLengthAt(text, words, end + 1))) &&
      !bodyAt(institutions, end + 1) &&
      (length = nameLengthAt(text, words, start, to));
      end = start + length
    ) {
      taken.add(start);
      add(start, start + length);
    }
    // 李朱濠获得5金,朱梦惠获得4金: the clauses after a name that open with a name and the same verb.
    const verb = words.startingAt(m.end);
    if (verb && verb.tag === 'v' && verb.end - verb.start > 1)
      for (
        let at = text.indexOf(verb.word, verb.end);
        at >= 0 && at < to;
        at = text.indexOf(verb.word, at + 1)
      ) {
        let start = at;
        while (start > from && at - start < MAX_PARALLEL_NAME && !isClauseBreakAt(text, start - 1)) start--;
        if (
          !isClauseBreakAt(text, start - 1) ||
          taken.has(start) ||
          nameLengthAt(text, words, start, at) !== at - start
        )
          continue;
        taken.add(start);
        add(start, at);
      }
  }
  return out;
}

/** The longest department a listed name may follow (心血管内科). */
const MAX_DEPARTMENT = 5;

/**
 * 麻醉科覃建伟、儿科潘晓丽等专家: each name of a list may follow its department, two to five Han
 * units that end in 科 at a word's end. Its length at `at`, or 0.
 */
function departmentLengthAt(text: string, words: TokenIndex, at: number): number {
  for (let length = 2; length <= MAX_DEPARTMENT; length++)
    if (text[at + length - 1] === '科')
      return isHanSpan(text, at, at + length) && words.boundary(at + length) ? length : 0;
  return 0;
}

/** Where a department that ends right before `end` and follows 、 starts, or `end`. */
function departmentStartBefore(text: string, words: TokenIndex, end: number): number {
  if (text[end - 1] !== '科') return end;
  for (let start = end - 2; start >= end - MAX_DEPARTMENT && start > 0; start--)
    if (text[start - 1] === '、') return departmentLengthAt(text, words, start) === end - start ? start : end;
  return end;
}

/** What ends a list of names, besides its line's end: 等, or the clause's end. */
const LIST_END = /[等,;:!?。)”]/;
/** What follows a list of places (等乡镇, 等村, 三地). */
const PLACES_AFTER_LIST = /^(?:等|[两三四五六七八九十]+)?(?:乡镇|村|镇|乡|地|县|街道|社区|小区)/;
/** Last characters of villages' and hamlets' names (郝庄, 李家屯, 刘垓子 is none). */
const VILLAGE_ENDINGS = new Set([...'庄村屯寨集营堡铺湾沟岭坡']);
/** Verbs of attending right after a list of names (参加会见, 出席会议, 陪同调研, 列席会议). */
const ATTENDING = /^(?:参加|出席|陪同|列席)/;
/** A count of the people a list names, right after it (两名, 三位, 两人). */
const COUNTED_AFTER_LIST = /^[两三四五六七八九十]+[名位人]/;

/**
 * A list of names with no title (参加义诊的有刘洋、陈静、王磊等): three items or more, or two before
 * 等, each a word the dictionary does not know (jieba assembles names; it knows 王老吉 and 张家港),
 * a surname and one or two characters, and no place (李沧). Any other item makes it no such list.
 */
function nameLists(text: string, words: TokenIndex, from: number, to: number, line: string): PersonMention[] {
  const out: PersonMention[] = [];
  let at = indexInLine(line, from, '、', from);
  while (at >= 0) {
    // The shape first, which needs no tokens (、 is everywhere): short items up to a list's end.
    if (!listShapeAround(text, at, from)) {
      const minority = minorityListAt(text, words, at, from, to);
      out.push(...minority);
      at = indexInLine(line, from, '、', minority.length ? minority[minority.length - 1].end : at + 1);
      continue;
    }
    // The name right before the 、 (a 、 is outside every block: the run before it ends there).
    const firstStart = listedNameStartBefore(text, words, at, from);
    const items: Span[] = firstStart >= 0 ? [{ start: firstStart, end: at }] : [];
    let next = at;
    while (items.length > 0 && (text[next] === '、' || (items.length >= 2 && LIST_JOINERS.has(text[next])))) {
      let end = listedNameEndAfter(text, words, next + 1, to);
      // 景|胜利/vn: after two names, a surname and a word of any kind that fills the item is one more.
      if (end < 0 && items.length >= 2) end = surnamedItemEndAfter(text, next + 1, to);
      if (end < 0) break;
      items.push({ start: next + 1, end });
      next = end;
    }
    // 韩宪伟、安立辉两名中医师: a count of the people listed ends the list as 等 does; so does a verb
    // of attending (胡立新、马文、田建国参加会见), which only people do.
    const counted = COUNTED_AFTER_LIST.test(text.slice(next, next + 3));
    const ended =
      next >= to || LIST_END.test(text[next]) || counted || ATTENDING.test(text.slice(next, next + 2));
    const enough = items.length >= 3 || (items.length === 2 && (text[next] === '等' || counted));
    // 朱|松德、吴|成官、金虎、赵洪刚等: items jieba cut before the first it reads as a name belong to the list.
    if (ended && enough)
      for (let start = items[0].start, before = 0; text[start - 1] === '、'; start = before) {
        before = surnamedItemStartBefore(text, start - 1, from);
        if (before < 0) break;
        items.unshift({ start: before, end: start - 1 });
      }
    // 金郝庄、康庄、刘垓子等乡镇: places listed, not people.
    const places =
      PLACES_AFTER_LIST.test(text.slice(next, next + 3)) ||
      items.some(({ end }) => VILLAGE_ENDINGS.has(text[end - 1]));
    if (ended && enough && !places)
      for (const { start, end } of items)
        out.push({
          start,
          end,
          fields: { name: text.slice(start, end), role: null, org: null, pseudonym: false },
          rule: 'person:name-list',
        });
    at = indexInLine(line, from, '、', Math.max(next, at) + 1);
  }
  return out;
}

/**
 * Where an item of a list of names that starts at `at` with a surname ends, when two or
 * three Han characters fill it up to the list's next mark (、, 等, the clause's end), or -1.
 */
function surnamedItemEndAfter(text: string, at: number, to: number): number {
  if (surnameLengthAt(text, at) !== 1) return -1;
  for (const length of [2, 3]) {
    const end = at + length;
    if (end > to || !isHanSpan(text, at, end)) return -1;
    if ((end === to || text[end] === '、' || LIST_END.test(text[end])) && !isPlaceName(text.slice(at, end)))
      return end;
  }
  return -1;
}

/**
 * Where an item of a list of names that ends at `end` starts with a surname, when two or three Han
 * characters fill it from the list's previous mark (、, a clause's mark, the block's start), or -1.
 */
function surnamedItemStartBefore(text: string, end: number, from: number): number {
  for (const length of [2, 3]) {
    const start = end - length;
    if (start < from || !isHanSpan(text, start, end)) return -1;
    if (surnameLengthAt(text, start) !== 1) continue;
    if ((start === from || PUNCTUATION.test(text[start - 1])) && !isPlaceName(text.slice(start, end)))
      return start;
  }
  return -1;
}

const NAME_DOT = 0xb7; // ·

/**
 * Where `ch` first stands in a block's line at or after the text's offset `at`, as an offset in
 * the text, or -1: the line's indexOf reads no further than the block (the text's would read on
 * to the page's end from every block that holds none), and faster than a loop.
 */
function indexInLine(line: string, lineStart: number, ch: string, at: number): number {
  const i = line.indexOf(ch, at - lineStart);
  return i < 0 ? -1 : lineStart + i;
}

/** Where the UTF-16 unit `unit` first stands in text[from, to), or -1. */
function unitWithin(text: string, unit: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === unit) return i;
  return -1;
}

/** Items of two or three Han characters joined by 、 (和, 及, 与 before the last), then the list's end. */
const NAME_LIST_SHAPE =
  /[\u4e00-\u9fff]{2,3}(?:[、和及与][\u4e00-\u9fff]{2,3})+(?=等|[,;:!?。)”\s]|[两三四五六七八九十]+[名位人]|(?:参加|出席|陪同|列席)|$)/y;

/** Whether a list of that shape starts two or three characters before the 、 at `at`. */
function listShapeAround(text: string, at: number, from: number): boolean {
  for (const start of [at - 3, at - 2]) {
    if (start < from || !surnameLengthAt(text, start)) continue;
    NAME_LIST_SHAPE.lastIndex = start;
    if (NAME_LIST_SHAPE.test(text)) return true;
  }
  return false;
}

/**
 * A list of Tibetan, Uyghur or Mongolian names with no title around the 、 at `at` (次仁卓玛、
 * 格桑旺堆和帕尔哈提·吐尔逊): each item two known name parts or a dotted name; one part alone may
 * be a place (乌兰).
 */
function minorityListAt(
  text: string,
  words: TokenIndex,
  at: number,
  from: number,
  to: number,
): PersonMention[] {
  // Most 、 follow no such name: its last character tells, before any pattern runs.
  if (!MINORITY_PART_ENDS.has(text[at - 1]) && unitWithin(text, NAME_DOT, Math.max(from, at - 7), at) < 0)
    return [];
  const start = minorityNameStartBefore(text, words, at, from);
  if (start < 0 || !fullMinorityName(text.slice(start, at))) return [];
  const items = [{ start, end: at }];
  for (let next = at; next < to && (text[next] === '、' || LIST_JOINERS.has(text[next])); ) {
    const length = minorityNameLengthAt(text, words, next + 1, to);
    if (!length || !fullMinorityName(text.slice(next + 1, next + 1 + length))) break;
    items.push({ start: next + 1, end: next + 1 + length });
    next += 1 + length;
  }
  if (items.length < 2) return [];
  return items.map(({ start, end }) => ({
    start,
    end,
    fields: { name: text.slice(start, end), role: null, org: null, pseudonym: false },
    rule: 'person:name-list',
  }));
}

const MINORITY_PART_ENDS = new Set(MINORITY_NAME_PARTS.map((part) => part[part.length - 1]));
/** Particles after a verb (来了, 去过, 看着). */
const ASPECT_PARTICLES = new Set([...'了过着']);
const MINORITY_PART_FIRSTS = new Uint8Array(0x10000);
for (const part of MINORITY_NAME_PARTS) MINORITY_PART_FIRSTS[part.charCodeAt(0)] = 1;

/** Two known name parts (格桑旺堆) or a dotted name (帕尔哈提·吐尔逊). */
function fullMinorityName(name: string): boolean {
  if (name.includes('·')) return true;
  const first = MINORITY_NAME_PART.exec(name)?.[0].length ?? 0;
  return first > 0 && MINORITY_NAME_PART.exec(name.slice(first))?.[0].length === name.length - first;
}

/**
 * Where a listed name that ends at `end` starts, or -1: a word the dictionary does not know or
 * knows as a name (杨浩然/nr), or a surname jieba cut off and name pieces after it (陈|恩德, 吴|俊杰,
 * 赵|梁州).
 */
function listedNameStartBefore(text: string, words: TokenIndex, end: number, from: number): number {
  const last = lastEndingBy(words.runAt(end - 1)?.tokens ?? [], end);
  if (!last || last.end !== end || last.start < from) return -1;
  if (isListedName(last)) return last.start;
  const surname = lastEndingBy(words.runAt(last.start - 1)?.tokens ?? [], last.start);
  return surname && surname.start >= from && cutName(text, [surname, last]) ? surname.start : -1;
}

/** Where a listed name that starts at `at` ends, or -1 (see `listedNameStartBefore`). */
function listedNameEndAfter(text: string, words: TokenIndex, at: number, to: number): number {
  const first = words.startingAt(at);
  if (!first || first.end > to) return -1;
  if (isListedName(first)) return first.end;
  const rest = words.startingAt(first.end);
  return rest && rest.end <= to && cutName(text, [first, rest]) ? rest.end : -1;
}

/** A word shaped like a name that jieba does not know, or tags a person's name. */
function isListedName(t: Token): boolean {
  return (
    isUnknownName(t) ||
    (PERSON_TAGS.has(t.tag) &&
      isHanSpan(t.word) &&
      isPlausibleName(t.word) &&
      !isPlaceName(t.word) &&
      !NOT_NAMES.has(t.word))
  );
}

/** Tags of the pieces jieba cuts a name it does not know into after its surname. */
const NAME_PIECE_TAGS = new Set([...NAME_TAGS, 'ns']);

/** A surname as a word of its own, then one word of name pieces: a name of three characters at most, no place. */
function cutName(text: string, [surname, given]: Token[]): boolean {
  const name = text.slice(surname.start, given.end);
  return (
    surname.end - surname.start === surnameLengthAt(text, surname.start) &&
    NAME_PIECE_TAGS.has(given.tag) &&
    name.length <= 3 &&
    isHanSpan(name) &&
    isPlausibleName(name) &&
    !isPlaceName(name)
  );
}

function isUnknownName(t: Token): boolean {
  return t.tag === 'x' && isHanSpan(t.word) && isPlausibleName(t.word) && !isPlaceName(t.word);
}

/** Forms of address that may stand between a title and its name (司机师傅X, 保洁员大姐X). */
const ADDRESS_AFTER_TITLE = ['师傅', '大姐', '大哥', '阿姨', '大叔', '大爷', '大娘', '大妈'];

const DOTTED_CUES = [...DOTTED_NAME_CUES, ...HONORIFICS.filter((h) => h.length > 1)];
/** Conjunctions and prepositions that join a dotted name to the words before it. */
const DOTTED_JOINERS = new Set([...'与和同跟']);

/**
 * A dotted name right after a kin word, a people's name or a form of address
 * (维吾尔族大叔阿卜力克木·吐尔洪, 妻子古丽巴哈尔·买买提): its first part starts where the cue ends.
 */
function dottedAfterCue(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  marks: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of marks) {
    if (m[0] !== NAME_DOT_MARK) continue;
    const dot = from + m.index;
    for (let start = dot - 2; start >= Math.max(from, dot - 6); start--) {
      // After a title the titled rules read it, with its role (农民巴合提·别克).
      if (titleEndingAt(text, start)) break;
      if (!isHanSpan(text, start, dot)) continue;
      // 总统与唐纳德·特朗普: a dotted name joined to what comes before it, unless its first part is a
      // place (和中国·喀什健康节).
      const joined =
        DOTTED_JOINERS.has(text[start - 1]) &&
        !isPlaceName(text.slice(start, dot)) &&
        !COUNTRY_NAMES.has(text.slice(start, dot)) &&
        words.startingAt(start)?.tag !== 'ns';
      if (!joined && !DOTTED_CUES.some((w) => text.startsWith(w, start - w.length))) continue;
      const length = minorityNameLengthAt(text, words, start, to);
      // (同阿卜杜拉·艾力交流: after a joiner, the name must end as names do.)
      if (length > dot - start + 1 && (!joined || endsLikeName(text[start + length - 1])))
        out.push({
          start,
          end: start + length,
          fields: { name: text.slice(start, start + length), role: null, org: null, pseudonym: false },
          rule: 'person:dotted',
        });
      break;
    }
  }
  return out;
}

/** The rank after an introduced name and its comma (顾建华,主任医师,教授), tried at each comma. */
const RANK_AFTER_COMMA = new RegExp(`(${RANKS_AFTER_COMMA.join('|')})(?=[,、。;\\s]|$)`, 'y');
/** An athlete's sport and role after the comma (于洋,羽毛球运动员,…). */
const ATHLETE_AFTER_COMMA = new RegExp(
  `[\\u4e00-\\u9fff]{0,6}?(${ATHLETE_ROLES.join('|')})(?=[,、。;\\s]|$)`,
  'y',
);
/** What may stand right before an introduced name: the line's start or the end of a clause. */
const BEFORE_INTRODUCED = /[\s。;:!?]/;

/**
 * An expert's or athlete's introduction: a name of 2 to 4 characters opens a clause, then a comma
 * and a rank (顾建华,主任医师,教授), or a sport and a role (于洋,羽毛球运动员). Read from each
 * comma of the line: the name is the run of characters before it.
 */
function introduced(
  text: string,
  words: TokenIndex,
  from: number,
  line: string,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  // Most blocks hold no rank and no athlete's role: then none of their commas introduces anyone.
  if (!cues.some((m) => INTRODUCING_WORDS.has(m[0]))) return [];
  const experts: PersonMention[] = [];
  const athletes: PersonMention[] = [];
  for (let comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', comma + 1)) {
    const name = nameOpeningClause(line, comma);
    if (name === null) continue;
    RANK_AFTER_COMMA.lastIndex = comma + 1;
    const rank = RANK_AFTER_COMMA.exec(line)?.[1];
    ATHLETE_AFTER_COMMA.lastIndex = comma + 1;
    const role = rank ?? ATHLETE_AFTER_COMMA.exec(line)?.[1];
    if (role === undefined) continue;
    const end = from + comma;
    const start = nameStartBefore(text, words, end, end - name.length, false);
    if (start === end - name.length)
      (rank ? experts : athletes).push({
        start,
        end,
        fields: { name, role, org: null, pseudonym: false },
        rule: 'person:introduced',
      });
  }
  return [...experts, ...athletes];
}

/**
 * An athlete named by the prize they won: a name that opens a clause, then a verb of winning,
 * then the prize in the same clause (其中王莹莹获得女子70公斤级冠军、高宇飞获得…; 此外,柳雅欣获得了
 * 女子4×200米混合泳金牌). A body (中国队) or a word jieba knows is no name there.
 */
function prizeWinners(
  text: string,
  words: TokenIndex,
  from: number,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of cues) {
    if (!PRIZES.has(m[0])) continue;
    const prize = from + m.index;
    let start = prize;
    while (start > from && prize - start < PRIZE_REACH && !isClauseBreakAt(text, start - 1)) start--;
    if (start > from && !isClauseBreakAt(text, start - 1)) continue;
    start += CLAUSE_OPENERS.find((w) => text.startsWith(w, start))?.length ?? 0;
    const length = nameLengthAt(text, words, start, prize);
    if (!length || !WINNING.test(text.slice(start + length, start + length + 2))) continue;
    if (out.some((p) => p.start === start)) continue;
    out.push({
      start,
      end: start + length,
      fields: { name: text.slice(start, start + length), role: null, org: null, pseudonym: false },
      rule: 'person:prize-winner',
    });
  }
  return out;
}

/** The 2 to 4 characters right before `comma` when they open the line or a clause, else null. */
function nameOpeningClause(line: string, comma: number): string | null {
  let start = comma;
  while (start > 0 && comma - start <= 4 && isHanUnit(line.charCodeAt(start - 1))) start--;
  const length = comma - start;
  if (length < 2 || length > 4 || (start > 0 && !BEFORE_INTRODUCED.test(line[start - 1]))) return null;
  return line.slice(start, comma);
}

/** A table of the given UTF-16 units: 1 for each, 0 for any other. */
function unitTable(units: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < units.length; i++) table[units.charCodeAt(i)] = 1;
  return table;
}

/** text[at] is white space or a mark of PUNCTUATION; false past either end of the text. */
function isPunctuationAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return PUNCTUATION_MARKS[c] === 1 || isWhiteSpace(c);
}

/** text[at] ends a clause (CLAUSE_BREAKS); false past either end of the text. */
function isClauseBreakAt(text: string, at: number): boolean {
  return CLAUSE_BREAKS[text.charCodeAt(at)] === 1;
}

function isHanUnit(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * What a bracket after a name says of it: a pseudonym (李明(化名)), a place in a photo (伍建平(右)),
 * the sex and age of a person in an account (段某兰(女,89岁));
 * or the body the person is of, when the bracket holds one alone (张晓明(市人民医院)).
 */
const NAME_BRACKET = /^\(\s*(?:化名|[男女]|[左右中](?:[一二三四五六七八九]|\d)?|前排|后排)\s*[,)]/;
const NAME_BRACKET_WHOLE = /^\(\s*(?:化名|[男女]|[左右中](?:[一二三四五六七八九]|\d)?|前排|后排)[^()]{0,6}\)/;

function bracketed(
  text: string,
  words: TokenIndex,
  from: number,
  line: string,
  institutions: InstitutionMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = line.indexOf('('); i >= 0; i = line.indexOf('(', i + 1)) {
    const at = from + i;
    const bracket = NAME_BRACKET.exec(text.slice(at, at + 8));
    // 张晓明(市人民医院)、李红梅(市中医医院): a notice's list gives each name its body in brackets.
    const org = bracket ? undefined : institutions.find((m) => m.start === at + 1 && text[m.end] === ')');
    if (!bracket && !org) {
      // 陈某某(南音)、李某某(木雕)、…: names listed each with what they are known for.
      const listed = bracketedList(text, words, at, from, from + line.length);
      for (const { start, end } of listed)
        out.push({
          start,
          end,
          fields: { name: text.slice(start, end), role: null, org: null, pseudonym: false },
          rule: 'person:bracketed',
        });
      if (listed.length) i = listed[listed.length - 1].end - from;
      continue;
    }
    let start = nameStartBefore(text, words, at, from, false, false, true);
    // 贾福(右)和兰琦(左): a conjunction after the bracket before joins the names (jieba reads 和兰琦).
    if (start >= 0 && text[start - 1] === ')' && LIST_JOINERS.has(text[start]) && at - start === 3) start++;
    if (start >= 0)
      out.push({
        start,
        end: at,
        fields: {
          name: text.slice(start, at),
          role: null,
          org: org ? text.slice(org.start, org.end) : null,
          pseudonym: bracket?.[0].includes('化名') ?? false,
        },
        rule: 'person:bracketed',
      });
  }
  return out;
}

/** The longest aside in brackets after a listed name: (闽南传统民居营造技艺), (佛像雕塑技艺(某派)). */
const MAX_LISTED_ASIDE = 24;
/** The fewest items of a list of names with asides: two could be anything paired with a note. */
const MIN_BRACKETED_LIST = 3;
/** The longest name of such a list (欧阳晓峰). */
const MAX_LISTED_NAME = 4;

/**
 * Names listed each with an aside in brackets (陈某某(南音)、李某某(木雕)、王某某(石雕)): three at
 * least, each item a name that ends right before its bracket, the next starting right after 、. Read
 * from the list's first item, where the bracket at `at` opens; a list's later item gives none.
 */
function bracketedList(text: string, words: TokenIndex, at: number, from: number, to: number): Span[] {
  const first = nameStartBefore(text, words, at, from, false, false, true);
  if (first < 0 || (text[first - 1] === '、' && text[first - 2] === ')')) return [];
  const items: Span[] = [];
  for (let open = at, start = first; ; ) {
    const close = closingBracket(text, open, to);
    if (close < 0) break;
    items.push({ start, end: open });
    if (text[close + 1] !== '、') break;
    const next = text.indexOf('(', close + 2);
    if (next < 0 || next >= to || next - (close + 2) > MAX_LISTED_NAME) break;
    if (nameStartBefore(text, words, next, close + 2, false, false, true) !== close + 2) break;
    open = next;
    start = close + 2;
  }
  return items.length >= MIN_BRACKETED_LIST ? items : [];
}

/** Where the bracket that opens at `open` closes (brackets inside it counted), or -1 past the aside's reach or a sentence's end. */
function closingBracket(text: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to && i <= open + MAX_LISTED_ASIDE; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '。' || c === '\n') return -1;
  }
  return -1;
}

/** A pair in sport, two names joined by a slash (甘雨泽/韩思琪组合): each vouches for the other. */
function paired(text: string, words: TokenIndex, from: number, to: number, line: string): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = line.indexOf('/'); i >= 0; i = line.indexOf('/', i + 1)) {
    const slash = from + i;
    const start = nameStartBefore(text, words, slash, from, false);
    const length = start >= 0 ? nameLengthAt(text, words, slash + 1, to) : 0;
    if (!length) continue;
    for (const [s, e] of [
      [start, slash],
      [slash + 1, slash + 1 + length],
    ]) {
      out.push({
        start: s,
        end: e,
        fields: { name: text.slice(s, e), role: null, org: null, pseudonym: false },
        rule: 'person:paired',
      });
    }
  }
  return out;
}

/**
 * A line of a name, then its posts: 汪东明 市委副书记、常务副市长, 黄 恩 市委常委、秘书长 (who
 * attends a press conference), after a label on the list's first line (嘉 宾: 汪东明 …).
 */
const NAME_THEN_POSTS =
  /^(\s*(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3} ?: ?)?)([\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3})\s+([\u4e00-\u9fff、,]{2,40})\s*$/;

/** The longest row that may be a name alone (黄 恩 with its spaces), and the longest row of posts under it. */
const MAX_NAME_ROW = 8;
const MAX_POSTS_ROW = 40;

/**
 * Every post of the chain must end with a title; the role is the first that is no party post
 * (市委副书记、常务副市长: 常务副市长), as in a chain before a name.
 */
function nameThenPosts(
  from: number,
  line: string,
  next: Block | undefined,
  text: string,
  institutions: InstitutionMention[],
): PersonMention[] {
  let m = NAME_THEN_POSTS.exec(line);
  let postsAt = m ? from + line.lastIndexOf(m[3]) : -1;
  // 王松林 / 省骨科临床医学研究中心执行主任: a caption of a name, its posts on the row below.
  if (!m && next && line.length <= MAX_NAME_ROW && next.end - next.start <= MAX_POSTS_ROW) {
    const below = text.slice(next.start, next.end);
    m = NAME_THEN_POSTS.exec(`${line} ${below}`);
    if (m && m[1].length + m[2].length > line.length) m = null; // the name is the row's, whole
    postsAt = next.start + below.indexOf(m?.[3] ?? '');
  }
  const name = m?.[2].replace(' ', '') ?? '';
  if (!m || !isPlausibleName(name) || startsNotName(name)) return [];
  const posts = m[3].split(/[、,]/).map((post) => ({ post, title: titleEndingAt(post, post.length) }));
  if (posts.some((p) => p.title === null)) return [];
  const main = posts.find((p) => !PARTY_POSTS.has(p.title!)) ?? posts[0];
  const qualifier = POST_QUALIFIERS.find((q) => main.post.endsWith(q + main.title)) ?? '';
  const start = from + m[1].length;
  return [
    {
      start,
      end: start + m[2].length,
      // 唐驰 南宁市卫生健康委员会党组书记、主任: the body that opens the posts employs them.
      fields: {
        name,
        role: qualifier + main.title,
        org: bodyAt(institutions, postsAt)?.fields.name ?? null,
        pseudonym: false,
      },
      rule: 'person:name-then-posts',
    },
  ];
}

/** What opens an item of a list of people with their posts: a colon, a bracket, a comma or 、. */
const LIST_ITEM_OPENERS = unitTable(':;,、(【】');
/** The longest posts of such an item read (a body, a party branch and two posts). */
const MAX_LISTED_POSTS = 60;
/** What closes the posts of such an item. */
const POSTS_END = /[,;。)]/;

/**
 * A name, a space and its posts inside a sentence, an item of a list of people (获表彰的有:张永海
 * 某某医院院长、主任医师,张志华 …; (陈胜 某某支部副主委、某某处副处长)): every post ends with a
 * title, the first that is no party post is the role, the body that opens them the org. Read
 * from each space of the line: most lines of prose have none between Han characters.
 */
function listedWithPosts(from: number, line: string, institutions: InstitutionMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let space = line.indexOf(' ', 2); space >= 0; space = line.indexOf(' ', space + 1)) {
    let start = space;
    while (start > 0 && space - start < 4 && isHanUnit(line.charCodeAt(start - 1))) start--;
    if (
      space - start < 2 ||
      space - start > 3 ||
      start === 0 ||
      !LIST_ITEM_OPENERS[line.charCodeAt(start - 1)]
    )
      continue;
    const name = line.slice(start, space);
    if (!isPlausibleName(name) || startsNotName(name)) continue;
    const rest = line.slice(space + 1, space + 1 + MAX_LISTED_POSTS + 1);
    // The posts end at a mark, or with the line.
    const mark = rest.search(POSTS_END);
    const end = mark < 0 && space + 1 + rest.length === line.length ? rest.length : mark;
    const postsText = end < 0 ? '' : rest.slice(0, end).trimEnd();
    if (postsText.length < 2 || !isHanSpan(postsText.replaceAll('、', ''))) continue;
    const posts = postsText.split('、').map((post) => ({ post, title: titleEndingAt(post, post.length) }));
    if (posts.some((p) => p.title === null)) continue;
    const main = posts.find((p) => !PARTY_POSTS.has(p.title!)) ?? posts[0];
    const qualifier = POST_QUALIFIERS.find((q) => main.post.endsWith(q + main.title)) ?? '';
    out.push({
      start: from + start,
      end: from + space,
      fields: {
        name,
        role: qualifier + main.title,
        org: bodyAt(institutions, from + space + 1)?.fields.name ?? null,
        pseudonym: false,
      },
      rule: 'person:listed-with-posts',
    });
  }
  return out;
}

/** A line that opens with a name and a colon: a speaker in a transcript, an interview's headline. */
const OPENING_NAME = /^\s*([\u4e00-\u9fff]{2,4}):/;

function labelled(text: string, words: TokenIndex, from: number, line: string): PersonMention[] {
  const m = OPENING_NAME.exec(line);
  if (!m) return [];
  const end = from + m[0].length - 1;
  const start = end - m[1].length;
  if (nameStartBefore(text, words, end, start, true) !== start) return [];
  return [
    { start, end, fields: { name: m[1], role: null, org: null, pseudonym: false }, rule: 'person:labelled' },
  ];
}

/** An age before a name: 73岁的鲍玉珍, 今年68岁的刘桂兰, 70多岁的张玉萍. */
const AGE = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})[多余]?(?:岁|周岁)的/g;

/** `cues`: the block's 化名, 岁的, ranks and athletes' roles. */
function aged(
  text: string,
  words: TokenIndex,
  from: number,
  to: number,
  line: string,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  const out: PersonMention[] = [];
  if (!cues.some((m) => m[0] === AGE_CUE)) return out;
  for (const m of line.matchAll(AGE)) {
    const at = from + m.index + m[0].length;
    const length = nameLengthAt(text, words, at, to);
    if (length)
      out.push({
        start: at,
        end: at + length,
        fields: { name: text.slice(at, at + length), role: null, org: null, pseudonym: false },
        rule: 'person:aged',
      });
  }
  return out;
}

/** A line listing an expert: the body, then the name, and nothing else (四川大学华西医院龚建明). */
function expertLine(
  text: string,
  words: TokenIndex,
  from: number,
  blockLine: string,
  institutions: InstitutionMention[],
): PersonMention[] {
  const line = blockLine.trimEnd();
  if (line.length > EXPERT_LINE_MAX || PUNCTUATION.test(line.trim())) return [];
  const end = from + line.length;
  for (const length of [3, 2, 4]) {
    const body = lastEndingBy(institutions, end - length);
    // 某某医院揭牌, 某某中心成立: a headline whose body is followed by a verb.
    if (
      !body ||
      body.end !== end - length ||
      body.start < from ||
      !isPlausibleName(text.slice(body.end, end)) ||
      isCommonWord(words, body.end, end)
    )
      continue;
    return [
      {
        start: body.end,
        end,
        fields: {
          name: text.slice(body.end, end),
          role: null,
          org: affiliation(institutions, body),
          pseudonym: false,
        },
        rule: 'person:expert-line',
      },
    ];
  }
  return [];
}

/** A notice about a person opens with the name and sex: 张祁帅,男,汉族,…博平派出所辅警。 */
/** 张某(化名), 王女士(化名), 小李(化名): only a pseudonym makes these forms of address a person. */
const PSEUDONYMOUS =
  /([\u4e00-\u9fff](?:某某|某|女士|先生|小姐|阿姨|大爷|大妈|奶奶|爷爷)|[小老][\u4e00-\u9fff])\s*\(\s*化名/g;

/** `cues`: the block's 化名, 岁的, ranks and athletes' roles. */
function pseudonymous(
  text: string,
  from: number,
  line: string,
  cues: readonly RegExpExecArray[],
): PersonMention[] {
  if (!cues.some((m) => m[0] === PSEUDONYM_CUE)) return [];
  const out: PersonMention[] = [];
  for (const m of line.matchAll(PSEUDONYMOUS)) {
    const name = m[1];
    if (surnameLengthAt(name, name[0] === '小' || name[0] === '老' ? 1 : 0) !== 1) continue;
    const start = from + m.index;
    out.push({
      start,
      end: start + name.length,
      fields: { name, role: titleEndingAt(text, start), org: null, pseudonym: true },
      rule: 'person:pseudonym',
    });
  }
  return out;
}

function profiles(
  text: string,
  from: number,
  line: string,
  article: Article,
  institutions: InstitutionMention[],
): PersonMention[] {
  const m = PROFILE.exec(line);
  if (!m || !isPlausibleName(m[2])) return [];
  const title = lastTitle(line);
  const org = title ? orgBefore(text, from + title.at, article.start, institutions) : null;
  const start = from + (m[1]?.length ?? 0);
  return [
    {
      start,
      end: start + m[2].length,
      fields: { name: m[2], role: title?.title ?? null, org, pseudonym: false },
      rule: 'person:profile',
    },
  ];
}

/** The post a profile ends its first sentence with (…派出所辅警。). */
function lastTitle(block: string): { title: string; at: number } | null {
  const stop = block.indexOf('。');
  const sentence = stop < 0 ? block : block.slice(0, stop);
  let last: { title: string; at: number } | null = null;
  for (const t of TITLE_FINDER.all(sentence)) last = { title: t[0], at: t.index };
  return last;
}

/**
 * Later mentions of a known name, without a title: 冯书龙表示, 刘毅曾在, 马卫红说; not inside the
 * name of a body (乌兰 in 乌兰察布市中心医院).
 */
function bareMentions(
  text: string,
  article: Article,
  pageKnown: ReadonlyMap<string, Known>,
  articleKnown: ReadonlyMap<string, Known>,
  found: PersonMention[],
  institutions: InstitutionMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  const body = text.slice(article.start, article.end);
  const taken = clearedMarks(body.length);
  for (const m of found) taken.fill(1, m.start - article.start, m.end - article.start);
  for (const m of institutions)
    if (m.start >= article.start && m.end <= article.end)
      taken.fill(1, m.start - article.start, m.end - article.start);
  const mentionsOf = (name: string, k: Known) => {
    for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (anyMarked(taken, at, end)) continue;
      if (HONORIFICS.some((h) => body.startsWith(h, end))) continue;
      // 洛桑 in 洛桑桑旦: a minority name's part goes on into a longer name.
      if (
        MINORITY_PART_FIRSTS[body.charCodeAt(end)] === 1 &&
        MINORITY_PART_ENDS.has(name[name.length - 1]) &&
        MINORITY_NAME_PART.test(name)
      )
        continue;
      taken.fill(1, at, end);
      out.push({
        start: article.start + at,
        end: article.start + end,
        fields: { name, role: k.role, org: k.org, pseudonym: k.pseudonym },
        rule: 'person:known',
      });
    }
  };
  // The page's names first, then the article's own: the order of a copy of the page's map that
  // the article's names update.
  for (const [name, k] of pageKnown) mentionsOf(name, articleKnown.get(name) ?? k);
  for (const [name, k] of articleKnown) if (!pageKnown.has(name)) mentionsOf(name, k);
  return out;
}

/**
 * Marks for the characters of an article, all clear, on one buffer kept for the next article: a
 * typed array of its own per article cost more to allocate than its names to find.
 */
let marks = new Uint8Array(1 << 12);

function clearedMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(Math.max(length, 2 * marks.length));
  return marks.subarray(0, length).fill(0);
}

function anyMarked(marked: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (marked[i] === 1) return true;
  return false;
}

/**
 * Names the page states in credits and profiles, for every article of it. Worked out once per
 * page, in the engine's page step: the extractor runs per article, and these rules need no tokens.
 */
export function pageNames(articles: readonly Article[]): Map<string, Known> {
  const names = new Map<string, Known>();
  for (const article of articles) {
    for (const block of article.blocks) {
      for (const c of block.credits ?? []) {
        if ([...c.name].length >= 3 && !names.has(c.name))
          names.set(c.name, { role: c.role, org: null, pseudonym: false });
      }
      const m = block.kind === 'byline' ? null : PROFILE.exec(block.text);
      if (m && isPlausibleName(m[2]) && !names.has(m[2]))
        names.set(m[2], { role: lastTitle(block.text)?.title ?? null, org: null, pseudonym: false });
    }
  }
  return names;
}

/**
 * Length of the name that starts at `at`, or 0: a surname, then one or two characters that end
 * on a word boundary and are followed by what follows names.
 */
function nameLengthAt(text: string, words: TokenIndex, at: number, limit: number, foreign = false): number {
  const minority = minorityNameLengthAt(text, words, at, limit);
  if (minority) return minority;
  // Asked only where no Han name fits: it may cut the block after a foreign post (主席 is common).
  const transliterated = () => (foreign ? transliteratedLengthAt(text, words, at, limit) : 0);
  const surname = surnameLengthAt(text, at);
  // 首相麻生太郎: after a foreign post, a name of four characters jieba knows.
  const whole = foreign && surname ? words.startingAt(at) : undefined;
  if (whole && whole.end - at === 4 && whole.end <= limit && PERSON_TAGS.has(whole.tag)) return 4;
  if (!surname) {
    // 学者托马斯来: a word of three characters at least that jieba tags a foreign name (not 默契),
    // before what follows a name, after any title; after a foreign post a name or an unknown word
    // too (总统特朗普). The token is asked for (which cuts the block) only where one may start: two
    // characters of transliteration.
    const t =
      foreign || (TRANSLITERATION_CHARS.has(text[at]) && TRANSLITERATION_CHARS.has(text[at + 1]))
        ? words.startingAt(at)
        : undefined;
    if (!t || t.end > limit || t.end - at > 5) return transliterated();
    if (
      (foreign || (t.tag === 'nrt' && t.end - at >= 3)) &&
      isTransliterated(text, at, t.end, t.tag) &&
      ((foreign && t.tag === 'x') || followsName(text, words, at, t.end, limit))
    )
      return t.end - at;
    // 缅甸总统廷觉将于: after a foreign post, a word jieba does not know, before what follows a name,
    // is a name written with any characters (Burmese, Thai, Khmer names are no transliterations).
    if (
      foreign &&
      t.tag === 'x' &&
      t.end - at >= 2 &&
      t.end - at <= 4 &&
      !DEMONSTRATIVES.has(text[at]) &&
      isHanSpan(text, at, t.end) &&
      (isPunctuationAt(text, t.end) || AFTER_NAME_CHARS.has(text[t.end] ?? ''))
    )
      return t.end - at;
    return transliterated();
  }
  if (startsNotName(text.slice(at, at + 4))) return transliterated();
  if (startsTitle(text, at)) return 0;
  for (const given of [2, 1]) {
    const end = at + surname + given;
    if (end > limit) continue;
    if (!isHanSpan(text, at, end) || addressed(text, words, at, surname, end)) continue;
    const name = text.slice(at, end);
    // 王芳和李红: the 和 joins; 郑庆和, before a comma, ends the name.
    const last = name[name.length - 1];
    // (李沛和是…: before the copula or 说, 和 joins nothing.)
    if (
      given === 2 &&
      AFTER_NAME_CHARS.has(last) &&
      !(last === '和' && (isPunctuationAt(text, end) || text[end] === '是' || text[end] === '说'))
    )
      continue;
    // 主任邹立副主任柏青: the 副 begins the next title.
    if (given === 2 && name.endsWith('副') && startsTitle(text, end - 1)) continue;
    // 夫人梅|拉尼|娅: a character jieba does not know right after the name goes on with it.
    const after = words.startingAt(end);
    if (after?.tag === 'x' && after.end === end + 1 && isHanUnit(text.charCodeAt(end))) continue;
    // 老人时常来, 职工何时能: the name would start with an adverb or a pronoun jieba knows; 村民都来了:
    // a surname jieba reads as an adverb, before a verb.
    const first = words.startingAt(at);
    if (given === 2 && FUNCTION_WORD_TAGS.has(first?.tag ?? '') && first?.end === at + surname + 1) continue;
    // 老师都这么辛苦: an adverb, then a pronoun or another function word that ends the span.
    const rest = words.startingAt(at + surname);
    if (
      FUNCTION_WORD_TAGS.has(first?.tag ?? '') &&
      first?.end === at + surname &&
      (VERB_TAGS.has(rest?.tag ?? '') || (rest?.end === end && PRONOUN_LIKE_TAGS.has(rest.tag)))
    )
      continue;
    // 患儿费用后: a common word (费用) and a place word (后) are no name.
    if (given === 2 && isCommonWord(words, at, end - 1) && words.startingAt(end - 1)?.tag === 'f') continue;
    // 弟弟来了: a verb and its particle (了, 过, 着) after a word for people are no name.
    if (ASPECT_PARTICLES.has(name[name.length - 1])) continue;
    // jieba tags some departments as names (麻醉科): a name does not end like a body.
    if (
      NOT_NAME_ENDINGS.has(name[name.length - 1]) &&
      !(GIVEN_NAME_ENDINGS.has(name[name.length - 1]) && isUnknownWord(words, at, end))
    )
      continue;
    // 成员由国内知名专家组成, 局长向大家介绍: a preposition that is a surname too (由, 向) before a
    // common word is no name; before a place-like word it may be (副局长向华东).
    // 产妇应多|休息 cut 应多/x: 应 or 于 and a word of degree or mood is the verb phrase (应勇, 于洋 are names).
    if (given === 1 && MODAL_SURNAMES.has(name[0]) && MODAL_FOLLOWERS.has(name[surname])) continue;
    if (
      FUNCTION_CHARS.has(name[0]) &&
      !surnameBeforeNoPost(text, name, end) &&
      !readAsName(words, at, end) &&
      isCommonWord(words, at + surname, end) &&
      words.startingAt(at + surname)?.tag !== 'ns'
    )
      continue;
    if (
      !(words.boundary(end) || gluedToVerb(text, words, at, end)) ||
      (isCommonWord(words, at, end) && !placeTaggedName(words, at, end))
    )
      continue;
    // 外长秦刚首次, 主教练权容学情绪: a word jieba does not know, before anything but more of a
    // name (杜特|尔特, 魏辉|武没: the name goes on; 会长叶林富|叶林富向 is a name said again).
    if (
      followsName(text, words, at, end, limit) ||
      allTagged(words, at, end, PERSON_TAGS) ||
      // (an unknown word of two characters may be a verb phrase: 领导包抓|乡村振兴)
      (end - at > 2 && isUnknownWord(words, at, end) && !nameGoesOn(text, words, end)) ||
      surnameThenGiven(words, at, surname, end)
    )
      return end - at;
  }
  return transliterated();
}

/**
 * Names without a Han surname: 阿卜杜拉·艾力 (its second part as short as what follows allows),
 * and two parts of a Tibetan or Uyghur name (扎西顿珠), or one where it ends (医师扎西(左)).
 */
function minorityNameLengthAt(text: string, words: TokenIndex, at: number, limit: number): number {
  const end = Math.min(limit, at + MAX_DOTTED_NAME);
  // Most names have no dot after their first unit, nor the first unit of a minority name's part:
  // both are read before a pattern runs.
  const dotted =
    unitWithin(text, NAME_DOT, at + 1, Math.min(end, at + 7)) >= 0
      ? DOTTED_NAME.exec(text.slice(at, end))
      : null;
  if (dotted) {
    // 总统与唐纳德·特朗普: a preposition before a long first part is no part of the name.
    if (FUNCTION_CHARS.has(text[at]) && dotted[0].indexOf('·') > 2) return 0;
    const first = at + dotted[0].lastIndexOf('·') + 2;
    const last = at + dotted[0].length;
    // 托乎|提|尼亚|孜、: jieba cuts a long last part into pieces that look like what follows a name
    // (提/v); where the part runs on to a mark with nothing in it that follows names, it is whole.
    if (lastPartRunsToMark(text, words, first - 1, last, limit)) return last - at;
    // 叶尔江·努尔别克家的门: 家 after the name is the person's home. 托合|提|巴克有期徒刑: a piece of
    // one character that ends minority name parts goes on with the name (not 也, nor 来 before 了).
    // 约翰·基领导的国家党: a title's word right after the last part ends the name (here a verb).
    for (let end = first; end <= last; end++)
      if (
        (followsName(text, words, at, end, limit) && !namePieceAt(text, words, end)) ||
        text[end] === '家' ||
        startsTitle(text, end)
      )
        return end - at;
    for (let end = first; end <= last; end++) if (followsName(text, words, at, end, limit)) return end - at;
    return 0;
  }
  if (MINORITY_PART_FIRSTS[text.charCodeAt(at)] !== 1) return 0;
  const rest = text.slice(at, end);
  const first = MINORITY_NAME_PART.exec(rest)?.[0].length ?? 0;
  if (!first) return 0;
  const both = first + (MINORITY_NAME_PART.exec(rest.slice(first))?.[0].length ?? 0);
  for (const length of both > first ? [both, first] : [first])
    if (followsName(text, words, at, at + length, limit)) return length;
  return 0;
}

/** A word of one character that ends minority name parts starts at `at`, and no verb's particle follows it. */
function namePieceAt(text: string, words: TokenIndex, at: number): boolean {
  return (
    MINORITY_PART_ENDS.has(text[at]) &&
    !AFTER_NAME_CHARS.has(text[at]) &&
    !ASPECT_PARTICLES.has(text[at + 1]) &&
    words.startingAt(at)?.end === at + 1
  );
}

/** The last character of minority name parts or of a transliteration (孜, 提, 京). */
function endsLikeName(last: string): boolean {
  return MINORITY_PART_ENDS.has(last) || TRANSLITERATION_CHARS.has(last);
}

/**
 * A dotted name's last part [from, end) ends at a mark and as names do, and no word in it follows names: none
 * starts with a character that does (也, 说, 等), none of two characters or more is a verb, an
 * adverb or a function word to jieba (吐尔洪做检查: 检查), and no title starts in it.
 */
function lastPartRunsToMark(
  text: string,
  words: TokenIndex,
  from: number,
  end: number,
  limit: number,
): boolean {
  if (end < limit && !isPunctuationAt(text, end)) return false;
  // 买买提一起, 艾力交流: the run ends as names do, or it ends in a common word.
  if (!endsLikeName(text[end - 1])) return false;
  for (let at = from; at < end; ) {
    const t = words.startingAt(at);
    if (!t || t.end > end) return false;
    if (AFTER_NAME_CHARS.has(text[at]) || (t.end - at > 1 && AFTER_TAGS.has(t.tag)) || startsTitle(text, at))
      return false;
    at = t.end;
  }
  return true;
}

/** What follows 王家, 李家 (the family) in a phrase: its people, its home, its place (王家人, 李家村). */
const AFTER_FAMILY = new Set([...'人里中门族院村店屯庄湾坝沟口铺子']);

/**
 * The name [at, end) is a surname and a form of address (张大爷, 王某, 张伯, 王叔叔); a kin word
 * before another character starts a given name (张伯礼, 张家明) unless jieba reads a word in them
 * (王家|人, 家人).
 */
function addressed(text: string, words: TokenIndex, at: number, surname: number, end: number): boolean {
  const given = at + surname;
  // 王家|人: the surname and the kin word a word (the family), then what the family has or does;
  // 董家|鸿 院士 is a name.
  const kinName = (h: string) =>
    KIN_WORDS.has(h) &&
    end === given + 2 &&
    text[given + 1] !== h &&
    !isCommonWord(words, given, end) &&
    !(isCommonWord(words, at, given + 1) && AFTER_FAMILY.has(text[end - 1]));
  return HONORIFICS.some((h) => text.startsWith(h, given) && !kinName(h));
}

/** `s` starts with a word that begins with a surname character but is no name (全市, 常态化). */
function startsNotName(s: string): boolean {
  for (let n = 2; n <= s.length; n++) if (NOT_NAMES.has(s.slice(0, n))) return true;
  return false;
}

/**
 * jieba glues an unknown name, or its last characters, to the one-character verb after it
 * (副市长|张月莲到|医院, 欧阳明|辉说): the name ends inside that unknown word, where a character
 * that follows names begins. With 说 it makes words (主席|钱秀|明说, 又说, 就说): then the name's
 * first part must be a word jieba does not know or reads as a name.
 */
function gluedToVerb(text: string, words: TokenIndex, at: number, end: number): boolean {
  if (!AFTER_NAME_CHARS.has(text[end])) return false;
  for (let from = end - 1; from >= at; from--) {
    const t = words.startingAt(from);
    if (t)
      return (
        t.end === end + 1 &&
        (t.tag === 'x' || (text[end] === '说' && from > at && NAME_TAGS.has(words.startingAt(at)?.tag ?? '')))
      );
  }
  return false;
}

/**
 * 任 is a common surname and a verb that takes a post (教授任名誉主任委员): with no post after
 * the three characters, a name (老师任春光、…, 任春光说).
 */
function surnameBeforeNoPost(text: string, name: string, end: number): boolean {
  // 李主任任评审组成员: what follows a name (、, 说) must follow, not more of a post.
  return (
    name[0] === '任' &&
    name.length === 3 &&
    (isPunctuationAt(text, end) || AFTER_NAME_CHARS.has(text[end] ?? ''))
  );
}

/** An interview between a speaker and the verb: 在接受记者采访时说, 在接受本报采访时表示. */
const INTERVIEWED = /在接受[\u4e00-\u9fff]{0,6}?采访时$/;

/**
 * Whom or where someone spoke, between the speaker and the verb: 向记者介绍, 对本报记者说,
 * 向《科技日报》表示, 在会上强调, 在讲话中指出, 在检查时要求. SPOKEN_TO_ENDS: the last characters it may end with.
 */
const SPOKEN_TO =
  /(?:(?:向|对|跟)(?:本报|本台|本网)?(?:记者|笔者|媒体|大家)|(?:向|对)《[^《》\s]{1,12}》(?:记者)?|在[\u4e00-\u9fff]{1,8}?[上中时])$/;
const SPOKEN_TO_ENDS = new Set([...'者家体》上中时']);

/** What may stand between a speaker and 说: 解释说, 补充说, 笑着说. */
const BEFORE_SAY = /(?:解释|补充|回忆|介绍|感慨|坦言|笑着|接着|继续)$/;

/** How someone spoke, then the verb (邢国梁高兴地说, 满意地表示): jieba glues 地 to the verb. */
const MANNER_OF_SPEECH = new RegExp(
  `(?:很|最|更|十分|非常|特别)?[\\u4e00-\\u9fff]{2}地(?:${SPEECH_VERBS.join('|')})`,
  'y',
);

function followsName(text: string, words: TokenIndex, start: number, end: number, limit: number): boolean {
  if (end >= limit) return true;
  const next = text[end];
  // 邓晓梅5日主持: a date after the name.
  if (isPunctuationAt(text, end) || AFTER_NAME_CHARS.has(next) || isAsciiDigit(text.charCodeAt(end)))
    return true;
  if (AFTER_NAME_WORDS.some((w) => text.startsWith(w, end))) return true;
  MANNER_OF_SPEECH.lastIndex = end;
  if (MANNER_OF_SPEECH.test(text)) return true;
  // 院长刘洋教授, 总经理潘明远先生: a title on both sides (专家和高级主任医师: no name 和高级).
  if (titleAfterNameAt(text, end)) return !FUNCTION_CHARS.has(text[start]) || readAsName(words, start, end);
  if (startsTitle(text, end)) return false;
  const tag = words.startingAt(end)?.tag;
  return tag !== undefined && AFTER_TAGS.has(tag);
}

/** The title that starts at `at`, if any. */
function titleAt(text: string, at: number): string | undefined {
  TITLE_HERE.lastIndex = at;
  return TITLE_HERE.exec(text)?.[0];
}

/** The title after a name that starts at `at`, if any. */
function titleAfterNameAt(text: string, at: number): RegExpExecArray | null {
  return TITLES_AFTER.matchAt(text, at);
}

/** A title of six units at most starts at `at`. */
function startsTitle(text: string, at: number): boolean {
  return SHORT_TITLES.matchAt(text, at) !== null;
}

function isPlausibleName(name: string): boolean {
  const surname = surnameLengthAt(name, 0);
  const given = name.length - surname;
  return (
    surname > 0 && given >= 1 && given <= 2 && !HONORIFICS.some((h) => name.slice(surname).startsWith(h))
  );
}

/**
 * In a chain of posts (聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲) the first body and
 * its last title are the person's main post: 主任 of 聊城市卫生健康委. Null when the title
 * before the name is not the end of such a chain.
 */
function firstPost(
  text: string,
  titleStart: number,
  title: string,
  institutions: InstitutionMention[],
): { role: string; org: string } | null {
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
  return first && first.end === at
    ? { role: inChain ? title : role, org: affiliation(institutions, first) }
    : null;
}

/**
 * 市委常委、常务副市长许志刚 keeps its post; 局长、党组书记谭建平 is 局长: when the title before the
 * name is a party post, the nearest other post of its chain is the role.
 */
function governmentPost(
  text: string,
  titleStart: number,
  title: string,
): { title: string; start: number } | null {
  if (!PARTY_POSTS.has(title)) return null;
  for (
    let at = titleStart, before = titleEndingAt(text, at - 1);
    text[at - 1] === '、' && before;
    before = titleEndingAt(text, at - 1)
  ) {
    at -= before.length + 1;
    if (!PARTY_POSTS.has(before)) return ranked(text, at, before);
  }
  return null;
}

/** Professional ranks written before a profession: 副主任康复治疗师, 主管药师. */
const RANKS = ['副主任', '主任', '主管', '副高级', '高级'];
/** Qualifiers of any post: 常务副院长, 一级调研员. */
const POST_QUALIFIERS = ['常务', '一级', '二级', '三级', '四级'];

/** The title with the rank or qualifier before it, when it has one. */
function ranked(text: string, titleStart: number, title: string): { title: string; start: number } {
  const rank =
    (title.endsWith('师')
      ? RANKS.find((r) => !title.startsWith(r) && text.startsWith(r, titleStart - r.length))
      : undefined) ?? POST_QUALIFIERS.find((q) => text.startsWith(q, titleStart - q.length));
  return rank ? { title: rank + title, start: titleStart - rank.length } : { title, start: titleStart };
}

/** Where a chain of titles before a name starts: 主任、主任医师王建国 -> at 主任. */
function chainStart(text: string, titleStart: number): number {
  let at = titleStart;
  for (
    let before = titleEndingAt(text, at - 1);
    text[at - 1] === '、' && before;
    before = titleEndingAt(text, at - 1)
  )
    at -= before.length + 1;
  return at;
}

/**
 * 冠县中医医院院长陈卫东、党委书记马立新: a post listed right after another person's name is of
 * the same body; after a comma only the same post one rank down (局长吴建军,副局长郑丽).
 */
function listedWith(text: string, title: string, titleStart: number, before: PersonMention[]): string | null {
  const previous = before[before.length - 1];
  if (!previous || previous.end >= titleStart) return null;
  const separator = text[previous.end];
  // 心内科主任甘晓红、骨科主任廖建军: a post in another department of the same body.
  const department = text.slice(previous.end + 1, titleStart);
  if (department !== '')
    return separator === '、' && DEPARTMENT.test(department) ? previous.fields.org : null;
  const samePost = previous.fields.role !== null && basePost(previous.fields.role) === basePost(title);
  return separator === '、' || (separator === ',' && samePost) ? previous.fields.org : null;
}

/** A department of a body, named before a post in it (骨科, 护理部, 教研室). */
const DEPARTMENT = /^[\u4e00-\u9fff]{1,6}[科部室]$/;

/** 常务副院长 -> 院长. */
function basePost(title: string): string {
  return title.replace(/^(?:常务)?副/, '');
}

const DEGREES = new Set(['博士', '硕士']);

/**
 * 骨科副主任医师、医学博士陈志刚: a degree is no post; the title before it in the chain is the
 * role (with where it stands, for the org).
 */
function postBeforeDegree(
  text: string,
  degreeStart: number,
  degree: string,
): { title: string; start: number } | null {
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
  for (
    let prev = lastEndingBy(institutions, start);
    prev && prev.end === start && prev.fields.category === last.fields.category;
    prev = lastEndingBy(institutions, start)
  ) {
    org = prev.fields.name + org;
    start = prev.start;
  }
  return org;
}

/** The body that starts at `at`, if any (a list item there is no name: 郑丽丹、乐清华润电器有限公司). */
function bodyAt(institutions: InstitutionMention[], at: number): InstitutionMention | undefined {
  const body = institutions[firstStartingFrom(institutions, at)];
  return body?.start === at ? body : undefined;
}

/** The body that ends right where a title starts (某某日报|记者), as its post. */
function adjacentBody(institutions: InstitutionMention[], titleStart: number): string | null {
  const body = lastEndingBy(institutions, titleStart);
  return body && body.end === titleStart ? affiliation(institutions, body) : null;
}

/** The titles by their last unit, in list order. */
const TITLES_BY_LAST = new Map<number, string[]>();
for (const t of TITLES) {
  const last = t.charCodeAt(t.length - 1);
  TITLES_BY_LAST.set(last, [...(TITLES_BY_LAST.get(last) ?? []), t]);
}

/** The longest title that ends just before `at` (the first listed of the longest). */
function titleEndingAt(text: string, at: number): string | null {
  let best: string | null = null;
  for (const t of TITLES_BY_LAST.get(text.charCodeAt(at - 1)) ?? [])
    if (t.length > (best?.length ?? 0) && t.length <= at && text.startsWith(t, at - t.length)) best = t;
  return best;
}

/**
 * What turns from a body to another party before a title: a preposition or a conjunction
 * (市政府向多弗集团董事长: the chairman is not the government's). A paper, a site or an agency
 * is the org only with nothing or a department between (中国日报社社长, 人民日报社评论部主任), not
 * across its dateline and credit (新华社北京4月6日电(记者 X)国家主席).
 */
const OTHER_PARTY = /^[向对给与和同跟为把被及]/;
/** 基金会队员杨某(左)与白某某院长: a person after 与 is another party than the body's man before it. */
const WITH_BEFORE = /[与同跟]$/;

/**
 * The institution a title belongs to: the nearest institution mention between the start of the
 * clause and the title (东昌府区妇幼保健院小儿外科主任), or the body 该院 refers to.
 */
function orgBefore(
  text: string,
  titleStart: number,
  articleStart: number,
  institutions: InstitutionMention[],
): string | null {
  let clauseStart = titleStart;
  while (
    clauseStart > articleStart &&
    titleStart - clauseStart < ORG_REACH &&
    !isClauseBreakAt(text, clauseStart - 1)
  )
    clauseStart--;
  // 吴川市市委|书记: a title that begins inside the body's head (市委书记) holds a post of that body.
  const straddled = institutions[firstStartingFrom(institutions, titleStart) - 1];
  if (straddled && straddled.end > titleStart && straddled.end - titleStart <= MAX_HEAD_IN_TITLE)
    return affiliation(institutions, straddled);
  const nearest = lastEndingBy(institutions, titleStart);
  const between = nearest ? text.slice(nearest.end, titleStart) : '';
  if (
    nearest &&
    nearest.start >= clauseStart &&
    !OTHER_PARTY.test(between) &&
    !(between.length > 1 && WITH_BEFORE.test(between)) &&
    !(nearest.fields.category === 'media' && between !== '' && !isHanSpan(between))
  )
    return affiliation(institutions, nearest);
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
  const t = wordAt(words, start, end);
  // (顾客/nr, 满怀/nr: a word jieba tags a name that is none.)
  return t !== undefined && (!NAME_TAGS.has(t.tag) || NOT_NAMES.has(t.word));
}

/**
 * jieba's dictionary tags some full names as places (马建国/ns): right after a title or in a list
 * of names, a word of three characters that it tags so, opening with a frequent surname, that no
 * place of China is called, is a name (名叫黄土坡 and 群众满意度 are none).
 */
function placeTaggedName(words: TokenIndex, start: number, end: number): boolean {
  const text = words.text;
  return (
    end - start === 3 &&
    wordAt(words, start, end)?.tag === 'ns' &&
    startsWithCommonSurname(text, start) &&
    (titleEndingAt(text, start) !== null || text[start - 1] === '、') &&
    !isPlaceName(text.slice(start, end))
  );
}

/** The token that is exactly [start, end), if jieba cuts one there. */
function wordAt(words: TokenIndex, start: number, end: number): Token | undefined {
  const t = words.startingAt(start);
  return t?.end === end ? t : undefined;
}

/**
 * jieba reads a surname alone as a name and the two characters after it as one word (监制骆|德华
 * 缺席, 德华/nz): a full name, whatever follows it.
 */
function surnameThenGiven(words: TokenIndex, at: number, surname: number, end: number): boolean {
  if (end - at - surname !== 2) return false;
  const first = words.startingAt(at);
  return first?.tag === 'nr' && first.end === at + surname && words.startingAt(first.end)?.end === end;
}

/**
 * At `at` a word jieba tags a name or does not know, or a lone character it reads as a bound
 * morpheme (张云|衎/zg), goes on with the name before it: not a full name of its own.
 */
function nameGoesOn(text: string, words: TokenIndex, at: number): boolean {
  const next = words.startingAt(at);
  if (next === undefined || !isHanUnit(text.charCodeAt(at))) return false;
  if (next.end === at + 1 && next.tag.endsWith('g')) return true;
  return NAME_TAGS.has(next.tag) && !(next.end - at >= 3 && surnameLengthAt(text, at) > 0);
}

/** [start, end) is one word jieba does not know (its HMM assembled it). */
function isUnknownWord(words: TokenIndex, start: number, end: number): boolean {
  return wordAt(words, start, end)?.tag === 'x';
}

/** Whether [start, end) is one word jieba tags a common noun. */
function nounAt(words: TokenIndex, start: number, end: number): boolean {
  return wordAt(words, start, end)?.tag === 'n';
}

/** Whether [start, end) is one word jieba tags a verb. */
function verbAt(words: TokenIndex, start: number, end: number): boolean {
  const tag = wordAt(words, start, end)?.tag;
  return tag === 'v' || tag === 'vi';
}

/** The dictionary word (no name, no unknown word) that `at` falls inside, if any. */
function wordAcross(words: TokenIndex, at: number): Token | undefined {
  if (words.boundary(at)) return undefined;
  for (let from = at - 1; from >= Math.max(0, at - MAX_WORD); from--) {
    const t = words.startingAt(from);
    if (t) return t.end > at && !NAME_TAGS.has(t.tag) ? t : undefined;
  }
  return undefined;
}
