// Units and measure words that may follow a number, with the kind of figure they make.
// Longest entries win (个百分点 before 个, 元/人/月 before 元), so order does not matter here.
import type { FIGURE_KINDS } from '../records.js';

export type FigureKind = (typeof FIGURE_KINDS)[number];

export interface UnitEntry {
  /** As written after the number. */
  word: string;
  /** The unit the record carries (人口 is counted in 人). */
  unit: string;
  kind: FigureKind;
}

const entries: [words: string, kind: FigureKind, unit?: string][] = [
  ['元/人/月 元/人/天 元/人/年 元/人/次 元/人 元/天 元/月 元/年 元/次 元/床/日 元/床/天 元', 'money'],
  // Prices per a measure: 水价3.5元/立方米, 电价0.55元/千瓦时.
  ['元/立方米 元/千瓦时 元/平方米 元/吨 元/斤 元/公斤 元/千克 元/亩 元/小时 元/盒 元/支', 'money'],
  ['块钱', 'money', '元'], // 五块钱, 30块钱: the spoken word for 元
  ['金 银 铜', 'count'], // medals in sports news: 以3金2银1铜收官 (after digits, and only as medals: scan.ts)
  ['胜 负', 'count'], // a season's record: 18胜4负 (after digits, and only as results: scan.ts)
  ['美元 美圆 港元 港币 欧元 日元 英镑 马克 卢布 韩元 澳元 加元 新台币', 'money'],
  ['%', 'percent'],
  ['‰', 'rate'], // per mille is a rate per 1,000, as in 婴儿死亡率3.5‰, not a share
  ['个百分点 百分点 个千分点 千分点', 'pct_point'], // 出生率下降0.84个千分点: points of a per-mille rate
  ['岁 周岁 月龄', 'age'],
  ['分钟 小时 秒钟 秒 天 周 个月 个工作日 工作日 年 周年', 'duration'],
  ['载', 'duration', '年'], // 二十载 is twenty years: one unit, so that 二十载 and 二十年 compare
  ['个小时', 'duration', '小时'], // 5个小时 and 5小时 compare
  ['学时 课时', 'duration'],
  ['公里 千米 米 厘米 毫米 公分', 'length'],
  // 平米 stays as written (the papers' word); check holds it one class with 平方米.
  ['平方米 平米 平方公里 亩 公顷 公斤 千克 斤 克 吨 毫升 升 立方米 ℃ 千卡 大卡', 'other'],
  ['桶 盎司', 'other'], // 日产原油约900万桶, 金价每盎司: oil and gold in general news
  ['单位', 'count'], // 采集血液4.6万单位: blood is counted in units (3个单位 still counts in 个)
  ['人份', 'count'], // 检测试剂10万人份, 发放宣传单200余人份: doses or copies for so many people, no count of people
  ['微克/立方米 毫克/立方米 毫克/升 微克 毫克', 'other'], // PM2.5平均浓度为32微克/立方米
  ['kg g mg μg ml', 'other'], // 二甲双胍0.5g, 每天饮水1500ml: as written
  // Laboratory values in patients' stories: 血糖25.6mmol/L, 血红蛋白65g/L, 收缩压160mmHg.
  [
    'mmol/L mmol/l μmol/L umol/L g/L mg/L mg/dL ng/mL pg/mL U/L IU/L mmHg 毫米汞柱 毫摩尔/升 微摩尔/升',
    'other',
  ],
  ['km cm mm', 'length'],
  ['公里/小时 千米/小时 km/h', 'other'], // 设计时速80公里/小时: a speed, no length
  ['毫米/小时', 'other'], // 最大小时雨强62毫米/小时: rain per hour, no length
  // Energy in bulletins: 亿千瓦时, 万千瓦, 500千伏 (千 is the unit's, no multiplier), 万吨标准煤.
  ['千瓦时 千瓦 兆瓦 千伏 吨标准煤 吨标煤', 'other'],
  ['倍', 'ratio'], // 增长2倍: a multiple
  ['个基点 基点', 'pct_point'], // 利率下降25个基点: hundredths of a point (unit as written), no count of 个
  ['人公里 吨公里', 'other'], // 旅客周转量1350亿人公里: a transport volume, no count of people
  ['分', 'other'], // a score: 满意度96.5分 (after digits only, and not the minutes of 8点30分)
  ['摄氏度', 'other', '℃'], // 37.3摄氏度 and 37.3℃ compare
  ['°C', 'other', '℃'], // 最高气温10°C: a degree sign and a Latin C, as the web writes it
  [
    // Measure words the tagger does not tag q (部 n, 枚 m, 届 d, 株 glued to its noun, 头 of livestock, 标箱 of containers, 宗 of cases, 块 zg of medals and plots, 股 of shares, trips and flights (架次, 班次, 趟, 列), 幅 of pictures, 根 of posts, 尾 of fish, 票 of votes, 县 and 地市 of places counted without 个, 笔 of payments); the others it finds itself.
    '家 个 所 名 人次 户次 人 位 例 项 批次 支 张 期 条 场 次 处 对 户 件 台 辆 份 批 类 大类 种 套 座 间 栋 轮 组 支队 剂次 剂 针 盒 袋 瓶 箱 本 册 篇 起 方面 门 台次 场次 例次 床日 层 部 届 枚 株 颗 棵 只 头 匹 艘 架 重 标箱 宗 县 地市 县区 县市区 笔 块 股 架次 班次 车次 航次 艘次 辆次 趟 列 幅 根 尾 票',
    'count',
  ],
];

const LIST: UnitEntry[] = entries.flatMap(([words, kind, unit]) =>
  words.split(' ').map((word) => ({ word, unit: unit ?? word, kind })),
);
/** Every unit entry, longest word first, for longest-match at a position: 60余万人口 counts 人口, as written. */
export const UNITS: UnitEntry[] = [...LIST, { word: '人口', unit: '人口', kind: 'count' as const }].sort(
  (a, b) => b.word.length - a.word.length,
);

/**
 * The entries by their first UTF-16 unit, longest first: a unit is looked for after every number
 * (several times), so the unit's row is read from a table instead of hashed: 0 for none, else 1
 * + its index in UNIT_ROWS.
 */
const UNIT_ROW_BY_FIRST = new Uint16Array(0x10000);
const UNIT_ROWS: UnitEntry[][] = [];
for (const e of UNITS) {
  const first = e.word.charCodeAt(0);
  if (UNIT_ROW_BY_FIRST[first] === 0) UNIT_ROW_BY_FIRST[first] = UNIT_ROWS.push([]);
  UNIT_ROWS[UNIT_ROW_BY_FIRST[first] - 1].push(e);
}

/**
 * How the name of a count ends, and the unit it counts in: a bare amount (接种人数达到12.6万)
 * takes the unit its metric names.
 */
export const UNIT_OF_COUNT_NAME: [ending: string, unit: string][] = [
  ['人数', '人'],
  ['人员数', '人'],
  ['人员', '人'],
  ['人次', '人次'],
  ['次数', '次'],
  ['户数', '户'],
  ['例数', '例'],
  ['家数', '家'],
];

/**
 * How the name of an amount of money ends: a bare amount (总票房超过57亿, 营收达3.2万) is in 元.
 */
export const MONEY_NAME =
  /(?:票房|收入|营收|金额|销售额|成交额|交易额|利润|产值|资金|投资|费用|税收|营业额)$/;

/** 七成 is 70 %: 成 is a tenth. */
export const TENTH = '成';

/** A population base that makes a count a rate: 千人口托位数达5.22个, 每万名常住人口全科医生数为4.2人, 每1000名. */
export const RATE_MARKER = /[千万]人口|每(?:[十百千万]+|10{2,})(?:名|人|常住|户籍)/;

/**
 * Words the tagger calls measure words (q) that measure no count after a number: dates and
 * times (年, 月, 日, 点, 时, 分) and 毛, 角 (the papers write 元).
 */
const NOT_COUNTING_MEASURES = /^(?:[年月日号点时分秒刻毛角]|周[一二三四五六日末])/;

/** A word the tagger tagged q after a number: a count's measure word, unless it times or dates. */
/** The longest measure word taken from the tagger (层, 公顷). */
export const MEASURE_WORD_MAX_LENGTH = 2;
const MEASURE_WORD_SHAPE = new RegExp(`^[\\u4e00-\\u9fff]{1,${MEASURE_WORD_MAX_LENGTH}}$`);

export function isMeasureWord(word: string): boolean {
  return MEASURE_WORD_SHAPE.test(word) && !NOT_COUNTING_MEASURES.test(word);
}

/** The unit at `at` in `text`, longest match first. */
export function unitAt(text: string, at: number): UnitEntry | null {
  const row = at < text.length ? UNIT_ROW_BY_FIRST[text.charCodeAt(at)] : 0;
  if (row > 0) for (const e of UNIT_ROWS[row - 1]) if (text.startsWith(e.word, at)) return e;
  return null;
}
