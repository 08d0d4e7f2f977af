// Figures: input -> the figure records it must produce (Duckling style), and texts with none.
import type { FigureCorpus } from './corpus.js';

const corpus: FigureCorpus = {
  type: 'figure',
  examples: [
    {
      text: '截至9月末,全县本外币贷款余额312.5亿元,比年初增加28.6亿元。',
      expect: [
        { text: '312.5亿元', metric: '本外币贷款余额' },
        { text: '28.6亿元', metric: '本外币贷款余额' },
      ],
      note: '本外币 (local and foreign currency) is one word: jieba cut 本|外币 and the name lost its 本',
    },
    {
      text: '本赛季球队取得18胜4负,主场11胜1负,负责人3名。',
      expect: [
        { text: '18胜', value: 18, unit: '胜', metric: '本赛季球队' },
        { text: '4负', value: 4, unit: '负', metric: '本赛季球队' },
        { text: '11胜', value: 11, unit: '胜' },
        { text: '1负', value: 1, unit: '负' },
        { text: '3名', metric: '负责人' },
      ],
      note: 'wins and losses after digits count games, as medals do (18胜4负); 负责 and 胜利 stay words',
    },
    {
      text: '球队排名联赛第二,小组第一出线;进出口总值保持全国第9、中部第1位,营收居行业第三。',
      expect: [
        { text: '第二', value: 2, kind: 'rank' },
        { text: '第一', value: 1, kind: 'rank' },
        { text: '第9', value: 9, kind: 'rank' },
        { text: '第1', value: 1, kind: 'rank' },
        { text: '第三', value: 3, kind: 'rank' },
      ],
      note: 'a league, a group, a region of the country (中部) or a trade (行业) before 第 makes a rank, as 全省 does',
    },
    {
      text: '市队以3:1战胜对手,两队曾2:2战平;活动于9:30开始。',
      expect: [
        { text: '3:1', value: 3, kind: 'ratio' },
        { text: '2:2', value: 1, kind: 'ratio' },
      ],
      note: 'a colon score before the match’s result (战胜, 战平) is a score as 3比1 is, no time of day (9:30 stays none)',
    },
    {
      text: '洪灾造成直接经济损失约2.4亿元,该户曾失约3次。',
      expect: [
        { text: '2.4亿元', approx: 'about' },
        { text: '3次', approx: 'exact' },
      ],
      note: '损失约 is about (失约, a missed appointment, is no 约)',
    },
    {
      text: '筛查对象为年满35-64周岁的妇女,年满18周岁的居民可自愿参加,约3-5天出结果。',
      expect: [
        { text: '35-64周岁', approx: 'exact' },
        { text: '18周岁', approx: 'at_least' },
        { text: '3-5天', approx: 'about' },
      ],
      note: 'a range has its own bounds: a word of one bound before it (年满) bounds nothing; 约 still makes it approximate',
    },
    {
      text: '记者从市妇联十一届四次执委会议上获悉,全年培训妇女干部320人次。区工会召开七届三次全委会议,表彰先进集体12个。',
      expect: [
        { text: '320人次', metric: '妇女干部' },
        { text: '12个', metric: '先进集体' },
      ],
      note: 'a body’s term and sitting count nothing when a word of the body stands before 会议 (执委会议, 全委会议)',
    },
    {
      text: '全镇现有村卫生室21个,个体诊所9个,民营医院2家。',
      expect: [
        { text: '21个', metric: '村卫生室' },
        { text: '9个', metric: '个体诊所' },
        { text: '2家', metric: '民营医院' },
      ],
      note: '诊所 is a noun (jieba tags it a verb, and the name was cut to 个体)',
    },
    {
      text: '社区向居民发放《居民健康素养66条》手册800余册。',
      expect: [{ text: '800余册', metric: '手册' }],
      note: 'a number inside a title (《…66条》) is part of its name, no figure',
    },
    {
      text: '全院编制床位860张,实有床位1020张;门诊量41.2万人次,同期对比增长6.3%。',
      expect: [
        { text: '860张', metric: '全院编制床位' },
        { text: '1020张', metric: '实有床位' },
        { text: '41.2万人次', metric: '门诊量' },
        { text: '6.3%', metric: '门诊量' },
      ],
      note: '编制床位 and 实有床位 are hospital words (the tagger cut 编制|床位 at a verb); 同期对比 is 同比 written out, no name',
    },
    {
      text: '该队以最多的8枚金牌领跑,另一队最多获得5枚。',
      expect: [
        { text: '8枚', approx: 'exact' },
        { text: '5枚', approx: 'at_most' },
      ],
      note: 'a bound word a few characters away and followed by 的 is a superlative (最多的: the most), no bound',
    },
    {
      text: '暴雨期间全县最近一小时最大降水量为38.6毫米,县城最高气温仅21°C,附近5个乡镇受灾。',
      expect: [
        { text: '一小时', approx: 'exact', metric: '最大降水量' },
        { text: '38.6毫米', approx: 'exact', metric: '最大降水量' },
        { text: '21°C', value: 21, unit: '℃', metric: '县城最高气温' },
        { text: '5个', approx: 'exact', metric: '乡镇' },
      ],
      note: '近 ending 最近 or 附近 bounds nothing; a name cannot open inside the figure before it (一小时|最大降水量, not 小时最大降水量); °C is ℃',
    },
    {
      text: '今年以来,全区共有1.2万余人次无偿献血,另有300余名志愿者参与服务。',
      expect: [
        { text: '1.2万余人次', metric: '无偿献血' },
        { text: '300余名', metric: '志愿者' },
      ],
      note: 'after 有, people counted are named by what they did, also when the tagger calls it an idiom (无偿献血/i)',
    },
    {
      text: '全县现有4A级以上景区12家,今年新增2家5A级景区;3A级景区26个,星级农家乐40余家。',
      expect: [
        { text: '12家', metric: '4A级以上景区' },
        { text: '2家', metric: '5A级景区' },
        { text: '26个', metric: '3A级景区' },
        { text: '40余家', metric: '星级农家乐' },
      ],
      note: 'a grade (5A级, 4A级以上) opens the name counted, before or after the count: the tagger cuts it off as Latin',
    },
    {
      text: '过夜游客42.6万人次,占接待游客总数的35.8%,同比增长9.4%。机电产品出口812亿元,占出口总值的58.3%,增长6.1%。',
      expect: [
        { text: '42.6万人次', metric: '游客' },
        { text: '35.8%', metric: '占接待游客总数' },
        { text: '9.4%', metric: '游客' },
        { text: '812亿元', metric: '机电产品出口' },
        { text: '58.3%', metric: '占出口总值' },
        { text: '6.1%', metric: '机电产品出口' },
      ],
      note: 'a verb between 占 and its whole (占接待游客总数) belongs to the whole’s name; so the change after the share is the subject’s, as after 占出口总值',
    },
    {
      text: '全年受理执行案件3120件,法定审限内结案率为98.6%,审结刑事案件860件。',
      expect: [
        { text: '3120件', metric: '执行案件' },
        { text: '98.6%', metric: '法定审限内结案率' },
        { text: '860件', metric: '刑事案件' },
      ],
      note: '执行案件 (a kind of case) and 审限内结案率 are words of courts’ reports (jieba cut them at a verb)',
    },
    {
      text: '客场取胜后,球队积分升至47分,领先第二名5分。',
      expect: [
        { text: '47分', unit: '分', metric: '球队积分' },
        { text: '5分', unit: '分' },
      ],
      note: 'a league’s points (积分, tagged an adverb) name the score after them',
    },
    {
      text: '地铁高峰时段客流达到每小时2.6万人次,公交线路每公里载客4.1人次。',
      expect: [
        { text: '2.6万人次', metric: '地铁高峰时段客流' },
        { text: '4.1人次', metric: '载客' },
      ],
      note: 'the measure a figure is per (每|小时), touching it, names nothing',
    },
    {
      text: '2024年全县孕产妇死亡率为8.2/10万,婴儿死亡率降至2.1‰,5岁以下儿童死亡率降至3.0‰,均低于全省平均水平(10.5/10万、3.2‰、4.1‰)。全院门诊量82万人次,出院4.1万人次,手术1.2万台次(上年为76万人次、3.8万人次)。',
      expect: [
        { text: '8.2/10万', metric: '孕产妇死亡率' },
        { text: '2.1‰', metric: '婴儿死亡率' },
        { text: '5岁以下', kind: 'age' },
        { text: '3.0‰', metric: '儿童死亡率' },
        { text: '10.5/10万', metric: '孕产妇死亡率' },
        { text: '3.2‰', metric: '婴儿死亡率' },
        { text: '4.1‰', metric: '儿童死亡率' },
        { text: '82万人次', metric: '全院门诊量' },
        { text: '4.1万人次', metric: '出院' },
        { text: '1.2万台次', metric: '手术' },
        { text: '76万人次', metric: '出院' },
        { text: '3.8万人次', metric: '出院' },
      ],
      note: 'a list in brackets after as many figures in the same units, in order, is of the same things (ages, bounds inside names, skipped); units out of order say nothing',
    },
    {
      text: '医院CMI值由0.92提升至1.05,患者BMI值为26.1;该院价值为1.2的指标另计。',
      expect: [
        { text: '0.92', value: 0.92, kind: 'other', metric: '医院CMI值' },
        { text: '1.05', value: 1.05, kind: 'other', metric: '医院CMI值' },
        { text: '26.1', kind: 'other', metric: '患者BMI值' },
      ],
      note: 'a value named by its Latin abbreviation (CMI值, BMI值) takes a bare number, as an index does; 价值 does not',
    },
    {
      text: '义诊队为群众免费测血压260余人次,为老年人免费体检180人次,接受群众健康咨询90余人次。',
      expect: [
        { text: '260余人次', metric: '测血压' },
        { text: '180人次', metric: '体检' },
        { text: '90余人次', metric: '群众健康咨询' },
      ],
      note: 'the people an activity serves after 为 are not what it counts; after a verb (接受) they stay in the name',
    },
    {
      text: '全县储备核酸检测试剂12万人份,发放宣传单300余人份,服务群众150人。',
      expect: [
        { text: '12万人份', value: 120000, unit: '人份', metric: '核酸检测试剂' },
        { text: '300余人份', unit: '人份', approx: 'more_than', metric: '宣传单' },
        { text: '150人', unit: '人', metric: '群众' },
      ],
      note: '人份 (doses or copies for so many people) is a unit of its own, no count of people',
    },
    {
      text: '过程最大雨量达286 mm,最高气温36 ℃,患者体重72 kg;开通5 G 网络,入住3 号楼。',
      expect: [
        { text: '286 mm', value: 286, unit: 'mm', kind: 'length', metric: '过程最大雨量' },
        { text: '36 ℃', value: 36, unit: '℃', metric: '最高气温' },
        { text: '72 kg', value: 72, unit: 'kg', metric: '患者体重' },
      ],
      note: 'a space between the digits and a Latin unit or ℃ (pages set in the Latin way) is layout; 5 G and 3 号 stay no figures',
    },
    {
      text: '昨日沪指收涨0.62%,创业板指跌1.05%;人民币中间价报7.0982,较前一交易日调升38个基点。法院一审判处被告人有期徒刑八年,并处罚金人民币20万元。',
      expect: [
        { text: '0.62%', metric: '沪指' },
        { text: '1.05%', metric: '创业板指' },
        { text: '7.0982', metric: '中间价' },
        { text: '38个基点', metric: '中间价' },
        { text: '八年', kind: 'duration' },
        { text: '20万元', metric: '罚金' },
      ],
      note: 'market indices and their verbs (沪指, 收涨, 跌), 调升 a verb of change; 判处, 并处, 罚金 dictionary words (jieba cut 审判|处, 处罚金)',
    },
    {
      text: '村医承担着全省3亿多农村人口的基本医疗服务,服务2亿余老年人,另有3万多名志愿者、5亿元资金。',
      expect: [
        { text: '3亿多', value: 300000000, approx: 'more_than', metric: '农村人口' },
        { text: '2亿余', value: 200000000, approx: 'more_than', metric: '老年人' },
        { text: '3万多名', approx: 'more_than', unit: '名' },
        { text: '5亿元', approx: 'exact' },
      ],
      note: '多 or 余 right after 万 or 亿 qualifies the number whatever follows (people counted with no measure word)',
    },
    {
      text: '此轮暴雨造成湖南省32150人受灾,紧急转移安置8420人;最大小时雨强58毫米/小时。',
      expect: [
        { text: '32150人', metric: '受灾' },
        { text: '8420人', metric: '安置' },
        { text: '58毫米/小时', unit: '毫米/小时', kind: 'other', metric: '最大小时雨强' },
      ],
      note: 'people a cause led to are named by what befell them, a place between the cause and the count or not; rain per hour is its own unit',
    },
    {
      text: '全县引进46个内资项目,3天内完成签约;到位资金980亿元,是“十三五”时期的3.2倍。',
      expect: [
        { text: '46个', approx: 'exact', metric: '内资项目' },
        { text: '3天内', approx: 'less_than' },
        { text: '980亿元', metric: '资金' },
        { text: '3.2倍', metric: '资金' },
      ],
      note: '内 opening a word (内资) is no bound; a multiple of a plan’s quoted period is a change of the figure before',
    },
    {
      text: '成人每天摄入的钠不应超过2000毫克,每周运动不得少于150分钟,血压超过140毫米汞柱即为升高,舒张压60-80毫米汞柱为正常。',
      expect: [
        { text: '2000毫克', approx: 'at_most' },
        { text: '150分钟', approx: 'at_least' },
        { text: '140毫米汞柱', approx: 'more_than' },
        { text: '60-80毫米汞柱', metric: '舒张压' },
      ],
      note: 'a bound said as a duty (不应超过, 不得少于) is at_most or at_least, 超过 alone more_than; 舒张压 (tagged z) is a name',
    },
    {
      text: '全国约有1.9亿老年人患有慢性病,1.2亿民众生活在山区,另有2.45亿高血压患者。',
      expect: [
        { text: '1.9亿', metric: '老年人' },
        { text: '1.2亿', metric: '民众' },
        { text: '2.45亿', metric: '高血压患者' },
      ],
      note: 'people counted with no measure word are named up to the word for them (民众, not 民众生活)',
    },
    {
      text: '该候选人获得312万4087票,全区共设1万2306个投票站,选举人数1,204万3,118人,另有3万、5000人次两组数据。',
      expect: [
        { text: '312万4087票', value: 3124087, unit: '票' },
        { text: '1万2306个', value: 12306, unit: '个' },
        { text: '1,204万3,118人', value: 12043118, unit: '人' },
        { text: '3万', value: 30000 },
        { text: '5000人次', value: 5000 },
        { text: '两组', value: 2 },
      ],
      note: 'the ones below 万 written after it, before the unit, are one number with it (not across a 、)',
    },
    {
      text: '与20年前相比,全县床位由300张增至1200张。诊疗人次比一年前增长6%,是五年前的1.8倍。4年前,她回到家乡;术后10天后出院。',
      expect: [
        { text: '300张', metric: '床位' },
        { text: '1200张', metric: '床位' },
        { text: '6%', metric: '诊疗人次' },
        { text: '1.8倍', metric: '诊疗人次' },
        { text: '4年', kind: 'duration' },
        { text: '10天', kind: 'duration' },
      ],
      note: 'a time ago that something is compared with (与20年前, 比一年前, 是五年前的) is a point in time, no span; a multiple of it is a change of the figure before',
    },
    {
      text: '2022年每千人口拥有执业(助理)医师、注册护士分别为3.12人、3.86人,分别增加0.21人、0.34人。',
      expect: [
        { text: '3.12人', kind: 'rate', metric: '每千人口拥有执业(助理)医师' },
        { text: '3.86人', kind: 'rate', metric: '每千人口拥有注册护士' },
        { text: '0.21人', kind: 'rate', metric: '每千人口拥有执业(助理)医师' },
        { text: '0.34人', kind: 'rate', metric: '每千人口拥有注册护士' },
      ],
      note: 'a population base opening a list before 分别 is every item’s: each is a rate named with it (and the year opening the clause is no item’s)',
    },
    {
      text: '全县共报告法定传染病9种312例,另有输入病例5人。',
      expect: [
        { text: '9种', metric: '法定传染病' },
        { text: '312例', metric: '法定传染病' },
        { text: '5人', metric: '输入病例' },
      ],
      note: 'a count touching the count before it counts the same things in another unit (kinds, then cases)',
    },
    {
      text: '报名人数与招聘计划数之比不低于3∶1,面试人选按1∶2的比例确定,医护比约为1:1.5。',
      expect: [
        { text: '3∶1', value: 3, kind: 'ratio', approx: 'at_least' },
        { text: '1∶2', value: 0.5, kind: 'ratio', approx: 'exact' },
        { text: '1:1.5', kind: 'ratio', approx: 'about', metric: '医护比' },
      ],
      note: 'the ratio sign ∶ makes a ratio as the colon does; a ratio is qualified as any number is (不低于, 约)',
    },
    {
      text: '第一、二、三产业增加值占全县生产总值的比重分别为18.4%、35.2%和46.4%。全县第二、三产业增加值分别增长5.1%和3.6%,增速居全市第二、全省第十五。',
      expect: [
        { text: '18.4%', metric: '第一产业增加值占全县生产总值的比重' },
        { text: '35.2%', metric: '第二产业增加值占全县生产总值的比重' },
        { text: '46.4%', metric: '第三产业增加值占全县生产总值的比重' },
        { text: '5.1%', metric: '第二产业增加值' },
        { text: '3.6%', metric: '第三产业增加值' },
        { text: '第二', kind: 'rank', value: 2 },
        { text: '第十五', kind: 'rank', value: 15 },
      ],
      note: 'ordinals listed with 第 written once (第一、二、三产业) name things, each with its 第 and what follows the last; no rank (a rank list after 居 still ranks)',
    },
    {
      text: '全县的乡镇卫生院、社区卫生服务中心和村卫生室中医药服务覆盖率达到100%、98.5%和81.3%。全市医生和护士总数达到3200人和4100人。',
      expect: [
        { text: '100%', metric: '乡镇卫生院中医药服务覆盖率' },
        { text: '98.5%', metric: '社区卫生服务中心中医药服务覆盖率' },
        { text: '81.3%', metric: '村卫生室中医药服务覆盖率' },
        { text: '3200人', metric: '医生总数' },
        { text: '4100人', metric: '护士总数' },
      ],
      note: 'without 分别, things listed before a copula still go one each with as many numbers after it; the shortest item before the last says how much of the last is its own',
    },
    {
      text: '两年间全县孕产妇系统管理率为95.2%、96.1%,保持较高水平。',
      expect: [
        { text: '两年', kind: 'duration' },
        { text: '95.2%', metric: '孕产妇系统管理率' },
        { text: '96.1%', metric: '孕产妇系统管理率' },
      ],
      note: 'a list of numbers after one thing (no list of things) is of that thing',
    },
    {
      text: '3月份,蔬菜价格上涨4.2%,禽肉价格下降1.6%,物价上涨1.1%。',
      expect: [
        { text: '4.2%', metric: '蔬菜价格' },
        { text: '1.6%', metric: '禽肉价格' },
        { text: '1.1%', metric: '物价' },
      ],
      note: 'jieba’s dictionary words 价格上涨, 价格下降, 物价上涨 are taken out: the verb of change is no part of the name',
    },
    {
      text: '牛肉、羊肉和冷冻水产品价格则分别上涨3.4%、2.8%和1.2%;景区门票、长途客车和家庭服务费价格分别下降0.9%、1.7%和0.3%。',
      expect: [
        { text: '3.4%', metric: '牛肉价格' },
        { text: '2.8%', metric: '羊肉价格' },
        { text: '1.2%', metric: '冷冻水产品价格' },
        { text: '0.9%', metric: '景区门票价格' },
        { text: '1.7%', metric: '长途客车价格' },
        { text: '0.3%', metric: '家庭服务费价格' },
      ],
      note: 'goods listed before 分别 share the 价格 the last one ends in, however many words each has; 则 names nothing',
    },
    {
      text: '连接线全长56公里,设计时速100公里/小时。',
      expect: [
        { text: '56公里', unit: '公里', kind: 'length' },
        { text: '100公里/小时', value: 100, unit: '公里/小时', kind: 'other', metric: '时速' },
      ],
      note: 'a speed per hour is its own unit, no length',
    },
    {
      text: '公司向全体股东每10股派发现金红利3.5元,基本每股收益0.82元。',
      expect: [
        { text: '3.5元', metric: '现金红利' },
        { text: '0.82元', metric: '基本每股收益' },
      ],
      note: 'the shares a dividend is per (每10股) are no count; 现金红利 and 每股收益 are words of companies’ reports',
    },
    {
      text: '在3200名受访者中,1900人是女性,另有300人完成了问卷。',
      expect: [
        { text: '3200名', metric: '受访者' },
        { text: '1900人', metric: '女性' },
        { text: '300人', metric: '完成了问卷' },
      ],
      note: 'people counted before a copula are named by what they are, without it; before another verb, by what they did',
    },
    {
      text: '主任在回忆那场8个小时手术时说,患者的4根手指重新红润起来。术中输血1200毫升。',
      expect: [
        { text: '8个小时', metric: '手术' },
        { text: '4根', metric: '手指' },
        { text: '1200毫升', metric: '输血' },
      ],
      note: '时说 (said when) and 重新 (again) end a name; a transfusion (输血, tagged a verb) names its volume',
    },
    {
      text: '全年小麦产量42.6万吨,增产1.8%;大豆产量3.1万吨,减产2.4%。',
      expect: [
        { text: '42.6万吨', metric: '小麦产量' },
        { text: '1.8%', metric: '小麦产量' },
        { text: '3.1万吨', metric: '大豆产量' },
        { text: '2.4%', metric: '大豆产量' },
      ],
      note: '增产 and 减产 are verbs of change of a harvest: the share is the change of the figure before (减产 names nothing)',
    },
    {
      text: '年末乡村人口8.4万人,占总人口比重为41.2%,比上年末下降1.3个百分点。工业投资6.2亿元,占全部投资的比重为38.5%,比上年提高2.1个百分点,增长9.6%。',
      expect: [
        { text: '8.4万人', metric: '乡村人口' },
        { text: '41.2%', metric: '占总人口比重' },
        { text: '1.3个百分点', metric: '占总人口比重' },
        { text: '6.2亿元', metric: '工业投资' },
        { text: '38.5%', metric: '占投资的比重' },
        { text: '2.1个百分点', metric: '占投资的比重' },
        { text: '9.6%', metric: '工业投资' },
      ],
      note: 'points after a share are a change of that share, 占 or not; a percent of growth after it is still a change of the amount',
    },
    {
      text: '年末全县常住人口31.2万人,其中城镇人口14.6万人。',
      expect: [
        { text: '31.2万人', metric: '常住人口' },
        { text: '14.6万人', metric: '城镇人口' },
      ],
      note: 'the tagger calls 城镇人口 a place name: the people of a kind of place are a noun',
    },
    {
      text: '全省86所县级医院中有60所达到推荐标准。',
      expect: [
        { text: '86所', metric: '县级医院' },
        { text: '60所', metric: '县级医院' },
      ],
      note: '中有 (among them, untagged) is no part of the name before it',
    },
    {
      text: '全年采集血液4.6万单位,比上年增长3.2%;全市18个单位参与献血。献血量由2020年的3.9万单位增加到4.6万单位。',
      expect: [
        { text: '4.6万单位', value: 46000, unit: '单位', metric: '血液' },
        { text: '3.2%', metric: '血液' },
        { text: '18个', unit: '个', metric: '单位' },
        { text: '3.9万单位', unit: '单位', metric: '献血量' },
        { text: '4.6万单位', unit: '单位', metric: '献血量' },
      ],
      note: 'blood is counted in units (单位); 18个单位 counts in 个, and the unit of an earlier figure (3.9|万|单位) names nothing',
    },
    {
      text: '全年受理各类案件8620件(含旧存415件),比上年增长6.4%。',
      expect: [
        { text: '8620件', metric: '案件' },
        { text: '415件', metric: '案件' },
        { text: '6.4%', metric: '案件' },
      ],
      note: 'a figure in brackets is an aside: the change after them is of the figure before them; 含旧 (untagged) is no noun',
    },
    {
      text: '全年教育支出12.8亿元,科学技术支出1.6亿元。',
      expect: [
        { text: '12.8亿元', metric: '教育支出' },
        { text: '1.6亿元', metric: '科学技术支出' },
      ],
      note: 'a verbal noun before 支出 is the field of the spending, no verb of an object',
    },
    {
      text: '今年已有4个省级区域医疗中心成功开业运营。这项赛事举办20年来产生了一个又一个新的冠军。',
      expect: [
        { text: '4个', metric: '省级区域医疗中心' },
        { text: '20年', metric: '举办' },
      ],
      note: '成功 (顺利, 圆满) says how the verb after it went, no modifier of a noun; a span before 来 is since when, not what lasted',
    },
    {
      text: '2023年,全县医疗机构诊疗量与上年基本持平,门诊人次达到96万人次。',
      expect: [{ text: '96万人次', period: '2023' }],
      note: 'an adverb of degree between a comparison’s base and its marker (上年基本持平) keeps the base out of the periods',
    },
    {
      text: '全市食品抽检量达4.12批次/千人,每万人口全科医生3.6名,床位6.5张/千人。',
      expect: [
        { text: '4.12批次/千人', value: 4.12, unit: '批次/千人', kind: 'rate' },
        { text: '3.6名', unit: '名', kind: 'rate' },
        { text: '6.5张/千人', unit: '张/千人', kind: 'rate' },
      ],
      note: 'a count per a population written after its measure (/千人) is a rate in that unit',
    },
    {
      text: '有100人的时候也不慌。医院组建了200余人的专家团队,派出一支30人的医疗队伍。',
      expect: [
        { text: '100人', metric: null },
        { text: '200余人', metric: '专家团队' },
        { text: '30人', metric: '医疗队伍' },
      ],
      note: 'people counted before 的 make up the group named after it (团队, 队伍)',
    },
    {
      text: '活动共发放宣传资料 400余 份,接诊群众 150多 人次。',
      expect: [
        { text: '400余 份', value: 400, unit: '份', approx: 'more_than' },
        { text: '150多 人次', value: 150, unit: '人次', approx: 'more_than' },
      ],
      note: 'a space between a qualifier after digits and the unit is layout',
    },
    {
      text: '县委书记万立升一行4人到县卫生健康局调研,省督导组一行6人来我县检查,专家一行5人到院指导。',
      expect: [
        { text: '4人', metric: '一行' },
        { text: '6人', metric: '省督导组' },
        { text: '5人', metric: '专家' },
      ],
      note: 'a party counted after its 一行 is named by the word for people or the group before it, else by 一行 (a name names no metric)',
    },
    {
      text: '近期流感病毒阳性率持续上升,其中95%以上为甲流;就诊患者中,其中55%是儿童。增长了20%,为近年最高。',
      expect: [
        { text: '95%以上', metric: '甲流' },
        { text: '55%', metric: '儿童' },
        { text: '20%', metric: null },
      ],
      note: 'a share nothing before names is of what the copula after it names; a copula before an evaluation (最高) names nothing',
    },
    {
      text: '普查数据显示,全省常住人口达到1.012 3亿人。',
      expect: [{ text: '1.012 3亿人', value: 101230000, unit: '人' }],
      note: 'decimals grouped by three with a space, as statistics print them, are one number',
    },
    {
      text: '2023年全县户籍孕产妇死亡率为0,新生儿破伤风发病率为零,两队比分为0。',
      expect: [
        { text: '0', value: 0, unit: null, kind: 'rate', metric: '户籍孕产妇死亡率', rule: 'named-zero' },
        { text: '零', value: 0, unit: null, kind: 'rate', metric: '新生儿破伤风发病率', rule: 'named-zero' },
      ],
      note: 'a rate stated as nothing, at its clause end, needs no unit; a score of 0 is no rate',
    },
    {
      text: '推动35个医防融合项目落地见效,建设5个县域医疗卫生次中心。',
      expect: [
        { text: '35个', metric: '医防融合项目' },
        { text: '5个', metric: '县域医疗卫生次中心' },
      ],
      note: '落地 after what is counted is the verb of the clause (the tagger calls it a noun); a county’s medical sub-centre (次中心) is one word',
    },
    {
      text: '中心今年打算再办20场这样的讲座,全县已有6个这类的站点,其中3个我们的站点已满员。',
      expect: [
        { text: '20场', metric: '讲座' },
        { text: '6个', metric: '站点' },
        { text: '3个', metric: '站点' },
      ],
      note: 'after a count, a demonstrative (这样, 这类) then 的: the noun after 的 is counted',
    },
    {
      text: '接诊医生说,平时门诊量是600多,流感高峰时日均门诊量达1300,全院床位数为420。',
      expect: [
        { text: '600多', value: 600, unit: null, approx: 'more_than', metric: '门诊量', rule: 'named-count' },
        { text: '1300', value: 1300, unit: null, metric: '日均门诊量' },
        { text: '420', value: 420, metric: '全院床位数' },
      ],
      note: 'a bare number after the name of a volume or a number and its copula, at its clause end, counts what is named',
    },
    {
      text: '上午,医院连续开展了三例高难度的微创手术,下午又接收了42个因灾受伤的病人。',
      expect: [
        { text: '三例', metric: '微创手术' },
        { text: '42个', metric: '病人' },
      ],
      note: 'after a count, a phrase the tagger calls an idiom (高难度/l) or an unknown word and a verb, then 的: the noun after 的 is counted',
    },
    {
      text: '9月份全市社会消费品零售总额同比增长2.5%,各类型医疗机构门急诊总诊疗量达1213.65万人次。',
      expect: [
        { text: '2.5%', metric: '社会消费品零售总额' },
        { text: '1213.65万人次', metric: '医疗机构门急诊总诊疗量' },
      ],
      note: 'the tail of a date (月份) and 各类型 are no part of the name',
    },
    {
      text: '全县孕产妇死亡率、婴儿死亡率分别由2015年的12.1/10万、4.2‰下降至2023年的5.3/10万、2.6‰。',
      expect: [
        { text: '12.1/10万', metric: '孕产妇死亡率', period: '2015' },
        { text: '4.2‰', metric: '婴儿死亡率', period: '2015' },
        { text: '5.3/10万', metric: '孕产妇死亡率', period: '2023' },
        { text: '2.6‰', metric: '婴儿死亡率', period: '2023' },
      ],
      note: 'the numbers of a list share the period tied to its first (由2015年的a、b)',
    },
    {
      text: '全国累计报告接种疫苗21亿6142.8万剂次,完成全程接种的人数达10亿1158.4万人,全年总收入3亿5千万元。',
      expect: [
        { text: '21亿6142.8万剂次', value: 2161428000, unit: '剂次' },
        { text: '10亿1158.4万人', value: 1011584000, unit: '人' },
        { text: '3亿5千万元', value: 350000000, unit: '元' },
      ],
      note: 'the part below 亿 written after it is one number with it',
    },
    {
      text: '全年共抽检食品2130批次,检出不合格食品41批次。',
      expect: [
        { text: '2130批次', metric: '食品' },
        { text: '41批次', metric: '不合格食品' },
      ],
      note: 'a negation before the noun it negates is part of the metric (without it the metric says the opposite)',
    },
    {
      text: '去年全省婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.52‰、4.63‰和16.8/10万,新生儿疾病筛查率和听力筛查率分别达到97.2%和96.8%。',
      expect: [
        { text: '5岁以下', metric: '儿童' },
        { text: '3.52‰', metric: '婴儿死亡率' },
        { text: '4.63‰', metric: '5岁以下儿童死亡率' },
        { text: '16.8/10万', metric: '孕产妇死亡率' },
        { text: '97.2%', metric: '新生儿疾病筛查率' },
        { text: '96.8%', metric: '听力筛查率' },
      ],
      note: 'a listed thing is short by its words, an age bound inside it not counted, or by its characters',
    },
    {
      text: '2024年全县门诊量达52万人次,与2023年度持平;住院人数相比2023年增加1200人,手术量相对于2023年增长5%。',
      expect: [
        { text: '52万人次', period: '2024' },
        { text: '1200人', period: '2024' },
        { text: '5%', period: '2024' },
      ],
      note: 'a year the figures are compared with (与…持平, 相比…) is no period of them',
    },
    // Arabic numbers, multipliers, layout spaces and wraps
    {
      text: '目前,全市托育服务机构发展到 501 家。',
      expect: [
        {
          value: 501,
          unit: '家',
          approx: 'exact',
          kind: 'count',
          metric: '托育服务机构',
          scope: '全市',
          period: '目前',
        },
      ],
    },
    {
      text: '全市建成托位\n3.12万个。',
      expect: [{ value: 31200, unit: '个', kind: 'count', metric: '托位', text: '3.12万个' }],
    },
    {
      text: '全市累计投入资金 1.9 亿元。',
      expect: [{ value: 190000000, unit: '元', kind: 'money', metric: '资金' }],
    },
    {
      text: '合同金额164.84亿元。',
      expect: [{ value: 16484000000, unit: '元', kind: 'money', metric: '合同金额' }],
    },
    { text: '为群众减免费用10.98万元。', expect: [{ value: 109800, unit: '元', metric: '费用' }] },
    { text: '共接诊病人1,250人次。', expect: [{ value: 1250, unit: '人次' }] },
    {
      text: '患者平均等待时间近3个月,改造历时近两周,平均住院日近7天。',
      expect: [
        { value: 3, unit: '个月', approx: 'less_than', kind: 'duration' },
        { value: 2, unit: '周', approx: 'less_than', kind: 'duration' },
        { value: 7, unit: '天', approx: 'less_than', kind: 'duration' },
      ],
      note: 'after a verb or a measure of time, or ending its clause, 近 is "nearly"; before what was done, 近7天 is a period (date.recent-span)',
    },
    {
      text: '我市近7天报告病例120例。',
      expect: [{ value: 120, unit: '例', period: '近7天' }],
    },
    {
      text: '全区非公立医院达到36家,非户籍人口占比为18.5%。',
      expect: [
        { value: 36, unit: '家', metric: '非公立医院' },
        { value: 18.5, unit: '%', metric: '非户籍人口占比' },
      ],
      note: 'a prefix (非, tagged h) is part of the noun after it: without it the metric says the opposite',
    },
    {
      text: '11月,制造业采购经理指数为49.8%,城镇调查失业率为5.1%,山区学校覆盖率达到90%。',
      expect: [
        { value: 49.8, metric: '制造业采购经理指数' },
        { value: 5.1, metric: '城镇调查失业率' },
        { value: 90, metric: '山区学校覆盖率' },
      ],
      note: '城镇 and 山区 are kinds of place (tagged ns), nouns of the metric, not a place to leave out',
    },
    {
      text: '2025年6月1日\n全市人均预期寿命从2020年的78.2岁提高到2024年的79.5岁。到2027年,全市人均预期寿命将达到80岁。',
      expect: [
        { value: 78.2, period: '2020', aspect: 'state' },
        { value: 79.5, period: '2024', aspect: 'state' },
        { value: 80, period: '2027', aspect: 'target' },
      ],
      note: 'a year after 到 that is already past when the article is written is reached, not aimed at',
    },
    {
      text: '7月20日上午,市卫健委召开发布会。全市婴儿死亡率由2015年的4.1‰下降至2021年的2.6‰。力争人均预期寿命从2021年的79岁提高到2030年的81岁。',
      expect: [
        { value: 4.1, period: '2015', aspect: 'state' },
        { value: 2.6, period: '2021', aspect: 'state' },
        { value: 79, period: '2021', aspect: 'target' },
        { value: 81, period: '2030', aspect: 'target' },
      ],
      note: "a change told between two years' levels states both, whenever the page was written; a plan word still aims",
    },
    {
      text: '2024年5月6日\n三年来,全市新建托育机构50家。医院十年来坚持义诊。',
      expect: [
        { value: 3, unit: '年', period: null },
        { value: 50, period: '三年来', periodStart: '2021-05-06', periodEnd: '2024-05-06' },
        { value: 10, unit: '年' },
      ],
      note: 'years up to now that open their clause are the period after them; 三年 stays a figure',
    },
    {
      text: '今年春节档总票房达到80亿元,国庆档观影人次1.2亿。',
      expect: [
        { value: 8000000000, metric: '总票房', period: '春节档' },
        { value: 120000000, metric: '观影人次', period: '国庆档' },
      ],
      note: "a holiday's film season is a date (春节档), no part of the name",
    },
    {
      text: '精制茶增长23.9%,纱增长16.2%,布增长3%;支出4.2亿元,同比增长7.8%。',
      expect: [
        { value: 23.9, metric: '精制茶' },
        { value: 16.2, metric: '纱' },
        { value: 3, metric: '布' },
        { value: 420000000, metric: '支出' },
        { value: 7.8, metric: '支出' },
      ],
      note: 'a product of one character heading its clause before a verb of change is what changed; 同比 names nothing',
    },
    {
      text: '全省将于2026年1月1日起执行新版目录。已有21家医院开通绿色通道。',
      expect: [{ value: 21, period: null, aspect: 'state' }],
      note: 'a time aimed at in the sentence before is no period of a clause that states something done',
    },
    {
      text: '到2027年,全市将建成托位5000个。其中普惠托位3000个。',
      expect: [
        { value: 5000, period: '2027', aspect: 'target' },
        { value: 3000, period: '2027', aspect: 'target' },
      ],
      note: 'a time aimed at carries to a clause that states nothing done',
    },
    {
      text: '新院区去年3月纳入搬迁计划,历时200余天建成。新院区计划新增床位300张。',
      expect: [
        { value: 200, aspect: 'state' },
        { value: 300, aspect: 'target' },
      ],
      note: '计划 before a clause break is a noun: the plan the work was put in',
    },
    {
      text: '2024年全区户籍人口期望寿命83.2岁。',
      expect: [{ value: 83.2, unit: '岁', metric: '户籍人口期望寿命' }],
    },
    {
      text: '三家医院共出动医务人员42名,为群众测量血压。',
      expect: [
        { value: 3, unit: '家', metric: '医院' },
        { value: 42, unit: '名', metric: '医务人员' },
      ],
      note: '共出动 is tagged an idiom (l): a verb under an adverb of totalling, no part of a noun phrase',
    },
    {
      text: '2024年10月15日\n第三季度,门诊量增长8%。国庆假期期间,全市接诊急诊患者5600人次。',
      expect: [
        { value: 8, period: '第三季度' },
        { value: 5600, period: '国庆假期', periodStart: '2024-10-01', periodEnd: '2024-10-07' },
      ],
      note: "a holiday is the period of its paragraph's figures after it, not the season named before",
    },
    {
      text: '截至6月底,全市累计完成投资46.1亿元,占年度投资计划的60%;全年计划新开工学校90所。',
      expect: [
        { value: 4610000000, aspect: 'state' },
        { value: 60, aspect: 'state' },
        { value: 90, aspect: 'target' },
      ],
      note: '计划 as a noun (年度投资计划的) names a plan met; as a verb (计划新开工) it aims',
    },
    {
      text: '年度最高支付限额提高到25万元,单次就诊时长为20分钟,贷款额度50万元。',
      expect: [
        { value: 250000, metric: '年度最高支付限额' },
        { value: 20, metric: '单次就诊时长' },
        { value: 500000, metric: '贷款额度' },
      ],
      note: 'a verb before 限额, 时长, 额度 says what they measure (支付限额), as before 比例 (报销比例)',
    },
    {
      text: '门诊楼总建筑面积3.6万平方米,高58米,地下停车场深12米。',
      expect: [
        { value: 36000, metric: '门诊楼总建筑面积' },
        { value: 58, unit: '米', metric: '高' },
        { value: 12, unit: '米' },
      ],
      note: 'a dimension named by one character alone in its clause (高58米) is the metric',
    },
    {
      text: '现有托育机构入托率仅为6%左右。',
      expect: [{ value: 6, approx: 'about', metric: '托育机构入托率' }],
      note: '仅 ("only") before the copula is no part of the metric',
    },
    {
      text: '基本标准达标率为88.1%,排名全国第九位;已建成卒中中心16所,创伤中心8所。旅游收入全省排位第8。',
      expect: [
        { value: 88.1, unit: '%' },
        { value: 9, kind: 'rank', approx: 'exact' },
        { value: 16, unit: '所', metric: '卒中中心' },
        { value: 8, unit: '所', metric: '创伤中心' },
        { value: 8, kind: 'rank', approx: 'exact' },
      ],
      note: 'a rank in Chinese numerals after a ranking word and 第, as 全省第4 in digits; 卒中中心 is one word',
    },
    {
      text: '旅游总收入同比增长19.6%,较全省总体增速高5.4个百分点。',
      expect: [
        { value: 19.6, metric: '旅游总收入' },
        { value: 5.4, unit: '个百分点', metric: '总体增速' },
      ],
      note: '增速 is a noun (the rate of growth), though the tagger calls it a verb',
    },
    {
      text: '全区新增新冠肺炎确诊病例6例,新增无症状感染者3例;累计报告确诊病例42例,追踪密接1350人、次密接980人。',
      expect: [
        { value: 6, metric: '新冠肺炎确诊病例' },
        { value: 3, metric: '无症状感染者' },
        { value: 42, metric: '确诊病例' },
        { value: 1350, metric: '密接' },
        { value: 980, metric: '次密接' },
      ],
      note: "an epidemic bulletin's words (确诊病例, 无症状感染者, 密接) are nouns; 报告 before them is the verb",
    },
    {
      text: '在全国50家进步最快的县级医院中,我省有9家。',
      expect: [{ value: 50, metric: '县级医院' }, { value: 9 }],
      note: 'after a count, a clause, 的 and the noun it counts; a localizer after it (中) is no part of it',
    },
    {
      text: '全年分两期举办培训班。',
      expect: [{ value: 2, unit: '期', kind: 'count' }],
      note: 'a count of phases says 两期; 二期 is phase two, no figure',
    },
    {
      text: '送检样本中,B(H3N2)亚型07,4315份为阴性。',
      expect: [{ value: 4315, unit: '份', text: '4315份' }],
      note: 'a comma after a code is no thousands group: a group is three digits and no more',
    },
    {
      text: '聊城现有托育服务机构477家,托位2.9万个。',
      expect: [
        { value: 477, unit: '家', period: '现有' },
        { value: 29000, unit: '个', metric: '托位' },
      ],
    },
    {
      text: '千人口托位数达5.22个。',
      expect: [{ value: 5.22, unit: '个', kind: 'rate', metric: '千人口托位数' }],
    },
    {
      text: '东昌府区完成2072名在托儿童健康体检。',
      expect: [{ value: 2072, unit: '名', metric: '在托儿童' }],
      note: 'the object of 完成; 名 counts people, so the noun ends at 儿童',
    },
    {
      text: '筛查出语言发育迟缓等49名需关注儿童,同步建立健康档案。',
      expect: [{ value: 49, unit: '名', metric: '需关注儿童' }],
    },
    {
      text: '全市新增托育机构12家,其中3家获评省级示范机构。',
      expect: [
        { value: 12, metric: '托育机构' },
        { value: 3, metric: '托育机构' },
      ],
      note: '3家 is the subject of 获评, not counted by it',
    },
    {
      text: '构建15分钟社区宣传圈和30分钟乡村服务圈。',
      expect: [
        { value: 15, unit: '分钟', metric: '社区宣传圈' },
        { value: 30, unit: '分钟', metric: '乡村服务圈' },
      ],
    },
    {
      text: '开设托班的幼儿园达428家,占托育机构总数的89.7%。',
      expect: [
        { value: 428, metric: '开设托班的幼儿园' },
        { value: 89.7, unit: '%', metric: '占托育机构总数' },
      ],
    },
    {
      text: '完成了2072名在托儿童健康体检,邀请30名患儿家长参加。',
      expect: [
        { value: 2072, metric: '在托儿童' },
        { value: 30, metric: '患儿家长' },
      ],
    },
    {
      text: '抽调30名支援基层。',
      expect: [{ value: 30, metric: null }],
      note: 'no word for people follows: the verb phrase is the predicate',
    },
    { text: '下拨100万元用于托育补贴。', expect: [{ value: 1000000, unit: '元', metric: null }] },
    {
      text: '65岁以上老年人占全市总人口的15%。',
      expect: [{ value: 65 }, { value: 15, unit: '%', metric: '占总人口' }],
    },
    {
      text: '托位使用率高达95%。',
      expect: [{ value: 95, unit: '%', kind: 'percent', metric: '托位使用率' }],
      note: 'the clause is cut on its own: 高达 is one word only in the whole line',
    },
    // Chinese numerals
    {
      text: '护理团队扎根临床二十载。',
      expect: [{ value: 20, unit: '年', kind: 'duration' }],
      note: '载 is a year',
    },
    {
      text: '阿胶糕、灵芝两项省食品安全地方标准通过立项。',
      expect: [{ value: 2, unit: '项', kind: 'count' }],
    },
    {
      text: '艾滋病防治工作指标八项达标。',
      expect: [{ value: 8, unit: '项', metric: '艾滋病防治工作指标' }],
    },
    {
      text: '康复医院县域覆盖超七成。',
      expect: [{ value: 70, unit: '%', approx: 'more_than', kind: 'percent' }],
    },
    {
      text: '满意度达到百分之八十五。',
      expect: [{ value: 85, unit: '%', kind: 'percent', text: '百分之八十五' }],
    },
    { text: '共有两千零五名志愿者。', expect: [{ value: 2005, unit: '名', metric: '志愿者' }] },
    { text: '活动历时廿天。', expect: [{ value: 20, unit: '天', kind: 'duration' }] },
    {
      text: '手术的花费大概在六七千元。',
      expect: [
        { value: null, min: 6000, max: 7000, unit: '元', approx: 'about', kind: 'money', metric: '花费' },
      ],
    },
    {
      text: '每年完成相关手术近百例。',
      expect: [{ value: 100, unit: '例', approx: 'less_than' }],
      note: 'the contract: 近 is "just under"',
    },
    { text: '床位近万张。', expect: [{ value: 10000, unit: '张', approx: 'less_than' }] },
    {
      text: '手术历时4个多小时,两个多月后康复。',
      expect: [
        { value: 4, unit: '小时', approx: 'more_than', kind: 'duration' },
        { value: 2, unit: '个月', approx: 'more_than', kind: 'duration' },
      ],
    },
    {
      text: '药品价格不大于5元,不小于3元。',
      expect: [
        { value: 5, approx: 'at_most' },
        { value: 3, approx: 'at_least' },
      ],
    },
    {
      text: '6-12月龄婴幼儿接种率达95%。',
      expect: [
        { min: 6, max: 12, unit: '月龄' },
        { value: 95, period: null },
      ],
      note: '6-12月龄 is an age, no period',
    },
    {
      text: '每十天巡查社区3次。',
      expect: [
        { value: 10, unit: '天' },
        { value: 3, kind: 'count' },
      ],
      note: '每十天 is no population base',
    },
    {
      text: '结节小于2毫米,占比低于5%,增速高于10%。',
      expect: [
        { value: 2, approx: 'less_than' },
        { value: 5, approx: 'less_than' },
        { value: 10, approx: 'more_than' },
      ],
    },
    {
      text: '不到两秒,结果就出来了。',
      expect: [{ value: 2, unit: '秒', approx: 'less_than', kind: 'duration' }],
    },
    // Chinese decimals: 点 between numerals, multipliers after the fraction.
    {
      text: '去年接待游客三点二五万人次。',
      expect: [{ value: 32500, unit: '人次', kind: 'count', text: '三点二五万人次' }],
    },
    {
      text: '全县卫生总费用一百零五点六亿元,药品支出四点九亿元。',
      expect: [
        { value: 10560000000, unit: '元', kind: 'money' },
        { value: 490000000, unit: '元', text: '四点九亿元' },
      ],
    },
    // 成 with tenths after it: 七成五 is 75 %.
    {
      text: '签约居民中七成五是老年人,六成半住在农村,三成多患有慢性病。',
      expect: [
        { value: 75, unit: '%', text: '七成五' },
        { value: 65, unit: '%', text: '六成半' },
        { value: 30, unit: '%', approx: 'more_than', text: '三成多' },
      ],
    },
    // A bare magnitude after a qualifier or before 余: 超千万元, 千余人次.
    {
      text: '新院区投资超千万元,绿地超过十万平方米。',
      expect: [
        { value: 10000000, unit: '元', approx: 'more_than', kind: 'money' },
        { value: 100000, unit: '平方米', approx: 'more_than' },
      ],
    },
    {
      text: '义诊吸引近千人,上万名居民受益。',
      expect: [
        { value: 1000, unit: '人', approx: 'less_than' },
        { value: 10000, unit: '名', approx: 'more_than', metric: '居民' },
      ],
    },
    {
      text: '活动服务群众千余人次,发放宣传册万余份,百余名医生参加,覆盖百余家企业。',
      expect: [
        { value: 1000, unit: '人次', approx: 'more_than', text: '千余人次' },
        { value: 10000, unit: '份', approx: 'more_than' },
        { value: 100, unit: '名', approx: 'more_than', metric: '医生' },
        { value: 100, unit: '家', approx: 'more_than', metric: '企业' },
      ],
    },
    {
      text: '年均接诊量约三十余万人次,参保人员达两百万。',
      expect: [
        { value: 300000, unit: '人次', approx: 'more_than' },
        { value: 2000000, unit: '人', metric: '参保人员' },
      ],
      note: '余 inside wins over 约 before, as for Arabic numbers; a bare Chinese amount takes the unit its metric names',
    },
    // Indefinite amounts: 数十 and 几十 are 20 to 90, 十几 11 to 19.
    {
      text: '专家走访数十家养老院,几十名护士参加培训,累计救治数百例患者。',
      expect: [
        { value: null, min: 20, max: 90, unit: '家', approx: 'about', metric: '养老院' },
        { value: null, min: 20, max: 90, unit: '名', approx: 'about', metric: '护士' },
        { value: null, min: 200, max: 900, unit: '例', approx: 'about' },
      ],
    },
    {
      text: '上百人排队体检,十几个村设立了服务点,二十几岁的青年占多数。',
      expect: [
        { value: 100, unit: '人', approx: 'more_than' },
        { value: null, min: 11, max: 19, unit: '个', approx: 'about' },
        { value: null, min: 21, max: 29, unit: '岁', approx: 'about', kind: 'age' },
      ],
    },
    // Formal (financial) numerals.
    {
      text: '收到捐款壹万元,另有零钱贰佰元。',
      expect: [
        { value: 10000, unit: '元', kind: 'money' },
        { value: 200, unit: '元', kind: 'money' },
      ],
    },
    {
      text: '医疗队在当地奋战了一个月,一名队员留下。',
      expect: [{ value: 1, unit: '个月', kind: 'duration' }],
      note: 'one of a measure of time is an amount; 一名 is an indefinite mention',
    },
    // A bare amount takes the unit its metric names: 人数 counts 人, 人次 counts 人次.
    {
      text: '今年全县接种人数达到12.6万,就诊人次为8.3万。',
      expect: [
        { value: 126000, unit: '人', kind: 'count', metric: '接种人数' },
        { value: 83000, unit: '人次', metric: '就诊人次' },
      ],
    },
    // General news: bare 百亿/千亿 after a qualifier, doublings, prices per a measure, a verb and its noun counted.
    {
      text: '全市旅游收入逾千亿元,外贸额近百亿美元。',
      expect: [
        { value: 100000000000, unit: '元', approx: 'more_than', kind: 'money' },
        { value: 10000000000, unit: '美元', approx: 'less_than' },
      ],
    },
    {
      text: '全市医疗卫生投入翻了一番,床位数翻两番。',
      expect: [
        { value: 2, unit: '倍', kind: 'ratio', rule: 'doubling' },
        { value: 4, unit: '倍', kind: 'ratio' },
      ],
    },
    {
      text: '药品平均每盒降价12元,新房均价每平方米1.2万元。',
      expect: [
        { value: 12, unit: '元/盒' },
        { value: 12000, unit: '元/平方米', metric: '新房均价' },
      ],
    },
    {
      text: '项目建成后将创造上千个就业岗位。',
      expect: [{ value: 1000, unit: '个', approx: 'more_than', metric: '就业岗位' }],
    },
    // Statistical bulletins: a decimal before 日 is days, a bare amount of people, a share named with its whole.
    {
      text: '出院患者平均住院日为7.6日。',
      expect: [{ value: 7.6, unit: '天', kind: 'duration', metric: '出院患者平均住院日' }],
      note: 'no day of a month has a decimal',
    },
    {
      text: '在社区工作的医务人员5.2万,卫生人员数增加0.3万。',
      expect: [
        { value: 52000, unit: '人', metric: '医务人员' },
        { value: 3000, unit: '人', metric: '卫生人员数' },
      ],
    },
    {
      text: '全县执业医师数从1200人增加到1500人,卫生人员数比上年增加300人,城镇化率达到61.5%,比上年末提高0.8个百分点。',
      expect: [
        { value: 1200, metric: '执业医师数' },
        { value: 1500, metric: '执业医师数' },
        { value: 300, metric: '卫生人员数' },
        { value: 61.5, metric: '城镇化率' },
        { value: 0.8, unit: '个百分点', metric: '城镇化率' },
      ],
      note: 'the tagger glues 从 and 比 to the noun before (数从, 数比, 比上): the noun ends there',
    },
    {
      text: '调查中,近90%的家庭15分钟内可到达医疗点,超过六成的受访者表示满意。',
      expect: [
        { value: 90, unit: '%', approx: 'less_than', metric: '家庭' },
        { value: 15, unit: '分钟' },
        { value: 60, unit: '%', approx: 'more_than', metric: '受访者' },
      ],
      note: 'a share before 的 is a share of what follows',
    },
    {
      text: '全县托位使用率达到80%的目标。',
      expect: [{ value: 80, unit: '%', metric: '托位使用率' }],
      note: 'a goal after 的 is reached, not shared out',
    },
    {
      text: '门诊患者满意度为95.5分,年度考核得分98分。',
      expect: [
        { value: 95.5, unit: '分', kind: 'other', metric: '门诊患者满意度' },
        { value: 98, unit: '分', kind: 'other' },
      ],
      note: 'a score in 分',
    },
    {
      text: '每千人口注册护士数由3.1人增长至3.6人,累计追踪密切接触者520人。',
      expect: [
        { value: 3.1, unit: '人', metric: '每千人口注册护士数' },
        { value: 3.6, unit: '人', metric: '每千人口注册护士数' },
        { value: 520, unit: '人', metric: '密切接触者' },
      ],
      note: '数由 is glued by the tagger; 密切接触 (an idiom) and 者 make one noun',
    },
    {
      text: '全县人均预期寿命为79.12岁,分别高于全国、全省平均水平1.08岁和0.5岁。',
      expect: [
        { value: 79.12, metric: '人均预期寿命' },
        { value: 1.08, unit: '岁', metric: '人均预期寿命' },
        { value: 0.5, unit: '岁', metric: '人均预期寿命' },
      ],
      note: 'the level compared with names no figure: the difference is of the figure before',
    },
    {
      text: '全市病床使用率为81.3%,其中,公立医院88.2%;重点人群接种率达到92%,其中医务人员、养老机构工作人员达到98%以上。',
      expect: [
        { value: 81.3, metric: '病床使用率' },
        { value: 88.2, metric: '病床使用率' },
        { value: 92, metric: '重点人群接种率' },
        { value: 98, approx: 'more_than', metric: '重点人群接种率' },
      ],
      note: 'after 其中 a group’s share is the rate before, on that group',
    },
    {
      text: '全县医疗机构中,其中民营医院占比达到35%。',
      expect: [{ value: 35, metric: '民营医院占比' }],
      note: 'a name of a measure keeps its own',
    },
    {
      text: '全区建成42个“健康小屋”“养生驿站”等社区健康设施,组织6家县医院、中医院和妇幼保健院等医疗机构参加,其中3家医院、2家卫生院获评。',
      expect: [
        { value: 42, unit: '个', metric: '社区健康设施' },
        { value: 6, unit: '家', metric: '医疗机构' },
        { value: 3, unit: '家', metric: '医院' },
        { value: 2, unit: '家', metric: '卫生院' },
      ],
      note: 'after a list of examples and 等, a count counts their kind; a list with no 等 names its own',
    },
    {
      text: '大楼设有2000余平方米的组织标本库,36名来自全省各市、县医院的专家参会。',
      expect: [
        { value: 2000, unit: '平方米', approx: 'more_than', metric: '组织标本库' },
        { value: 36, unit: '名', metric: '专家' },
      ],
      note: 'after 的 a verb and a noun make one name; people described across a list are named after its last 的',
    },
    {
      text: '因流感住院的比率由每一万人口0.12增至0.31,求诊个案由150.2宗增加至188.6宗。',
      expect: [
        { value: 0.12, unit: '/10000', kind: 'rate', rule: 'per-base' },
        { value: 0.31, unit: '/10000', kind: 'rate' },
        { value: 150.2, unit: '宗' },
        { value: 188.6, unit: '宗' },
      ],
      note: '每一万人口 is a base written in Chinese; 宗 counts cases',
    },
    {
      text: '全市平均每3万人口拥有1辆救护车。',
      expect: [{ value: 1, unit: '辆' }],
      note: 'a population after 每 is a base, whatever its number',
    },
    {
      text: '全市3分钟出车率达到96%,全年献血量16.8吨。',
      expect: [
        { value: 3, unit: '分钟' },
        { value: 96, unit: '%', metric: '出车率' },
        { value: 16.8, unit: '吨', metric: '献血量' },
      ],
      note: 'the tagger calls 率 a verb and cuts 献血|量: the verb before them says what is measured',
    },
    {
      text: '为全区约12.5万名常住居民建立健康档案,将8200名2型糖尿病患者纳入管理。',
      expect: [
        { value: 125000, approx: 'about', metric: '常住居民' },
        { value: 8200, metric: '糖尿病患者' },
      ],
      note: 'people 为 serves are its object; a type (2型) before the noun is no earlier figure',
    },
    {
      text: '流感样病例百分比在1月8日为4.2%。',
      expect: [{ value: 4.2, unit: '%', metric: '流感样病例百分比' }],
      note: 'a date between the name and its number',
    },
    {
      text: '医疗队开展义诊、巡诊860次,接诊3000人次,18名第三批援藏队员和6名来自甲医院、乙医院等单位的专家参加。',
      expect: [
        { value: 860, unit: '次', metric: '巡诊' },
        { value: 3000, unit: '人次', metric: '接诊' },
        { value: 18, unit: '名', metric: '援藏队员' },
        { value: 6, unit: '名', metric: '专家' },
      ],
      note: 'times counted right after a verb count that activity; a batch is no earlier figure; a list inside a clause about the people is not what they are',
    },
    {
      text: '全县人均预期寿命由人民公社时期的51.2岁提高至78.3岁。',
      expect: [
        { value: 51.2, unit: '岁', metric: '人均预期寿命' },
        { value: 78.3, unit: '岁', metric: '人均预期寿命' },
      ],
      note: 'between 由 and 的 stands when the figure started',
    },
    {
      text: '各地6岁儿童近视率均超过9%,近视率从小学一年级的12.9%上升至六年级的59.6%,总体近视率较上年下降0.7个百分点。',
      expect: [
        { value: 6, unit: '岁' },
        { value: 9, approx: 'more_than', metric: '儿童近视率' },
        { value: 12.9, metric: '近视率' },
        { value: 59.6 },
        { value: 0.7, unit: '个百分点', metric: '总体近视率' },
      ],
      note: 'a school grade (一年级) is no duration; 均 and 较 glued to a rate’s name end it',
    },
    {
      text: '平均等候时间由原来的45分钟缩短到15分钟,患儿身高115厘米。',
      expect: [
        { value: 45, unit: '分钟', metric: '平均等候时间' },
        { value: 15, unit: '分钟', metric: '平均等候时间' },
        { value: 115, unit: '厘米', metric: '患儿身高' },
      ],
      note: 'a span that is shortened is no activity of 缩短; the tagger calls 身高 a verb',
    },
    {
      text: '全区为1.3万名困难群众代缴医保费用,日均结算量超过12万笔。',
      expect: [
        { value: 13000, unit: '名', metric: '困难群众' },
        { value: 120000, unit: '笔', approx: 'more_than', metric: '日均结算量' },
      ],
      note: 'an idiom ending in a word for people is a noun; 笔 counts payments',
    },
    {
      text: '逾三成村卫生室实现远程诊疗,八成患者留在县内就诊。',
      expect: [
        { value: 30, unit: '%', approx: 'more_than', metric: '村卫生室' },
        { value: 80, unit: '%', metric: '患者' },
      ],
      note: 'tenths name their group with no 的',
    },
    {
      text: '享受医疗救助的困难群众累计达4.5万人次。',
      expect: [{ value: 45000, unit: '人次', metric: '困难群众' }],
      note: 'an idiom for people (困难群众/l) ends the name',
    },
    {
      text: '今年累计报告登革热病例86例,狂犬病例2例。',
      expect: [
        { value: 86, unit: '例', metric: '登革热病例' },
        { value: 2, unit: '例', metric: '狂犬病例' },
      ],
      note: 'the tagger cuts 登革热病|例: the 例 goes back to its name',
    },
    {
      text: '每万人口全科医生3.2人。',
      expect: [{ value: 3.2, unit: '人', kind: 'rate', metric: '每万人口全科医生' }],
    },
    {
      text: '卫生总费用占GDP的比例为6.8%。',
      expect: [{ value: 6.8, unit: '%', metric: '占GDP的比例' }],
      note: 'a generic measure after 的 is named with what it measures',
    },
    // 半 is half a measure of time.
    {
      text: '义诊持续两个半小时,共巡回义诊12场次,康复训练一年半。',
      expect: [
        { value: 2.5, unit: '小时', kind: 'duration' },
        { value: 12, unit: '场次' },
        { value: 1.5, unit: '年', kind: 'duration' },
      ],
    },
    {
      text: '他咳嗽了半年,住院半个月。',
      expect: [
        { value: 0.5, unit: '年', kind: 'duration' },
        { value: 0.5, unit: '个月', kind: 'duration' },
      ],
    },
    // 半 after a length or a weight is half of it too: 两公里半, 三斤半.
    {
      text: '巡诊队员背着药箱步行两公里半进村,老人三个月体重减轻了三斤半。',
      expect: [
        { value: 2.5, unit: '公里', kind: 'length' },
        { value: 3, unit: '个月' },
        { value: 3.5, unit: '斤', kind: 'other' },
      ],
    },
    {
      text: '营养师建议他每天摄入热量不超过1800千卡。',
      expect: [{ value: 1800, unit: '千卡', approx: 'at_most', kind: 'other' }],
      note: '千卡 is a unit (kcal), not 1800 thousand 卡',
    },
    // Measure words are an open class: the tagger's q words, and the listed ones it tags otherwise.
    {
      text: '门诊楼共12层,配备6部电梯。',
      expect: [
        { value: 12, unit: '层', kind: 'count' },
        { value: 6, unit: '部', kind: 'count', metric: '电梯' },
      ],
    },
    {
      text: '志愿者种下300株树苗,接种2枚疫苗,发表论文8篇,连续举办5届。',
      expect: [
        { value: 300, unit: '株', metric: '树苗' },
        { value: 2, unit: '枚' },
        { value: 8, unit: '篇', metric: '论文' },
        { value: 5, unit: '届' },
      ],
    },
    {
      // A term (届) in another clause does not make 三次会议 a sitting: three meetings were held.
      text: '协会已连续举办三届,今年召开三次会议。',
      expect: [
        { value: 3, unit: '届' },
        { value: 3, unit: '次', metric: '会议' },
      ],
    },
    {
      text: '医院新添救护车4辆、呼吸机20台。',
      expect: [
        { value: 4, unit: '辆', metric: '救护车' },
        { value: 20, unit: '台', metric: '呼吸机' },
      ],
    },
    {
      text: '社区发放宣传折页3000张,举办健康讲座10堂。',
      expect: [
        { value: 3000, unit: '张', rule: 'arabic' },
        { value: 10, unit: '堂', rule: 'measure-word', metric: '健康讲座' },
      ],
      note: '堂 is no listed unit: the tagger calls it a measure word',
    },
    // Currencies, areas, multiples, anniversaries.
    {
      text: '基金会捐赠50万美元、20万港元和3万欧元。',
      expect: [
        { value: 500000, unit: '美元', kind: 'money' },
        { value: 200000, unit: '港元', kind: 'money' },
        { value: 30000, unit: '欧元', kind: 'money' },
      ],
    },
    {
      text: '新院区占地120亩,建筑面积8.6万平米,绿化2公顷。',
      expect: [
        { value: 120, unit: '亩' },
        { value: 86000, unit: '平米', kind: 'other' },
        { value: 2, unit: '公顷' },
      ],
    },
    {
      text: '全年用电量86.5亿千瓦时,新增装机容量120万千瓦,能源消费总量640万吨标准煤,供水1.2亿立方米,建成220千伏变电站2座。',
      expect: [
        { value: 8650000000, unit: '千瓦时', kind: 'other', metric: '用电量' },
        { value: 1200000, unit: '千瓦', kind: 'other' },
        { value: 6400000, unit: '吨标准煤', kind: 'other', metric: '能源消费总量' },
        { value: 120000000, unit: '立方米', kind: 'other' },
        { value: 220, unit: '千伏', kind: 'other' },
        { value: 2, unit: '座', metric: '变电站' },
      ],
      note: '千 of 千瓦 and 千伏 is the unit’s, no multiplier',
    },
    {
      text: '生猪出栏46.8万头,港口集装箱吞吐量52万标箱,养牛3头。',
      expect: [
        { value: 468000, unit: '头', kind: 'count' },
        { value: 520000, unit: '标箱', kind: 'count' },
        { value: 3, unit: '头', kind: 'count' },
      ],
    },
    // Numbers in a list share the unit written after the last: 1.6和0.9个百分点, 12、8和5家.
    {
      text: '两项增速分别高于全省1.6和0.9个百分点,三个县分别新建12、8和5家村卫生室。',
      expect: [
        { value: 2, unit: '项' },
        { value: 1.6, unit: '个百分点', kind: 'pct_point', rule: 'shared-unit' },
        { value: 0.9, unit: '个百分点', kind: 'pct_point' },
        { value: 3, unit: '个' },
        { value: 12, unit: '家', rule: 'shared-unit' },
        { value: 8, unit: '家', rule: 'shared-unit' },
        { value: 5, unit: '家', metric: '村卫生室' },
      ],
    },
    {
      text: '全市1-9月规上工业增加值增长7.2%,PM2.5平均浓度为32微克/立方米,三次产业协调发展。',
      expect: [
        { value: 7.2, unit: '%', metric: '规上工业增加值' },
        { value: 32, unit: '微克/立方米', kind: 'other', metric: 'PM2.5平均浓度' },
      ],
      note: 'a month before a name is a date, no count of it; 三次产业 are the sectors',
    },
    {
      text: '项目总投资人民币5000万元,另有专项债券3200万元。',
      expect: [
        { value: 50000000, unit: '元', metric: '项目总投资' },
        { value: 32000000, unit: '元', metric: '专项债券' },
      ],
      note: 'the currency and 另有 are no part of a name',
    },
    {
      text: '城乡居民收入比由2.31缩小至2.25,基尼系数为0.41,项目容积率1.65。',
      expect: [
        { value: 2.31, unit: null, kind: 'ratio', rule: 'named-index' },
        { value: 2.25, unit: null, kind: 'ratio' },
        { value: 0.41, unit: null, kind: 'other', metric: '基尼系数' },
        { value: 1.65, kind: 'other', metric: '项目容积率' },
      ],
    },
    {
      text: '每千人口床位数4.88张(全国2017年5.72张),D2B时间≤90分钟,空腹血糖≥7.0,收缩压<140。',
      expect: [
        { value: 4.88, unit: '张' },
        { value: 5.72, unit: '张' },
        { value: 90, unit: '分钟', approx: 'at_most' },
      ],
      note: 'a number right after a year is read whole; the signs of comparison qualify; a bare number has no unit to be a figure',
    },
    {
      text: '86家三级医院对口帮扶74县85家医疗机构,7地市实现医联体全覆盖,推行一县一策。',
      expect: [
        { value: 86, unit: '家' },
        { value: 74, unit: '县', kind: 'count' },
        { value: 85, unit: '家', metric: '医疗机构' },
        { value: 7, unit: '地市', kind: 'count' },
      ],
      note: 'places counted without 个, after digits only',
    },
    {
      text: '利润总额增长一倍以上,惠及市场主体4.2万户次,项目总投资约合2.3亿欧元。',
      expect: [
        { value: 1, unit: '倍', kind: 'ratio', approx: 'more_than' },
        { value: 42000, unit: '户次', metric: '市场主体' },
        { value: 230000000, unit: '欧元', approx: 'about', metric: '项目总投资' },
      ],
      note: '一倍 is an amount; 户次 counts visits to households; 约合 converts, so about',
    },
    {
      text: '省专家组一行12在副院长陪同下抵达。',
      expect: [{ value: 12, unit: '人', kind: 'count', text: '12' }],
      note: 'a party (一行) counts people, with 人 or without',
    },
    {
      text: '猪、牛出栏分别较一季度回升2.9个、23.9个百分点,工业投资75.11亿元(占总投资的32.1%),增长103.2%。',
      expect: [
        { value: 2.9, unit: '个百分点', kind: 'pct_point', text: '2.9个' },
        { value: 23.9, unit: '个百分点' },
        { value: 7511000000, metric: '工业投资' },
        { value: 32.1, metric: '占总投资' },
        { value: 103.2, metric: '工业投资' },
      ],
      note: 'a 个 in a list shares the measure after the last; a share of a whole in passing is not what changes',
    },
    {
      text: '全县生产总值增长8.4%,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点。',
      expect: [
        { value: 8.4, metric: '生产总值' },
        { value: 7.7 },
        { value: 7 },
        { value: 0.7, unit: '个百分点', metric: '生产总值' },
        { value: 1.4, metric: '生产总值' },
      ],
      note: 'the level compared with names none of the differences',
    },
    {
      text: '全县生产总值增长6.1%,财政收入迈过百亿大关,达到102.6亿元。',
      expect: [
        { value: 6.1, metric: '生产总值' },
        { value: 10260000000, unit: '元', metric: '财政收入' },
      ],
      note: 'a clause with only verbs before its figure goes on from the clause before, whose subject names it',
    },
    {
      text: '城乡居民收入稳步增长,同比增长5.2%。流感阳性率持续上升,其中98%为甲流。',
      expect: [
        { value: 5.2, unit: '%', metric: '城乡居民收入' },
        { value: 98, unit: '%', metric: '甲流' },
      ],
      note: 'after 其中 a part of what the clause before names is no more of it: it is of what the copula after it names',
    },
    {
      text: '全县约有1.2万名独居老人,参加义诊的群众多达3000人,参保人数超出50万,参保率近乎100%。',
      expect: [
        { value: 12000, approx: 'about', metric: '独居老人' },
        { value: 3000, approx: 'exact', metric: '参加义诊的群众' },
        { value: 500000, approx: 'more_than', metric: '参保人数' },
        { value: 100, approx: 'less_than', metric: '参保率' },
      ],
      note: '约有, 超出 and 近乎 qualify; 多达 is no part of the name',
    },
    {
      text: '每天食盐摄入不超过5g,服用二甲双胍0.5g,饮水1500ml,步行3km。',
      expect: [
        { value: 5, unit: 'g', approx: 'at_most', kind: 'other' },
        { value: 0.5, unit: 'g' },
        { value: 1500, unit: 'ml' },
        { value: 3, unit: 'km', kind: 'length' },
      ],
      note: 'units in Latin letters',
    },
    {
      text: '全年地区生产总值增长5.6%。分季度看,一季度同比增长5.1%,二季度增长5.9%。',
      expect: [
        { value: 5.6, metric: '地区生产总值' },
        { value: 5.1, metric: '地区生产总值' },
        { value: 5.9, metric: '地区生产总值' },
      ],
      note: 'a clause with only a period and a verb of change measures what the paragraph measured',
    },
    {
      text: '全月报告法定传染病3560例,死亡12人;累计治愈出院266人。',
      expect: [
        { value: 3560, unit: '例' },
        { value: 12, unit: '人', metric: '死亡' },
        { value: 266, unit: '人', metric: '出院' },
      ],
      note: 'people counted right after what happened to them',
    },
    {
      text: '累计选派医疗专家152批、1092人次。',
      expect: [
        { value: 152, unit: '批', metric: '选派医疗专家' },
        { value: 1092, unit: '人次', metric: '选派医疗专家' },
      ],
      note: 'a bare count listed right after another counts the same thing in another unit',
    },
    {
      text: '全县严重精神障碍患者在册管理3200人。',
      expect: [{ value: 3200, unit: '人', metric: '严重精神障碍患者' }],
      note: 'people are named by the word for them before, not by what is done with them',
    },
    {
      text: '小时最低工资标准为每小时21元,居民水价3.5元/立方米,电价0.55元/千瓦时。',
      expect: [
        { value: 21, unit: '元/小时', metric: '小时最低工资标准' },
        { value: 3.5, unit: '元/立方米', metric: '居民水价' },
        { value: 0.55, unit: '元/千瓦时', metric: '电价' },
      ],
      note: 'prices per an hour or a measure',
    },
    {
      text: '医院收治了一位68岁老年男性患者,先后迎来4批次27名帮扶专家。',
      expect: [
        { value: 68, unit: '岁', kind: 'age', metric: '老年男性患者' },
        { value: 4, unit: '批次', metric: '帮扶专家' },
        { value: 27, unit: '名', metric: '帮扶专家' },
      ],
      note: 'the tagger calls 老年 a word of time; 批次 counts batches',
    },
    { text: '门诊量增长了3倍。', expect: [{ value: 3, unit: '倍', kind: 'ratio' }] },
    {
      text: '全县实现利税2.3亿元,同比增长1倍多,新增就业岗位3200个,粮食总产量12.5亿斤。',
      expect: [
        { value: 230000000, metric: '利税' },
        { value: 1, unit: '倍', approx: 'more_than', metric: '利税' },
        { value: 3200, metric: '就业岗位' },
        { value: 1250000000, unit: '斤' },
      ],
    },
    { text: '今年是医院建院80周年。', expect: [{ value: 80, unit: '周年', kind: 'duration' }] },
    {
      text: '家庭医生签约1200户,预约300人次,病区设2人间和3人间。',
      expect: [
        { value: 1200, unit: '户', approx: 'exact' },
        { value: 300, unit: '人次', approx: 'exact' },
      ],
      note: '签约 and 预约 are no 约; N人间 is a kind of room',
    },
    {
      text: '这是全省十大代表性成果之一。',
      expect: [{ value: 10, kind: 'count', rule: 'counted-big' }],
      note: 'a top ten, no party congress',
    },
    { text: '织牢三重保障网。', expect: [{ value: 3, unit: '重', kind: 'count' }] },
    // qualifiers
    {
      text: '指导机构 160 余家。',
      expect: [{ value: 160, unit: '家', approx: 'more_than', metric: '指导机构' }],
    },
    {
      text: '为5000多位老年人进行了健康查体。',
      expect: [{ value: 5000, unit: '位', approx: 'more_than', metric: '老年人' }],
    },
    {
      text: '减免各项税费1700多万元。',
      expect: [{ value: 17000000, unit: '元', approx: 'more_than', metric: '税费' }],
    },
    {
      text: '完成远程诊断3.7万余例。',
      expect: [{ value: 37000, unit: '例', approx: 'more_than', metric: '远程诊断' }],
    },
    {
      text: '现已覆盖60余万人口。',
      expect: [{ value: 600000, unit: '人口', approx: 'more_than' }],
      note: 'the unit as written (人口 and 人 are one class in check)',
    },
    { text: '年接待参观群众超5万人次。', expect: [{ value: 50000, unit: '人次', approx: 'more_than' }] },
    {
      text: '覆盖1300家以上村卫生室。',
      expect: [{ value: 1300, unit: '家', approx: 'more_than', metric: '村卫生室' }],
    },
    {
      text: '培训乡村医生3000人左右。',
      expect: [{ value: 3000, unit: '人', approx: 'about', metric: '乡村医生' }],
    },
    {
      text: '全市社区医院达到43家,临清市社区医院达到9家。',
      expect: [
        { value: 43, scope: '全市' },
        { value: 9, scope: '临清市' },
      ],
      note: 'a place opening a name followed by its number counts such bodies there',
    },
    {
      text: '东阿县人民医院有职工1200人。',
      expect: [{ value: 1200, scope: null }],
      note: 'a hospital’s staff are not the county’s',
    },
    {
      text: '全市建成社区医院43家,其中东昌府区12家、临清市8家。',
      expect: [
        { value: 43, scope: '全市' },
        { value: 12, scope: '东昌府区' },
        { value: 8, scope: '临清市' },
      ],
      note: 'a list item’s place and its number',
    },
    // Words the tagger gets wrong inside metrics: 满意度/ns, 托育/vn, 出生/v before 人口.
    {
      text: '患者满意度达96.8%,托育补贴资金3000万元,生育津贴1.2亿元。',
      expect: [{ metric: '患者满意度' }, { metric: '托育补贴资金' }, { metric: '生育津贴' }],
    },
    { text: '全市出生人口2.1万人。', expect: [{ value: 21000, metric: '出生人口' }] },
    {
      text: '托育从业人员持证上岗率达到95%,注册护士1.5万人。',
      expect: [{ metric: '托育从业人员持证上岗率' }, { metric: '注册护士' }],
    },
    {
      text: '每万名常住人口全科医生数为4.2人。',
      expect: [{ value: 4.2, unit: '人', kind: 'rate', metric: '每万名常住人口全科医生数' }],
    },
    {
      text: '人口出生率较2023年下降0.84个千分点,完成各类手术12.6万台次。',
      expect: [
        { value: 0.84, unit: '个千分点', kind: 'pct_point' },
        { value: 126000, unit: '台次' },
      ],
    },
    {
      text: '年门诊量突破百万人次,住院量达百万人次。',
      expect: [
        { value: 1000000, approx: 'more_than', metric: '年门诊量' },
        { value: 1000000, approx: 'about' },
      ],
    },
    {
      text: '度假区已建成托育园5处,开发区建成嵌入式托育点8个。',
      expect: [
        { value: 5, scope: '度假区' },
        { value: 8, scope: '开发区' },
      ],
      note: '开发区 is the city’s 经济技术开发区',
    },
    {
      text: '全程约4公里。',
      expect: [{ value: 4, unit: '公里', approx: 'about', kind: 'length', metric: '全程' }],
    },
    {
      text: '疫苗需在2℃-8℃保存,体温37.3℃以上需就医,室温保持在20摄氏度左右。',
      expect: [
        { min: 2, max: 8, unit: '℃', kind: 'other' },
        { value: 37.3, unit: '℃', approx: 'more_than' },
        { value: 20, unit: '℃', approx: 'about' },
      ],
    },
    {
      text: '患者只需10秒内即可完成人脸识别。',
      expect: [{ value: 10, unit: '秒', approx: 'less_than', kind: 'duration' }],
    },
    {
      text: '同一客户每月最多可参与抽奖1次,每人仅可领取2份。',
      expect: [
        { value: 1, approx: 'at_most' },
        { value: 2, unit: '份', approx: 'at_most' },
      ],
    },
    {
      text: '患儿家庭自费不超过1000元。',
      expect: [{ value: 1000, unit: '元', approx: 'at_most', kind: 'money' }],
    },
    {
      text: '大病保险报销最高可达2万元,起付线最低500元。',
      expect: [
        { value: 20000, approx: 'at_most' },
        { value: 500, approx: 'at_least' },
      ],
    },
    {
      text: '乳儿班不高于2100元/人/月。',
      expect: [{ value: 2100, unit: '元/人/月', approx: 'at_most', metric: '乳儿班' }],
    },
    {
      text: '每个县至少建成1家公办康复医院。',
      expect: [{ value: 1, unit: '家', approx: 'at_least', metric: '公办康复医院' }],
    },
    {
      text: '1名照护人员最多看护3名婴幼儿。',
      expect: [
        { value: 1, unit: '名', approx: 'exact', metric: '照护人员' },
        { value: 3, unit: '名', approx: 'at_most', metric: '婴幼儿' },
      ],
    },
    {
      text: '有机会抽取3元微信立减金(满3.01元可用)。',
      expect: [
        { value: 3, unit: '元', approx: 'exact' },
        { value: 3.01, unit: '元', approx: 'at_least' },
      ],
    },
    {
      text: '乙类传染病发病数居前五位,综合满意度位居全省前三。',
      expect: [
        { value: 5, kind: 'rank', approx: 'at_most' },
        { value: 3, kind: 'rank', approx: 'at_most', metric: '满意度' },
      ],
      note: 'a rank in words after a ranking word and 前, as 全省前6 in digits; what is ranked ends before the ranking words',
    },
    {
      text: '艾滋病防治工作指标三项全省第1、八项全省前6。',
      expect: [
        { value: 3, unit: '项' },
        { value: 1, kind: 'rank', approx: 'exact' },
        { value: 8, unit: '项' },
        { value: 6, kind: 'rank', approx: 'at_most' },
      ],
    },
    {
      text: '每年至少4次面对面随访。',
      expect: [{ value: 4, unit: '次', approx: 'at_least', metric: '面对面随访' }],
    },
    { text: '新增医养结合机构不低于10家。', expect: [{ value: 10, unit: '家', approx: 'at_least' }] },
    {
      text: '3岁以下婴幼儿入托率达12.5%。',
      expect: [
        { value: 3, unit: '岁', approx: 'less_than', kind: 'age', metric: '婴幼儿' },
        { value: 12.5, unit: '%', kind: 'percent', metric: '婴幼儿入托率' },
      ],
    },
    { text: '重度狭窄超过90%。', expect: [{ value: 90, unit: '%', approx: 'more_than' }] },
    // ranges
    {
      text: '居民步行5至10分钟即可抵达。',
      expect: [{ value: null, min: 5, max: 10, unit: '分钟', kind: 'duration' }],
    },
    {
      text: '招收2至3岁幼儿。',
      expect: [{ value: null, min: 2, max: 3, unit: '岁', kind: 'age', metric: '幼儿' }],
    },
    {
      text: '补助标准为10万元至20万元。',
      expect: [{ value: null, min: 100000, max: 200000, unit: '元', kind: 'money', text: '10万元至20万元' }],
    },
    { text: '一般住院3-5天。', expect: [{ value: null, min: 3, max: 5, unit: '天' }] },
    // units, kinds
    {
      text: '三级医院120元/天、二级医院105元/天。',
      expect: [
        { value: 120, unit: '元/天', metric: '三级医院' },
        { value: 105, unit: '元/天', metric: '二级医院' },
      ],
    },
    // Metrics: rates jieba does not know, health words it cuts apart.
    {
      text: '慢性病规范管理率达90%,电子健康卡激活率达66.2%。',
      expect: [
        { value: 90, metric: '慢性病规范管理率' },
        { value: 66.2, metric: '电子健康卡激活率' },
      ],
      note: '管理|率达 is 管理率|达',
    },
    { text: '手足口病报告发病率下降12.5%。', expect: [{ value: 12.5, metric: '手足口病报告发病率' }] },
    {
      text: '建成标准化发热门诊5家,设置安宁疗护病床10张。',
      expect: [
        { value: 5, metric: '发热门诊' },
        { value: 10, metric: '安宁疗护病床' },
      ],
    },
    {
      text: '全县门诊诊疗26.4万人次,同比增加3.2%。',
      expect: [
        { value: 264000, metric: '门诊诊疗' },
        { value: 3.2, metric: '门诊诊疗' },
      ],
      note: "jieba's dictionary holds 同比增加 as one word (a name): the user dictionary takes it out",
    },
    {
      text: '全县医保基金支出约4.2亿元,同比增长7.8%。失能评估1200人次,比去年同期增长两成。',
      expect: [
        { value: 420000000, metric: '医保基金支出' },
        { value: 7.8, metric: '医保基金支出' },
        { value: 1200, metric: '失能评估' },
        { value: 20, unit: '%', metric: '失能评估' },
      ],
      note: 'a share after a verb of change is the change of the figure before it, whatever its kind',
    },
    {
      text: '全市建成托位3.12万个,托位使用率45%。',
      expect: [
        { value: 31200, metric: '托位' },
        { value: 45, metric: '托位使用率' },
      ],
    },
    {
      text: '县疾控中心为全县近千名初二女生免费接种疫苗,托育机构占比为30%。',
      expect: [
        { value: 1000, approx: 'less_than', metric: null },
        { value: 30, metric: '托育机构占比' },
      ],
      note: 'before 为 and its object stands the agent (县疾控中心), not what is counted; 为 touching the number is a copula',
    },
    { text: '全县参保率稳定在95%以上。', expect: [{ value: 95, approx: 'more_than', metric: '参保率' }] },
    {
      text: '开设保健课程20门,设置门诊3个。',
      expect: [
        { value: 20, unit: '门', metric: '保健课程' },
        { value: 3, unit: '个', metric: '门诊' },
      ],
    },
    // A rate written before the amount is the unit's: 每人每年120元 is 120 元/人/年.
    { text: '三级医院每床每日120元。', expect: [{ value: 120, unit: '元/床/日', metric: '三级医院' }] },
    { text: '个人自付部分不超过每月1500元。', expect: [{ value: 1500, unit: '元/月', approx: 'at_most' }] },
    {
      text: '每人每年保费30元。',
      expect: [{ value: 30, unit: '元/人/年', metric: '保费', period: null }],
      note: '每年 is the rate’s, not a period',
    },
    {
      text: '财政补助标准为每人每年700元,个人缴费标准为400元。',
      expect: [
        { value: 700, unit: '元/人/年', period: null },
        { value: 400, unit: '元', period: null },
      ],
      note: 'nor a period of the figures after it',
    },
    { text: '补助标准每人每年不低于89元。', expect: [{ value: 89, unit: '元/人/年', approx: 'at_least' }] },
    {
      text: '每年新增托位500个,每个补助2000元,全年投入3000万元。',
      expect: [
        { value: 500, unit: '个', period: null },
        { value: 2000, unit: '元' },
        { value: 30000000, unit: '元' },
      ],
      note: 'a count is no rate; 每个 names no unit; a rate in another clause does not reach an amount; 每年 is how often, no period',
    },
    {
      text: '全市家庭医生签约率达到76.5%,较去年同期提高3.2个百分点。',
      expect: [
        { value: 76.5, metric: '家庭医生签约率', scope: '全市' },
        { value: 3.2, kind: 'pct_point', metric: '家庭医生签约率', period: null },
      ],
      note: '较去年同期 is a comparison base: neither metric nor period',
    },
    {
      text: '全县签约率达到58.6%,较2023年提高3.2个百分点。',
      expect: [
        { value: 58.6, period: null },
        { value: 3.2, kind: 'pct_point', period: null },
      ],
      note: '较2023年 is a comparison base, not the time of the figures',
    },
    {
      text: '截至今年3月,全市电子健康卡激活人数超过25万人。',
      expect: [{ value: 250000, approx: 'more_than', period: '截至今年3月' }],
      note: 'not 至今: 截至 reads as “as of”',
    },
    { text: '截至今年,全市共建成托育机构30家。', expect: [{ value: 30, period: '截至今年' }] },
    {
      text: '截至4月底,累计为辖区65岁及以上老年人免费体检1.8万余人次。',
      expect: [
        { value: 65, unit: '岁', approx: 'at_least', metric: '老年人', period: '截至4月底' },
        { value: 18000, unit: '人次', approx: 'more_than', period: '截至4月底' },
      ],
    },
    {
      text: '全市建成托位3.12万个,覆盖1300家以上。',
      expect: [
        { value: 31200, metric: '托位' },
        { value: 1300, unit: '家', approx: 'more_than', metric: null },
      ],
      note: 'a count shares the metric before it only when it counts in the same unit',
    },
    {
      text: '我市将托育综合服务中心建设列入十大民生项目。',
      expect: [{ text: '十大', value: 10, unit: null, kind: 'count', metric: '民生项目' }],
      note: 'N大 + noun counts without a measure word; quoted (“五大功能”) it is a slogan',
    },
    {
      text: '东阿县从加强部门联动、形成联控机制三方面入手。',
      expect: [{ value: 3, unit: '方面', kind: 'count', metric: '方面' }],
    },
    {
      text: '四级手术占比达51.05%,同比提高13.76个百分点。',
      expect: [
        { value: 51.05, unit: '%', metric: '四级手术占比' },
        { value: 13.76, unit: '个百分点', kind: 'pct_point', metric: '四级手术占比' },
      ],
    },
    { text: '度假区按 1:1 的比例增配专项资金。', expect: [{ value: 1, kind: 'ratio', scope: '度假区' }] },
    {
      text: '老年人医养结合服务覆盖率87%,居全省第4。',
      expect: [
        { value: 87, kind: 'percent' },
        { value: 4, kind: 'rank', unit: null },
      ],
    },
    {
      text: '在公园设置500米婚育主题彩绘墙。',
      expect: [{ value: 500, unit: '米', kind: 'length', metric: '婚育主题彩绘墙' }],
    },
    { text: '新增床位145张。', expect: [{ value: 145, unit: '张', metric: '床位' }] },
    {
      text: '解决6大类238个问题。',
      expect: [
        { value: 6, unit: '大类', metric: '问题' },
        { value: 238, unit: '个', metric: '问题' },
      ],
      note: 'kinds of the things counted after them',
    },
    { text: '打造15分钟托育服务圈。', expect: [{ value: 15, unit: '分钟', kind: 'duration' }] },
    { text: '63岁的辛阿姨被收治入院。', expect: [{ value: 63, unit: '岁', kind: 'age', metric: '辛阿姨' }] },
    // The whole noun phrase: a verb between a noun and a verbal noun, coordinated nouns, 的 after a measure.
    {
      text: '全县组建家庭医生签约服务团队420个。',
      expect: [{ value: 420, unit: '个', metric: '家庭医生签约服务团队' }],
    },
    {
      text: '全市乡镇卫生院和社区卫生服务中心共215个。',
      expect: [{ value: 215, unit: '个', metric: '乡镇卫生院和社区卫生服务中心' }],
    },
    {
      text: '医院开展手术300台。',
      expect: [{ value: 300, unit: '台', metric: '手术' }],
      note: 'a verb between two nouns is no part of the phrase unless a verbal noun follows it',
    },
    {
      text: '医院下设心血管等五个临床医学中心。',
      expect: [{ value: 5, unit: '个', metric: '临床医学中心' }],
      note: 'the tagger calls 临床医学 an idiom (l)',
    },
    {
      text: '省里三家大医院的12位知名专家来到县里。',
      expect: [
        { value: 3, unit: '家' },
        { value: 12, unit: '位', metric: '知名专家' },
      ],
      note: 'people counted after 的: a short verb and the word for them',
    },
    {
      text: '新建2000平方米的康复训练中心,经过40天的集中攻关。',
      expect: [
        { value: 2000, unit: '平方米', metric: '康复训练中心' },
        { value: 40, unit: '天', kind: 'duration' },
      ],
    },
    {
      text: '新院区占地86亩。',
      expect: [{ value: 86, unit: '亩', metric: '新院区占地' }],
      note: '占地 is tagged a verb but names the measure',
    },
    {
      text: '为1.2万名65岁以上老年人免费体检,设临床科室36个。',
      expect: [
        { value: 12000, unit: '名', metric: '老年人' },
        { value: 65 },
        { value: 36, metric: '临床科室' },
      ],
      note: 'an age bound stands between the count and its people; 临床 is no verb of an object',
    },
    {
      text: '患者张某,男,65岁,因胸痛入院。',
      expect: [{ value: 65, unit: '岁', kind: 'age', metric: '患者张某' }],
      note: 'an age in a clause of its own belongs to the person opening the profile',
    },
    {
      text: '全县居民人均可支配收入3.6万元,进出口总值12亿元。',
      expect: [
        { value: 36000, metric: '居民人均可支配收入' },
        { value: 1200000000, metric: '进出口总值' },
      ],
    },
    {
      text: '医院举行建院90周年院庆,今年分娩量占全市38.5%。',
      expect: [
        { value: 90, unit: '周年', metric: '建院' },
        { value: 38.5, unit: '%', metric: '占全市' },
      ],
    },
    {
      text: '医院为全市600万人民的健康服务。',
      expect: [{ text: '600万', value: 6000000, unit: '人', metric: '人民' }],
    },
    { text: '当天,58名无症状感染者出院。', expect: [{ value: 58, unit: '名', metric: '无症状感染者' }] },
    {
      text: '截至昨日,236名确诊和疑似患者已全部转运。',
      expect: [{ value: 236, unit: '名', metric: '确诊和疑似患者' }],
      note: 'a count opening its clause names its people after a short verb too',
    },
    // A pseudonym note is no metric: a person's age has the person as its subject.
    {
      text: '患者李红(化名)今年68岁。',
      expect: [{ value: 68, unit: '岁', kind: 'age', metric: '患者李红' }],
    },
    // A span of time measures the activity that lasts it: the verb before (鏖战一个月) or after it (20年砥砺前行, 30天的奋战).
    {
      text: '医疗队在方舱医院连续鏖战一个月。',
      expect: [{ value: 1, unit: '个月', kind: 'duration', metric: '鏖战' }],
    },
    {
      text: '县医院80年砥砺前行,经过40天的奋战完成改造。',
      expect: [
        { value: 80, unit: '年', metric: '砥砺前行' },
        { value: 40, unit: '天', metric: '奋战' },
      ],
    },
    {
      text: '医院24小时提供急诊服务。',
      expect: [{ value: 24, unit: '小时', metric: '急诊服务' }],
      note: 'a light verb (提供) is no part of the activity’s name',
    },
    {
      text: '从家步行15分钟即可到达医院。',
      expect: [{ value: 15, unit: '分钟', metric: '步行' }],
      note: 'after 即可 the verb is the predicate: the noun touching the span names it',
    },
    { text: '刷脸后只需5秒即可完成身份核验。', expect: [{ value: 5, unit: '秒', metric: '身份核验' }] },
    {
      text: '平均候诊时间缩短至15分钟。',
      expect: [{ value: 15, unit: '分钟', metric: '平均候诊时间' }],
      note: 'a verb of change is no activity',
    },
    { text: '日间手术患者住院半小时即可出院。', expect: [{ value: 0.5, unit: '小时', metric: '住院' }] },
    {
      text: '患者住院治疗15天后康复出院,手术持续了5个小时,培训不少于40学时。',
      expect: [
        { value: 15, unit: '天', metric: '患者住院治疗' },
        { value: 5, unit: '小时', kind: 'duration' },
        { value: 40, unit: '学时', approx: 'at_least' },
      ],
      note: 'what follows 后 is no activity of the span',
    },
    {
      text: '手术历时6小时。',
      expect: [{ value: 6, unit: '小时', metric: '手术' }],
      note: '历时 only says it lasted',
    },
    {
      text: '全县现有养老机构35家,相比上年末增加4家,下属19家机构全面完成改造,提前2年达到目标。',
      expect: [
        { value: 35, unit: '家', metric: '养老机构' },
        { value: 4, unit: '家', metric: '养老机构' },
        { value: 19, unit: '家', metric: '机构' },
        { value: 2, unit: '年', metric: null },
      ],
      note: 'a comparison (相比), an adverb jieba tags a noun (全面) and 提前 name nothing measured: the change counts what the clause before counted',
    },
    {
      text: '全县已有21个省级知名专家工作站,在岗医生960名,去年引进6名优秀人才。',
      expect: [
        { value: 21, unit: '个', metric: '省级知名专家工作站' },
        { value: 960, unit: '名', metric: '在岗医生' },
        { value: 6, unit: '名', metric: '优秀人才' },
      ],
      note: 'a verb the tagger names that describes the noun (知名, 在岗, 优秀) is part of its name',
    },
    {
      text: '全市商品房均价8650元,同比上涨2.4%;药品出口额3.6亿美元,同比提高1.5个百分点;诊疗人次达到412万,是2020年的1.3倍。',
      expect: [
        { value: 8650, unit: '元', metric: '商品房均价' },
        { value: 2.4, unit: '%', metric: '商品房均价' },
        { value: 360000000, unit: '美元', metric: '药品出口额' },
        { value: 1.5, unit: '个百分点', metric: '药品出口额' },
        { value: 4120000, metric: '诊疗人次' },
        { value: 1.3, unit: '倍', metric: '诊疗人次' },
      ],
      note: 'a change after a figure (上涨, points after a verb of change) and a multiple of an earlier year (是2020年的1.3倍) are of the figure before',
    },
    {
      text: '其中,第一产业增加值86.4亿元,增长3.2%。',
      expect: [
        { value: 8640000000, unit: '元', metric: '第一产业增加值' },
        { value: 3.2, unit: '%', metric: '第一产业增加值' },
      ],
      note: 'a term the tagger calls an idiom (第一产业/l) inside the phrase before the number',
    },
    {
      text: '全年接待游客2860万人次,实现旅游收入超三百亿元,分别增长12%和16%。',
      expect: [
        { value: 28600000, metric: '游客' },
        { value: 30000000000, metric: '旅游收入' },
        { value: 12, unit: '%', metric: '游客' },
        { value: 16, unit: '%', metric: '旅游收入' },
      ],
      note: 'numbers listed after 分别 go in order with the figures just before them, when those name different things',
    },
    {
      text: '全区新生儿、婴儿和5岁以下儿童死亡率分别为0.85‰、1.47‰、2.06‰,城镇和农村居民人均可支配收入分别为46210元和23870元。',
      expect: [
        { value: 5, unit: '岁', approx: 'less_than' },
        { value: 0.85, metric: '新生儿死亡率' },
        { value: 1.47, metric: '婴儿死亡率' },
        { value: 2.06, metric: '5岁以下儿童死亡率' },
        { value: 46210, metric: '城镇居民人均可支配收入' },
        { value: 23870, metric: '农村居民人均可支配收入' },
      ],
      note: 'things listed before 分别 go in order with its numbers, each with the head the last one ends in',
    },
    {
      text: '五年来全县卫生总投入翻了一番多。',
      expect: [
        { value: 5, unit: '年' },
        { value: 2, unit: '倍', approx: 'more_than', kind: 'ratio', rule: 'doubling', text: '一番多' },
      ],
      note: '多 after 番: more than doubled',
    },
    {
      text: '术前3个月,患者体重下降明显。',
      expect: [{ value: 3, unit: '个月', kind: 'duration' }],
      note: 'months before an event (术前) are a span, unlike 今年前10个月',
    },
    {
      text: '全区地区生产总值迈上800亿元台阶。',
      expect: [{ value: 80000000000, unit: '元', metric: '地区生产总值' }],
      note: '迈上 is a verb of reaching, no part of the name',
    },
    {
      text: '全县油料总产量连续6年稳定在12万吨以上。',
      expect: [
        { value: 6, unit: '年', kind: 'duration' },
        { value: 120000, unit: '吨', approx: 'more_than', metric: '油料总产量' },
      ],
      note: 'how long a level has held (连续6年) stands between the name and the level',
    },
    {
      text: '农村居民人均可支配收入增长7.4%,快于城镇居民1.9个百分点。',
      expect: [
        { value: 7.4, unit: '%', metric: '农村居民人均可支配收入' },
        { value: 1.9, unit: '个百分点', metric: '农村居民人均可支配收入' },
      ],
      note: 'points after what they are compared with (快于城镇居民) are a difference of the figure before',
    },
    {
      text: '全县孕产妇系统管理率达到93.4%,高出全省平均水平1.6个百分点。',
      expect: [
        { value: 93.4, unit: '%', metric: '孕产妇系统管理率' },
        { value: 1.6, unit: '个百分点', metric: '孕产妇系统管理率' },
      ],
      note: '高出 compares with a level, like 高于: the level names no difference',
    },
    {
      text: '患者平均候诊时间由原来的2小时缩短到半小时以内。',
      expect: [
        { value: 2, unit: '小时', metric: '患者平均候诊时间' },
        { value: 0.5, unit: '小时', approx: 'less_than', metric: '患者平均候诊时间' },
      ],
      note: 'the unit of the figure before (2小时) is no name of the next',
    },
    {
      text: '集中带量采购累计减轻群众负担2.7亿余元。',
      expect: [{ value: 270000000, unit: '元', approx: 'more_than', metric: '群众负担' }],
      note: '负担 is the burden, not a verb',
    },
    {
      text: '入院时患者空腹血糖18.2mmol/L,血红蛋白仅72g/L,收缩压达175mmHg,肌酐升至286μmol/L。',
      expect: [
        { value: 18.2, unit: 'mmol/L', kind: 'other', metric: '患者空腹血糖' },
        { value: 72, unit: 'g/L', kind: 'other', metric: '血红蛋白' },
        { value: 175, unit: 'mmHg', kind: 'other', metric: '收缩压' },
        { value: 286, unit: 'μmol/L', kind: 'other', metric: '肌酐' },
      ],
      note: 'laboratory units in Latin letters after the digits: no code, and g/L no gram',
    },
    {
      text: '当日人民币对欧元汇率中间价报7.8125,中间价报价行共14家。',
      expect: [
        { value: 7.8125, unit: null, kind: 'other', metric: '欧元汇率中间价', rule: 'named-index' },
        { value: 14, unit: '家' },
      ],
      note: 'a bare number after an exchange rate or its central parity and 报 (quoted at)',
    },
    {
      text: '企业贷款利率为3.1%,比上月低5个基点;旅客周转量860亿人公里,货物周转量1.7万亿吨公里。',
      expect: [
        { value: 3.1, unit: '%', metric: '企业贷款利率' },
        { value: 5, unit: '个基点', kind: 'pct_point', metric: '企业贷款利率' },
        { value: 86000000000, unit: '人公里', metric: '旅客周转量' },
        { value: 1700000000000, unit: '吨公里', metric: '货物周转量' },
      ],
      note: 'basis points are hundredths of a point, no count of 个; transport volumes in 人公里 and 吨公里',
    },
    {
      text: '年门诊量:86万人次;日均手术量:120台。他表示:3年来变化很大。',
      expect: [
        { value: 860000, unit: '人次', metric: '年门诊量' },
        { value: 120, unit: '台', metric: '日均手术量' },
        { value: 3, unit: '年', metric: null },
      ],
      note: 'a name and a colon right before the figure name it; a verb before a colon names nothing',
    },
    {
      text: '检出病原体依次为鼻病毒(18.4%)、腺病毒(7.2%);队员中医生居多(36人)。',
      expect: [
        { value: 18.4, unit: '%', metric: '鼻病毒' },
        { value: 7.2, unit: '%', metric: '腺病毒' },
        { value: 36, unit: '人', metric: '医生' },
      ],
      note: 'a figure alone in brackets is of the noun before them, past a short word of how it stands',
    },
    {
      text: '全州孕产妇死亡率、婴儿死亡率分别下降至36.2/10万和5.4‰,甲肝、乙肝发病率分别由2019年的3.1/10万、41.7/10万降低。',
      expect: [
        { value: 36.2, unit: '/100000', metric: '孕产妇死亡率' },
        { value: 5.4, unit: '‰', metric: '婴儿死亡率' },
        { value: 3.1, unit: '/100000', metric: '甲肝发病率' },
        { value: 41.7, unit: '/100000', metric: '乙肝发病率' },
      ],
      note: 'a list after 分别 and a verb with the level it reaches (下降至), or the level it starts from (由…的)',
    },
    {
      text: '全县卫生总费用是2018年的2倍多,年均增长15%;门诊人次年均增长4.2%。',
      expect: [
        { value: 2, unit: '倍', approx: 'more_than', metric: '卫生总费用' },
        { value: 15, unit: '%', metric: '卫生总费用' },
        { value: 4.2, unit: '%', metric: '门诊人次' },
      ],
      note: '年均 says how the change is counted, like 平均: it names nothing',
    },
    {
      text: '城乡居民收入比由上年的2.46:1缩小到2.39:1。',
      expect: [
        { value: 2.46, kind: 'ratio', text: '2.46:1' },
        { value: 2.39, kind: 'ratio', text: '2.39:1' },
      ],
      note: 'a ratio with decimals is no time, even where 比 stands further before it',
    },
    {
      text: '工业利润增速比上月回落0.4百分点,出生率下降0.6千分点。',
      expect: [
        { value: 0.4, unit: '百分点', kind: 'pct_point', text: '0.4百分点' },
        { value: 0.6, unit: '千分点', kind: 'pct_point', text: '0.6千分点' },
      ],
      note: '百分点 without 个: its 百 is no multiplier (it gave 40 分)',
    },
    {
      text: '分产业看,第一产业下降4.2%,第三产业增长7.9%;利润总额降幅比一季度收窄3.6个百分点。',
      expect: [
        { value: 4.2, unit: '%', metric: '第一产业' },
        { value: 7.9, unit: '%', metric: '第三产业' },
        { value: 3.6, unit: '个百分点', metric: '利润总额降幅' },
      ],
      note: '第一产业 alone is a noun (the tagger calls it an idiom); 收窄 is a verb of change, no name',
    },
    {
      text: '全省11个市(州)、76个县(市、区)均已建成胸痛中心,巡回医疗队走进了5个县。',
      expect: [
        { value: 11, unit: '个', metric: '市(州)' },
        { value: 76, unit: '个', metric: '县(市、区)' },
        { value: 5, unit: '个', metric: '县' },
      ],
      note: 'places counted by their level, the variants in brackets kept as written',
    },
    {
      text: '新建3个县级医疗中心,改造12个村卫生室。',
      expect: [
        { value: 3, unit: '个', metric: '县级医疗中心' },
        { value: 12, unit: '个', metric: '村卫生室' },
      ],
      note: 'a level that starts a longer name is no place counted by its level',
    },
    {
      text: '全市二级以上医院数量较“十三五”末增加6家,人均预期寿命较“十四五”初提高1.2岁。',
      expect: [
        { value: 6, unit: '家', metric: '二级以上医院数量' },
        { value: 1.2, unit: '岁', metric: '人均预期寿命' },
      ],
      note: 'a five-year plan in quotes is a time inside the clause, no end of it',
    },
    {
      text: '省级、市级和县级临床重点专科数量较“十三五”末分别增加2个、9个、21个。',
      expect: [
        { value: 2, unit: '个', metric: '省级临床重点专科数量' },
        { value: 9, unit: '个', metric: '市级临床重点专科数量' },
        { value: 21, unit: '个', metric: '县级临床重点专科数量' },
      ],
      note: 'the listing subject ends where what the change is measured against starts (较)',
    },
    {
      text: '生物医药产业和医疗器械制造业产值同比分别增长12.4%和8.7%。',
      expect: [
        { value: 12.4, unit: '%', metric: '生物医药产业产值' },
        { value: 8.7, unit: '%', metric: '医疗器械制造业产值' },
      ],
      note: 'the first item is two words, so two words of the last stand for it; 同比 names nothing',
    },
    {
      text: '门诊、急诊发热病例占比分别为3.5%和11.2%。',
      expect: [
        { value: 3.5, unit: '%', metric: '门诊发热病例占比' },
        { value: 11.2, unit: '%', metric: '急诊发热病例占比' },
      ],
      note: 'the head after a parallel word the tagger calls a verb (急诊)',
    },
    {
      text: '去年政府卫生支出3.2亿元。全县共有卫生院床位1280张、卫生人员2650人,分别比2020年末增长6.5%、4.2%。',
      expect: [
        { value: 320000000, unit: '元', metric: '政府卫生支出' },
        { value: 1280, unit: '张', metric: '卫生院床位' },
        { value: 2650, unit: '人', metric: '卫生人员' },
        { value: 6.5, unit: '%', metric: '卫生院床位' },
        { value: 4.2, unit: '%', metric: '卫生人员' },
      ],
      note: '支出 is the spending, not a verb; a respective list after what the change is measured against (分别比2020年末增长)',
    },
    {
      text: '建议一年两次体检,一天3次服药,活动持续一年。',
      expect: [
        { value: 2, unit: '次' },
        { value: 3, unit: '次' },
        { value: 1, unit: '年', kind: 'duration' },
      ],
      note: '一年 before a count of times is the period of a frequency, no span of time',
    },
    {
      text: '群众知晓率达九成,85%的村实现全覆盖。',
      expect: [
        { value: 90, metric: '群众知晓率' },
        { value: 85, metric: '村' },
      ],
      note: 'a share of a group named by one character (村) is of that group, not of the figure before',
    },
    {
      text: '全市三级医院12家、二级医院35家,床位数分别为8000张和6000张。甲、乙两组患者治疗有效率分别为85%和70%。',
      expect: [
        { value: 12, metric: '三级医院' },
        { value: 35, metric: '二级医院' },
        { value: 8000, metric: '床位数' },
        { value: 6000, metric: '床位数' },
        { value: 2, unit: '组' },
        { value: 85, metric: '有效率' },
        { value: 70, metric: '有效率' },
      ],
      note: 'a list after 分别 whose clause names its own thing keeps it; items a number counts (甲、乙两组) are no things of their own',
    },
    {
      text: '全省迄今为止参保人数已达5000万人,该院长期以来门诊量保持在100万人次,今年累计支出医疗救助资金1200万元。',
      expect: [
        { value: 50000000, metric: '参保人数' },
        { value: 1000000, metric: '门诊量' },
        { value: 12000000, metric: '医疗救助资金' },
      ],
      note: 'idioms of time the tagger calls l are no part of a name; 支出 with no noun before it is the verb',
    },
    {
      text: '全市疫苗接种率为90%,其中12个社区达到95%。',
      expect: [
        { value: 90, metric: '疫苗接种率' },
        { value: 12, unit: '个', metric: '社区' },
        { value: 95, metric: '疫苗接种率' },
      ],
      note: 'counted things that reach a share reach the share of the metric before',
    },
    // Places and place-like nouns inside what is counted.
    {
      text: '医院成为5家山东省区域医疗中心之一。',
      expect: [{ value: 5, unit: '家', metric: '区域医疗中心' }],
    },
    {
      text: '青岛、烟台等4个港口城市接种率达到80%。',
      expect: [
        { value: 4, unit: '个', metric: '港口城市' },
        { value: 80, metric: '港口城市接种率' },
      ],
    },
    {
      text: '全县接种流感疫苗1.2万剂次 最大龄接种者98岁',
      expect: [
        { value: 12000, metric: '接种流感疫苗' },
        { value: 98, kind: 'age' },
      ],
      note: 'a space between two parts of a headline ends a phrase',
    },
    {
      text: '按人均用地不少于0.2平方米的标准建设。',
      expect: [{ value: 0.2, unit: '平方米', approx: 'at_least', metric: '人均用地' }],
      note: 'after 的 a standard or level is the number’s own measure, not what it measures',
    },
    // metric from structure
    {
      text: '建成40个特色专科卫生院,20个中医特色卫生院。',
      expect: [
        { value: 40, metric: '特色专科卫生院' },
        { value: 20, metric: '中医特色卫生院' },
      ],
    },
    {
      text: '开设托班的幼儿园427 家,占比 85.2%。',
      expect: [
        { value: 427, metric: '开设托班的幼儿园' },
        { value: 85.2, metric: '占比' },
      ],
    },
    {
      text: '普惠托育收费价格在上年基础上平均降低 200 元/人/月。',
      expect: [{ value: 200, unit: '元/人/月', metric: '普惠托育收费价格' }],
    },
    {
      text: '医养结合机构从2020年的21家增至目前的43家。',
      expect: [
        { value: 21, metric: '医养结合机构', period: '2020' },
        { value: 43, metric: '医养结合机构', period: '目前' },
      ],
    },
    { text: '2026年底前新增5家医疗机构。', expect: [{ value: 5, metric: '医疗机构', period: '2026年底前' }] },
    // A period is taken whole: a range of months or days, a start with 至今.
    { text: '2025年1月至3月,全市接种疫苗3.2万剂次。', expect: [{ value: 32000, period: '2025年1月至3月' }] },
    { text: '2025年1-3月,全市门诊量达120万人次。', expect: [{ value: 1200000, period: '2025年1-3月' }] },
    {
      text: '2024年2月7日至2月13日,共接诊1200人次。',
      expect: [{ value: 1200, period: '2024年2月7日至2月13日' }],
    },
    { text: '2020年至2025年,全市新增床位3000张。', expect: [{ value: 3000, period: '2020年至2025年' }] },
    { text: '2024年至今,累计投入1.2亿元。', expect: [{ value: 120000000, period: '2024年至今' }] },
    { text: '2024年,全市新增托位2000个。', expect: [{ value: 2000, period: '2024' }] },
    {
      text: '会议指出,1月至11月,全市累计接种疫苗56万剂次。',
      expect: [{ value: 560000, period: '1月至11月' }],
    },
    { text: '1-11月,全市新生儿3.2万人。', expect: [{ value: 32000, period: '1-11月' }] },
    { text: '2025年上半年,全市门诊量120万人次。', expect: [{ value: 1200000, period: '2025年上半年' }] },
    {
      text: '3月8日,全市开展义诊200场。',
      expect: [{ value: 200, period: null }],
      note: 'a day is an event’s date, not a period',
    },
    {
      text: '平均候诊时间由去年的13.5分钟缩短至10分钟。',
      expect: [
        { value: 13.5, period: '去年' },
        { value: 10, period: null },
      ],
      note: 'a period tied to a figure by 的 is that figure’s alone',
    },
    // The resolved period (periodStart/periodEnd) comes from the date mentions; aspect keeps targets apart.
    {
      text: '2025年1月至3月,全市接种疫苗3.2万剂次。',
      expect: [
        { period: '2025年1月至3月', periodStart: '2025-01-01', periodEnd: '2025-03-31', aspect: 'state' },
      ],
    },
    {
      text: '2025年,全市新增托位2000个。',
      expect: [{ period: '2025', periodStart: '2025-01-01', periodEnd: '2025-12-31' }],
    },
    {
      text: '2025年2月,全省共报告乙类传染病8300例。\n同期,全省共报告丙类传染病2.1万例。\n全年报告发病数约10万例。',
      expect: [
        { value: 8300, periodStart: '2025-02-01', periodEnd: '2025-02-28' },
        { value: 21000, periodStart: '2025-02-01', periodEnd: '2025-02-28' },
        { value: 100000, periodStart: null },
      ],
      note: '同期 opening a paragraph is the period stated before it; a paragraph without it starts afresh',
    },
    {
      text: '平均候诊时间由去年的13.5分钟缩短至10分钟。',
      refDate: '2026-03-11',
      expect: [
        { value: 13.5, period: '去年', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
        { value: 10, period: null, periodStart: null, periodEnd: null },
      ],
    },
    {
      text: '“十四五”以来,全市新建社区医院15家。',
      refDate: '2025-03-12',
      expect: [{ value: 15, period: '“十四五”以来', periodStart: '2021-01-01', periodEnd: '2025-03-12' }],
      note: 'since a five-year plan began: from its first year to the article’s date',
    },
    {
      text: '自2023年开展筛查以来,累计筛查适龄女性5.2万人。',
      refDate: '2026-03-11',
      expect: [
        { value: 52000, period: '自2023年开展筛查以来', periodStart: '2023-01-01', periodEnd: '2026-03-11' },
      ],
      note: 'a total since a year runs up to the article’s date, not over that year',
    },
    {
      text: '2024年至今,累计投入1.2亿元。',
      refDate: '2026-03-11',
      expect: [{ period: '2024年至今', periodStart: '2024-01-01', periodEnd: '2026-03-11' }],
    },
    {
      text: '2024年至今,累计投入1.2亿元。',
      expect: [{ period: '2024年至今', periodStart: null, periodEnd: null }],
      note: 'up to an unknown day: unknown',
    },
    {
      text: '从2020年启动至今,累计投入2亿元。',
      refDate: '2026-03-11',
      expect: [{ period: '从2020年启动至今', periodStart: '2020-01-01', periodEnd: '2026-03-11' }],
    },
    {
      text: '2026年6月前完成改造80个。',
      expect: [{ value: 80, periodStart: '2026-06-01', periodEnd: '2026-06-30', aspect: 'target' }],
    },
    {
      text: '目前,全市托育机构达477家。',
      refDate: '2026-03-11',
      expect: [{ period: '目前', periodStart: '2026-03-11', periodEnd: '2026-03-11' }],
    },
    {
      text: '目前,全市托育机构达477家。',
      expect: [{ period: '目前', periodStart: null, periodEnd: null, asOf: null }],
    },
    {
      text: '全市托育机构达477家。',
      refDate: '2026-03-11',
      expect: [{ period: null, periodStart: null, periodEnd: null, asOf: '2026-03-11' }],
      note: 'no period: stated as of the article’s date',
    },
    {
      text: '2025年,全市新增托位2000个。',
      refDate: '2026-03-11',
      expect: [{ periodEnd: '2025-12-31', asOf: '2025-12-31' }],
      note: 'a known period: as of its last day',
    },
    {
      text: '聊城现有托育服务机构477家。',
      refDate: '2026-03-11',
      expect: [{ period: '现有', periodStart: '2026-03-11', periodEnd: '2026-03-11' }],
    },
    {
      text: '截至2024年底,全市建成托位2.5万个。',
      expect: [{ period: '截至2024年底', periodStart: '2024-12-31', periodEnd: '2024-12-31' }],
    },
    {
      text: '今年上半年,全市门诊量120万人次。',
      refDate: '2026-07-20',
      expect: [{ period: '今年上半年', periodStart: '2026-01-01', periodEnd: '2026-06-30' }],
    },
    {
      text: '近日,全市开展义诊200场。',
      refDate: '2026-03-11',
      expect: [{ period: null, periodStart: null }],
      note: '近日 dates an event',
    },
    {
      text: '医养结合机构从2020年的21家增至目前的43家。',
      refDate: '2026-03-11',
      expect: [
        { value: 21, periodEnd: '2020-12-31', aspect: 'state' },
        { value: 43, periodEnd: '2026-03-11', aspect: 'state' },
      ],
    },
    {
      text: '力争到2027年,全市建成特色专科卫生院50个。',
      expect: [
        { value: 50, period: '2027', periodStart: '2027-01-01', periodEnd: '2027-12-31', aspect: 'target' },
      ],
    },
    {
      text: '2026年底前新增5家医疗机构。',
      expect: [{ value: 5, periodStart: '2026-12-31', periodEnd: '2026-12-31', aspect: 'target' }],
    },
    {
      text: '计划三年内建成12个特色专科卫生院。',
      expect: [
        { value: 3, aspect: 'target' },
        { value: 12, period: null, aspect: 'target' },
      ],
      note: 'a plan is no fact',
    },
    { text: '全市已建成12个特色专科卫生院。', expect: [{ value: 12, aspect: 'state' }] },
    {
      text: '全市计划建设社区托育驿站25个,新增普惠托位1000个。',
      expect: [
        { value: 25, aspect: 'target' },
        { value: 1000, aspect: 'target' },
      ],
      note: 'a plan reaches the later clauses of its sentence',
    },
    {
      text: '全市计划建设驿站25个,目前已建成10个。',
      expect: [
        { value: 25, aspect: 'target' },
        { value: 10, aspect: 'state' },
      ],
      note: 'what is done (已) is a fact',
    },
    {
      text: '聊城将托育工作纳入重点事项,全市建成托位3万个。',
      expect: [{ value: 30000, aspect: 'state' }],
      note: '将 as "to put" is no plan beyond its clause',
    },
    {
      text: '与2020年相比,全市床位增加500张。',
      expect: [{ value: 500, period: null }],
      note: 'a comparison’s base (与…相比) is no period',
    },
    {
      text: '1978年5月1日,医院正式开诊,设置床位60张。',
      expect: [{ value: 60, period: '1978年5月1日', periodStart: '1978-05-01', periodEnd: '1978-05-01' }],
      note: 'a day with its year dates what was counted',
    },
    {
      text: '4月初,全市开展义诊活动30场。',
      expect: [{ value: 30, period: null }],
      note: 'part of a month without its year dates an event, like 3月8日',
    },
    {
      text: '3月份,全市门诊量为12万人次;1-2月,住院人数4.1万人。',
      expect: [
        { value: 120000, period: '3月份' },
        { value: 41000, period: '1-2月' },
      ],
      note: "a whole month, or months, without a year is a bulletin's period",
    },
    {
      text: '目标人群接种率达95%。',
      expect: [{ value: 95, aspect: 'state' }],
      note: '目标人群 are the people aimed at: no plan',
    },
    {
      text: '全市将近500名医生参加培训。',
      expect: [{ value: 500, aspect: 'state' }],
      note: '将近 is "nearly"',
    },
    {
      text: '全市共将1200名老人纳入签约服务。',
      expect: [{ value: 1200, aspect: 'state' }],
      note: '将 before a number puts it somewhere',
    },
    { text: '2027年前建成30个中心。', expect: [{ value: 30, period: '2027', aspect: 'target' }] },
    {
      text: '三年前,这里只有2名医生。',
      expect: [{ value: 3 }, { value: 2, aspect: 'state' }],
      note: '年前 is no deadline after a count of years',
    },
    {
      text: '预计今年底,全市普惠托位将超过2万个。',
      refDate: '2026-03-11',
      expect: [
        {
          value: 20000,
          period: '今年底',
          periodStart: '2026-12-31',
          periodEnd: '2026-12-31',
          aspect: 'target',
        },
      ],
    },
    { text: '东阿县累计服务患者1000余人次。', expect: [{ value: 1000, scope: '东阿县' }] },
    {
      text: '目前东昌府区妇幼保健院有三个针对先天性结构畸形患儿的救助项目。',
      expect: [{ value: 3, unit: '个', metric: '救助项目' }],
    },
    {
      text: '社区举办“健康大讲堂”“义诊进社区”近50场。',
      expect: [{ value: 50, unit: '场', approx: 'less_than', metric: '“健康大讲堂”“义诊进社区”' }],
      note: 'quoted names right before a count are what it counts',
    },
    { text: '组建110支“繁森药箱服务队”。', expect: [{ value: 110, unit: '支', metric: '繁森药箱服务队' }] },
    { text: '重点做好六个方面工作。', expect: [{ value: 6, unit: '个' }] },
    // Per-population rates: per mille and per 10,000 or 100,000 people; the base is the unit's, in digits.
    { text: '婴儿死亡率3.5‰。', expect: [{ value: 3.5, unit: '‰', kind: 'rate', metric: '婴儿死亡率' }] },
    {
      text: '孕产妇死亡率为8.6/10万。',
      expect: [{ value: 8.6, unit: '/100000', kind: 'rate', metric: '孕产妇死亡率', text: '8.6/10万' }],
      note: 'not a count of 100,000',
    },
    {
      text: '肺结核报告发病率为132.4/万。',
      expect: [{ value: 132.4, unit: '/10000', kind: 'rate', metric: '肺结核报告发病率' }],
    },
    {
      text: '新生儿死亡率降至2.1/1000以下。',
      expect: [{ value: 2.1, unit: '/1000', approx: 'less_than', kind: 'rate' }],
    },
    {
      text: '各县发病率在5.2/10万人口至8.6/10万人口之间。',
      expect: [{ value: null, min: 5.2, max: 8.6, unit: '/100000', kind: 'rate' }],
    },
    {
      text: '新生儿死亡率为千分之一点二。',
      expect: [{ value: 1.2, unit: '‰', kind: 'rate', text: '千分之一点二' }],
    },
    { text: '发生率约为万分之三。', expect: [{ value: 3, unit: '/10000', approx: 'about', kind: 'rate' }] },
    {
      text: '孕产妇死亡率为十万分之8.6。',
      expect: [{ value: 8.6, unit: '/100000', kind: 'rate', metric: '孕产妇死亡率' }],
    },
    // A base written before the figure (每10万人口) is no count; a bare number after it in its clause is per that base.
    {
      text: '全市每10万人口肺结核发病率为12.3。',
      expect: [{ value: 12.3, unit: '/100000', kind: 'rate', scope: '全市', metric: '肺结核发病率' }],
      note: 'the base is the unit, not the name',
    },
    {
      text: '每千人口执业医师数达到3.2。',
      expect: [{ value: 3.2, unit: '/1000', kind: 'rate', metric: '执业医师数' }],
    },
    {
      text: '每十万人口孕产妇死亡率为8.6。',
      expect: [{ value: 8.6, unit: '/100000', kind: 'rate', metric: '孕产妇死亡率' }],
    },
    {
      text: '每十万人口拥有床位650张。',
      expect: [{ value: 650, unit: '张', kind: 'rate', metric: '每十万人口拥有床位' }],
      note: 'a count per a population is named with its base as written; a per-base unit (/100000) carries it instead',
    },
    { text: '每1000名新生儿中有2名出生缺陷。', expect: [{ value: 2, unit: '名' }] },
    {
      text: '项目辐射周边10万人口,每10万人口,发病率为12.3。',
      expect: [{ value: 100000, unit: '人口', kind: 'count' }],
      note: 'without 每 10万人口 is a count; a base in another clause does not reach a bare number',
    },
    // Metrics end where a verb of reaching or change begins (达, 已达, 突破, 降至, 升至, 增至), also
    // when the tagger glues the verb to a neighbour into an unknown word (老年人|口达, 300元|降至).
    {
      text: '全市60岁以上老年人口达10.8万人。',
      expect: [
        { value: 60, unit: '岁', metric: '老年人' },
        { value: 108000, unit: '人', metric: '老年人口' },
      ],
      note: 'the tagger cuts 老年人|口达',
    },
    {
      text: '村卫生室已达1300家。',
      expect: [{ value: 1300, unit: '家', metric: '村卫生室' }],
      note: '已达 is one unknown word',
    },
    {
      text: '重点专科已达32个,病床已达5000张。',
      expect: [
        { value: 32, metric: '重点专科' },
        { value: 5000, metric: '病床' },
      ],
    },
    {
      text: '家庭病床已降为800张。',
      expect: [{ value: 800, metric: '家庭病床' }],
      note: '已降 is one unknown word',
    },
    {
      text: '全市医疗机构数已增加到6200家。',
      expect: [{ value: 6200, metric: '医疗机构数' }],
      note: 'the tagger cuts 机构|数已',
    },
    {
      text: '起付线由300元降至200元。',
      expect: [
        { value: 300, unit: '元', metric: '起付线' },
        { value: 200, unit: '元', metric: '起付线' },
      ],
      note: '元降 is glued: the 元 is the unit of the number before, no noun',
    },
    {
      text: '贫困人口由3万人降至1万人。',
      expect: [
        { value: 30000, metric: '贫困人口' },
        { value: 10000, metric: '贫困人口' },
      ],
      note: '万人降 is glued: not the noun 万人',
    },
    {
      text: '住院报销比例由55%提至60%。',
      expect: [
        { value: 55, metric: '住院报销比例' },
        { value: 60, metric: '住院报销比例' },
      ],
    },
    {
      text: '医养结合床位突破3000张。',
      expect: [{ value: 3000, unit: '张', approx: 'more_than', metric: '医养结合床位' }],
    },
    {
      text: '年门急诊量已突破200万人次。',
      expect: [{ value: 2000000, unit: '人次', approx: 'more_than', metric: '年门急诊量' }],
    },
    {
      text: '托育机构数量首次突破500家。',
      expect: [{ value: 500, unit: '家', approx: 'more_than', metric: '托育机构数量' }],
    },
    {
      text: '取得3项技术突破。',
      expect: [{ value: 3, unit: '项', approx: 'exact', metric: '技术突破' }],
      note: 'after the count 突破 is a noun',
    },
    { text: '人均预期寿命升至79.5岁。', expect: [{ value: 79.5, unit: '岁', metric: '人均预期寿命' }] },
    { text: '全市执业医师增加到2.3万名。', expect: [{ value: 23000, unit: '名', metric: '执业医师' }] },
    {
      text: '门诊次均费用已降到180元。',
      expect: [{ value: 180, unit: '元', metric: '门诊次均费用' }],
      note: '次均 is an unknown word but no verb',
    },
    // A lone 率 is the end of a rate's name, though the tagger calls it a verb (剖宫产|率).
    { text: '剖宫产率下降至30%。', expect: [{ value: 30, unit: '%', metric: '剖宫产率' }] },
    {
      text: '新生儿疾病筛查率达到98%以上。',
      expect: [{ value: 98, approx: 'more_than', metric: '新生儿疾病筛查率' }],
    },
    { text: '居民电子健康档案建档率已达95%。', expect: [{ value: 95, metric: '居民电子健康档案建档率' }] },
    // A suffix (tag k) joins the word before it: 护理|型床位.
    { text: '全县护理型床位增至1200张。', expect: [{ value: 1200, unit: '张', metric: '护理型床位' }] },
    { text: '新建1200张护理型床位。', expect: [{ value: 1200, unit: '张', metric: '护理型床位' }] },
    { text: '紧密型医共体达到12个。', expect: [{ value: 12, unit: '个', metric: '紧密型医共体' }] },
    // 以上/以下 between two nouns sets the level of the second: 二级以上医院.
    { text: '全市二级以上医院增至35家。', expect: [{ value: 35, unit: '家', metric: '二级以上医院' }] },
    // A verb before a bare measure word says what it measures: 报销比例, 参保人数.
    { text: '报销比例提高到70%。', expect: [{ value: 70, unit: '%', metric: '报销比例' }] },
    { text: '财政补助标准提高至670元。', expect: [{ value: 670, unit: '元', metric: '财政补助标准' }] },
    {
      text: '城乡居民医保参保人数稳定在560万人。',
      expect: [{ value: 5600000, unit: '人', metric: '城乡居民医保参保人数' }],
    },
    { text: '全年接诊人次达到12万。', expect: [{ value: 120000, metric: '接诊人次' }] },
    { text: '入户出诊次数增至300次。', expect: [{ value: 300, unit: '次', metric: '入户出诊次数' }] },
    {
      text: '救治患者3000人。',
      expect: [{ value: 3000, unit: '人', metric: '患者' }],
      note: 'touching the number the verb is the clause’s, its object is counted',
    },
    {
      text: '全市人均预期寿命为79.2岁。东阿县为80.1岁,莘县为77.6岁。',
      expect: [
        { value: 79.2, metric: '人均预期寿命', scope: '全市' },
        { value: 80.1, metric: '人均预期寿命', scope: '东阿县' },
        { value: 77.6, metric: '人均预期寿命', scope: '莘县' },
      ],
      note: 'a clause that names only another place measures what the paragraph measured',
    },
    {
      text: '截至目前,全县已有4500人完成第一剂接种。',
      expect: [{ value: 4500, unit: '人', metric: '完成第一剂接种' }],
      note: 'people counted by what they did',
    },
    {
      text: '本次义诊共有120余人接受免费检查。',
      expect: [{ value: 120, approx: 'more_than', metric: '接受免费检查' }],
    },
    {
      text: '29名来自各省、市、县妇幼保健机构的代表参加会议。',
      expect: [{ value: 29, unit: '名', metric: '代表' }],
      note: 'a list goes on after the verb: not the predicate, but the people after its last 的',
    },
    {
      text: '该县已投入800万元,用于改造村卫生室。',
      expect: [{ value: 8000000, unit: '元', kind: 'money', metric: '投入' }],
      note: 'money named by the verb that spends it',
    },
    {
      text: '本次义诊活动有80余人接受了免费检查。',
      expect: [{ value: 80, approx: 'more_than', metric: '接受了免费检查' }],
      note: 'after 有 the people are named by what they did, not by the event',
    },
    {
      text: '全县农民人均纯收入18600元,名义增长6.2%,扣除价格因素实际增长4.9%;实际使用外资2.3亿美元。',
      expect: [
        { value: 18600, unit: '元', metric: '农民人均纯收入' },
        { value: 6.2, unit: '%', metric: '农民人均纯收入' },
        { value: 4.9, unit: '%', metric: '农民人均纯收入' },
        { value: 230000000, unit: '美元', metric: '实际使用外资' },
      ],
      note: '名义, 实际 before a verb of change say how the change is reckoned, not what changed; 实际使用外资 is a dictionary word',
    },
    {
      text: '该队夺得12块金牌,奖牌数由上届的41块增至57块;门票每张只要十块钱,大家一块儿去。',
      expect: [
        { value: 12, unit: '块', kind: 'count', metric: '金牌' },
        { value: 41, unit: '块', kind: 'count' },
        { value: 57, unit: '块', kind: 'count', metric: '奖牌数' },
        { value: 10, unit: '元', kind: 'money' },
      ],
      note: 'jieba tags 块 zg, so it is listed: medals and plots are counted in it; 块钱 is the spoken 元; 一块儿 is "together"',
    },
    {
      text: '钢材、原油和天然气等大宗商品进口量分别下降4.1%、2.6%和1.3%。',
      expect: [
        { value: 4.1, metric: '钢材等大宗商品进口量' },
        { value: 2.6, metric: '原油等大宗商品进口量' },
        { value: 1.3, metric: '天然气等大宗商品进口量' },
      ],
      note: 'the last listed thing ends at 等 (天然气), whatever the number of words of the first',
    },
    {
      text: '今年城乡居民医保基金(含大病保险)收入、支出分别为86.2亿元、79.5亿元。',
      expect: [
        { value: 8620000000, metric: '城乡居民医保基金(含大病保险)收入' },
        { value: 7950000000, metric: '城乡居民医保基金(含大病保险)支出' },
      ],
      note: 'a long first item holds the subject that the short things after it share',
    },
    {
      text: '截至6月底全县公立医院、民营医院分别达到12家和27家。',
      expect: [
        { value: 12, metric: '公立医院' },
        { value: 27, metric: '民营医院' },
      ],
      note: 'short items share no subject; the time and place the clause opens with belong to none',
    },
    {
      text: '全县非公立医疗机构达到41家,常住居民超过36万人,在职职工2300人,留守儿童820名。',
      expect: [
        { value: 41, unit: '家', metric: '非公立医疗机构' },
        { value: 360000, unit: '人', metric: '常住居民' },
        { value: 2300, unit: '人', metric: '在职职工' },
        { value: 820, unit: '名', metric: '留守儿童' },
      ],
      note: 'the tagger calls 公立, 常住, 在职, 留守 verbs: describing the noun after them they belong to its name',
    },
    {
      text: '县城观影人次由2019年的36万人增加至52万人次。',
      expect: [
        { value: 360000, unit: '人', metric: '县城观影人次' },
        { value: 520000, unit: '人次', metric: '县城观影人次' },
      ],
      note: 'the unit of the figure it started from (万人, a word the tagger leaves unknown) is no name of the level it reaches',
    },
    {
      text: '县一中代表队以4比2击败对手,次轮2比0完胜;全县医护比达到1比1.25。',
      expect: [
        { text: '4比2', value: 2, kind: 'ratio', rule: 'ratio' },
        { text: '1比1.25', value: 0.8, kind: 'ratio', metric: '医护比' },
      ],
      note: 'two numbers around 比 are one ratio (a score), not a bare number after 比; a score with 0 gives no value, so none',
    },
    {
      text: '被告人王某被判处有期徒刑二年三个月,候诊时间缩短至1小时20分钟。',
      expect: [
        { value: 2, unit: '年', metric: '有期徒刑' },
        { value: 3, unit: '个月', metric: '有期徒刑' },
        { value: 1, unit: '小时', metric: '候诊时间' },
        { value: 20, unit: '分钟', metric: '候诊时间' },
      ],
      note: 'a span right after a longer one goes on with it and measures the same thing',
    },
    {
      text: '山体滑坡造成12人死亡、5人受伤;全县日供水量创历史新高,达到8.6万吨。',
      expect: [
        { value: 12, unit: '人', metric: '死亡' },
        { value: 5, unit: '人', metric: '受伤' },
        { value: 86000, unit: '吨', metric: '供水量' },
      ],
      note: 'people a cause led to are named by what befell them; 创历史新高 is a verb phrase (a dictionary word), no part of the name',
    },
    {
      text: '现场发放控烟、慢病防治等宣传资料420份,培训乡村医生36人。',
      expect: [
        { value: 420, unit: '份', metric: '宣传资料' },
        { value: 36, unit: '人', metric: '乡村医生' },
      ],
      note: 'after 等 a verbal noun opens the kind of the things listed (宣传资料), not a verb of an object (培训)',
    },
    {
      text: '入汛以来全县平均降雨量达到486毫米,较常年同期偏多3成。',
      expect: [
        { value: 486, unit: '毫米', metric: '平均降雨量' },
        { value: 30, unit: '%', metric: '平均降雨量' },
      ],
      note: '偏多, 偏少 measure against the usual: a change of the figure before, like 增长',
    },
    {
      text: '来自18个国家和地区的600余名代表参会;国际金价下跌12美元,收于每盎司1968美元。',
      expect: [
        { value: 18, unit: '个', metric: '国家和地区' },
        { value: 600, unit: '名', metric: '代表' },
        { value: 12, unit: '美元', metric: '国际金价' },
        { value: 1968, unit: '美元', metric: '国际金价' },
      ],
      note: 'coordinated nouns after a count are one phrase; 收于 (closed at) names nothing',
    },
    {
      text: '由县医院牵头、乡镇卫生院和村卫生室组成的医共体,现已覆盖30余万人口。',
      expect: [{ value: 300000, unit: '人口', metric: null }],
      note: 'a clause before names no subject of the figure when its nouns are the agents of a verb phrase (组成)',
    },
    {
      text: '截至收盘,深证成指报10234.56点,上涨126点;会议于下午3点开始。',
      expect: [
        { value: 10234.56, unit: '点', kind: 'other', metric: '深证成指' },
        { value: 126, unit: '点', kind: 'other', metric: '深证成指' },
      ],
      note: "no hour has a decimal or passes 24: 点 after such a number counts an index's points; 3点 is a time",
    },
    {
      text: '他在100米决赛中以10秒05夺冠,全程用时10秒;全年卫生总费用预计达86.3亿元。',
      expect: [
        { text: '100米', value: 100, unit: '米' },
        { text: '10秒05', value: 10.05, unit: '秒', kind: 'duration' },
        { text: '10秒', value: 10, unit: '秒' },
        { value: 8630000000, unit: '元', metric: '卫生总费用' },
      ],
      note: 'a race time writes its hundredths after 秒; 预计 (a forecast) is no part of a name',
    },
    {
      text: '全年检出癌前病变136例,疑难重症占比达28%,覆盖全州75%的村卫生室。',
      expect: [
        { value: 136, unit: '例', metric: '癌前病变' },
        { value: 28, unit: '%', metric: '疑难重症占比' },
        { value: 75, unit: '%', metric: '村卫生室' },
      ],
      note: 'an idiom (疑难重症/i) inside a name belongs to it; 全州 is a scope like 全省; 癌前病变 a dictionary word',
    },
    {
      text: '全县共有乡村医生612名,其中女性医生187名,占30.6%;毕业生人数同比增加3200人;一般公共预算收入12.6亿元。',
      expect: [
        { value: 612, unit: '名', metric: '乡村医生' },
        { value: 187, unit: '名', metric: '女性医生' },
        { value: 30.6, unit: '%', metric: '女性医生' },
        { value: 3200, unit: '人', metric: '毕业生人数' },
        { value: 1260000000, unit: '元', metric: '一般公共预算收入' },
      ],
      note: 'a share with only 占 before it is the share of the figure before; 同比增加 (one word, tagged nr) names nothing; 一般公共预算收入 a dictionary word',
    },
    {
      text: '该片上映首日票房突破3.6亿,观影人次达820万;全县接种人数达到12.6万。',
      expect: [
        { value: 360000000, unit: '元', kind: 'money', metric: '票房' },
        { value: 8200000, unit: '人次', kind: 'count', metric: '观影人次' },
        { value: 126000, unit: '人', kind: 'count', metric: '接种人数' },
      ],
      note: 'a bare amount named as money (票房, 收入, 金额 …) is in 元, as a count named by people is in 人',
    },
    {
      text: '全市医保统筹基金当期结存3.2亿元,累计结存18.6亿元;国有控股企业增加值增长4.5%。',
      expect: [
        { value: 320000000, unit: '元', metric: '医保统筹基金当期结存' },
        { value: 1860000000, unit: '元', metric: '结存' },
        { value: 4.5, unit: '%', metric: '国有控股企业增加值' },
      ],
      note: '结存 (a balance) and 统筹基金 are names the tagger cuts at verbs; 控股 describes the noun after it',
    },
    {
      text: '代表团位列金牌榜第三,我国茶叶产量居世界第一。',
      expect: [
        { text: '第三', value: 3, kind: 'rank' },
        { text: '第一', value: 1, kind: 'rank' },
      ],
      note: 'a ranking (金牌榜) and the world (世界, 全球, 亚洲) rank the ordinal after them, like 全省',
    },
    {
      text: '省代表队以12金9银7铜的成绩位列第二,奖金总额达30万元,兑换5金币。',
      expect: [
        { text: '12金', value: 12, unit: '金', kind: 'count' },
        { text: '9银', value: 9, unit: '银', kind: 'count' },
        { text: '7铜', value: 7, unit: '铜', kind: 'count' },
        { text: '第二', value: 2, kind: 'rank' },
        { value: 300000, unit: '元', kind: 'money' },
      ],
      note: 'medals counted by their metal after digits; 金币, 金额, 银行 are words, no medals',
    },
    {
      text: '运动会设18个大项、36个分项;该国日产原油约420万桶,公司拟回购不超过800万股。',
      expect: [
        { value: 18, unit: '个', metric: '大项' },
        { value: 36, unit: '个', metric: '分项' },
        { value: 4200000, unit: '桶', kind: 'other', approx: 'about' },
        { value: 8000000, unit: '股', kind: 'count', approx: 'at_most' },
      ],
      note: 'barrels of oil and shares are units; 大项, 分项 (tagged numerals) are nouns',
    },
    {
      text: '增放鱼苗30万尾,出动直升机8架次,加开旅客列车16趟、货车42列,展出书画作品85幅,更换电线杆1200根。',
      expect: [
        { value: 300000, unit: '尾', metric: '鱼苗' },
        { value: 8, unit: '架次', metric: '直升机' },
        { value: 16, unit: '趟', metric: '旅客列车' },
        { value: 42, unit: '列', metric: '货车' },
        { value: 85, unit: '幅', metric: '书画作品' },
        { value: 1200, unit: '根', metric: '电线杆' },
      ],
      note: 'measure words of general news the tagger does not call measure words',
    },
    {
      text: '议案以96票赞成、2票反对获得通过;全市PM2.5浓度为31微克/立方米;没收违法所得8.6万元。',
      expect: [
        { value: 96, unit: '票', kind: 'count' },
        { value: 2, unit: '票', kind: 'count' },
        { value: 31, unit: '微克/立方米', metric: 'PM2.5浓度' },
        { value: 86000, unit: '元', metric: '违法所得' },
      ],
      note: 'votes (票) are counted; a code of letters and digits (PM2.5) is part of a name; 违法所得 a dictionary word',
    },
    {
      text: '县医院年门诊量达到46万人次,2023年门诊量42万人次。',
      expect: [
        { value: 460000, unit: '人次', metric: '年门诊量' },
        { value: 420000, unit: '人次', metric: '门诊量' },
      ],
      note: 'a period a measure is per (年, 日, 月) before its name belongs to it; the 年 of a year does not',
    },
    {
      text: '到2025年,每千人口拥有3岁以下婴幼儿托位数达到4.5个,每千名老年人拥有养老床位40张。',
      expect: [
        { value: 3, unit: '岁' },
        { value: 4.5, unit: '个', kind: 'rate', metric: '每千人口拥有3岁以下婴幼儿托位数' },
        { value: 40, unit: '张', kind: 'rate', metric: '每千名老年人拥有养老床位' },
      ],
      note: 'a count per a population is named with its base as written, with the ages the name is of',
    },
    {
      text: '全县常住人口平均预期寿命达到79.2岁,实际开放床位1260张,药品价格平均降低52%。',
      expect: [
        { value: 79.2, unit: '岁', metric: '常住人口平均预期寿命' },
        { value: 1260, unit: '张', metric: '实际开放床位' },
        { value: 52, unit: '%', metric: '药品价格' },
      ],
      note: 'inside a name 平均 stays; before a verb it is no part of one; 开放床位 a dictionary word',
    },
    {
      text: '医疗队救治全部126例境外输入病例,全省境外输入病例累计达到311例。',
      expect: [
        { value: 126, unit: '例', metric: '境外输入病例' },
        { value: 311, unit: '例', metric: '境外输入病例' },
      ],
      note: 'the tagger calls 输入 a verb; describing 病例 it belongs to the name',
    },
    {
      text: '城镇登记失业率为2.6%,低于4%的控制目标;全年空气优良天数比例低于80%。',
      expect: [
        { value: 2.6, approx: 'exact' },
        { value: 4, approx: 'exact', metric: '控制目标' },
        { value: 80, approx: 'less_than' },
      ],
      note: 'a benchmark a figure is compared with (低于…的控制目标) is stated exactly; 低于80% alone is below it',
    },
    {
      text: '双十一期间快递业务量突破3亿件,双11当天交易额达到86亿元。前10个月人民币贷款增加2.3万亿元。',
      expect: [
        { value: 300000000, unit: '件', approx: 'more_than' },
        { value: 8600000000, unit: '元' },
        { value: 2300000000000, unit: '元', metric: '贷款' },
      ],
      note: '双十一, 双11 name a festival; 前10个月 opening its clause is a period even with no comma after it',
    },
    {
      text: '假期全县接待游客56.3万人次,实现旅游收入4.2亿元,分别同比增长12.8%和15.6%。',
      expect: [
        { value: 563000, metric: '游客' },
        { value: 420000000, metric: '旅游收入' },
        { value: 12.8, metric: '游客' },
        { value: 15.6, metric: '旅游收入' },
      ],
      note: '同比 may stand between 分别 and its verb',
    },
    {
      text: '孕产妇死亡率、婴儿死亡率分别由2015年的12.3/10万、4.1‰下降至2023年的6.2/10万、2.3‰。',
      expect: [
        { value: 12.3, metric: '孕产妇死亡率' },
        { value: 4.1, metric: '婴儿死亡率' },
        { value: 6.2, metric: '孕产妇死亡率' },
        { value: 2.3, metric: '婴儿死亡率' },
      ],
      note: 'the list a 分别由 list reaches (下降至…的) goes with the same things, in order',
    },
    {
      text: '全县新生儿死亡率、5岁以下儿童死亡率分别由2.1‰、3.4‰降至1.8‰、2.9‰,门诊、住院人次分别从12万、3万增为15万、4万。',
      expect: [
        // An age bound inside an indicator's name is a figure too, as 65岁以上老年人 is (open-findings).
        { text: '5岁以下', metric: '儿童' },
        { text: '2.1‰', metric: '新生儿死亡率' },
        { text: '3.4‰', metric: '5岁以下儿童死亡率' },
        { text: '1.8‰', metric: '新生儿死亡率' },
        { text: '2.9‰', metric: '5岁以下儿童死亡率' },
        { text: '12万', metric: '门诊人次' },
        { text: '3万', metric: '住院人次' },
        { text: '15万', metric: '门诊人次' },
        { text: '4万', metric: '住院人次' },
      ],
      note: '分别由 (or 从) right before the starting values, with no year of their own, and the list they reach after 降至 or 增为',
    },
    {
      text: '城区、乡镇的义诊任务分别由4家、6家医院承担,男、女患者分别为14人、9人,占比分别为61%、39%。',
      expect: [
        { text: '4家', metric: '义诊任务' },
        { text: '6家', metric: '医院' },
        { text: '14人', metric: '男' },
        { text: '9人', metric: '女患者' },
        { text: '61%', metric: '占比' },
        { text: '39%', metric: '占比' },
      ],
      note: 'with no list reached after it, 分别由 names who does a thing, not where a change starts; a list after 为 is reached only by a verb of change (降为), not by a clause with its own subject',
    },
    {
      text: '表彰会上为4名“控烟达人”和6户“无烟家庭”授牌,全院有12名“90后”青年护士。',
      expect: [
        { text: '4名', metric: '控烟达人' },
        { text: '6户', metric: '无烟家庭' },
        { text: '12名', metric: '90后青年护士' },
      ],
      note: 'a count before a quoted title that a verb or another title follows counts its holders, whatever words the tagger makes of it; nouns after the quotes are what is counted, the title saying which',
    },
    {
      text: '2025年4月12日讯 3月份全市居民消费价格指数比上月和上年同月均上涨0.4%。',
      expect: [{ text: '0.4%', metric: '居民消费价格指数', period: '3月份' }],
      note: 'two times compared with (比上月和上年同月) are no period, and 同月 is no part of a name (jieba glued 月均)',
    },
    {
      text: '全市城镇登记失业率为2.9%,快递业务量达到3.6亿件,研发经费投入强度达到2.4%,空气质量优良天数比例达到88.5%,全年手术台次2.1万台次。',
      expect: [
        { value: 2.9, metric: '城镇登记失业率' },
        { value: 360000000, metric: '快递业务量' },
        { value: 2.4, metric: '研发经费投入强度' },
        { value: 88.5, metric: '空气质量优良天数比例' },
        { value: 21000, unit: '台次', metric: '手术台次' },
      ],
      note: "names of bulletins' statistics the general dictionary cuts at a verb or a measure word are dictionary words",
    },
    // Open findings (docs/open-findings.md), written before their rules; those still open are todo.
    {
      text: '全县已建成急救站点12个。',
      expect: [{ value: 12, unit: '个', metric: '急救站点' }],
      note: 'a domain word in the user dictionary: jieba tagged 点 a measure word (急救站|点)',
    },
    {
      text: '每千人口执业医师数达到3.2人。',
      expect: [{ value: 3.2, kind: 'rate', metric: '每千人口执业医师数' }],
      note: 'jieba tags 口 a measure word (每千人|口): the base before the name is read back from the text',
    },
    {
      text: '重点人群签约覆盖率达到80%,全县签约服务覆盖率为45%,全市开放床位数达到3200张。',
      expect: [
        { value: 80, metric: '重点人群签约覆盖率' },
        { value: 45, metric: '签约服务覆盖率' },
        { value: 3200, unit: '张', metric: '开放床位数' },
      ],
      note: 'domain words in the user dictionary: 签约 and 开放 are verbs jieba cut the metric at',
    },
    {
      text: '当天最低气温零下5℃,最高气温12℃,冷库温度保持在零下18摄氏度。',
      expect: [
        { text: '零下5℃', value: -5, unit: '℃', metric: '最低气温' },
        { text: '12℃', value: 12, unit: '℃', metric: '最高气温' },
        { text: '零下18摄氏度', value: -18, unit: '℃' },
      ],
      note: 'below zero (零下) is a negative temperature, part of the figure as written',
    },
    {
      text: '三四级手术占比提升至58%。',
      expect: [{ value: 58, metric: '三四级手术占比' }],
      note: 'a grade of surgery (三四级手术) is a noun, not a number before one',
    },
    {
      text: '全县签约居民达到8.6万人。',
      expect: [{ value: 86000, unit: '人', metric: '签约居民' }],
      note: 'a domain word in the user dictionary: a verb before a noun of people ends a metric (救治患者3000人)',
    },
    {
      text: '全县共有医共体牵头医院3家。',
      expect: [{ value: 3, unit: '家', metric: '医共体牵头医院' }],
      note: 'a domain word in the user dictionary: a verb before a noun of bodies ends a metric (牵头|医院)',
    },
    {
      text: '全县10万人口中有护士260名。',
      expect: [{ value: 260, unit: '名', kind: 'rate', metric: '护士' }],
      todo: '10万人口中 is the base of a rate, not a count, and 中有 no part of the metric',
    },
    {
      text: '全县平均住院日缩短至7.8天。',
      expect: [{ value: 7.8, unit: '天', metric: '平均住院日' }],
      note: 'a domain word in the user dictionary: 平均 is kept out of metrics (平均降低200元) but belongs in 平均住院日',
    },
    {
      text: '全县孕产妇系统管理率达到92%,两成以上孕妇接受了产前筛查。',
      expect: [
        { value: 92, metric: '孕产妇系统管理率' },
        { value: 20, approx: 'more_than', metric: '孕妇' },
      ],
    },
  ],
  negative: [
    // A number inside a title's 《》 is part of its name.
    '组织职工学习《公民健康素养66条》和《健康中国行动(2019—2030年)》。',
    '患者的检查编号是100234,请凭号取报告。',
    // A web page's counters are no figures of its news.
    '来源:县卫生健康局 作者:柯敏 浏览:1468次 发布时间:2024年5月8日',
    '文章来源:二十一病区 点击数:2453 更新时间:2015-10-07',
    '提供托育服务、监督管理“五大功能”。',
    '一大批项目落地。',
    '十四五期间全市新建医院,十五五时期继续推进。',
    '2025年全市重点传染病防控工作会议。',
    '4月22日,在国家区域医疗中心。',
    '公示时间:2024年2月7日至2月13日。',
    '张祁帅,2002年9月出生。',
    '联系电话:15863571664',
    '电子邮箱:dcfq2024@lc.shandong.cn',
    '国家《“十四五”全民医疗保障规划》明确提出。',
    '2026年是“十五五”规划开局之年。',
    '聊城市聚焦“一老一小”和重点群体。',
    '将改革纳入“一把手”工程。',
    '推动托育项目建设高质量、一体化、全覆盖。',
    '刘毅始终坚守在卫生健康一线。',
    '手术的费用是一道难关。',
    '东阿县红十字会第一时间开展慰问活动。',
    '打造一站式服务平台。',
    '突出“三个加强”',
    '集托育服务、智慧平台“六位一体”的综合体。',
    '构建“1+N”服务体系。',
    '构建“8+10+10”工作体系。',
    '全市构建起“三位一体”老年健康服务网络。',
    '乡村医疗服务能力提质增效三年行动的收官之年。',
    '近五年承担国家级科研项目。',
    '每周五10:00:00-20:00:00',
    '上午9时,健步走活动正式开启。',
    '第一届第二期基层医疗卫生机构党支部书记培训班。',
    '北京积水潭医院获批第五批国家区域医疗中心建设项目。',
    '回望2025,聊城市交出答卷。',
    '配合赶来的110民警将该男子扭送至派出所。',
    '开创了乳腺癌个案管理从0到1的破冰之路。',
    '让农村群众享受到二级医院服务。',
    '构建“顶层设计-资金保障-人员激励”三级运作机制。',
    '曾经有一名患儿治疗鳃裂瘘。',
    '托起千万家庭稳稳的幸福。',
    '将优质资源送入千家万户。',
    '实施“兴聊号”百镇千村直通车项目。',
    '努力打通健康体检的“最后一公里”。',
    '全市城镇低保和农村适龄妇女“两癌”筛查。',
    '新增两证齐全医养结合机构。',
    '“三分治疗,七分护理”。',
    '构建“一支队伍、两个关口、四个到位”的专业化服务模式。',
    '现在刷个脸,几秒钟就完成结算。',
    // A slash before anything but a power of ten from 1,000 up is no per-population base: a month, a fraction.
    '2025/10开展专项行动。',
    '约3/4的患者。',
    '按1/100抽样复核。',
    // A pair written with a slash (a blood pressure) is no quantity of its own, with a unit or not.
    '测得血压165/100mmHg,心电图提示异常。',
    // The months a statistic covers, opening its clause, are its period (今年前10个月, 前8个月).
    '今年前10个月,全县门诊量稳步增长;前8个月,住院人次有所回落。',
    // A number of digits and the period before are no amounts.
    '多个行业呈两位数增长,本周就诊人数高于前一周,较上一年有所下降。',
    '会议于9:30开始,10:15结束。',
    // Fractions other than per 100, 1,000, 10,000 and 100,000 are no rates.
    '三分之一的患者得到救治。',
    '不到十分之一。',
    // Party congresses and plenums; 二次 before a word is "second"; 2024届 is a class of a year.
    '深入学习贯彻党的二十大精神。',
    '党的十八大以来,医改不断深化。',
    '学习十九届三中全会精神。',
    // The term of a body and a sitting of it: 届 and 次会议 number them, they count nothing.
    '十三届县人大四次会议审议通过了政府工作报告。',
    '区政协九届二次会议于上午开幕。',
    '县十七届人大常委会第十一次会议听取了专项报告。',
    '全国政协十四届常委会收到提案,十四届全国人大代表建议。',
    '参保患者可申请二次报销,避免二次手术。',
    '2024届毕业生走上岗位。',
    '他说只有坚持才能成功,部门之间加强协作。',
    '患者两头奔波。',
    '村医三头跑,患者一头雾水。',
    // A list of bare numbers shares no unit with a year or a multiplied amount after it.
    '编号1、2和3的床位已消毒。',
    '对比2023和2024年的数据。',
    // Letters that make a code or a name, not a unit.
    '建成5G基站,引进3D打印,检测HPV16,开通5GB流量,5g网络全覆盖。',
    '二期工程将于明年开工,三期项目正在规划。',
    // 半年 before a half-year's business (目标, 考核) is no span of time.
    '各单位超额完成半年目标,开展半年考核。',
    // 二期 is phase two, whatever follows.
    '新院区二期下月开诊,东院二期正在装修。',
    // Bare numbers after words that compare are no ratios.
    '该指标同比0.8,环比1.2,与上年相比1.1。',
    // Decades are no durations.
    '上世纪80年代,医院只有一栋楼;九十年代起逐步扩建。',
    // 分 as minutes of a time, or after a Chinese numeral, is no score.
    '上午8点30分开诊,9时15分结束,大家十分满意。',
    '打通服务群众最后一公里。',
    '医生三番五次上门,市面上的保健品五花八门。',
  ],
};

export default corpus;
