// Words of time the papers use, and what they mean. Data only: the date extractor builds its
// patterns from these lists once, at load time. Every entry is covered by test/corpus/dates.corpus.ts
// or the conformance specs.

/** Years named relative to the article's year: 今年 -> +0, 去年 -> -1. */
export const RELATIVE_YEARS: Record<string, number> = {
  今年: 0,
  本年: 0,
  去年: -1,
  上年: -1,
  前年: -2,
  明年: 1,
};

/**
 * Years named relative to the year the sentence has just stated: "2024年累计上报…,较上年提升"
 * compares with 2023. Without a stated year, 上年 falls back to RELATIVE_YEARS (the article's year).
 */
export const ANCHORED_YEARS: Record<string, number> = {
  上年: -1,
  上一年: -1,
  前一年: -1,
  次年: 1,
  翌年: 1,
  同年: 0,
  这一年: 0,
  那一年: 0,
};

/** Anchored words that point back past their sentence, to the year the article last stated: 回望2025…。这一年,… */
export const BACK_REFERENCE_YEARS = ['这一年', '那一年'];

/** Months relative to the article's month. */
export const RELATIVE_MONTHS: Record<string, number> = {
  本月: 0,
  上月: -1,
  上个月: -1,
  下月: 1,
  下个月: 1,
};

/** Days relative to the article's date. 后天 alone is left out: in health news it is "acquired" (先天/后天). */
export const RELATIVE_DAYS: Record<string, number> = {
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
  大前天: -3,
  明天: 1,
  大后天: 3,
  明日: 1,
};

/** Names that contain a day word but are no date. */
export const NOT_DATES = ['今日头条', '明日之后'];

/** "Recently": the date of an event just past, never the period of a figure. They resolve to the article's date. */
export const RECENT_EVENT_WORDS = ['近日', '日前', '近期'];

/** "Now" and "recently": they resolve to the article's date. */
export const NOW_WORDS = ['目前', '现在', '当前', '如今', '眼下', '当下', ...RECENT_EVENT_WORDS];

/**
 * "Now" said inside a verb (聊城现有托育机构477家, 现已建成): no date record, but a figure after
 * one is a level as of the article's date.
 */
export const NOW_VERBS = ['现有', '现已'];

/** Words that, right after a word of "now", show it labels a web page's furniture (当前位置:首页, 当前报纸名称): no date. */
export const NOW_WORD_FOLLOWERS: Record<string, readonly string[]> = {
  当前: ['位置', '报纸', '页面', '栏目', '版面'],
};

/**
 * Characters that, standing just before a NOW word, show it is not one: 体现在 (体现+在),
 * 临近期末 (临近+期末), 节日前 (节日+前), 相当前 ... Keyed by the word.
 */
export const NOW_WORD_BLOCKERS: Record<string, string> = {
  现在: '体表实出呈发展再重显涌浮',
  当前: '相担应充',
  近期: '临接靠附将',
  近日: '临接靠附将',
  日前: '节生假期终周初月号天〇零一二三四五六七八九十廿卅0123456789',
  当下: '担',
};

/** Characters that, just before a relative year word, show it is not one: 以前年度, 过去年份. */
export const RELATIVE_YEAR_BLOCKERS = '以提之过失';

/** The same day as the date just mentioned: "3月9日,…。当日,门诊揭牌成立。" */
export const SAME_DAY_WORDS = ['当日', '当天'];
/** The day after the date just mentioned: "11月30日,专家组抵达。次日,义诊开始。" */
export const NEXT_DAY_WORDS = ['次日', '翌日'];

/** Recent times without a count: 近年来, 不久前. They do not resolve to a definite span. */
export const VAGUE_RECENT = ['近年来', '近年以来', '近几年', '近些年', '近年', '不久前', '前不久'];

/** "The last N years": 近五年, 过去十年. */
export const RECENT_PREFIXES = ['近', '过去'];

/**
 * Holidays by name and the days of their break: fixed in the solar calendar ([month, first day,
 * last day]), or around a day of the lunar calendar ([lunar month, lunar day, days before, days
 * after]): 春节 from 除夕 to 初六 (the State Council's seven days of 2015-2023; later breaks shift
 * by a day or two, 2024's 初一 to 初八: an approximation), 端午 and 中秋 the day itself (their
 * three-day breaks shift with the weekend). 清明 follows the solar terms: null, unresolved. The
 * names of a day alone (五一, 国庆) need a word of holiday after them (HOLIDAY_AFTER); those with
 * 节 stand alone.
 */
export type HolidayDays =
  | { solar: [number, number, number] }
  | { lunar: [number, number, number, number] }
  | null;
const SPRING_FESTIVAL: HolidayDays = { lunar: [1, 1, 1, 5] };
const DRAGON_BOAT: HolidayDays = { lunar: [5, 5, 0, 0] };
const MID_AUTUMN: HolidayDays = { lunar: [8, 15, 0, 0] };
export const HOLIDAYS: Record<string, HolidayDays> = {
  元旦: { solar: [1, 1, 1] },
  春节: SPRING_FESTIVAL,
  清明节: null,
  清明: null,
  劳动节: { solar: [5, 1, 5] },
  五一: { solar: [5, 1, 5] },
  端午节: DRAGON_BOAT,
  端午: DRAGON_BOAT,
  中秋节: MID_AUTUMN,
  中秋: MID_AUTUMN,
  国庆节: { solar: [10, 1, 7] },
  国庆: { solar: [10, 1, 7] },
  十一: { solar: [10, 1, 7] },
};
/** Words of a holiday's time after its name: 国庆假期, 春节期间, 五一小长假, 元旦当天, 春节档 (its films). */
export const HOLIDAY_AFTER = [
  '假期',
  '档',
  '小长假',
  '长假',
  '黄金周',
  '期间',
  '前后',
  '前夕',
  '假日',
  '节日期间',
  '当天',
  '当日',
];

/** Parts of a year, as months [first, last]. 年度 is the (fiscal) year itself. */
export const YEAR_PARTS: Record<string, [number, number]> = {
  上半年: [1, 6],
  前半年: [1, 6],
  下半年: [7, 12],
  后半年: [7, 12],
  第一季度: [1, 3],
  一季度: [1, 3],
  第二季度: [4, 6],
  二季度: [4, 6],
  第三季度: [7, 9],
  三季度: [7, 9],
  第四季度: [10, 12],
  四季度: [10, 12],
  前两季度: [1, 6],
  前三季度: [1, 9],
  前三个季度: [1, 9],
};

/**
 * A year's first months as statistics report them (2024年前10个月, 今年前两个月): only after a
 * year, since alone they count back from anything (孕前3个月, 术前两个月).
 */
export const FIRST_MONTHS: Record<string, [number, number]> = firstMonths();

function firstMonths(): Record<string, [number, number]> {
  const chinese = ['两', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
  const parts: Record<string, [number, number]> = {};
  for (let months = 2; months <= 11; months++) {
    parts[`前${months}个月`] = [1, months];
    parts[`前${chinese[months - 2]}个月`] = [1, months];
  }
  return parts;
}

/**
 * Ends of a year: the value keeps the stated year, `resolved` takes the month meant.
 * 年底前 (a deadline) is the same month.
 */
export const YEAR_EDGES: Record<string, number> = {
  底: 12,
  末: 12,
  初: 1,
};

/** Characters after 年初 that make it another word: 初步 (preliminary), 初心, 初衷. */
export const YEAR_START_BLOCKERS = '步心衷次级期始见';

/** Verbs that make a bare four-digit number a year: 回望2025, 展望2026. */
export const YEAR_CONTEXT_VERBS = ['回望', '展望', '回顾', '迈入', '跨入', '进入', '走过', '告别', '立足'];

/** Connectors of a date range: 2024年2月7日至2月13日, 2021—2025年, 7月4日到7月6日, 从2025年10月1日起至2026年3月31日. */
export const RANGE_CONNECTORS = ['起至', '起到', '至', '到', '-', '—', '——', '–', '~', '～'];

/** An open start: 即日起至2025年11月30日 (from today until ...). */
export const OPEN_START = ['自即日起', '即日起', '即日'];

/**
 * Before a year, these make it a target or a deadline, not the time of the article:
 * 到2030年, 力争2027年. They do not count when inferring the page's year.
 */
export const TARGET_MARKERS = ['到', '至', '力争', '预计', '计划', '争取', '将于', '拟于'];

/** After a date, these make it a plan's (5月8日至12日将对…补种): the future, not the page's time. */
export const PLAN_MARKERS = ['将', '拟', '计划'];

/** Before a year, these make it the start of a span (从2020年的21家增至目前的43家), not the page's present. */
export const ORIGIN_MARKERS = ['从', '自从', '自'];

/** Before a year, these make it a comparison's base (较2023年提高3.2个百分点): a past year, not the page's. */
export const COMPARISON_MARKERS = ['较', '比', '相比', '相较于', '相对于', '对比'];

/** Words for a day of the week after a page's printed issue date: 2025年4月23日 星期三. */
export const WEEKDAY_WORDS = ['星期', '礼拜', '周'];

/** Weeks before a weekday, relative to the article's week: 上周五, 本周三, 下个星期一 (周五 alone may be any). */
export const RELATIVE_WEEKS: Record<string, number> = { 上: -1, 本: 0, 这: 0, 下: 1 };
/** The days of a week, Monday first (周日 and 周天 are Sunday). */
export const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** "As of": 截至2025年底 states the page's present, although it ends in 至. */
export const AS_OF_MARKERS = ['截至', '截止到', '截止'];

/** After a date, these make it the start of a span up to now: 2024年至今, 自2023年开展以来. */
export const SINCE_MARKERS = ['至今', '以来'];

/** After a date, these make it a comparison's base (较去年同期, 与2020年相比, 与2021年度持平): no period of the figures. */
export const BASE_AFTER_MARKERS = ['同期', '相比', '相较', '比较', '持平'];

/**
 * In a figure's clause before it, these make the figure a target or plan, not a fact: 力争建成
 * 10个, 计划新增托位1000个, 三年内建成40个. (将 counts too: 将 as "to put" rarely precedes a figure.)
 */
export const PLAN_WORDS = ['计划', '力争', '预计', '目标', '争取', '拟', '将', '年内', '年底前'];

/**
 * Words that hold a plan word but state no plan: 目标人群 (the people aimed at), 计划生育 (family
 * planning), 计划免疫, 将近 (nearly). 将 before a number is "to put" (共将1200名老人纳入): see
 * the rule in src/extractors/dates/periods.ts.
 */
export const NOT_PLAN_WORDS = ['目标人群', '计划生育', '计划免疫', '将近'];

/**
 * Plan words that reach the later clauses of their sentence too (计划建设驿站25个,新增托位1000个):
 * not 将, which also means "to put" (聊城将托育工作纳入…,全市建成托位3万个).
 */
export const SENTENCE_PLAN_WORDS = ['计划', '力争', '预计', '争取', '拟'];

/** In a figure's own clause, these state what is done, whatever plan came before: 已建成, 累计. */
export const FACT_MARKERS = ['已', '累计', '现有'];
