// Words that qualify a number, mapped to the record's `approx`.
import type { APPROX } from '../records.js';

export type Approx = (typeof APPROX)[number];

/** Between the number and its unit, or after the multiplier: 160余家, 1700多万元, 3.7万余例. */
export const INFIX: Record<string, Approx> = { 余: 'more_than', 多: 'more_than' };

/** After the unit: 1300家以上, 3岁以下, 10秒内, 3000人左右. */
export const SUFFIX: Record<string, Approx> = {
  // 65岁及以上: the number itself included.
  及以上: 'at_least',
  及以下: 'at_most',
  以上: 'more_than',
  多: 'more_than',
  余: 'more_than',
  以下: 'less_than',
  以内: 'less_than',
  之内: 'less_than',
  内: 'less_than',
  左右: 'about',
  上下: 'about',
};

/**
 * Before the number. `near` entries must touch the number (近, 超 and 约 also begin other
 * words: 近日, 超声, 约定); the others may stand a few characters away (至少建成1家, 最多看护3名).
 */
/** `notAfter`: the two characters before the word that make it part of another word (签约, 最近). */
export const PREFIX: { word: string; approx: Approx; near?: boolean; notAfter?: RegExp }[] = [
  { word: '不超过', approx: 'at_most' },
  // 钠不应超过2300毫克, 不得低于3∶1: a bound said as a duty (超过 alone would read more_than).
  { word: '不应超过', approx: 'at_most' },
  { word: '不得超过', approx: 'at_most' },
  { word: '不宜超过', approx: 'at_most' },
  { word: '不能超过', approx: 'at_most' },
  { word: '不可超过', approx: 'at_most' },
  { word: '不应高于', approx: 'at_most' },
  { word: '不得高于', approx: 'at_most' },
  { word: '不应低于', approx: 'at_least' },
  { word: '不得低于', approx: 'at_least' },
  { word: '不宜低于', approx: 'at_least' },
  { word: '不应少于', approx: 'at_least' },
  { word: '不得少于', approx: 'at_least' },
  { word: '不大于', approx: 'at_most' },
  { word: '不小于', approx: 'at_least' },
  { word: '不高于', approx: 'at_most' },
  { word: '不多于', approx: 'at_most' },
  { word: '最多', approx: 'at_most' },
  { word: '至多', approx: 'at_most' },
  { word: '仅可', approx: 'at_most' }, // 仅可领取一份奖品
  { word: '最高可达', approx: 'at_most', near: true }, // 报销最高可达2万元: a cap, reached or not
  { word: '最高达', approx: 'at_most', near: true },
  { word: '最高', approx: 'at_most', near: true },
  { word: '最低', approx: 'at_least', near: true },
  { word: '不低于', approx: 'at_least' },
  { word: '不少于', approx: 'at_least' },
  { word: '至少', approx: 'at_least' },
  { word: '满', approx: 'at_least', near: true }, // 满3.01元可用, 年满18周岁
  { word: '最少', approx: 'at_least' },
  { word: '不到', approx: 'less_than', near: true },
  { word: '不足', approx: 'less_than', near: true },
  { word: '将近', approx: 'less_than', near: true },
  { word: '近乎', approx: 'less_than', near: true },
  { word: '接近', approx: 'less_than', near: true },
  // 最近一小时, 附近3家: 近 ending a word of its own (most recent, nearby) bounds nothing.
  { word: '近', approx: 'less_than', near: true, notAfter: /[最附邻就]$/ },
  { word: '超过', approx: 'more_than', near: true },
  { word: '超出', approx: 'more_than', near: true },
  { word: '超', approx: 'more_than', near: true },
  { word: '逾', approx: 'more_than', near: true },
  { word: '突破', approx: 'more_than', near: true }, // 床位突破3000张: past the mark
  { word: '多于', approx: 'more_than', near: true },
  { word: '大于', approx: 'more_than', near: true },
  { word: '高于', approx: 'more_than', near: true }, // 不高于 is longer and wins where it stands
  { word: '小于', approx: 'less_than', near: true },
  { word: '低于', approx: 'less_than', near: true },
  { word: '少于', approx: 'less_than', near: true },
  // D2B时间≤90分钟, 血压≥140: the signs of comparison.
  { word: '≤', approx: 'at_most', near: true },
  { word: '≥', approx: 'at_least', near: true },
  { word: '<', approx: 'less_than', near: true },
  { word: '>', approx: 'more_than', near: true },
  { word: '大约', approx: 'about', near: true },
  { word: '大概', approx: 'about' },
  // 签约, 预约, 节约, 制约 end in 约 but qualify nothing: 签约1993对 is 1993 exactly.
  // 失约 (a missed appointment) is no 约, but 损失约1.2亿元 is about.
  {
    word: '约',
    approx: 'about',
    near: true,
    notAfter: /(?:[签预节制公条合契邀相特履违解毁赴应]|(?<!损)失)$/,
  },
  { word: '约为', approx: 'about', near: true },
  { word: '约有', approx: 'about', near: true }, // 全县约有1.2万名老人
  { word: '约合', approx: 'about', near: true }, // 约合2.3亿欧元: converted, and so about
];

/** How far (in characters) a non-`near` prefix may stand from the number. */
export const PREFIX_REACH = 6;

/** A bare 百/千/万 stands for 100/1000/10000 after these: 近百例 (just under, as 近 always is), 上千人, 突破百万人次, 达百万; 数万人 is too vague. */
export const ROUND_MAGNITUDE_LEADS: Record<string, Approx> = {
  近: 'less_than',
  上: 'more_than',
  超: 'more_than',
  逾: 'more_than',
  破: 'more_than',
  约: 'about',
  达: 'about',
};
