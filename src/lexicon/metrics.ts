// Words around figures: what is not a figure, what is not part of a metric. (Words of time are
// in src/lexicon/dates.ts.)

/**
 * Fixed words and slogans whose numerals count nothing (一老一小, 六位一体). A Chinese numeral
 * inside one of these is not a figure.
 */
export const NOT_FIGURE_WORDS = [
  '一老一小',
  '一把手',
  '一体化',
  '一线',
  '一道',
  '第一时间',
  '一站式',
  '一对一',
  '一人一档',
  '位一体',
  '多院合一',
  '百镇千村',
  '千家万户',
  '千万家庭',
  '一核三圈',
  '三分治疗',
  '七分护理',
  '一揽子',
  '一张网',
  '一盘棋',
  '一码通',
  '一件事',
  '一次性',
  '三甲',
  '二甲',
  '最后一公里',
  // Idioms whose numerals count nothing, though a measure word follows one of them.
  '三番五次',
  '五花八门',
  '一点一滴',
  '四面八方',
  '千方百计',
  '三天两头',
  '一五一十',
  // Five-year plans, quoted or not: 十四五期间 is no guessed range of 14 to 15.
  '十一五',
  '十二五',
  '十三五',
  '十四五',
  '十五五',
  '十六五',
  // 三次产业: the primary, secondary and tertiary sectors, counted by no one.
  '三次产业',
  // 两位数增长: a number of digits, no amount; 高于前一周, 较上一年: the period before, no span.
  '两位数',
  '三位数',
  '个位数',
  '前一周',
  '上一周',
  '上一年',
  // Shopping festivals named by their date: 双十一期间 is no count of 期.
  '双十一',
  '双十二',
];

/**
 * After a Chinese numeral these make it a party congress or plenum, or the term of a body, no
 * figure: 十八大以来, 党的二十大精神, 十九届三中全会, 十四届全国人大, 市政协十五届.
 */
export const CONGRESS_AFTER =
  /^(?:大(?:以来|精神|报告|代表|胜利|召开|期间|开幕|闭幕|重要|提出|强调|部署|决策|首次)|届[一二三四五六七八九]中全会|中全会|届(?:全国|省|市|县|区|州|旗)?(?:人大|政协|人民代表大会|委员会|常委会|[省市县区]委|党委|纪委|中央)|届[一二三四五六七八九十]+次[\u4e00-\u9fff]{0,4}?(?:会议|全会|大会))/;

/**
 * After a Chinese numeral, a sitting of a body's term named just before (十四届全国人大三次会议,
 * 市妇联十一届四次执委会议, 七届二次职代会 is none: 会议, 全会 or 大会 must close it).
 */
export const SITTING_AFTER = /^次[\u4e00-\u9fff]{0,4}?(?:会议|全会|大会)/;
/** How far before a sitting's number its term (届) may stand, in its clause: 十四届全国人大三次会议. */
export const TERM_REACH = 12;

/** A number followed by one of these names a plan or campaign: 三年行动, 五年规划. */
export const PLAN_NAME_ENDINGS = ['行动', '计划', '规划', '攻坚', '工程'];

/** Before an Arabic number these make it an ordinal or a weekday, not a quantity. */
export const ORDINAL_LEADS = ['第', '星期', '礼拜', '周'];

/** A web page's counters (浏览:1468次, 点击数:2453): what the page says of itself, no figure of its news. */
export const PAGE_COUNTER_BEFORE = /(?:浏览|点击|阅读|访问)(?:量|数|次数)?\s*:\s*$/;

/** 全省第4, 位居全国第1, 位列金牌榜第二, 居世界第一: a rank is an ordinal after one of these. */
export const RANK_CONTEXT =
  /(?:全省|全国|全市|省内|全区|全县|世界|全球|亚洲|中部|东部|西部|行业|联赛|小组|赛区|榜|排名|排位|排序|排|列|居|位居|并列)$/;

/**
 * Words that are never part of a metric although the tagger may call them nouns: connectors,
 * scope words, vague quantities.
 */
export const NOT_METRIC_WORDS = new Set([
  '月份', // 9月份社会消费品零售总额: the tail of a date before the name
  '类型', // 各类型医疗机构门急诊总诊疗量: 各类型 says every kind, no part of the name
  '仅', // 入托率仅为6%: "only", no part of the name
  '档', // 春节档总票房: the rest of a holiday's film season (a date), no part of the name
  '仅仅',
  '其中',
  '全市',
  '全省',
  '全国',
  '全区',
  '全县',
  '全域',
  '全疆', // 覆盖全疆80%的基层医疗机构: the whole region, a scope like 全省
  '全州',
  '全盟',
  '全旗',
  '全镇',
  '全乡',
  '全部',
  '共',
  '累计',
  '共计',
  '合计',
  '总计',
  '已',
  '已有',
  '共有',
  '现有',
  '目前',
  '今年',
  '去年',
  '上年',
  '同比',
  '环比',
  '对比', // 同期对比增长3%: the year-on-year 同比 written out, no name of what grows
  '同比增长',
  '同比下降',
  '同比减少',
  '收窄', // 降幅比一季度收窄3.6个百分点: the tagger leaves it untagged (x), a verb of change
  '年均', // 年均增长15%: yearly on average, like 平均, no name of what grows
  '报', // 汇率中间价报7.1234: "quoted at", no part of the name
  '预计', // 卫生总费用预计达6.5万亿元: a forecast, no part of the name
  '收于', // 收于每桶78.6美元: "closed at", no part of the name
  '报收',
  '偏多', // 较常年同期偏多3成: the tagger leaves them untagged (x), verbs of change
  '偏少',
  '迈上', // 生产总值迈上3000亿元台阶: the tagger leaves it untagged (x), a verb of reaching
  '台阶', // 迈上800亿元台阶, 迈过百亿大关: the mark reached, no name of what reached it
  '大关',
  '落地', // 35个融合项目落地见效: the tagger calls it a noun; it is the verb of the clause
  '增产', // 玉米产量7.78万吨,减产0.3%: verbs of change of a harvest (减产 is tagged a verbal noun)
  '减产',
  '收涨', // 沪指收涨0.85%: verbs of change of a market
  '收跌',
  '涨',
  '跌',
  '时期', // 是“十一五”时期的16.6倍: the period compared with, no name
  '时说', // 在介绍…手术时说: "said when" (the tagger glues it), no part of the name
  '中有', // 86所县级医院中有60所: "among them there are" (the tagger leaves it untagged), no part of the name

  '同期',
  '去年同期',
  '上年同期',
  '较',
  '较去年',
  '较上年',
  '比上年',
  '分别',
  '平均',
  '达',
  '达到',
  '为',
  '是',
  '有',
  '占',
  '至',
  '到',
  '从',
  '约',
  '近',
  '超',
  '超过',
  '等',
  '各',
  '各类',
  '每',
  '年',
  '月',
  '日',
  '时',
  '该院',
  '该',
  '这',
  '此',
  '其',
  '我市',
  '首批',
  '试点',
  '发展',
  '获批',
  '开展',
  '实现',
  '达标',
  '提升',
  '增加',
  '增长',
  '下降',
  '降低',
  '减少',
  '提高',
  '完成',
  '建成',
  '新增',
  '投入',
  '覆盖',
  '引进',
  '派驻',
  '提供',
  '另有',
  '还有',
  '人民币', // 另有3200万元, 总投资人民币5000万元: the currency is the unit's
  '多达',
  '高达',
  '约有', // 群众多达3000人: how much, not what
  '化名', // 李红(化名): a note on a name, never what is measured
  '历时',
  '历经',
  '耗时',
  '用时', // 手术历时6小时: how long, not what
  '相比',
  '相较', // 相比上年增加4家: what it is compared with comes next, not what is counted
  '提前', // 提前2年完成: how early, not what
  '全面', // 19家机构全面完成: an adverb jieba tags a noun
]);

/**
 * Nouns that say how a change is reckoned, never what changed (名义增长5.4%, 扣除价格因素实际增长5.1%):
 * ending the words before a verb of change they leave the figure to the one before it. Two characters each.
 */
export const RECKONING_NOUNS = new Set(['名义', '实际']);

/** Verbs of change: a share after one is the change of the figure before it, of whatever kind (支出4.2亿元,同比增长7.8%). */
export const CHANGE_VERBS = new Set([
  '增长',
  '下降',
  '提高',
  '降低',
  '增加',
  '减少',
  '上升',
  '提升',
  '缩短',
  '延长',
  '压缩',
  '回落',
  '攀升',
  '扩大',
  '缩小',
  '上涨',
  '下跌',
  '回升',
  '下滑',
  '上浮',
  '下浮',
  // 降雨量较常年同期偏多4成: measured against the usual, a change too.
  '偏多',
  '偏少',
  '偏高',
  '偏低',
  // 早稻产量2.91万吨,增产0.2%: harvests grow and shrink in their own words.
  '增产',
  '减产',
  // Markets and rates: 收涨0.85%, 跌0.5%, 中间价调升56个基点.
  '收涨',
  '收跌',
  '涨',
  '跌',
  '调升',
  '调降',
  '上调',
  '下调',
]);

/** Verbs of what happens to people, which name the people counted right after them: 死亡1901人, 治愈266人. */
export const PEOPLE_EVENT_VERBS = new Set([
  '死亡',
  '受伤',
  '治愈',
  '出院',
  '康复',
  '确诊',
  '发病',
  '感染',
  '受益',
  '就诊',
  '住院',
  '失踪',
  '遇难',
  '获救',
  '转诊',
  '入院',
  '受灾', // 强降雨致50821人受灾, 紧急转移安置11035人: people a disaster befell, or who were moved
  '安置',
  '被困',
]);

/** Verbs that say a span of time lasted, not what lasted: 历时6小时, 经过40天, 用时5秒. */
export const DURATION_VERBS = new Set([
  '经过',
  '历经',
  '历时',
  '用时',
  '耗时',
  '持续',
  '需要',
  '长达',
  '仅用',
  '花费',
  '为期',
  '用了',
  '只需',
  '仅需',
  '需',
]);

/** A clause is cut here before tagging, as the tagger splits 占比 wrongly (四级手术占|比达). */
export const FORCED_WORDS = ['占比'];

/**
 * Verbs of reaching or change, and the adverbs before them, that the tagger glues to a
 * neighbouring character into an unknown word (tag x): 老年人|口达, 村卫生室|已达, 300元|降至,
 * 机构|数已增加到, 管理|率达. Where one of them starts, the noun before it ends. (Not 均: 次均费用.)
 */
export const GLUED_VERB_CHARS = /[已共达至到降升增超逾为]/;

/**
 * Prepositions of comparison the tagger glues the same way (卫生人员|数比|上年, 医师|数从|1.2万人, 数由, 率较,
 * 城镇化率…|比上|年末): where one starts, the noun before it ends too.
 */
export const GLUED_PREPOSITION_CHARS = /[从由比较]/;

/** Unknown-word tokens (tag x) that begin with a function word are no nouns: 由市, 获省. */
export const FUNCTION_CHARS = /^[由获被为在从对向与和及或把将让使经含]/;

/**
 * Words the tagger calls verbs, adverbs or measure words that name what a figure counts:
 * 累计招生2600余人, 自费5.7元, 结算时间, 面对面随访, 18条务实举措, 15分钟托育服务圈.
 */
export const NOMINAL_WORDS = new Set([
  '输血', // 输血2800毫升: the transfusion, tagged a verb
  '舒张压', // 舒张压60-80毫米汞柱: tagged z (收缩压 is a noun)
  '积分', // 积分升至52分: a league's points, tagged an adverb
  '结存', // 统筹基金当期结存4639亿元: the balance, tagged a verb
  '大项', // 设40个大项、61个分项: events of games, tagged numerals (m)
  '分项',
  '小项',
  '招生',
  '自费',
  '筛查',
  '接种',
  '转诊',
  '诊断',
  '奖补',
  '补贴',
  '体检',
  '随访',
  '会诊',
  '防治',
  '占比',
  '招收',
  '参观',
  '举措',
  '早孕',
  '照护',
  '结算',
  '候诊',
  '住院',
  '就诊',
  '诊疗',
  '看护',
  '一级',
  '二级',
  '三级',
  '四级',
  '圈',
  '托育',
  '生育',
  '养老',
  '满意度',
  '上岗',
  '持证',
  '注册',
  '人均',
  '占地',
  '临床',
  '收入',
  '支出', // 政府卫生支出20718.5亿元: the tagger calls it a verb
  '可支配',
  '进出口',
  '就业',
  '旅游',
  '身高', // 身高115厘米: the tagger calls it a verb
  '老年',
  '中老年',
  '青年',
  '中年', // 68岁老年男性患者: the tagger calls them words of time
  '第一产业', // 第一产业下降4.2%: the tagger calls it an idiom (l)
  '血红蛋白', // 血红蛋白仅65g/L: the tagger calls it an idiom (l)
  '负担', // 减轻群众负担4.5亿元: the tagger calls it a verb
  '增速', // 较全省总体增速高1.87个百分点: the rate of growth, a noun the tagger calls a verb
  '密接', // 追踪密接2725人: close contacts, a noun the tagger calls an adverb (ad)
]);

/**
 * Words that name a measure but not of what: a verb right before one says what it measures and
 * belongs to the metric (报销比例, 参保人数, 补助标准, 出生人口, 出车|率, 献血|量, 支付限额, 就诊时长),
 * where other verbs end it (建成托位).
 */
export const MEASURE_HEADS = new Set([
  '比例',
  '标准',
  '人数',
  '人次',
  '次数',
  '人口',
  '人员',
  '率',
  '量',
  '限额',
  '金额',
  '额度',
  '时长',
]);

/** Tags of the tokens that may make up a metric noun phrase (jieba's tag set). */
export const NOMINAL_TAGS = /^(?:n|nr|nrt|nz|nt|ng|nrfg|vn|j|an|b|s|eng|zg)$/;

/**
 * How words for people end (患者, 志愿者, 人员, 医师, 患儿, 儿童, 老年人 …): a count in 名 or 位
 * counts the people its noun phrase names up to the last of them (2072名在托儿童健康体检 counts
 * 在托儿童; 30名患儿家长 counts 患儿家长).
 */
export const PERSON_NOUN_ENDINGS = [
  '者',
  '密接', // close contacts (密接, 次密接)
  '员',
  '师',
  '儿',
  '儿童',
  '专家',
  '医生',
  '学生',
  '老人',
  '年人',
  '病人',
  '家人',
  '居民',
  '村民',
  '农民',
  '群众',
  '护士',
  '职工',
  '妇女',
  '产妇',
  '孕妇',
  '骨干',
  '干部',
  '家长',
  '代表',
  '村医',
  '家属',
  '亲属',
  '孩子',
  '宝宝',
  '少年',
  '母亲',
  '父亲',
  '同志',
  '人才',
  // People at large in general news: 8.5亿民众, 40万难民, 选民, 网民, 游客, 乘客, 观众, 球迷.
  '民众',
  '市民',
  '难民',
  '选民',
  '网民',
  '游客',
  '乘客',
  '旅客',
  '观众',
  '球迷',
];
