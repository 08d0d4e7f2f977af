// Bylines: the lines that name who wrote or photographed an article. They matter twice: the
// normaliser must not join them to the text around them, and the segmenter uses them as
// article boundaries (the people extractor reads the names from them).
//
//   ■ 金增秀 周长才          □ 金增秀             记者 陶春燕         ■ 记者 张明 摄
//   陶春燕 聊城报道          李怀磊 通讯员 张亚林 聊城报道       记者:王敏 周 敏
//   来源:健康报 作者:王敏 李强                             王敏 · 2025-08-29 · 来源:…
//   聊城江北水城旅游度假区卫生和计划生育局局长 王锋

import { isWhiteSpace } from '../basics.js';
import { startsWithCommonSurname, surnameLengthAt } from '../lexicon/surnames.js';
import { MINORITY_NAME_PARTS } from '../lexicon/titles.js';

export interface BylineName {
  name: string;
  /** Offset of the name within the line. */
  at: number;
  /** 作者 unless the line gives a role before the name (记者, 通讯员, 局长 ...). */
  role: string;
  /** Printed with a space inside (周 敏): the mention spans one character more than the name. */
  spaced?: boolean;
  /** The paper the credit names before the role ((健康报记者 王敏)), if any. */
  org?: string;
}

const NAME = '[\\u4e00-\\u9fff]{2,4}';
/** A name of two characters printed with a space between them (程 阳). */
const SPACED_NAME = '[\\u4e00-\\u9fff][ \\u3000][\\u4e00-\\u9fff](?![\\u4e00-\\u9fff])';
/** Words in a credit that give the role of the names after them; null: the credit's default. */
const ROLE_WORDS = new Map<string, string | null>([
  ['通讯员', '通讯员'],
  ['记者', '记者'],
  ['本报记者', '记者'],
  ['特约记者', '特约记者'],
  ['实习记者', '实习记者'],
  ['见习记者', '见习记者'],
  // Some papers' word for their reporters (封面新闻采访人员 邵萌).
  ['采访人员', '记者'],
  ['实习生', '实习生'],
  ['特约撰稿人', '撰稿人'],
  ['撰稿人', '撰稿人'],
  ['作者', '作者'],
  ['摄影', '摄影'],
  ['文/图', null],
  ['图文', null],
  ['文', null],
  ['图', null],
  ['摄', null],
  ['文/', null],
  ['图/', null],
  ['摄影/', null],
  ['摄/', null],
  // A footer's roles with a slash (供稿/办公室 张军 编审/余多宝, 图文/宣传科 通讯员/王敏).
  ['供稿/', null],
  ['图文/', null],
  ['通讯员/', '通讯员'],
  ['记者/', '记者'],
  ['撰稿/', null],
  ['编审/', '编审'],
  ['审核/', '审核'],
  ['编辑/', '编辑'],
  ['责编/', '责任编辑'],
  ['校对/', '校对'],
]);
/**
 * A hospital's or office's department that a web page credits as its editor or author (编辑:宣传科,
 * 作者:医务科): shaped like a name (宣 is a surname), but none.
 */
const HOSPITAL_DEPARTMENT =
  /^(?:宣传|医务|护理|科教|信息|总务|财务|质控|院办|党办|办公|教学|科研|人事|保卫|后勤|保健|防保|药剂|宣教|综合)(?:科|室|部|处|办|组)$/;
/** A department a footer's role names before the names (供稿/办公室, 供稿/宣传科). */
const CREDIT_DEPARTMENT = /^[\u4e00-\u9fff]{1,8}(?:室|科|部|处|办|组|中心)$/;
/** Labels of a footer that credit the writer: the credit is the author's (作者). */
const WRITER_LABELS = ['图文', '撰稿', '文字', '供稿'];
/**
 * A page's header or footer credits its author and editors: 作者:刘敏 点击数:…, 编辑: 王敏,
 * 责编:李强审核:赵刚 (the role as written).
 */
const EDITOR_ROLES = [
  '作者',
  '记者',
  '责任编辑',
  '责编',
  '编辑',
  '审核',
  '校对',
  '监制',
  '终审',
  '审校',
  '撰文',
  '摄影',
  '摄像',
  // A government site's review chain and a paper's editors (一审:王敏,二审:李强; 主编:赵刚).
  '一审',
  '二审',
  '三审',
  '初审',
  '复审',
  '审签',
  '主编',
  '副主编',
  // A WeChat account's review chain (责编丨王敏 编审丨李强 监审丨赵刚).
  '编审',
  '监审',
  ...WRITER_LABELS,
];
/** A hospital's office before the name in a credit, glued or spaced (图文:医联办王敏, 图文:宣传科 李强). */
const GLUED_DEPARTMENT = '(?:[\\u4e00-\\u9fff]{1,5}?(?:科|室|部|办|组)\\s?)?';
/**
 * A name runs to a non-Han character or the next role; a two-character name may be printed
 * with a space between its characters (图文:沈 亮), after its office maybe (图文:医联办王敏). A
 * word before a colon is the next label (作者:科教科 来源:本站), no name.
 */
const EDITOR_CREDIT = new RegExp(
  `(${EDITOR_ROLES.join('|')})\\s*[:：丨|]\\s*${GLUED_DEPARTMENT}([\\u4e00-\\u9fff]{2,4}?(?=$|[^\\u4e00-\\u9fff:：]|${EDITOR_ROLES.join('|')})|[\\u4e00-\\u9fff][ \\u3000][\\u4e00-\\u9fff](?![\\u4e00-\\u9fff]))`,
  'g',
);
/**
 * A footer's role of two characters printed with a space between them to line up (主 编|王敏): the
 * line is read with that space taken out.
 */
const SPACED_ROLE = /^(\s*[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff]\s*[:：丨|])/;
/** `line` without the space inside its opening role, and where that space stood (-1: none). */
function withoutRoleSpace(line: string): { text: string; space: number } {
  const m = line.length > 3 && line.charCodeAt(1) <= 0x3000 ? SPACED_ROLE.exec(line) : null;
  return m
    ? { text: line.slice(0, m[1].length) + line.slice(m[1].length + 1), space: m[1].length }
    : { text: line, space: -1 };
}
const MORE_NAMES = /^(\s+|\s*、\s*)([\u4e00-\u9fff]{2,4})(?=\s|$|、|[)）\]】])/;
/** Roles a credit gives the press, as opposed to a post (局长) that a signed article's author holds. */
export const PRESS_ROLES = new Set([
  '作者',
  ...EDITOR_ROLES,
  ...[...ROLE_WORDS.values()].filter((r) => r !== null),
]);
/** Credit words written against the name before them (张明摄, 尤文龙摄影报道, 王敏/文, 李强/图). */
const NAME_SUFFIXES = ['摄影报道', '报道', '摄影', '摄', '/文', '/图', '/摄'];
/** Role words longest first, to split one written against a name (特约记者蒲晓东). */
const GLUED_ROLES = [...ROLE_WORDS.keys()].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
const TITLE_SUFFIX =
  /(?:局长|主任|院长|书记|馆长|站长|所长|校长|会长|理事长|主席|经理|记者|通讯员|教授|主任医师|护士长|部长|处长|科长|市长|县长|区长|主委)$/;

/** ■ 金增秀 周长才, ■ 记者 张明 摄: names and role words (checked by `namesIn`) after the mark. */
const MARKED = /^[■□]\s*(\S.*)$/;
/** 文/王敏 图/李强, 文|王敏, 文丨王敏: a credit line that opens with 文/ or 图/. */
const WRITTEN_BY = /^(?:文|图|文\/图|摄影)\s*[/|丨]/;
const REPORTER =
  /^(?:文\s*[/|丨]\s*)?(?:《[^《》]{1,12}》)?(?:本报|本台|本网|[\u4e00-\u9fff]{1,8}?(?:网|报|刊|社|台|新闻|融媒体?))?(?:特约|实习|见习|融媒)?记者\s*[:：/|丨]?\s*(\S.*)$/;
/** 通讯员 王敏 李强, 来源:实习生 王敏: a line of names after a press role other than 记者 (read by `namesIn`). */
const PRESS_LINE = /^(?:来源\s*[:：]\s*)?((?:通讯员|实习生|特约记者|见习记者|实习记者)\s*[:：]?\s*\S.*)$/;
/** 作者:王敏 李强, after the source and date: 来源:健康报 时间:2024-05-06 作者:王敏 李强. */
const AUTHOR = /^(?:(?:来源|时间|发布时间|日期)\s*[:：]\s*\S+\s+){0,3}作者\s*[:：|丨]\s*(\S.*)$/;
/**
 * A paper's or site's name, then its reporters and their roles: 齐鲁晚报·齐鲁壹点 王敏 李强 通讯员
 * 赵刚 (the names before any role are its reporters). A station is a 电视台 and a paper no
 * 简报 or 通报 (搭建服务平台 王敏, 工作简报 王敏 are none).
 */
export const MEDIA_CREDIT =
  /^([\u4e00-\u9fff]{0,10}?(?:(?<![简通海情汇公举预])报社?|网|电视台|新华社|中新社|通讯社|客户端|融媒体?(?:中心)?)(?:·[\u4e00-\u9fff]{2,8})?)\s+(\S.*)$/;
/** A web page's header: the author, the date, the source (王敏 · 2025-08-29 · 来源:健康网). */
const WEB_HEADER = new RegExp(`^(${NAME})\\s*[·|]\\s*\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s|[·|]|$)`);
/** 李怀磊 通讯员 张亚林 聊城报道, 晁玉萍 陆珂羽 程 阳 报道 (a name of two printed with a space between). */
const REPORTED_FROM = new RegExp(
  `^((?:${NAME}|${SPACED_NAME}|通讯员|记者)(?:\\s+(?:${NAME}|${SPACED_NAME}|通讯员|记者))*)\\s+[\\u4e00-\\u9fff]{0,4}报道$`,
);
/** 周文波 文/图, 宣传科 王敏 李强 文: names, then what they made, the department maybe before them. */
const NAMES_THEN_CREDIT_WORD = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{2,12}?(?:科|部|室|办|中心)\\s+)?(${NAME}(?:\\s+${NAME})*)\\s+(?:文\\/图|图\\/文|文|图)$`,
);
const TITLED = new RegExp(`^([\\u4e00-\\u9fff]{2,40})\\s+(${NAME})$`);

/**
 * A line that opens with a dateline: the paper's own (本报讯, 本报记者), or another paper's, site's
 * or agency's (成都日报讯, 聊城融媒讯, 新华社北京12月3日电, 中新网上海3日电); a place without a date
 * takes 讯 (本报绵阳讯), not a word that ends in it (网络平台发布资讯) nor 电 (电视台突然断电).
 */
export const DATELINE =
  /^(?:本报(?:讯|记者)|[\u4e00-\u9fff]{0,10}?(?:报|网|台|社|融媒|融媒体|融媒体中心|客户端)(?:(?:[\u4e00-\u9fff]{0,6}?\d{1,2}(?:月\d{1,2})?日)?(?:讯|电)|[\u4e00-\u9fff]{2,6}?(?<![资通简快喜音短电传视死审问质])讯)(?![\u4e00-\u9fff]))/;

/** White space right before the last two to four units: where a titled credit's name starts (局长 王锋). */
function spaceBeforeLastName(text: string): boolean {
  for (let k = 3; k <= 5; k++)
    if (k <= text.length && isWhiteSpace(text.charCodeAt(text.length - k))) return true;
  return false;
}

// Most lines are running text, which none of the patterns below matches; these tests of a few
// units at a line's start turn most away before a pattern runs or the whole line is searched.

/** Where 记者 starts at the latest in a match of REPORTER without 文/: after 《…》, a paper and 特约. */
const LAST_REPORTER_START = 14 + 11 + 2;

/** Whether REPORTER may match: its 记者 stands near the start (or after 文/, which is rare: then anywhere). */
function mayCreditReporter(text: string): boolean {
  if (text.startsWith('文')) return text.includes('记者');
  // A loop over so few units is faster than lastIndexOf's call into the runtime.
  for (let i = 0, stop = Math.min(LAST_REPORTER_START, text.length - 2); i <= stop; i++)
    if (text.charCodeAt(i) === 0x8bb0 && text.charCodeAt(i + 1) === 0x8005) return true; // 记者
  return false;
}

/** The number of Han characters (and ·, with `dots`) a text starts with, counted up to `max` + 1. */
function leadingHan(text: string, max: number, dots: boolean): number {
  let n = 0;
  for (; n <= max && n < text.length; n++) {
    const c = text.charCodeAt(n);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (dots && c === 0xb7))) break;
  }
  return n;
}

/** Whether WEB_HEADER may match: a name of two to four Han characters, then white space, · or |. */
function mayBeWebHeader(text: string): boolean {
  const n = leadingHan(text, 4, false);
  const c = text.charCodeAt(n);
  return n >= 2 && n <= 4 && (isWhiteSpace(c) || c === 0xb7 || c === 0x7c);
}

/** MEDIA_CREDIT's name of a paper or site: Han characters and ·, 24 at most (10, 融媒体中心, ·, 8). */
const MAX_MEDIA_NAME = 24;

/** Whether MEDIA_CREDIT may match: the name of a paper, then white space. */
function mayBeMediaCredit(text: string): boolean {
  const n = leadingHan(text, MAX_MEDIA_NAME, true);
  return n >= 1 && n <= MAX_MEDIA_NAME && isWhiteSpace(text.charCodeAt(n));
}

/** Whether AUTHOR may match: it opens with 作者 or with a label before it (来源, 时间, 发布时间, 日期). */
function mayCreditAuthor(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x4f5c || c === 0x6765 || c === 0x65f6 || c === 0x53d1 || c === 0x65e5; // 作来时发日
}

/** Names in a byline line, or null when the line is not a byline. */
export function parseByline(line: string): BylineName[] | null {
  // Most lines have no white space at either end: then trim's call is spared.
  const text =
    isWhiteSpace(line.charCodeAt(0)) || isWhiteSpace(line.charCodeAt(line.length - 1)) ? line.trim() : line;
  const last = text.charCodeAt(text.length - 1);
  let m = text.startsWith('■') || text.startsWith('□') ? MARKED.exec(text) : null;
  const marked = m ? namesIn(m[1], text.indexOf(m[1]), '作者') : null;
  if (marked) return marked;
  // ■本报记者陆增安/文宋延康/图: after the mark, a reporters' credit. Each pattern below needs a
  // word most lines lack: looking for it is cheaper than the pattern.
  const credit = m ? m[1] : text;
  m = mayCreditReporter(credit) ? REPORTER.exec(credit) : null;
  const reporters = m ? namesIn(m[1], text.indexOf(m[1]), '记者') : null;
  if (reporters) return reporters;
  m = PRESS_LINE.exec(text);
  const press = m ? namesIn(m[1], text.indexOf(m[1]), '作者') : null;
  if (press) return press;
  const written = WRITTEN_BY.test(text) ? namesIn(text, 0, '作者') : null;
  if (written) return written;
  m = mayCreditAuthor(text) && text.includes('作者') ? AUTHOR.exec(text) : null;
  const authors = m ? namesIn(m[1], text.lastIndexOf(m[1]), '作者') : null;
  if (authors) return authors;
  m = mayBeWebHeader(text) ? WEB_HEADER.exec(text) : null;
  if (m && isName(m[1])) return [{ name: m[1], at: 0, role: '作者' }];
  m = mayBeMediaCredit(text) && text.includes(' ') ? MEDIA_CREDIT.exec(text) : null;
  const media = m ? namesIn(m[2], m[0].length - m[2].length, '记者') : null;
  // The paper's reporters are its own; a 通讯员 writes for it from elsewhere.
  if (media) return media.map((c) => (c.role === '记者' ? { ...c, org: m![1].split('·')[0] } : c));
  m = last === 0x9053 && text.endsWith('报道') ? REPORTED_FROM.exec(text) : null; // 道
  if (m) return namesIn(m[1], 0, '记者');
  m = last === 0x6587 || last === 0x56fe ? NAMES_THEN_CREDIT_WORD.exec(text) : null; // 文, 图
  if (m) return namesIn(m[1], text.indexOf(m[1]), '作者');
  m = spaceBeforeLastName(text) ? TITLED.exec(text) : null;
  if (m && TITLE_SUFFIX.test(m[1]) && isName(m[2])) {
    const title = TITLE_SUFFIX.exec(m[1])![0];
    return [{ name: m[2], at: text.length - m[2].length, role: title }];
  }
  return null;
}

/** A credit closing a story after its mark: …前来就诊。■ 刘庆功, …主办。□范丽静/文  柯宏/摄. */
const CREDITED_NAME = `${NAME}(?:\\/[文图摄])?`;
const TRAILING_CREDIT = new RegExp(
  `[。!?”]\\s*[■□]\\s*(${CREDITED_NAME}(?:\\s+${CREDITED_NAME})*)(?:\\s*摄)?$`,
);
/** A photo credit in a caption: 义诊现场(张明 摄), (记者 张明 摄). */
const PHOTO_CREDIT = new RegExp(`\\(\\s*((?:(?:记者|通讯员)\\s*)?${NAME}(?:\\s+${NAME})*)\\s*摄\\s*\\)`);

/** A caption or story that ends with its photo credit on the same line: …前来就诊。■ 刘庆功 */
export function endsWithCredit(line: string): boolean {
  return trailingCredit(line) !== null;
}

/** Most lines have no credit mark, and looking for one is cheaper than the pattern. */
function trailingCredit(line: string): RegExpExecArray | null {
  return line.includes('■') || line.includes('□') ? TRAILING_CREDIT.exec(line) : null;
}

/** A story that closes with its credit in brackets (…零死亡。(王敏 李强)): its paragraph ends there. */
export function endsWithClosingCredit(line: string): boolean {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(')')) return false;
  const m = CLOSING_CREDIT.exec(trimmed);
  const names = m ? namesIn(m[1], 0, '作者') : null;
  return names !== null && (names.length > 1 || names[0].role !== '作者');
}

/** A caption that credits its photo, 义诊现场(张明 摄): text, never a headline. */
export function isCaption(line: string): boolean {
  return (
    line.includes('摄') &&
    (PHOTO_CREDIT.test(line) || CAPTION_IN_BRACKETS.test(line) || ENDS_WITH_PHOTO_CREDIT.test(line))
  );
}

/** A date line alone: the day, maybe its time, maybe a source or an author after it. */
const WEB_DATE_LINE =
  /^(?:发布时间[:：]\s*)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:来源|作者|编辑)\s*[:：]?\s*)?[\u4e00-\u9fffA-Za-z ]{0,16}$/;
/** A day with its clock time, as a web page stamps its articles (2022-04-15 09:59, 2025年9月28日 09:59). */
const STAMPED_DAY = /\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}/;
/** A label of a web page's header row (来源:, 网络编辑:, 浏览次数:). */
const PAGE_LABEL = /(?:来源|作者|编辑|责编|发布|日期|浏览|阅读|点击|分类|字号)\S{0,2}\s*[:：]/;
/** How long (UTF-16 units) a header row that holds more than a date may be (频道|来源:…|网络编辑:…). */
const MAX_HEADER_ROW = 100;
/**
 * A web page's date line under its title (2020-10-29 10:09, 2019-08-28信息快讯网, 2019-05-28 来源:新快报,
 * 发布时间:2023-04-19 15:51:00来源:经济日报), or a header row with its labels around a stamped day
 * (广西新闻|来源:广西日报2022-04-15 09:59:31|网络编辑:刘婷): a row of its own, never text wrapped into
 * it or out of it.
 */
export function isWebDateLine(line: string): boolean {
  return (
    WEB_DATE_LINE.test(line) ||
    (line.length <= MAX_HEADER_ROW && line.includes(':') && STAMPED_DAY.test(line) && PAGE_LABEL.test(line))
  );
}

/** A date alone on its line: a notice's signature (聊城市卫生健康委员会 / 2025年6月16日). */
export function isSignatureDate(line: string): boolean {
  return /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line);
}

export function isBylineLine(line: string): boolean {
  return parseByline(line) !== null;
}

/** A short line of editors' credits (责任编辑:王敏, [编辑:李强]): it ends its paragraph. */
export function isEditorsLine(line: string): boolean {
  return line.length <= MAX_EDITORS_LINE && EDITORS_LINE.test(withoutRoleSpace(line).text);
}

const MAX_EDITORS_LINE = 40;
const EDITORS_LINE = new RegExp(
  `^\\s*[\\[【(]?(?:${EDITOR_ROLES.join('|')})\\s*[:：丨|]\\s*[\\u4e00-\\u9fff]`,
);

/**
 * A dateline and its credit: 本报讯(…), 本报6月24日讯(…), 本网长沙讯:(…), 新华社南宁3月2日电(…).
 * What stands in the brackets must be names and role words (checked by `namesIn`). It starts
 * its line or follows a space, or is the paper's own (本报, 本网): a headline without a full stop
 * may run on into it.
 */
const LEAD_CREDIT =
  /((?:(?:本报|本网|本台|本刊)[\u4e00-\u9fff]{0,6}?|(?:^|(?<=\s))[\u4e00-\u9fff]{2,10}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|电)\s*[:：]?\s*\(\s*)([^()]{2,60}?)[\s=]*\)/;
/** A lead credit in brackets that opens its line with no 讯 or 电: (健康报记者 王敏 李强)“…”. */
const OPENING_CREDIT =
  /^\s*\(\s*([\u4e00-\u9fff]{1,8}?(?:网|报|社|台))?((?:记者|通讯员)\s*[^()]{2,40}?)\s*\)/;
/** A lead that opens with its writers and 报道 in brackets: (王敏 李强报道)近日,…. */
const OPENING_REPORT = /^\s*\(\s*([^()]{2,30}?)\s*报道\s*\)/;
/**
 * A photo credit closing a caption, after the site or paper: …启动。健康网王敏 摄, …中。 王敏/摄.
 * The caption may run on into the next paragraph (…启动。健康网王敏 摄健康网武汉电…): then 摄
 * stands apart.
 */
const CAPTION_CREDIT =
  /[。!?]\s*(?:[\u4e00-\u9fff]{1,8}?(?:网|报|社|台))?(记者|通讯员)?\s*([\u4e00-\u9fff]{2,4})(?:\s*\/?\s*摄\s*$|\s+摄(?![影像]))/g;
/**
 * A photo credit closing a caption, the paper's own after a slash: …健康服务 王敏摄 / 本刊 (the
 * caption has no full stop, so the normaliser may have joined the next paragraph to it).
 */
const SIGNED_PHOTO = /\s(记者|通讯员)?\s*([\u4e00-\u9fff]{2,4}?)\s*摄\s*[/／]\s*(?:本刊|本报|本网|本台)/;
/** A caption with no sentence mark, a space, then its photo credit: 村医在巡诊 王敏摄影, 义诊现场 王敏 摄. */
const CAPTION_LINE_CREDIT =
  /^\s*[\u4e00-\u9fff][^\s。!?]{1,30}\s+(记者|通讯员)?\s*([\u4e00-\u9fff]{2,4}?)\s*摄影?\s*$/;
/** A caption whose line ends with its photo credit after the caption's last sentence: …查看病人情况。王敏摄. */
const ENDS_WITH_PHOTO_CREDIT = /[。!?]\s*(?:记者|通讯员)?\s*[\u4e00-\u9fff]{2,4}(?<!拍)\s*\/?\s*摄\s*$/;
/** A caption in brackets on a line of its own, its photo credit last: (院长看望医护人员 王敏摄). */
const CAPTION_IN_BRACKETS =
  /^\s*\([^()]{2,60}?\s(记者|通讯员)?\s*([\u4e00-\u9fff]{2,4}?)(?<!拍)\s*摄\s*\)\s*$/;
/** A credit in square brackets that opens a lead: 【记者 王敏】近日,…. */
const BRACKETED_LEAD = /^\s*【\s*([^【】]{2,40}?)\s*】/;
/** A writer's credit that closes a paragraph: …开展义诊。文/王敏. */
const TRAILING_WRITER = /[。!?]\s*(?:文|文\/图)\s*[/|丨]\s*([\u4e00-\u9fff]{2,4})\s*$/;
/** A credit that closes a story in brackets: …零死亡。(王敏 李强 记者 赵刚) */
const CLOSING_CREDIT = /[。!?”]\s*\(\s*([^()]{2,60}?)\s*\)\s*$/;
/** A credit word that opens a closing credit of one name: (文/图 王敏), (图文:王敏). */
const CREDIT_MARK = /^(?:文\/图|图文|文|图|摄影?)\s*[:：/|丨\s]/;
/** The body a closing credit may name before its names, apart from them: (某某县卫生健康局 王敏), (某某网某某站 王敏), (急诊科 王敏). */
/** (心内科 赵晓明) on a row of its own at a story's end: the same credit, after the story's last row. */
const CREDIT_ROW = /^\s*\(\s*([^()]{2,60}?)\s*\)\s*$/;
const CREDIT_BODY = /^[\u4e00-\u9fff]{2,20}?(?:局|院|委|办|站|中心|所|网|报|台|社|科|部)\s+/;

/** Every credit pattern below needs one of these characters: a line with none credits no one. */
const CREDIT_CHARACTER = /[(【/|丨■□摄:：]/;
/** The last character of a news body's name (韩联社, 某某网, 某某报, 电视台). */
const MEDIA_END = /[社网报台]$/;
/**
 * A dateline whose credit ends with 报道 and a colon: …客户端讯 欧阳红卫、记者温嘉然报道:7月14日,…;
 * a site's 消息 leads alike (某某网消息 王敏报道:).
 */
const REPORTED_LEAD =
  /(?:讯|电|消息)\s*((?:[\u4e00-\u9fff]{2,7}[、\s]\s*){0,3}[\u4e00-\u9fff]{2,7})\s*报道\s*[:：]/;

/**
 * The credit in a lead paragraph, `本报讯(鞠圣娇 杨宁宁)` or `本报讯 (文/图 刘庆功)`, or the photo
 * credit that closes a caption in the same line, `…前来就诊。■ 刘庆功` or `义诊现场(张明 摄)`: the
 * line is not a byline, but it names who wrote the text. Offsets are within `line`.
 */
export function parseCredits(line: string): BylineName[] | null {
  if (!CREDIT_CHARACTER.test(line)) return null;
  const credits: BylineName[] = [];
  // Each pattern runs only on a line that holds what it needs: most lines hold none of it.
  let m = (line.includes('讯') || line.includes('电')) && line.includes('(') ? LEAD_CREDIT.exec(line) : null;
  credits.push(...((m && namesIn(m[2], m.index + m[1].length, '作者')) ?? []));
  m = m ? null : OPENING_CREDIT.exec(line);
  const opening = m ? namesIn(m[2], m.index + m[0].indexOf(m[2]), '作者') : null;
  if (opening) credits.push(...opening.map((c) => (m![1] ? { ...c, org: m![1] } : c)));
  const report = opening || !line.includes('报道') ? null : OPENING_REPORT.exec(line);
  credits.push(
    ...((report && namesIn(report[1], report.index + report[0].indexOf(report[1]), '作者')) ?? []),
  );
  m =
    line.includes('报道') && (line.includes('讯') || line.includes('电') || line.includes('消息'))
      ? REPORTED_LEAD.exec(line)
      : null;
  // 中新网消息 韩联社报道: an agency that reports is no writer.
  for (const c of (m && namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者')) ?? [])
    if (!MEDIA_END.test(c.name)) credits.push(c);
  m = line.includes('【') ? BRACKETED_LEAD.exec(line) : null;
  const bracketed = m ? namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者') : null;
  if (bracketed && (bracketed.length > 1 || bracketed[0].role !== '作者')) credits.push(...bracketed);
  m = line.includes('/') || line.includes('|') || line.includes('丨') ? TRAILING_WRITER.exec(line) : null;
  if (m && isName(m[1])) credits.push({ name: m[1], at: m.index + m[0].lastIndexOf(m[1]), role: '作者' });
  const trimmed = line.trimEnd();
  const closingAfterSentence = trimmed.endsWith(')') ? CLOSING_CREDIT.exec(trimmed) : null;
  m = closingAfterSentence ?? (trimmed.endsWith(')') ? CREDIT_ROW.exec(trimmed) : null);
  // (兴文县卫生健康局 罗晓梅): the body the writer is of, then the names.
  const body = m ? CREDIT_BODY.exec(m[1]) : null;
  const closing = m
    ? namesIn(
        m[1].slice(body?.[0].length ?? 0),
        m.index + m[0].indexOf(m[1]) + (body?.[0].length ?? 0),
        '作者',
      )
    : null;
  // Two names, a role word or a body; one name alone in brackets may be anything (a pseudonym, a
  // patient) but after the last sentence of its row (…整改提高的目的。(陶忠奎)).
  if (
    closing &&
    (body ||
      closing.length > 1 ||
      closing[0].role !== '作者' ||
      CREDIT_MARK.test(m![1]) ||
      m === closingAfterSentence)
  )
    credits.push(...closing);
  m = trailingCredit(trimmed);
  credits.push(...((m && namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者')) ?? []));
  if (line.includes('摄')) {
    m = PHOTO_CREDIT.exec(line);
    credits.push(...((m && namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者')) ?? []));
    for (const c of line.matchAll(CAPTION_CREDIT)) {
      if (isName(c[2]))
        credits.push({ name: c[2], at: c.index + c[0].lastIndexOf(c[2]), role: c[1] ?? '作者' });
    }
    m = CAPTION_IN_BRACKETS.exec(line);
    if (m && isName(m[2]))
      credits.push({ name: m[2], at: m.index + m[0].lastIndexOf(m[2]), role: m[1] ?? '作者' });
    m = SIGNED_PHOTO.exec(line);
    if (m && isName(m[2]))
      credits.push({ name: m[2], at: m.index + m[0].indexOf(m[2]), role: m[1] ?? '作者' });
    m = credits.length === 0 ? CAPTION_LINE_CREDIT.exec(line) : null;
    if (m && isName(m[2]))
      credits.push({ name: m[2], at: m.index + m[0].lastIndexOf(m[2]), role: m[1] ?? '作者' });
  }
  if (line.includes(':') || line.includes('：') || line.includes('丨') || line.includes('|'))
    credits.push(...editors(line));
  return credits.length ? credits : null;
}

/** Authors and editors in a header or footer; a name may run into the next role (编辑:王敏责编:李强). */
function editors(written: string): BylineName[] {
  const out: BylineName[] = [];
  const { text: line, space } = withoutRoleSpace(written);
  // Offsets in `line` as offsets in the line as written.
  const original = (at: number) => (space >= 0 && at >= space ? at + 1 : at);
  for (const m of line.matchAll(EDITOR_CREDIT)) {
    const spaced = m[2][1] === ' ' || m[2][1] === '\u3000';
    const name = spaced ? m[2][0] + m[2][2] : m[2];
    if (!isName(name) || HOSPITAL_DEPARTMENT.test(name)) continue;
    // 首页|作者|张家港|编辑: a menu's items, each set off by | on both sides, are no credit.
    if (line[m.index + m[0].length] === '|') continue;
    const role = WRITER_LABELS.includes(m[1]) ? '作者' : m[1];
    out.push({
      name,
      at: original(m.index + m[0].length - m[2].length),
      role,
      ...(spaced ? { spaced } : {}),
    });
    // 作者:王敏 李强 赵刚: more names after spaces.
    for (
      let at = m.index + m[0].length, next = MORE_NAMES.exec(line.slice(at));
      next && isName(next[2]);
      next = MORE_NAMES.exec(line.slice(at))
    ) {
      out.push({ name: next[2], at: original(at + next[1].length), role: m[1] });
      at += next[0].length;
    }
  }
  return out;
}

/**
 * A word of a credit: what stands between spaces and list marks, cut after a credit word written
 * against the next name too (陆增安/文宋延康/图: 陆增安/文, 宋延康/图).
 */
const CREDIT_WORD = /(?:[^\s、丶|丨:：/]|\/(?![文图摄][\u4e00-\u9fff]))+(?:\/[文图摄](?=[\u4e00-\u9fff]))?/g;

/**
 * Names separated by spaces or 、, where a role word (通讯员) applies to the names after it, also
 * when written against the name (特约记者蒲晓东). A two-character name printed with a space
 * between its characters (周 敏) is one name.
 */
function namesIn(list: string, offset: number, defaultRole: string): BylineName[] | null {
  const names: BylineName[] = [];
  let role = defaultRole;
  // Names glued together are cut only after a role word the credit writes (通讯员任永立宁计永):
  // in brackets alone a run of characters is as often a body or a word (国家卫健委, 支气管镜).
  let roleWritten = false;
  // The list's words, read only as far as asked: most lists given here are no credit, and their
  // first word tells (a line's whole text after a paper's name, 某某报 记者…).
  const matches = list.matchAll(CREDIT_WORD);
  const words: { text: string; at: number }[] = [];
  const wordAt = (i: number) => {
    while (words.length <= i) {
      const m = matches.next();
      if (m.done) return undefined;
      words.push(...atGluedRoles(m.value[0], m.value.index));
    }
    return words[i];
  };
  for (let i = 0; wordAt(i); i++) {
    let word = words[i].text;
    let at = offset + words[i].at;
    if (ROLE_WORDS.has(word)) {
      role = ROLE_WORDS.get(word) ?? defaultRole;
      roleWritten = true;
      continue;
    }
    const department = GLUED_ROLES.find(
      (r) => r.endsWith('/') && word.startsWith(r) && CREDIT_DEPARTMENT.test(word.slice(r.length)),
    );
    if (department) {
      role = ROLE_WORDS.get(department) ?? defaultRole;
      roleWritten = true;
      continue;
    }
    const glued = GLUED_ROLES.find(
      (r) =>
        word.startsWith(r) && (isName(word.slice(r.length)) || gluedNames(word.slice(r.length)) !== null),
    );
    if (glued) {
      role = ROLE_WORDS.get(glued) ?? defaultRole;
      roleWritten = true;
      word = word.slice(glued.length);
      at += glued.length;
    }
    const next = wordAt(i + 1)?.text;
    if (word.length === 1 && next?.length === 1 && !ROLE_WORDS.has(next) && isName(word + next)) {
      names.push({ name: word + next, at, role, spaced: true });
      i++;
      continue;
    }
    const namesOf = (w: string) => (isName(w) ? [{ text: w, at: 0 }] : roleWritten ? gluedNames(w) : null);
    // 张明摄, 尤文龙摄影报道: what the credit says of its names, written against the last one.
    const suffix = NAME_SUFFIXES.find((x) => word.endsWith(x) && namesOf(word.slice(0, -x.length)));
    const pieces = namesOf(suffix ? word.slice(0, -suffix.length) : word);
    if (!pieces) return null;
    for (const piece of pieces) names.push({ name: piece.text, at: at + piece.at, role });
  }
  return names.length ? names : null;
}

/** The longest run of names written with no space between them that is cut: three of three characters. */
const MAX_GLUED_NAMES = 9;
const HAN_RUN = /^[\u4e00-\u9fff]+$/;
/** The last character of a body's or a place's name: no glued name ends so (国家卫|健委, 石家|庄市). */
const BODY_OR_PLACE_END = /[委局办院市县省区镇乡村所站科部处队厅室馆社网报台]$/;

/**
 * Names a credit writes with no space between them (通讯员任永立宁计永王立勇): the one way to cut
 * the run into Han names of two or three characters; where there are several (王芳李明张三 is
 * also 王芳李|明张三), the one way whose names all start with a common surname; else none.
 */
function gluedNames(run: string): { text: string; at: number }[] | null {
  if (run.length < 4 || run.length > MAX_GLUED_NAMES || !HAN_RUN.test(run)) return null;
  const ways: number[][] = [];
  const cut = (from: number, starts: number[]) => {
    if (from === run.length) ways.push(starts);
    else
      for (const length of [2, 3]) {
        const piece = run.slice(from, from + length);
        if (piece.length === length && isName(piece) && !BODY_OR_PLACE_END.test(piece))
          cut(from + length, [...starts, from]);
      }
  };
  cut(0, []);
  const common = ways.filter((starts) => starts.every((at) => startsWithCommonSurname(run, at)));
  const way = ways.length === 1 ? ways[0] : common.length === 1 ? common[0] : null;
  return way?.map((at, i) => ({ text: run.slice(at, way[i + 1] ?? run.length), at })) ?? null;
}

/**
 * A word of a credit cut where a name runs into the next role (记者邵明远通讯员闫丽华 -> 记者邵明远,
 * 通讯员闫丽华), with where each piece starts in the list.
 */
function atGluedRoles(word: string, at: number): { text: string; at: number }[] {
  const pieces: { text: string; at: number }[] = [];
  let from = 0;
  // A piece ends where a role starts, if what came before it is a name, with its role or not.
  for (let k = 2; k < word.length - 1; k++) {
    if (k - from > MAX_CREDIT_PIECE || !GLUED_ROLES.some((r) => word.startsWith(r, k))) continue;
    const before = word.slice(from, k);
    const roled = GLUED_ROLES.some((r) => before.startsWith(r) && isName(before.slice(r.length)));
    if (!roled && !isName(before)) continue;
    pieces.push({ text: before, at: at + from });
    from = k;
  }
  pieces.push({ text: word.slice(from), at: at + from });
  return pieces;
}

/** The longest role and name a credit glues together (特约记者欧阳晓峰). */
const MAX_CREDIT_PIECE = 9;

/** A Tibetan or Uyghur name of two parts, which has no surname (晋美旺堆, 阿依古丽). */
const MINORITY_NAME = new RegExp(`^(?:${MINORITY_NAME_PARTS.join('|')}){2}$`);

/** 2-4 characters starting with a surname, given name 1-2 characters; or a minority name. */
export function isName(s: string): boolean {
  const len = [...s].length;
  const surname = surnameLengthAt(s, 0);
  return (
    (surname > 0 && len - surname >= 1 && len - surname <= 2 && /^[\u4e00-\u9fff]+$/.test(s)) ||
    MINORITY_NAME.test(s)
  );
}
