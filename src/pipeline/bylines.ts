// Bylines: the lines that name who wrote or photographed an article. They matter twice: the
// normaliser must not join them to the text around them, and the segmenter uses them as
// article boundaries (the people extractor reads the names from them).
//
//   ■ 金增秀 周长才          □ 金增秀             记者 陶春燕         ■ 记者 张明 摄
//   陶春燕 聊城报道          李怀磊 通讯员 张亚林 聊城报道
//   聊城江北水城旅游度假区卫生和计划生育局局长 王锋

import { surnameLengthAt } from '../lexicon/surnames.js';

export interface BylineName {
  name: string;
  /** Offset of the name within the line. */
  at: number;
  /** 作者 unless the line gives a role before the name (记者, 通讯员, 局长 ...). */
  role: string;
}

const NAME = '[\\u4e00-\\u9fff]{2,4}';
const ROLE_WORDS = ['通讯员', '记者', '摄影', '文/图', '文', '图', '摄'];
const TITLE_SUFFIX = /(?:局长|主任|院长|书记|馆长|站长|所长|校长|会长|理事长|主席|经理|记者|通讯员)$/;

/** ■ 金增秀 周长才, ■ 记者 张明 摄: names and role words (checked by `namesIn`) after the mark. */
const MARKED = /^[■□]\s*(\S.*)$/;
const REPORTER = new RegExp(`^(?:本报)?记者\\s*(${NAME}(?:\\s+${NAME})*)$`);
const REPORTED_FROM = new RegExp(`^((?:${NAME}|通讯员|记者)(?:\\s+(?:${NAME}|通讯员|记者))*)\\s+[\\u4e00-\\u9fff]{0,4}报道$`);
const TITLED = new RegExp(`^([\\u4e00-\\u9fff]{2,40})\\s+(${NAME})$`);

/** Names in a byline line, or null when the line is not a byline. */
export function parseByline(line: string): BylineName[] | null {
  const text = line.trim();
  let m = MARKED.exec(text);
  if (m) return namesIn(m[1], text.indexOf(m[1]), '作者');
  m = REPORTER.exec(text);
  if (m) return namesIn(m[1], text.indexOf(m[1]), '记者');
  m = REPORTED_FROM.exec(text);
  if (m) return namesIn(m[1], 0, '记者');
  m = TITLED.exec(text);
  if (m && TITLE_SUFFIX.test(m[1]) && isName(m[2])) {
    const title = TITLE_SUFFIX.exec(m[1])![0];
    return [{ name: m[2], at: text.length - m[2].length, role: title }];
  }
  return null;
}

const TRAILING_CREDIT = new RegExp(`[。!?”]\\s*[■□]\\s*(${NAME}(?:\\s+${NAME})*)(?:\\s*摄)?$`);
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

/** A caption that credits its photo, 义诊现场(张明 摄): text, never a headline. */
export function isCaption(line: string): boolean {
  return line.includes('摄') && PHOTO_CREDIT.test(line);
}

/** A date alone on its line: a notice's signature (聊城市卫生健康委员会 / 2025年6月16日). */
export function isSignatureDate(line: string): boolean {
  return /^\d{4}年\d{1,2}月\d{1,2}日$/.test(line);
}

export function isBylineLine(line: string): boolean {
  return parseByline(line) !== null;
}

const LEAD_CREDIT = new RegExp(`^(本报讯\\s*\\(\\s*)((?:${NAME}|文/图|文|图|摄|记者|通讯员)(?:\\s+(?:${NAME}|文/图|文|图|摄|记者|通讯员))*)\\s*\\)`);

/**
 * The credit in a lead paragraph, `本报讯(鞠圣娇 杨宁宁)` or `本报讯 (文/图 刘庆功)`, or the photo
 * credit that closes a caption in the same line, `…前来就诊。■ 刘庆功` or `义诊现场(张明 摄)`: the
 * line is not a byline, but it names who wrote the text. Offsets are within `line`.
 */
export function parseCredits(line: string): BylineName[] | null {
  let m = LEAD_CREDIT.exec(line);
  if (m) return namesIn(m[2], m[1].length, '作者');
  m = trailingCredit(line.trimEnd());
  if (m) return namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者');
  m = line.includes('摄') ? PHOTO_CREDIT.exec(line) : null;
  if (m) return namesIn(m[1], m.index + m[0].indexOf(m[1]), '作者');
  return null;
}

/** Names separated by spaces, where a role word (通讯员) applies to the names after it. */
function namesIn(list: string, offset: number, defaultRole: string): BylineName[] | null {
  const names: BylineName[] = [];
  let role = defaultRole;
  const re = /\S+/g;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    if (ROLE_WORDS.includes(m[0])) {
      role = m[0] === '通讯员' || m[0] === '记者' ? m[0] : defaultRole;
      continue;
    }
    // 张明摄: the photo credit's 摄 written against the name.
    const name = m[0].length > 2 && m[0].endsWith('摄') && isName(m[0].slice(0, -1)) ? m[0].slice(0, -1) : m[0];
    if (!isName(name)) return null;
    names.push({ name, at: offset + m.index, role });
  }
  return names.length ? names : null;
}

/** 2-4 characters starting with a surname, given name 1-2 characters. */
export function isName(s: string): boolean {
  const len = [...s].length;
  const surname = surnameLengthAt(s, 0);
  return surname > 0 && len - surname >= 1 && len - surname <= 2 && /^[\u4e00-\u9fff]+$/.test(s);
}
