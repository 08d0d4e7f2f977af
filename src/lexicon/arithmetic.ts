// Words that tie figures together arithmetically (src/check/arithmetic.ts): a share of a whole,
// a total and its parts, a change from one value to another, a rate per population.

/** A share names its whole after 占: 占托育机构总数的89.7%; these words end the whole's name. */
export const WHOLE_SUFFIXES: string[] = ['总数', '总量', '总和', '总额', '总体', '的'];

/**
 * Before a figure, these make it a total (共有12家, 合计30个); 共 alone only right before the
 * number (共12家), since it is also part of words such as 公共.
 */
export const TOTAL_WORDS: string[] = ['共有', '总共', '总计', '合计', '共计'];
export const TOTAL_RIGHT_BEFORE = '共';

/** After a total, this opens the list of its parts (其中城区5家、乡镇7家). */
export const PARTS_WORD = '其中';

/** A list of parts that ends with 等 names only some of them. */
export const INCOMPLETE_LIST = /等/;

/** A change up (由9家增加到12家，增长33.3%) and a change down (下降0.5个百分点). */
export const INCREASE_WORDS: string[] = ['增长', '增加', '提高', '提升', '上升', '上涨', '增幅', '多了'];
export const DECREASE_WORDS: string[] = ['下降', '减少', '降低', '下跌', '回落', '降幅', '少了'];

/** A change against the same period a year before (同比增长8%, 比上年同期增长5%). */
export const YEAR_ON_YEAR_WORDS: string[] = ['同比', '比上年', '较上年', '比去年', '较去年'];

/** Population bases of a rate, longest first: 每十万人口, 每千人口, 千人口, 每万人 (人 alone only after 每: 万人次 is no base). */
export const PER_POPULATION: [string, number][] = [
  ['十万', 100000],
  ['万', 10000],
  ['千', 1000],
  ['百', 100],
];
