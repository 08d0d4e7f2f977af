// What `liaohealth check` needs to know about metric names, as data: which names mean the same
// thing, which words around a name do not change what is counted, which names are too generic
// to compare on their own, which units measure the same thing, and which words turn a figure
// into a change. (Words of time and plans are in src/lexicon/dates.ts.) The code in src/check/claims.ts is generic over these lists.

/**
 * Phrases that name the same thing, replaced wherever they occur in a metric (so that
 * 普惠托育服务机构 and 普惠托育机构 meet too). Variant first, canonical second.
 */
export const METRIC_SYNONYMS: [variant: string, canonical: string][] = [
  ['托育服务机构', '托育机构'],
  ['托育服务中心', '托育中心'],
  ['两证齐全', '双证齐全'],
  ['二证齐全', '双证齐全'],
  ['婴幼儿托位', '托位'],
  ['托位总数', '托位'],
  ['托位数量', '托位'],
  ['每千人口', '千人口'],
  ['每万人口', '万人口'],
  // National health indicators by their official names (国家卫生健康统计) and the papers' variants.
  ['居民人均预期寿命', '人均预期寿命'],
  ['居民人均期望寿命', '人均预期寿命'],
  ['居民平均预期寿命', '人均预期寿命'],
  ['居民平均期望寿命', '人均预期寿命'],
  ['居民预期寿命', '人均预期寿命'],
  ['人均期望寿命', '人均预期寿命'],
  ['平均预期寿命', '人均预期寿命'],
  ['平均期望寿命', '人均预期寿命'],
  ['家庭医生居民签约服务覆盖率', '家庭医生签约率'],
  ['家庭医生签约服务覆盖率', '家庭医生签约率'],
  ['家庭医生签约覆盖率', '家庭医生签约率'],
  ['家庭医生签约服务率', '家庭医生签约率'],
  ['居民健康素养水平', '健康素养水平'],
  ['千人口拥有', '千人口'],
  ['疾病预防控制中心', '疾控中心'],
  // The indicator's official name (每千人口拥有3岁以下婴幼儿托位数) and the papers' short form.
  ['3岁以下婴幼儿托位', '托位'],
  ['三岁以下婴幼儿托位', '托位'],
  ['家庭医生签约服务团队', '家庭医生团队'],
  ['家庭医生签约团队', '家庭医生团队'],
  ['家庭医生服务团队', '家庭医生团队'],
  // 二级及以上 = 二级以上: official statistics count the named level in.
  ['及以上', '以上'],
  ['每千常住人口', '千人口'],
  ['每万常住人口', '万人口'],
  ['医疗卫生机构床位', '床位'],
  ['五岁以下', '5岁以下'],
  ['三岁以下', '3岁以下'],
  ['适龄儿童免疫规划', '免疫规划'],
  ['基本医保', '基本医疗保险'],
  // Statistics bulletins' official names and the papers' short forms.
  ['地区生产总值', 'GDP'],
  ['国内生产总值', 'GDP'],
  ['生产总值', 'GDP'],
  ['城镇常住居民', '城镇居民'],
  ['农村常住居民', '农村居民'],
  ['全体居民', '居民'],
  ['社零总额', '社会消费品零售总额'],
  ['地方一般公共预算', '一般公共预算'],
  ['规上工业', '规模以上工业'],
  ['规上企业', '规模以上企业'],
];

/**
 * Words in front of a metric that say when, where or how it was counted but not what:
 * 现有托育机构 = 托育机构. Stripped repeatedly from the start, longest first, with the area words
 * (全市, 我县: AREA_WORDS) and any place name (src/lexicon/places.ts).
 */
export const NEUTRAL_PREFIXES: string[] = [
  '截至目前',
  '截至',
  '目前',
  '当前',
  '现有',
  '现已',
  '已有',
  '已经',
  '已',
  '累计',
  '共有',
  '共计',
  '总共',
  '合计',
  '总计',
  '共',
  '拥有',
  '建成',
  '全部',
  '各类',
  '如今',
  '现',
];

/** Words after a metric that do not change it: 托育机构数量 = 托育机构. */
export const NEUTRAL_SUFFIXES: string[] = ['数量', '总量', '的'];

/**
 * Metric names too generic to compare on their own: two articles' 占比 or 资金 are rarely
 * about the same thing. A metric that is only one of these (after canonicalisation) is not
 * compared at all.
 */
export const GENERIC_METRICS = new Set<string>([
  '占比',
  '比例',
  '比重',
  '总数',
  '数量',
  '总量',
  '数',
  '人数',
  '人次',
  '次数',
  '个数',
  '规模',
  '资金',
  '金额',
  '总金额',
  '费用',
  '经费',
  '投入',
  '项目',
  '增幅',
  '增长',
  '同比',
  '率',
  '覆盖率',
  '使用率',
  '完成率',
  '达标率',
  '增长率',
  '成功率',
  '机构',
  '单位',
  '部门',
  '人',
  '人员',
  '群众',
  '居民',
  '市民',
  '患者',
  '患儿',
  '老人',
  '老年人',
  '儿童',
  '婴幼儿',
  '幼儿',
  '学生',
  '家庭',
  '专家',
  '时间',
  '年龄',
  '价格',
  // Heads a metric is cut to when the tagger loses its modifiers (家庭医生签约服务团队 -> 团队):
  // two articles' 团队 or 中心 are rarely the same teams or centres.
  '团队',
  '队伍',
  '小组',
  '中心',
  '站点',
  '基地',
  '平台',
  '科室',
  '服务',
  '活动',
  '工作',
  '设施',
  '场所',
  '方面', // 从三方面入手: the aspects of one page's plan are not another's
]);

/**
 * Units that count the same things, each set one class: 家 and 个 both count institutions
 * (the metric keeps apart what is counted). % and 个百分点 are never in one class.
 */
export const UNIT_CLASSES: string[][] = [
  ['家', '个', '所', '座', '处', '间', '张', '支'],
  ['人', '名', '位', '人口'],
  ['例', '台'],
  ['平方米', '平米'],
  // The same measure written in Chinese or in Latin letters (5公斤, 5kg).
  ['公斤', '千克', 'kg'],
  ['克', 'g'],
  ['毫升', 'ml'],
  ['公里', '千米', 'km'],
  ['厘米', 'cm'],
  ['毫米', 'mm'],
  ['吨标准煤', '吨标煤'],
];

/**
 * Words that, in the clause before a figure, make it a change rather than a state: 新增托位
 * 1220个, 较上年提升8.36%. A word directly followed by 至/到 states the new level instead
 * (增至43家, 提升至13.38%): see CHANGE_TO.
 */
export const CHANGE_WORDS: string[] = [
  '新增',
  '新建',
  '新开',
  '净增',
  '再建设',
  '再建',
  '再新增',
  '增加',
  '增长',
  '减少',
  '下降',
  '降低',
  '提高',
  '提升',
  '缩短',
  '扩大',
  '同比',
  '环比',
  '较上年',
  '比上年',
  '较去年',
  '比去年',
];

/** What turns a change word into a level: 增至, 提升到. */
export const CHANGE_TO = ['至', '到'];

/**
 * Words in the clause before a figure that hand out values to metrics by position (累计分别达到
 * 60个和30个): which value belongs to which metric is easily mis-assigned, so such figures are
 * not compared.
 */
export const RESPECTIVELY_WORDS: string[] = ['分别', '依次'];

/**
 * Person roles that say nothing about who someone is (two patients with similar names are
 * usually two patients): sharing one of these is no evidence that two names are one person.
 */
export const CROWD_ROLES = new Set<string>([
  '患者',
  '家属',
  '村民',
  '居民',
  '市民',
  '群众',
  '志愿者',
  '老人',
  '儿童',
  '患儿',
  '学生',
  '游客',
  '网友',
]);
