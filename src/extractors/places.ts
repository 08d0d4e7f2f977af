// Where an article is, and where each figure of it is. An article's own place comes from what
// it says: the city it names most, its dateline or lead (聊城融媒讯, 记者 王刚 济宁报道) counting
// for one and a half mentions (a wire filed from the capital may be about a city it names twice:
// 本网长沙讯 … 郴州市…郴州) and its headline for two, the first named on a tie, narrowed to a
// county that it names more often than the city; else the page's place; else the user's --city.
// Never a built-in city.

import {
  AREA_WORDS,
  NATION,
  ancestorAt,
  divisionsNamed,
  isWithin,
  isZoneWord,
  placesIn,
  resolvePlace,
  zoneKind,
  type Division,
  type PlaceMention,
} from '../lexicon/places.js';
import { surnameLengthAt } from '../lexicon/surnames.js';
import { TITLE_SET } from '../lexicon/titles.js';
import type { Article } from '../pipeline/segment.js';
import { firstEndingAfter, firstStartingFrom } from '../basics.js';

/** A resolved place: a division, or a development zone of a city (聊城市 + 旅游度假区). */
export interface Place {
  division: Division;
  zone: string | null;
}

/** How far into an article its dateline stands. */
const LEAD_REACH = 60;
/** A wire's date after its place: 北京3月2日电, 武汉3月5日消息. */
const WIRE_DATE = /\s*\d{1,2}月\d{1,2}日(?:电|消息|讯)/;
/**
 * What follows the place of a dateline: 聊城融媒讯, 济宁新闻网讯, 王刚 济宁报道, a wire's date
 * (中国网郑州6月7日电), or 电 alone before a space or a bracket (新华社郑州电; not 郑州电视台, 郑州电、水).
 */
const DATELINE_AFTER = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,6}?(?:讯|报道|消息)|${WIRE_DATE.source}|电(?=[\\s(]|$))`,
);

/** Where an article is: its division, the development zone it is about, the zones its page names in full. */
export interface ArticlePlace {
  division: Division | null;
  zone: string | null;
  zones: ReadonlyMap<string, string>;
  /** The place names the article holds (offsets in the page's text), found once for the page. */
  mentions: readonly PlaceMention[];
}

/**
 * The place of each article of a page, in order, from one pass over the page's place names;
 * `fallback` is the user's --city.
 */
export function articlePlaces(
  text: string,
  articles: readonly Article[],
  fallback: Division | null,
): ArticlePlace[] {
  const mentions = withoutNames(text, placesIn(text));
  const zones = zonesNamed(mentions);
  // Mentions come in order and never overlap, so an article's are one stretch of them.
  const within = (a: Article) =>
    mentions.slice(firstStartingFrom(mentions, a.start), firstEndingAfter(mentions, a.end));
  const inArticle = articles.map(within);
  const own = articles.map((a, i) => {
    const headlineTo = headlineEnd(a);
    if (isNationalBodysNews(text, a.start, headlineTo, inArticle[i])) return NATION;
    return (
      placeOf(text, inArticle[i], a.start, headlineTo) ?? (isNationWide(text, inArticle[i]) ? NATION : null)
    );
  });
  const page = own.some((p) => p === null) ? placeOf(text, mentions, 0) : null;
  return own.map((division, i) => ({
    division: division ?? page ?? fallback,
    zone: articleZone(inArticle[i], zones),
    zones,
    mentions: inArticle[i],
  }));
}

/** A company's registered name, which its place opens (东莞市安胜企业管理有限公司): where it was registered. */
const COMPANY_NAME_AFTER =
  /^(?:(?![与和及同、])[\u4e00-\u9fff()]){2,16}?(?:有限责任公司|股份有限公司|有限公司)/;

/**
 * A place that opens a company's registered name says where the company was registered, not
 * where the news is: 湖南越大能源有限公司、东莞市安胜企业管理有限公司 sign with 屈原管理区 (unless the
 * text names no other place: a company's own report is about it).
 */
function opensCompanyName(text: string, m: PlaceMention): boolean {
  // Every form of a company's name holds 有限: most places are followed by none.
  const after = text.slice(m.end, m.end + 24);
  return after.includes('有限') && COMPANY_NAME_AFTER.test(after);
}

/**
 * A place that names a hospital's or school's campus (友谊医院通州院区, 南校区) says where the
 * campus is, not what the article is about: it counts for its city, never narrows to its county.
 */
const CAMPUS_AFTER = /^(?:院区|分院|校区)/;

function isCampus(text: string, m: PlaceMention): boolean {
  return CAMPUS_AFTER.test(text.slice(m.end, m.end + 2));
}

/**
 * An article that names no division, no area of its own (全市, 我县), but the whole country as
 * what a clause is about (…,全国婴儿死亡率降至, 我国居民…) is national news, whatever city the
 * rest of its page is about. (获评全国文明单位 names an honour, not the country's figures.)
 */
function isNationWide(text: string, mentions: readonly PlaceMention[]): boolean {
  return (
    mentions.some(
      (m) => (m.text === '全国' || m.text === '我国') && CLAUSE_OPENING.test(text[m.start - 1] ?? '\n'),
    ) && !mentions.some((m) => AREA_WORDS.has(m.text) && !m.text.endsWith('国'))
  );
}

const CLAUSE_OPENING = /[\n,，。;；:：!！?？“]/;

/** A headline that opens with a national body: 国家医保局:…, 国务院印发…, 国家卫健委发布…. */
const NATIONAL_BODY_OPENING = /^(?:国家|国务院|中共中央|中国疾病预防控制中心|中国疾控中心)/;

/**
 * An article headed by a national body's news that names no city or county, only provinces in
 * passing (广东省医保局表示…, 四川省已有21家医院…), is national news, not the first province's.
 */
function isNationalBodysNews(
  text: string,
  start: number,
  headlineTo: number,
  mentions: readonly PlaceMention[],
): boolean {
  if (headlineTo <= start || !NATIONAL_BODY_OPENING.test(text.slice(start, headlineTo).trimStart()))
    return false;
  return mentions.every(
    (m) =>
      m.start >= headlineTo &&
      (AREA_WORDS.has(m.text) || divisionsNamed(m.text).every((d) => d.level === 'province')),
  );
}

/** A town counts for less than a county or city named outright: town names repeat across China. */
const TOWN_WEIGHT = 0.5;
/** A dateline says where the news is from: it outweighs one other mention, not two. */
const DATELINE_WEIGHT = 1.5;
/** A headline says what the article is about: it outweighs its dateline (任城区… over 本报济宁讯). */
const HEADLINE_WEIGHT = 2;

/** Where the headings an article opens with end (its headline), or its start when it opens with text. */
function headlineEnd(article: Article): number {
  let end = article.start;
  for (const b of article.blocks) {
    if (b.kind === 'byline') continue;
    if (b.kind !== 'heading') break;
    end = b.end;
  }
  return end;
}

/**
 * The place a text is about, or null when it names none. Names count only when they are sure:
 * a division written in full, a city's or province's short form (济宁, 山东), and a county's short
 * form or a town only inside a city or province the text names surely (东阿 in a text naming
 * 聊城; 惠民 "benefiting the people" in a Liaocheng text is no county of Binzhou).
 */
function placeOf(
  text: string,
  found: readonly PlaceMention[],
  from: number,
  headlineTo = from,
): Division | null {
  const places = found.filter(
    (m) => !AREA_WORDS.has(m.text) && !isZoneWord(m.text) && !isCapitalWire(text, m),
  );
  // Where a text names places outside companies' names too, those say where it is.
  const outsideCompanies = places.filter((m) => !opensCompanyName(text, m));
  const mentions = outsideCompanies.length > 0 ? outsideCompanies : places;
  if (mentions.length === 0) return null;
  const context = commonProvince(mentions);
  const weightOf = (m: PlaceMention, d: Division) =>
    d.level === 'town' ? TOWN_WEIGHT : m.end <= headlineTo ? HEADLINE_WEIGHT : 1;
  const named: { m: PlaceMention; d: Division; weight: number; campus?: boolean; dateline?: boolean }[] = [];
  const anchors: Division[] = [];
  const loose: { m: PlaceMention; d: Division }[] = [];
  for (const m of mentions) {
    const written = zoneKind(m.text) ? m.text.slice(0, placeEnd(m.text)) : m.text;
    const d = resolvePlace(written, context);
    if (!d) continue;
    const dateline = isDateline(text, m, from);
    if (d.name === written || d.level === 'city' || d.level === 'province' || dateline) {
      named.push({
        m,
        d,
        weight: dateline ? DATELINE_WEIGHT : weightOf(m, d),
        campus: isCampus(text, m),
        dateline,
      });
      anchors.push(cityOf(d) ?? d);
    } else loose.push({ m, d });
  }
  for (const { m, d } of loose)
    if (anchors.some((a) => isWithin(d, a) || isWithin(a, d)))
      named.push({ m, d, weight: weightOf(m, d), campus: isCampus(text, m) });
  named.sort((a, b) => a.m.start - b.m.start);
  // 鄂尔多斯市伊金霍洛旗卫健委: a city written to qualify its own county names the county more than itself.
  for (let i = 0; i + 1 < named.length; i++)
    if (
      named[i].d === cityOf(named[i].d) &&
      named[i + 1].m.start === named[i].m.end &&
      isWithin(named[i + 1].d, named[i].d)
    )
      named[i].weight /= 2;
  const province = mostNamed(named.map(({ d, weight }) => [ancestorAt(d, 'province'), weight]));
  let city = mostNamed(named.map(({ d, weight }) => [cityOf(d), weight]));
  // A province named twice as much as the city's own is what the article is about, through its
  // city named most if any: 浙江 eight times and 天津 (the host city of the games) once is Zhejiang's news.
  const cityProvince = city && ancestorAt(city, 'province');
  if (
    province &&
    cityProvince &&
    province !== cityProvince &&
    weightWithin(named, province) >= PROVINCE_MAJORITY * weightWithin(named, cityProvince)
  )
    city = mostNamed(named.map(({ d, weight }) => [isWithin(d, province) ? cityOf(d) : null, weight]));
  if (!city) return province;
  // 达州、南充、广安、巴中、内江5市的法院: three cities or more of one province named as much as the
  // most named one, and no county or town, make a round-up of the province.
  if (
    province &&
    isWithin(city, province) &&
    named.every(({ d }) => d.level === 'city' || d.level === 'province') &&
    citiesNamedAsMuch(named, city) >= ROUND_UP_CITIES
  )
    return province;
  // 本报兰州讯 under a headline about 甘肃省: a provincial paper files its province's news from its capital,
  // which it may name again as one of its cities if it names the province twice as much (合肥、芜湖…).
  const headlineProvince = named.find(
    ({ m, d }) => m.end <= headlineTo && d.level === 'province' && d !== city && isWithin(city, d),
  );
  if (
    headlineProvince &&
    !found.some((m) => CITY_AREA_WORDS.has(m.text)) &&
    (named.every(({ d, dateline }) => dateline || cityOf(d) !== city) ||
      (named.some(({ d, dateline }) => dateline && cityOf(d) === city) &&
        !BODY_AFTER.test(text.slice(headlineProvince.m.end, headlineProvince.m.end + 10)) &&
        namedAs(named, headlineProvince.d) >= PROVINCE_MAJORITY * namedAs(named, city)))
  )
    return headlineProvince.d;
  // 东阿县 named more often than 聊城: the article is about the county; a tie is a round-up of the city,
  // unless the article speaks of itself as a county's (全区, 我县: a tie goes to the 区 or 县 it names;
  // beside a development zone, 全区 is the zone's).
  const cityCount = named.filter(({ d }) => d === city).reduce((n, { weight }) => n + weight, 0);
  // 全区 beside a development zone is the zone's, in an autonomous region (广西, 宁夏…) the region's.
  const zoned =
    found.some((m) => isZoneWord(m.text)) || (ancestorAt(city, 'province')?.name.endsWith('自治区') ?? false);
  const ownLevels = new Set(
    found
      .filter((m) => COUNTY_AREA_WORDS.has(m.text) && !(zoned && m.text.endsWith('区')))
      .map((m) => m.text.at(-1)),
  );
  return (
    mostNamed(
      named.map(({ d, weight, campus }) => {
        const county = d !== city && isWithin(d, city) && !campus ? ancestorAt(d, 'county') : null;
        return [county, county && ownLevels.has(county.name.at(-1)) ? weight + OWN_LEVEL_BONUS : weight];
      }),
      cityCount,
    ) ?? city
  );
}

/** Surnames that are prepositions too: 副主任于武汉主持, 副主任向武汉捐赠 name the city. */
const PREPOSITIONS = new Set([...'于向和与在为对将从由同及到']);
/** The longest title before a name that hides a place: 副秘书长高志丹. */
const LONGEST_TITLE = 5;

/**
 * The page's place names but those that are a person's given name: a place written in short form
 * after a surname after a title (副局长高志丹: 志丹 is no 志丹县), and the same name anywhere else
 * on the page (高志丹指…).
 */
function withoutNames(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const names = new Set<string>();
  for (const m of mentions) if (inTitledName(text, m)) names.add(text.slice(m.start - 1, m.end));
  return names.size === 0 ? mentions : mentions.filter((m) => !names.has(text.slice(m.start - 1, m.end)));
}

function inTitledName(text: string, m: PlaceMention): boolean {
  // The surname first: most places follow none, and are answered without a look-up of their name.
  const surname = m.start - 1;
  if (m.start < 2 || surnameLengthAt(text, surname) !== 1 || PREPOSITIONS.has(text[surname])) return false;
  if (divisionsNamed(m.text).some((d) => d.name === m.text)) return false;
  for (let n = 2; n <= LONGEST_TITLE && surname - n >= 0; n++)
    if (TITLE_SET.has(text.slice(surname - n, surname))) return true;
  return false;
}

/** National agencies and sites, whose wires from the capital are mostly national news. */
const NATIONAL_AGENCY =
  /(?:新华社|中新社|中新网|中国新闻网|人民网|人民日报|新华网|央广网|央视网|央视新闻|光明网|国际在线|中国日报网)$/;
const WIRE_DATE_AFTER = new RegExp(`^${WIRE_DATE.source}`);

/**
 * 新华社北京3月2日电: where a national wire was filed, which says nothing of where its figures
 * are (a place the text names does; 全国 gives 中国). Wires from other cities are about them.
 */
function isCapitalWire(text: string, m: PlaceMention): boolean {
  return (
    m.text === '北京' &&
    NATIONAL_AGENCY.test(text.slice(Math.max(0, m.start - 6), m.start)) &&
    WIRE_DATE_AFTER.test(text.slice(m.end, m.end + 12))
  );
}

/** A place in the lead of the text starting at `from`, followed by 讯 or 报道. */
function isDateline(text: string, m: PlaceMention, from: number): boolean {
  return m.start - from < LEAD_REACH && DATELINE_AFTER.test(text.slice(m.end, m.end + 12));
}

/** The end of the division's name inside a zone written whole (聊城|江北水城旅游度假区). */
function placeEnd(zone: string): number {
  for (let n = zone.length - 1; n >= 2; n--) if (divisionsNamed(zone.slice(0, n)).length) return n;
  return zone.length;
}

/** The province most of the unambiguous names lie in: the context for the ambiguous ones. */
function commonProvince(mentions: readonly PlaceMention[]): Division | null {
  return mostNamed(
    mentions.map((m) => {
      const ds = divisionsNamed(m.text);
      return [ds.length === 1 ? ancestorAt(ds[0], 'province') : null, 1];
    }),
  );
}

/**
 * The prefecture-level city a division lies in; a municipality (北京市) is a city and a
 * province at once; a county a province governs directly (济源市) is its own city.
 */
export function cityOf(d: Division): Division | null {
  if (d.level === 'province') return /市$/.test(d.name) ? d : null;
  const city = ancestorAt(d, 'city');
  if (city) return city;
  const province = ancestorAt(d, 'province');
  if (province && /市$/.test(province.name)) return province;
  return ancestorAt(d, 'county');
}

/** Words by which an article speaks of its own city (全市, 我市): a dateline's city is then its place. */
const CITY_AREA_WORDS = new Set(['全市', '我市', '本市']);
/** Words by which an article speaks of its own county or district (全县, 我区). */
const COUNTY_AREA_WORDS = new Set(['全县', '我县', '本县', '全区', '我区', '本区', '全旗', '我旗']);
/** What a county's mention weighs more when the article speaks of itself at that level: it breaks a tie with the city. */
const OWN_LEVEL_BONUS = 0.25;

/** How many times the weight of the city's own province another province needs to be the article's. */
const PROVINCE_MAJORITY = 2;

/** What after a place makes it open a body's name (海南省人民医院…, 安徽省委…): no subject of its own. */
const BODY_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:医院|委|政府|厅|局|大学|学院|中心|研究院)/;

/** How many cities a round-up of their province names equally. */
const ROUND_UP_CITIES = 3;

/** How many cities are named (with the places within them) as much as `city`. */
function citiesNamedAsMuch(named: readonly { d: Division; weight: number }[], city: Division): number {
  const weights = new Map<Division, number>();
  for (const { d, weight } of named) {
    const c = cityOf(d);
    if (c) weights.set(c, (weights.get(c) ?? 0) + weight);
  }
  const top = weights.get(city) ?? 0;
  let n = 0;
  for (const w of weights.values()) if (w === top) n++;
  return n;
}

/** The weight of the names of `division` itself (not of the places within it). */
function namedAs(named: readonly { d: Division; weight: number }[], division: Division): number {
  return weightOf(named, (d) => d === division);
}

/** The weight of the names that lie in `area`. */
function weightWithin(named: readonly { d: Division; weight: number }[], area: Division): number {
  return weightOf(named, (d) => isWithin(d, area));
}

/** The weight of the names whose division passes `counts`. */
function weightOf(
  named: readonly { d: Division; weight: number }[],
  counts: (d: Division) => boolean,
): number {
  let total = 0;
  for (const { d, weight } of named) if (counts(d)) total += weight;
  return total;
}

/** The item of most weight, the first named on a tie; null unless its weight passes `floor`. */
function mostNamed(items: [Division | null, number][], floor = 0): Division | null {
  const weights = new Map<Division, number>();
  let best: Division | null = null;
  let bestWeight = floor;
  for (const [d, weight] of items) {
    if (!d) continue;
    const w = (weights.get(d) ?? 0) + weight;
    weights.set(d, w);
    if (w > bestWeight) [best, bestWeight] = [d, w];
  }
  return best;
}

/**
 * The place a figure's scope means in an article about `article`: a division named (resolved
 * near the article's place), an area word (全市: the article's 市; 全县: its 县 ...), a zone of
 * the article's city (度假区); null when the scope cannot be placed.
 */
export function resolveScope(scope: string, article: Division | null): Place | null {
  if (scope === NATION.name) return { division: NATION, zone: null };
  if (AREA_WORDS.has(scope)) {
    const division = scope[1] === '国' ? NATION : article ? areaOf(scope, article) : null;
    return division ? { division, zone: null } : null;
  }
  const kind = zoneKind(scope);
  if (kind) {
    const written =
      scope.length > kind.length ? resolvePlace(scope.slice(0, placeEnd(scope)), article) : null;
    const city = written ?? (article ? cityOf(article) : null);
    return city ? { division: city, zone: kind } : null;
  }
  const division = resolvePlace(scope, article);
  return division ? { division, zone: null } : null;
}

/**
 * 全市 and 我市 are the article's 市: a county-level 市 (临清市) itself, else its prefecture
 * city; 全县 its 县, 全区 its 区, 全州 its autonomous 州, 全省 its province. Null when the
 * article is not of that level.
 */
function areaOf(word: string, article: Division): Division | null {
  const suffix = word[1];
  if (suffix === '省') return ancestorAt(article, 'province');
  if (suffix === '市')
    return article.level === 'county' && article.name.endsWith('市') ? article : cityOf(article);
  for (let d: Division | null = article; d && d.level !== 'province'; d = d.parent)
    if (d.name.endsWith(suffix)) return d;
  return null;
}

/** A place's full name, from the province down: 山东省聊城市东阿县, 山东省聊城市旅游度假区. */
export function placeName(place: Place): string {
  const names: string[] = [];
  // A unit the word list names with its city (岳阳市屈原管理区) names the city once.
  for (let d: Division | null = place.division; d; d = d.parent)
    names.unshift(d.parent && d.name.startsWith(d.parent.name) ? d.name.slice(d.parent.name.length) : d.name);
  return [...new Set(names)].join('') + (place.zone ?? '');
}

/**
 * The division a user names (--city): a name or short form (济宁市, 济宁, 任城区), or a path
 * for a name several divisions share (长春市朝阳区). Throws when it names none or several.
 */
export function cityDivision(written: string): Division {
  const name = written.trim();
  const mentions = placesIn(name);
  let division: Division | null = null;
  let covered = 0;
  for (const m of mentions) {
    if (m.start !== covered) break;
    division = resolvePlace(m.text, division);
    if (!division) break;
    covered = m.end;
  }
  if (!division || covered !== name.length) {
    const several = divisionsNamed(name).length > 1;
    throw new Error(
      several
        ? `${name} names several divisions: add the city or province before it (长春市朝阳区)`
        : `${name} is no division of China (a province, city, county or town)`,
    );
  }
  return division;
}

/**
 * Development zones a page names in full (聊城江北水城旅游度假区), by kind: what a bare 度假区
 * elsewhere on the page means.
 */
function zonesNamed(mentions: readonly PlaceMention[]): Map<string, string> {
  const zones = new Map<string, string>();
  for (const m of mentions) {
    const kind = zoneKind(m.text);
    if (kind && m.text.length > kind.length && !zones.has(kind)) zones.set(kind, m.text);
  }
  return zones;
}

/** The zone an article is about: one it names (bare or whole) more often than any division. */
function articleZone(mentions: readonly PlaceMention[], zones: ReadonlyMap<string, string>): string | null {
  const counts = new Map<string, number>();
  let divisions = 0;
  for (const m of mentions) {
    const kind = zoneKind(m.text);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    else if (!AREA_WORDS.has(m.text)) divisions++;
  }
  let best: string | null = null;
  let bestCount = Math.max(1, divisions);
  for (const [kind, n] of counts)
    if (n > bestCount && zones.has(kind)) [best, bestCount] = [zones.get(kind)!, n];
  return best;
}
