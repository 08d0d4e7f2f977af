// The domain user dictionary for jieba: words of Chinese health and childcare administration
// that the general dictionary cuts apart (托位 -> 托|位, 千人口托位数 -> 千|人口|托位数).
// Format per entry: word, frequency, part-of-speech tag.

import { divisionNames } from './places.js';

const DOMAIN_WORDS: [word: string, tag: string][] = [
  ['托位', 'n'],
  ['托位数', 'n'],
  ['千人口托位数', 'n'],
  ['托位使用率', 'n'],
  ['入托率', 'n'],
  ['普惠托位', 'n'],
  ['普惠托育', 'n'],
  ['普惠补贴', 'n'],
  ['托育', 'vn'],
  ['托育机构', 'n'],
  ['托育服务', 'n'],
  ['托育服务机构', 'n'],
  ['托育综合服务中心', 'n'],
  ['托育驿站', 'n'],
  ['社区托育驿站', 'n'],
  ['托班', 'n'],
  ['医养结合', 'n'],
  ['医养结合机构', 'n'],
  ['医育结合', 'n'],
  ['医育融合', 'n'],
  ['县域医疗服务次中心', 'n'],
  ['县域医疗卫生次中心', 'n'],
  ['县域医疗次中心', 'n'],
  ['医疗卫生次中心', 'n'],
  ['医共体', 'n'],
  ['医联体', 'n'],
  ['卫生健康委', 'nt'],
  ['卫生健康委员会', 'nt'],
  ['卫健委', 'nt'],
  ['医疗保障局', 'nt'],
  ['医保局', 'nt'],
  ['中医药管理局', 'nt'],
  ['疾控中心', 'nt'],
  ['疾病预防控制中心', 'nt'],
  ['妇幼保健院', 'nt'],
  ['社区卫生服务中心', 'nt'],
  ['社区卫生服务站', 'nt'],
  ['中心卫生院', 'nt'],
  ['免陪照护', 'n'],
  ['护理员', 'n'],
  ['婴幼儿', 'n'],
  ['一老一小', 'n'],
  ['个百分点', 'q'],
  ['占比', 'n'],
  ['村卫生室', 'n'],
  ['早孕', 'n'],
  ['人次', 'q'],
  ['手足口病', 'n'],
  // Words of an epidemic's bulletin the general dictionary cuts or mistags (确诊|病例, 密接/ad).
  ['新冠肺炎', 'n'],
  ['确诊病例', 'n'],
  ['无症状感染者', 'n'],
  ['密切接触者', 'n'],
  ['次密接', 'n'],
  ['安宁疗护', 'n'],
  ['发热门诊', 'n'],
  ['卒中中心', 'n'],
  ['创伤中心', 'n'],
  ['免疫规划', 'n'],
  ['医保基金', 'n'],
  ['统筹基金', 'n'], // 统筹/v 基金: medical insurance bulletins' name, cut at a verb
  ['参保率', 'n'],
  ['癌前病变', 'n'], // 癌前/x 病变/v: cut at a verb, the name lost its head
  // Metrics the general dictionary cuts at a measure word or a verb (急救站|点, 签约|居民, 平均|住院日).
  ['急救站点', 'n'],
  ['签约率', 'n'],
  ['签约服务', 'n'],
  ['签约覆盖率', 'n'],
  ['签约服务覆盖率', 'n'],
  ['开放床位数', 'n'],
  ['开放床位', 'n'],
  ['编制床位', 'n'], // 编制床位1787张, 实有床位2628张: a hospital's beds as planned and as set up
  ['实有床位', 'n'],
  ['诊所', 'n'], // jieba tags it a verb: 个体诊所113个 was named 个体
  ['个体诊所', 'n'],
  ['本外币', 'n'], // 本外币存款余额: jieba cuts 本|外币 and the name lost its 本
  ['三四级手术', 'n'],
  ['四级手术', 'n'],
  ['签约居民', 'n'],
  ['牵头医院', 'n'],
  ['平均住院日', 'n'],
  // Names the general dictionary cuts at a verb (采购|经理|指数, 期望|寿命).
  ['采购经理指数', 'n'],
  ['违法所得', 'n'], // 没收违法/vn 所得/v: a legal term cut at a verb
  ['实际使用外资', 'n'], // 实际/n 使用/v 外资: a statistic's name cut at a verb
  // Names of bulletins' statistics the general dictionary cuts at a verb or a measure word
  // (登记/v 失业率, 快递/v 业务量, 投入/v 强度, 优良/z 天数, 手术台/n 次/q).
  ['登记失业率', 'n'],
  ['快递业务量', 'n'],
  ['研发经费投入强度', 'n'],
  ['优良天数比例', 'n'],
  ['空气质量优良天数比例', 'n'],
  ['手术台次', 'n'],
  ['一般公共预算收入', 'n'], // 一般/a 公共/b 预算/v 收入/v: fiscal bulletins' names, cut at a verb
  ['一般公共预算支出', 'n'],
  ['期望寿命', 'n'],
  // Companies' reports: 基本|每股/r|收益 lost its 每股; 派|发现|金红利 cut across 现金.
  ['每股收益', 'n'],
  ['每股净资产', 'n'],
  ['现金红利', 'n'],
  // Markets and courts: 沪|指收涨/x, 深证|成指涨/x; 一|审判|处|被告人, 并|处罚金.
  ['沪指', 'n'],
  ['深证成指', 'n'],
  ['创业板指', 'n'],
  ['收涨', 'v'],
  ['收跌', 'v'],
  ['判处', 'v'],
  ['并处', 'v'],
  ['罚金', 'n'],
  // Courts' reports: 执行|案件 (a kind of case, cut at a verb), 法定|审限/v|内|结案率.
  ['执行案件', 'n'],
  ['审限内结案率', 'n'],
  // Titles before a name that jieba cuts across (非|遗传|承人莫秋云).
  ['非遗传承人', 'n'],
  ['传承人', 'n'],
  // 在|岗医生: a describing word the general dictionary lacks (在职, 在编 it has).
  ['在岗', 'b'],
  // 创/n 历史/n 新高/v: a verb phrase the tagger reads as nouns, glued to the name before it.
  ['创历史新高', 'v'],
  // 比上年同|月均/j|下降: the month compared with, which jieba glues to the 均 after it.
  ['同月', 't'],
];

const PLACE_FREQUENCY = 100;

/**
 * Words of jieba's own dictionary that run two words of the news together; frequency 0 takes
 * them out (同比增加, a name there, made 同比增加7.05% a figure whose metric was 同比增加; 价格上涨
 * made the verb of change part of 猪肉价格上涨6.3%'s metric).
 */
const NOT_WORDS = ['同比增加', '价格上涨', '价格下降', '物价上涨', '成本上升'];

/** The dictionary as jieba's text format. */
export function userDictionary(): string {
  const lines = DOMAIN_WORDS.map(([word, tag]) => `${word} 20000 ${tag}`);
  // Provinces, cities and counties in full (东阿县): jieba knows most, not all. A low frequency
  // still keeps a name whole against its parts, and leaves jieba's totals (and so how it cuts
  // everything else: 高|达) as they were. Towns are found by their suffix in the text instead
  // (src/lexicon/places.ts): 38,000 more words cost every start ~20 ms.
  for (const place of new Set(divisionNames())) lines.push(`${place} ${PLACE_FREQUENCY} ns`);
  for (const word of NOT_WORDS) lines.push(`${word} 0 x`);
  return `${lines.join('\n')}\n`;
}
