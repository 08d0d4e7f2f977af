// Figures: every quantity stated in an article, normalised (value, min, max, unit), qualified
// (approx), of a kind, and tied to what it measures (metric), where (scope) and when (period).
//
// Per sentence: scan quantities (figures/scan.ts), drop those inside date mentions, remove
// overlaps (a range beats its parts; the longer span wins), then attach metric, scope and
// period (figures/attach.ts). Scope and period fall back to the sentences before in the same
// paragraph when the sentence names none. A place names the scope only where it governs its
// clause (全市…, 东阿县…, 目前,全市…); a place inside a name or an adverbial (在冠县、莘县试点,
// 东阿县刘集镇中心卫生院等15个…) says nothing of where the figures are.

import { firstStartingFrom, overlapsAny, type Span } from '../basics.js';
import type { ArticleContext, DateMention, FigureMention, InstitutionMention } from './types.js';
import { AS_OF_MARKERS, HOLIDAY_AFTER, HOLIDAYS, SINCE_MARKERS } from '../lexicon/dates.js';
import {
  ancestorAt,
  AREA_WORDS,
  NATION,
  isWithin,
  openingPlace,
  placesIn,
  WIDE_AREA_WORDS,
} from '../lexicon/places.js';
import { articleToday } from './dates.js';
import { aspectOf, datesWithin, periodsIn, statesDone, type Period } from './dates/periods.js';
import { lastBefore, metricOf, type Found, type Measured } from './figures/attach.js';
import { respectiveMetric, respectiveOf } from './figures/respective.js';
import { clauseStart, scanSentence, type Quantity } from './figures/scan.js';
import { placeName, resolveScope, type Place } from './places.js';
import {
  MEASURE_WORD_MAX_LENGTH,
  MONEY_NAME,
  RATE_MARKER,
  UNIT_OF_COUNT_NAME,
  type FigureKind,
} from '../lexicon/units.js';

export function extractFigures(
  ctx: ArticleContext,
  dates: DateMention[],
  institutions: InstitutionMention[] = [],
): FigureMention[] {
  const out: FigureMention[] = [];
  const dateSpans = inOrder(dates);
  const names = inOrder(institutions);
  const sentences = ctx.article.sentences;
  const placeOf = figurePlaces(ctx);
  const today = articleToday(ctx);
  let next = 0;
  /** The last period the article stated, for a paragraph that opens with 同期 (the same period). */
  let stated: Period | null = null;
  /** The last section heading, and the place it names (茅箭区 over its district's lines), read once a figure needs it. */
  let heading: string | null = null;
  let section: string | null | undefined = null;
  const sectionPlace = () => (section === undefined ? (section = placeHeading(heading!)) : section);
  // 20层, 3篇: a word the tagger calls a measure word, right after a number (one closure for the
  // article, which reads the start of the sentence being scanned).
  let scanned = 0;
  const measureWordAt = (at: number) => {
    if (!ctx.tokens.mayStartTagged(scanned + at, 'q', MEASURE_WORD_MAX_LENGTH)) return null;
    const t = ctx.tokens.startingAt(scanned + at);
    return t?.tag === 'q' ? t.word : null;
  };
  for (const block of ctx.article.blocks) {
    if (block.kind === 'heading') [heading, section] = [block.text, undefined];
    while (next < sentences.length && sentences[next].start < block.start) next++;
    const own: { sentence: Span; s: string; quantities: Quantity[] }[] = [];
    for (; next < sentences.length && sentences[next].start < block.end; next++) {
      const sentence = sentences[next];
      const s = ctx.text.slice(sentence.start, sentence.end);
      scanned = sentence.start;
      const found = scanSentence(s, measureWordAt);
      own.push({
        sentence,
        s,
        quantities:
          found.length === 0
            ? found
            : keepLongest(
                found.filter(
                  (q) => !overlapsAny(dateSpans, sentence.start + q.start, sentence.start + q.end),
                ),
              ),
      });
    }
    // Places and periods after the paragraph's last figure would carry to nothing.
    let lastWithFigures = own.length - 1;
    while (lastWithFigures >= 0 && own[lastWithFigures].quantities.length === 0) lastWithFigures--;
    if (lastWithFigures < 0) continue;
    // Scope and period carry from one sentence to the next within a paragraph; so does a metric
    // to a clause that names only another place (…平均预期寿命为74.4岁。乙市为71.6岁).
    const paragraph: Measured[] = [];
    let scope: string | null = block.kind === 'heading' ? null : sectionPlace();
    let period: Period | null = SAME_PERIOD_OPENING.test(ctx.text.slice(block.start, block.start + 8))
      ? stated
      : null;
    for (let k = 0; k <= lastWithFigures; k++) {
      const { sentence, s, quantities } = own[k];
      const timeless = withoutDates(s, sentence.start, dateSpans);
      let named: Found | null = null;
      const written = placesWithin(ctx.place.mentions, sentence);
      const listed = respectivePlaces(s, written, quantities);
      const places = withNation(written, s, sentence.start, names).filter((p) => {
        // 北京市朝阳区今年新建…: a place written right after a place that names the scope narrows it.
        const narrows = named !== null && named.end === p.start;
        const scopes =
          (narrows || namesScope(timeless, p)) &&
          (!overlapsAny(names, sentence.start + p.start, sentence.start + p.end) ||
            countsBodies(s, sentence.start, p, names));
        named = scopes ? p : null;
        return scopes;
      });
      // 由去年的13.5分钟缩短至10分钟: a period tied to a figure by 的 is that figure's alone.
      const tiedTo = (p: Period, q: Quantity) => s[p.end] === '的' && q.start > p.end && q.start - p.end <= 3;
      const allPeriods = periodsIn(ctx.text, sentence.start, sentence.end, dateSpans, today);
      // 每人每年700元: a period inside a figure's rate is the rate's (its unit), no period of any figure.
      const inRate = (p: Period) =>
        quantities.some((q) => q.rateStart !== null && p.start >= q.rateStart && p.end <= q.start);
      const periods = allPeriods.filter((p) => !inRate(p) && !quantities.some((q) => tiedTo(p, q)));
      // 由2012年的14.54/10万、3.68‰、4.35‰: a list's numbers share the period tied to its first.
      const listHead: Quantity[] = [];
      for (let i = 0; i < quantities.length; i++)
        listHead.push(
          i > 0 && isListMark(s, quantities[i - 1].end, quantities[i].start)
            ? listHead[i - 1]
            : quantities[i],
        );
      // Where each place's aside closes (-1: it stands in none, or in one never closed).
      const asides = placesInAsides(s, places);
      const measured: Measured[] = [];
      const words = { text: s, start: sentence.start, index: ctx.tokens };
      const respective = respectiveOf(words, quantities);
      for (let n = 0; n < quantities.length; n++) {
        const q = quantities[n];
        const named =
          respectiveMetric(measured, respective.get(q)) ??
          metricOf(words, q, measured) ??
          (placeOnly(s, q, places) || periodOnly(timeless, q) || listed?.has(q)
            ? sameMeasure(paragraph, q)
            : null);
        // 千人口托位数达到4.5个,济南、青岛分别达到5.2个和5.6个: places listed after a rate have the rate.
        const listedRate = named === null && listed?.has(q) ? sameRate(paragraph, q) : null;
        const metric = named ?? listedRate;
        // 总票房超过57亿: a bare amount named as money is in 元.
        const money = q.kind === 'count' && q.unit === null && metric !== null && MONEY_NAME.test(metric);
        // 每千人口拥有…、…、注册护士分别为5.05人…: a count named with a population base is a rate (the
        // base stood before the list, out of the number's clause).
        const perBase =
          q.kind === 'count' && metric !== null && metric.startsWith('每') && RATE_MARKER.test(metric);
        const kind = money ? 'money' : perBase || listedRate ? 'rate' : q.kind;
        const unit = money ? '元' : (q.unit ?? (q.kind === 'count' && metric ? unitNamedBy(metric) : null));
        const measure = { kind, unit, metric, end: q.end };
        measured.push(measure);
        paragraph.push(measure);
        const figureScope = listed?.get(q) ?? lastOutsideAsides(places, asides, q.start) ?? scope;
        // 淄博市去年全市托育机构达到520家: 全市 after a place the sentence names is that place's.
        const governing =
          figureScope !== null && AREA_WORDS.has(figureScope)
            ? lastOutsideAsides(places, asides, q.start, true)
            : null;
        const clauseAt = clauseStart(s, q.start);
        // …将于2025年1月1日起执行。四川省已有21家医院开通: a time aimed at before is not the period
        // of a clause that states something done.
        const carried = period?.target && statesDone(s.slice(clauseAt, q.start)) ? null : period;
        const head = listHead[n];
        const own =
          allPeriods.find((p) => tiedTo(p, q) || tiedTo(p, head)) ??
          lastEndingBefore(periods, q.start) ??
          carried;
        out.push({
          start: sentence.start + q.start,
          end: sentence.start + q.end,
          rule: q.rule,
          fields: {
            value: q.value,
            min: q.min,
            max: q.max,
            unit,
            approx: q.approx,
            kind,
            metric,
            scope: figureScope,
            place: placeOf(figureScope, metric, governing ?? sectionPlace()),
            period: own?.text ?? null,
            periodStart: own?.from ?? null,
            periodEnd: own?.to ?? null,
            // A figure whose period is not known to the day is stated as of its article's date.
            asOf: own?.to ?? today,
            aspect: aspectOf(s, clauseAt, q.start, own),
          },
        });
      }
      // The last place carries on to the next sentence, unless the sentence broke its first
      // figure down by two places or more (全省新增79例,广州报告1例,东莞报告2例): then its own scope does.
      const first = quantities.length > 0 ? lastBefore(places, quantities[0].start) : null;
      const breakdown = first !== null && places.filter((p) => p.start > quantities[0].end).length >= 2;
      // Places listed one to a number (济南、青岛分别…) break the figures down: none carries on.
      if (!listed) scope = (breakdown ? first : null) ?? lastOutsideAsides(places, asides, s.length) ?? scope;
      period = periods[periods.length - 1] ?? period;
      stated = period ?? stated;
    }
  }
  return out;
}

/**
 * 济南、青岛分别达到5.2个和5.6个, 德州、滨州的托育机构分别达到…: places listed before 分别 (and
 * what they have) go, in order, one each with the numbers after it (as many as they are, of one
 * unit: 东昌府区和临清市新增机构和托位分别… lists things), as the scope of each; else null.
 */
function respectivePlaces(s: string, written: Found[], quantities: Quantity[]): Map<Quantity, string> | null {
  let out: Map<Quantity, string> | null = null;
  for (let at = written.length < 2 ? -1 : s.indexOf('分别'); at >= 0; ) {
    const next = s.indexOf('分别', at + 2);
    const listed: Found[] = [];
    for (let i = written.length - 1; i >= 0; i--) {
      const p = written[i];
      if (p.start >= at) continue;
      const gap = s.slice(p.end, listed.length === 0 ? at : listed[0].start);
      if (listed.length === 0 ? !OWNED_BEFORE_LIST.test(gap) : !PLACE_LIST_JOINER.test(gap)) break;
      listed.unshift(p);
    }
    const after = quantities.filter((q) => q.start > at && (next < 0 || q.start < next));
    if (
      listed.length >= 2 &&
      after.length === listed.length &&
      after.every((q) => q.unit === after[0].unit && q.kind === after[0].kind)
    )
      for (let i = 0; i < after.length; i++) (out ??= new Map()).set(after[i], listed[i].text);
    at = next;
  }
  return out;
}
/** Between the last listed place and 分别: nothing, or what the places have (的托育机构, 托位数). */
const OWNED_BEFORE_LIST = /^(?:的?[\u4e00-\u9fff]{1,8})?$/;
const PLACE_LIST_JOINER = /^[、和及与]$/;

/** Whether [from, to) of `s` is one mark that joins the numbers of a list: 14.54/10万、3.68‰和4.35‰. */
function isListMark(s: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = s.charCodeAt(from);
  return c === DUN || c === HE || c === JI;
}
const [DUN, HE, JI] = [...'、和及'].map((c) => c.charCodeAt(0));

/** The spans in order of start: as given when they are (the extractors give them so), else a sorted copy. */
function inOrder<S extends Span>(spans: readonly S[]): readonly S[] {
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}
/** 同期, opening a paragraph: the period stated before (去年同期 is a comparison's base, and opens with 去年). */
const SAME_PERIOD_OPENING = /^\s*同期/;

/** 乙市为71.6岁, 其中东阿县则为: a clause with a place, a copula and the figure, nothing else. */
const PLACE_CLAUSE = /^(?:其中|而|同期)?(?:PLACE)(?:则|也|仅)?(?:为|是|达|达到|有)?$/;

function placeOnly(s: string, q: Quantity, places: Found[]): boolean {
  const from = clauseStart(s, q.start);
  const place = places.find((p) => p.start >= from && p.end <= q.start);
  return (
    place !== undefined &&
    PLACE_CLAUSE.test(`${s.slice(from, place.start)}PLACE${s.slice(place.end, q.start)}`)
  );
}

/** What may stand beside a period in a clause that only dates a change: 同比增长, 增长, 为. */
const PERIOD_CLAUSE = /^ +(?:同比|环比)?(?:增长|下降|上涨|上升|回落|提高|降低|减少|增加|为|达到?)?$/;

/**
 * 分季度看,一季度同比增长6.7%,二季度增长6.5%: a clause with only a period (blanked in
 * `timeless`) and a verb of change measures what the paragraph measured before.
 */
function periodOnly(timeless: string, q: Quantity): boolean {
  return PERIOD_CLAUSE.test(timeless.slice(clauseStart(timeless, q.start), q.leftEnd));
}

/** The metric of the paragraph's last figure of the same kind and unit. */
function sameMeasure(paragraph: Measured[], q: Quantity): string | null {
  return lastNamed(paragraph, q.kind, q.unit);
}

/** The name of the paragraph's last rate in the count's unit (千人口托位数 4.5个), else null. */
function sameRate(paragraph: Measured[], q: Quantity): string | null {
  return q.kind === 'count' ? lastNamed(paragraph, 'rate', q.unit) : null;
}

/** The metric of the paragraph's last named figure of `kind` in `unit`. */
function lastNamed(paragraph: Measured[], kind: FigureKind, unit: string | null): string | null {
  for (let i = paragraph.length - 1; i >= 0; i--) {
    const m = paragraph[i];
    if (m.metric && m.kind === kind && m.unit === unit) return m.metric;
  }
  return null;
}

/** The article's place names inside a sentence, offsets in the sentence (mentions are in order and never overlap). */
function placesWithin(mentions: readonly Found[], sentence: Span): Found[] {
  const out: Found[] = [];
  for (let i = firstStartingFrom(mentions, sentence.start); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.end > sentence.end) break;
    out.push({ start: m.start - sentence.start, end: m.end - sentence.start, text: m.text });
  }
  return out;
}

/** An honour or a title in quotes (“中国好医生”) opens with the country's name. */
const QUOTED_NAME_OPENING = /[“‘《「"]/;

/**
 * 中国 names the country as 全国 does where it heads a clause (中国居民人均预期寿命为79岁); it is
 * no division, so the page's place names leave it out; inside a body's name (中国疾控中心,
 * 中国计生协2023年…) or a quoted honour (“中国好医生”) it names no scope.
 */
function withNation(
  places: Found[],
  s: string,
  sentenceStart: number,
  bodies: readonly InstitutionMention[],
): Found[] {
  let at = s.indexOf(NATION.name);
  if (at < 0) return places;
  const out = [...places];
  for (; at >= 0; at = s.indexOf(NATION.name, at + NATION.name.length)) {
    const end = at + NATION.name.length;
    if (
      !QUOTED_NAME_OPENING.test(s[at - 1] ?? '') &&
      !overlapsAny(places, at, end) &&
      !overlapsAny(bodies, sentenceStart + at, sentenceStart + end)
    )
      out.push({ start: at, end, text: NATION.name });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Where a figure is: a place opening its metric (东阿县医养结合机构), else its scope, resolved
 * against the place its section's heading names (烟台:… over a brief, where 全市 is 烟台市), else
 * the article's place; with neither, the county or town the headline names, else the article's
 * place. Null when a scope cannot be placed (全县 in an article about a city).
 */
function figurePlaces(
  ctx: ArticleContext,
): (scope: string | null, metric: string | null, section: string | null) => string | null {
  const article = ctx.place.division;
  // Read once a figure names no place of its own.
  let fallback: Place | null | undefined;
  const fallbackPlace = (): Place | null => {
    if (fallback !== undefined) return fallback;
    const headline = ctx.article.headline
      ? placesIn(ctx.article.headline)
          .map((m) => resolveScope(m.text, article))
          .find(
            (p) =>
              p &&
              !p.zone &&
              (p.division.level === 'county' || p.division.level === 'town') &&
              // 乌蒙山 in a Zhenxiong headline names no 蒙山县 of Guangxi: a headline's county is the article's region's.
              (!article || isWithin(p.division, ancestorAt(article, 'province') ?? article)),
          )
      : null;
    return (fallback = headline ?? (article ? { division: article, zone: null } : null));
  };
  const names = new Map<string, string | null>();
  return (scope, metric, section) => {
    const opening = metric ? openingPlace(metric) : null;
    const written =
      opening && opening.end < metric!.length && !AREA_WORDS.has(opening.text) ? opening.text : scope;
    const key = section === null ? (written ?? '') : `${section}|${written ?? ''}`;
    let name = names.get(key);
    if (name === undefined) {
      const within = section ? (resolveScope(section, article)?.division ?? article) : article;
      const place = written ? resolveScope(written, within) : fallbackPlace();
      names.set(key, (name = place ? placeName(place) : null));
    }
    return name;
  };
}

/** The place a heading is made of alone (茅箭区, 丹江口市:) or opens with before a colon (烟台:基层医疗再上台阶), else null. */
function placeHeading(heading: string): string | null {
  const text = heading.trim().replace(/[:：].*$/, '');
  const [only, ...more] = placesIn(text);
  return only &&
    more.length === 0 &&
    only.start === 0 &&
    only.end === text.length &&
    !AREA_WORDS.has(only.text)
    ? only.text
    : null;
}

/** The last period that ends before `at`, else null. */
function lastEndingBefore(periods: Period[], at: number): Period | null {
  let best: Period | null = null;
  for (const p of periods) {
    if (p.end > at) break;
    best = p;
  }
  return best;
}

/** Overlapping quantities keep the longer (a range over its parts); none is kept twice. */
function keepLongest(qs: Quantity[]): Quantity[] {
  if (qs.length < 2) return qs; // most sentences: none or one
  // The scanner gives them in order, most often with no overlap: then all are kept as they are.
  let apart = 1;
  while (apart < qs.length && qs[apart].start >= qs[apart - 1].end) apart++;
  if (apart === qs.length) return qs;
  const sorted = [...qs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quantity[] = [];
  for (const q of sorted) {
    const prev = kept[kept.length - 1];
    if (prev && q.start < prev.end) {
      if (q.end - q.start > prev.end - prev.start) kept[kept.length - 1] = q;
      continue;
    }
    kept.push(q);
  }
  return kept;
}

/** 临清市社区医院达到9家: a place that opens a name followed by its number counts such bodies there. */
const COUNT_AFTER_NAME = /^(?:已?达到?|共有|有|为|增至|增加到)?[\d〇零一二两三四五六七八九十百千万]/;

function countsBodies(
  s: string,
  sentenceStart: number,
  place: Found,
  names: readonly InstitutionMention[],
): boolean {
  const name = names.find((n) => n.start === sentenceStart + place.start);
  return name !== undefined && COUNT_AFTER_NAME.test(s.slice(name.end - sentenceStart));
}

/**
 * What may come before a place at the head of its clause, dates blanked out: 在, 而在, quotes, 截至…,
 * …以来, a holiday the date grammar leaves in quotes (“五一”假期湖南接待游客…).
 */
const CLAUSE_HEAD = new RegExp(
  `^(?:[\\s“”"'(]|在|于|而|但|同时|其中|此外|另外|${[...AS_OF_MARKERS, ...SINCE_MARKERS, ...Object.keys(HOLIDAYS), ...HOLIDAY_AFTER].join('|')})*$`,
);

/** The sentence with its date mentions blanked (same length): the words of time are the date grammar's. */
function withoutDates(s: string, sentenceStart: number, dates: readonly DateMention[]): string {
  let out = s;
  for (const d of datesWithin(dates, sentenceStart, sentenceStart + s.length)) {
    const [from, to] = [d.start - sentenceStart, d.end - sentenceStart];
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** After 全省 or 全国, words that make it the domain of a rank or a first, not the place counted. */
const DOMAIN_AFTER = /^(?:第|前|首|率先|领先|排名|范围)/;

/**
 * What makes an area word the level compared with, not the figure's place: 增速高于全国2.1个百分点,
 * 分别高于全国、全省7.4、3.8个百分点, 比全市高 (a share of it, 占全市的50%, is the area's, as the
 * dev set's annotators read it).
 */
const COMPARED_WITH = /(?:[高低快慢优好多少]于|高出|超出|比)(?:[\u4e00-\u9fff]{2,3}[、和])?$/;

/** A verb that puts something among the ranks of a place (达到全市…前列, 位居全县前列). */
const RANKED_IN = /(?:达到|位居|位列|居于?|进入|跻身|迈入|走在)$/;
/** The rank that follows in the clause. */
const RANK_IN_CLAUSE = /^[^,;:。!?]*?(?:前列|前茅|首位|第一|领先)/;

function namesScope(sentence: string, place: Found): boolean {
  if (WIDE_AREA_WORDS.has(place.text)) return wideScope(sentence, place);
  // 服务能力达到全市同级医院前列: the city is where the rank is held, not what is counted; nor is
  // the level compared with (增速高于全市平均水平0.3个百分点) or the domain of a rank (全市排名第七).
  if (AREA_WORDS.has(place.text)) {
    const before = clauseBefore(sentence, place.start);
    const after = sentence.slice(place.end);
    return !(
      (RANKED_IN.test(before) && RANK_IN_CLAUSE.test(after)) ||
      COMPARED_WITH.test(before) ||
      DOMAIN_AFTER.test(after)
    );
  }
  // 达州、南充、广安、巴中、内江5市的20个法院: places listed and counted as a group are none's scope.
  if (PLACE_LIST_MARKS.has(sentence.charCodeAt(place.end)) || sentence[place.start - 1] === '、') {
    const counted = COUNTED_PLACES.exec(sentence.slice(place.end, place.end + 40));
    if (counted) return false;
  }
  // 其中东昌府区12家、临清市8家: a list item's place and its number.
  if (sentence[place.start - 1] === '、' && /[\d〇零一二两三四五六七八九十]/.test(sentence[place.end] ?? ''))
    return true;
  return CLAUSE_HEAD.test(clauseBefore(sentence, place.start).replace(DATELINE_LEAD, ''));
}

/** After a place of a list: the other places and their count by level (、南充、内江5市, 和冠县2县). */
const COUNTED_PLACES =
  /^(?:[、和及与][\u4e00-\u9fff]{2,5}?){0,12}(?:\d+|[两二三四五六七八九十]+)个?(?:市|县|区|州|盟|省|地市|县区|县市区)(?![\u4e00-\u9fff]{0,1}[长委政府民])/;
const PLACE_LIST_MARKS = new Set([...'、和及与'].map((c) => c.charCodeAt(0)));

/**
 * A dateline or a credit that opens a lead before its first clause (本报聊城讯 临清市…, 新华社北京
 * 3月2日电 , 记者 王某)…): no word of the clause.
 */
const DATELINE_LEAD = /^(?:\S{0,20}?(?:讯|电|报道)\s*|(?:记者|通讯员)[^()()]{0,20}[))]\s*)/;

/**
 * 全省 or 全国 names the scope as the subject of its clause (全国共有…, 目前,全省建成…) or right
 * before a number (…2020年度全国8753家公立医院) unless compared with (高于全国2.1个百分点),
 * not after 在 (在全省率先建成) nor before a rank (全省第1; 居全省前列 is no clause head anyway).
 */
function wideScope(sentence: string, place: Found): boolean {
  const after = sentence.slice(place.end);
  if (DOMAIN_AFTER.test(after)) return false;
  const before = clauseBefore(sentence, place.start);
  if (/^\d/.test(after)) return !COMPARED_WITH.test(before);
  return CLAUSE_HEAD.test(before) && !/[在于]\s*$/.test(before);
}

/** The words of the clause before `at` (after the last , ; : or an aside's opening bracket). */
function clauseBefore(sentence: string, at: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_OPENERS.has(sentence.charCodeAt(start - 1))) start--;
  return sentence.slice(start, at);
}

/** The marks a clause of clauseBefore starts after, by UTF-16 unit. */
const CLAUSE_OPENERS = new Set([...',;:('].map((c) => c.charCodeAt(0)));

/**
 * Per place of a sentence, where the aside it stands in closes, else -1 (in none, or in one
 * never closed): 全市…79.5岁(全国平均为78.6岁),孕产妇… — 全国 is the scope inside its brackets only.
 * Read once per sentence; each figure then asks which places stand outside asides closed before it.
 */
function placesInAsides(sentence: string, places: Found[]): number[] {
  const closes: number[] = [];
  for (const p of places) {
    const open = sentence.lastIndexOf('(', p.start);
    closes.push(open < 0 || sentence.indexOf(')', open) < p.start ? -1 : sentence.indexOf(')', p.end));
  }
  return closes;
}

/** The last place that ends by `at`, of those not in an aside closed before `at` (places in order), else null. */
function lastOutsideAsides(places: Found[], asides: number[], at: number, named = false): string | null {
  let best: string | null = null;
  for (let i = 0; i < places.length; i++) {
    if (asides[i] >= 0 && asides[i] < at) continue;
    if (places[i].end > at) break;
    // Named only: a place's own name, no area word (全市, 全省).
    if (named && (AREA_WORDS.has(places[i].text) || WIDE_AREA_WORDS.has(places[i].text))) continue;
    best = places[i].text;
  }
  return best;
}

/** The unit a count's name says it counts in (接种人数: 人), or null. */
function unitNamedBy(metric: string): string | null {
  return UNIT_OF_COUNT_NAME.find(([ending]) => metric.endsWith(ending))?.[1] ?? null;
}
