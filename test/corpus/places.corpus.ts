// Where figures are (src/extractors/places.ts): the `place` of figure records, from a place
// written in the sentence, else the article's own place (its dateline, the city it names most),
// else --city; 全市/全县/全区 are the article's own division or nothing. Never a built-in city.
import type { FigureCorpus } from './corpus.js';

const corpus: FigureCorpus = {
  type: 'figure',
  examples: [
    {
      text: '本报赤峰讯 全市共设苏木乡镇卫生院69所,其中中心卫生院25所。',
      expect: [
        { text: '69所', place: '内蒙古自治区赤峰市' },
        { text: '25所', place: '内蒙古自治区赤峰市' },
      ],
      note: '苏木乡镇 is sumu and townships, no town 苏木乡 (of Henan)',
    },
    {
      text: '本报潍坊讯 今年全市新建托育机构36家,潍坊市托育服务持续加强。潍坊考察团赴淄博学习,淄博市去年全市托育机构达到520家。日照市计划新增托位1500个,全市托育机构将达到300家。',
      expect: [
        { text: '36家', scope: '全市', place: '山东省潍坊市' },
        { text: '520家', scope: '全市', place: '山东省淄博市' },
        { text: '1500个', place: '山东省日照市' },
        { text: '300家', scope: '全市', place: '山东省日照市' },
      ],
      note: '全市 after a place the sentence names is that place’s, not the article’s',
    },
    {
      text: '乌蒙山深处的健康花\n\n8月30日,专家团走进昭通市镇雄县人民医院。短短两天,专家团共为134名患者提供诊疗。',
      expect: [
        { text: '两天', place: '云南省昭通市镇雄县' },
        { text: '134名', place: '云南省昭通市镇雄县' },
      ],
      note: 'a county a headline seems to name (乌蒙山: 蒙山县 of Guangxi) places no figure outside the article’s province',
    },
    {
      text: '近日,东莞市卫健委与广东康华医疗器械有限公司签订协议,双方将投入资金2000万元建设智慧医院。',
      expect: [{ place: '广东省东莞市' }],
      note: 'a place before a body and 与 opens no company’s name',
    },
    {
      text: '国家卫健委副主任于武汉主持召开座谈会,会议通报,当地新增床位500张。',
      expect: [{ place: '湖北省武汉市' }],
      note: 'a preposition that is a surname too (于) makes no given name of the place after it',
    },
    {
      text: '甘肃省首个儿童友好医院揭牌\n\n本报兰州讯 近日,全市首个儿童友好医院揭牌。目前全市已有儿科医生1200名。',
      expect: [{ scope: '全市', place: '甘肃省兰州市' }],
      note: 'a dateline’s city is the article’s when the article speaks of its city (全市), whatever its headline',
    },
    {
      text: '湖北晒出基层医疗卫生服务成绩单\n\n新华网武汉3月5日电 记者从湖北省卫生健康委获悉,湖北省基层医疗卫生机构达3.6万个。\n\n基层诊疗量占总诊疗量的58%。',
      expect: [
        { text: '3.6万个', place: '湖北省' },
        { text: '58%', scope: null, place: '湖北省' },
      ],
      note: 'a wire’s dateline (武汉3月5日电) counts as one: under a headline about its province, filed from the capital, the province’s news',
    },
    {
      text: '湖南通报一季度医疗服务情况\n\n华声在线长沙4月8日消息 湖南省三级医院门诊量增长6%。\n\n日均门诊量达到12万人次。',
      expect: [
        { text: '6%', place: '湖南省' },
        { text: '12万人次', place: '湖南省' },
      ],
      note: 'a wire’s date with 消息 makes a dateline as 电 does',
    },
    {
      text: '岳阳市屈原管理区与东莞市安胜企业管理有限公司签署协议,项目总投资10.6亿元。',
      expect: [{ scope: '岳阳市屈原管理区', place: '湖南省岳阳市屈原管理区' }],
      note: 'a place that opens a company’s registered name is where the company was registered, not where the news is',
    },
    {
      text: '黑龙江北大荒农业股份有限公司2011年实现营业收入133亿元。',
      expect: [{ place: '黑龙江省' }],
      note: 'a company’s own report, which names no other place, is about the company where it is registered',
    },
    {
      text: '省卫健委副主任高志丹介绍,托育机构已达980家。高志丹表示,陕西将继续推进普惠托育。',
      expect: [{ scope: null, place: '陕西省' }],
      note: 'a place in short form that is a titled person’s given name (副主任高志丹) names no county, there or later',
    },
    {
      text: '海珠区卫生健康局通报,海珠区今年新增家庭医生团队40个。广州市卫健委肯定了这一做法,健康广州建设稳步推进。目前全区共有医疗机构650间。',
      expect: [
        { scope: '海珠区', place: '广东省广州市海珠区' },
        { scope: '全区', place: '广东省广州市海珠区' },
      ],
      note: 'a district named as often as its city, in an article that speaks of 全区, is the article’s',
    },
    {
      text: '青海省基层卫生服务能力稳步提升\n\n本报西宁讯 记者从省卫生健康委获悉,乡镇卫生院已达407家。',
      expect: [{ scope: null, place: '青海省' }],
      note: "a provincial paper files its province's news from the capital: a dateline alone under a headline naming the province",
    },
    {
      text: '青海省基层卫生服务能力稳步提升\n\n本报西宁讯 西宁市新建社区卫生服务站12家。',
      expect: [{ place: '青海省西宁市' }],
      note: 'the capital named again in the text: its own news',
    },
    {
      text: '哈尔滨市医疗队抵达乌鲁木齐,新疆新增病例36例。',
      expect: [{ place: '新疆维吾尔自治区' }],
      note: 'no majority: a province named outright in the sentence is still the figure’s',
    },
    // A place written in the sentence is the figure's, wherever the article is from.
    { text: '济南市人均预期寿命达到81.5岁。', expect: [{ scope: '济南市', place: '山东省济南市' }] },
    {
      text: '济南市人均预期寿命达到81.5岁。',
      city: '聊城市',
      expect: [{ scope: '济南市', place: '山东省济南市' }],
    },
    { text: '任城区托育机构达到45家。', expect: [{ scope: '任城区', place: '山东省济宁市任城区' }] },
    { text: '去年,江苏省婴儿死亡率降至2.1‰。', expect: [{ scope: '江苏省', place: '江苏省' }] },
    // A name several divisions share is the one near the article's place.
    { text: '朝阳区新建托位1200个。', city: '长春市', expect: [{ place: '吉林省长春市朝阳区' }] },
    { text: '朝阳区新建托位1200个。', city: '北京市', expect: [{ place: '北京市朝阳区' }] },
    {
      text: '朝阳区新建托位1200个。',
      expect: [{ scope: '朝阳区', place: null }],
      note: 'four 朝阳区 and nothing to choose by',
    },
    // 全市 is the article's city: from its dateline, from the city it names, from --city.
    { text: '本报济宁讯 全市托育机构达到320家。', expect: [{ scope: '全市', place: '山东省济宁市' }] },
    {
      text: '柳州融媒讯 近日,全市新增普惠托位860个。',
      expect: [{ scope: '全市', place: '广西壮族自治区柳州市' }],
    },
    {
      text: '本网南京讯 苏州市卫生健康委日前通报,苏州市今年新建社区医院12家,全市累计达到86家。',
      expect: [{ place: '江苏省苏州市' }, { scope: '全市', place: '江苏省苏州市' }],
      note: 'a wire filed from the capital about a city it names more often',
    },
    {
      text: '近日,绵阳市卫生健康委召开会议。会上通报,全市家庭医生签约率达到68.5%。',
      expect: [{ scope: '全市', place: '四川省绵阳市' }],
      note: 'the city the article names',
    },
    {
      text: '目前,全市共有托育机构480家。',
      city: '聊城市',
      expect: [{ scope: '全市', place: '山东省聊城市' }],
    },
    {
      text: '目前,全市共有托育机构480家。',
      expect: [{ scope: '全市', place: null }],
      note: 'no city named: compared only within its document',
    },
    // An area word after a verb of ranking is where the rank is held, not the scope of what follows.
    {
      text: '力争服务能力进入全县同级医院前列,全年完成手术1.2万例。',
      expect: [{ scope: null }],
    },
    { text: '全县手术量位居全市前列,全县完成手术1.2万例。', expect: [{ scope: '全县' }] },
    // A heading that is a place alone is the scope of the lines under it, up to the next heading.
    {
      text: '十堰市今年秋季新增学位5200个。\n\n茅箭区\n\n新建小学新增学位2000个。\n\n张湾区\n\n新建学校新增学位3900个。\n\n下一步工作\n\n全年计划新增学位2万个。',
      expect: [
        { value: 5200, place: '湖北省十堰市' },
        { value: 2000, scope: '茅箭区', place: '湖北省十堰市茅箭区' },
        { value: 3900, scope: '张湾区', place: '湖北省十堰市张湾区' },
        { value: 20000, scope: null, place: '湖北省十堰市' },
      ],
    },
    // A heading that opens with its place before a colon heads a brief there: its 全市 is that city.
    {
      text: '本报绵阳讯 近日,全市新增社区卫生服务站6个。\n\n德阳:村医培训再添新招\n\n今年以来,全市培训村医300人次。\n\n全县完成手术1.2万例。',
      expect: [
        { value: 6, scope: '全市', place: '四川省绵阳市' },
        { value: 300, scope: '全市', place: '四川省德阳市' },
        { value: 12000, scope: '全县', place: null },
      ],
    },
    // A sentence that breaks its figure down by places carries its own scope to the next.
    {
      text: '全省新增确诊病例12例,济南报告5例,青岛报告7例。新增无症状感染者30例。',
      expect: [
        { value: 12, scope: '全省' },
        { value: 5, scope: '济南' },
        { value: 7, scope: '青岛' },
        { value: 30, scope: '全省' },
      ],
    },
    // 全镇 and 全乡 are a town's own area: the scope, never part of the metric.
    {
      text: '烟店镇召开会议。全镇家庭医生签约率达到75%,全乡新建村卫生室6个。',
      expect: [
        { scope: '全镇', metric: '家庭医生签约率' },
        { scope: '全乡', metric: '村卫生室' },
      ],
    },
    // National news on a page about a city: its figures are the country's.
    {
      text: '国家卫健委:孕产妇死亡率持续下降\n2024-03-18 09:30\n17日,国家卫健委通报,孕产妇死亡率降至15.1/10万,全国婴儿死亡率降至4.5‰。\n\n上海:户籍人口期望寿命再创新高\n2024-03-20健康新闻网\n上海市卫生健康委发布,上海户籍人口期望寿命达到84.1岁,上海居民健康素养水平达到40%。',
      expect: [
        { value: 15.1, scope: null, place: '中国' },
        { value: 4.5, scope: '全国', place: '中国' },
        { value: 84.1, place: '上海市' },
        { value: 40, place: '上海市' },
      ],
    },
    // A hospital's campus named after a district says where the campus is, not what the article is about.
    {
      text: '近日,合肥市卫生健康委通报,省立医院包河院区、市一院包河分院相继开诊,新增床位1200张。',
      expect: [{ scope: null, place: '安徽省合肥市' }],
    },
    {
      text: '包河区新建社区医院3家,包河区人民医院新增床位200张。',
      expect: [{ place: '安徽省合肥市包河区' }, { place: '安徽省合肥市包河区' }],
      note: 'a district named outright still places the article',
    },
    // A county-level 市 is its own 市; 全县 and 全区 need an article about a county or district.
    { text: '本报临清讯 全市建成托位2000个。', expect: [{ scope: '全市', place: '山东省聊城市临清市' }] },
    {
      text: '东阿县召开卫生健康工作会议。东阿县全县共有乡镇卫生院10家。',
      expect: [{ place: '山东省聊城市东阿县' }],
    },
    {
      text: '全县共有乡镇卫生院12家。',
      city: '济宁市',
      expect: [{ scope: '全县', place: null }],
      note: 'a city has no 县 of its own',
    },
    // A city written to qualify its own county (鄂尔多斯市伊金霍洛旗) names the county more than itself.
    {
      text: '鄂尔多斯市伊金霍洛旗卫健委召开会议。全旗新建嘎查卫生室12个。',
      expect: [{ scope: '全旗', place: '内蒙古自治区鄂尔多斯市伊金霍洛旗' }],
    },
    {
      text: '聊城市东阿县、聊城市莘县召开会议。全市新建托育机构12家。',
      expect: [{ scope: '全市', place: '山东省聊城市' }],
      note: 'two counties so qualified: a round-up of the city',
    },
    // A place written right after the place that heads its clause narrows it (北京市|朝阳区).
    {
      text: '北京市朝阳区今年新建社区卫生服务站12个。',
      expect: [{ scope: '朝阳区', place: '北京市朝阳区' }],
    },
    {
      text: '新疆和田地区墨玉县今年新建村卫生室30个。',
      expect: [{ scope: '墨玉县', place: '新疆维吾尔自治区和田地区墨玉县' }],
    },
    // A headline says what the article is about: it outweighs the city of its dateline.
    {
      text: '任城区卫健局召开义诊活动\n\n本报济宁讯 近日,全区开展义诊活动12场。',
      expect: [{ scope: '全区', place: '山东省济宁市任城区' }],
    },
    {
      text: '济宁推进健康城市建设\n\n本报讯 近日,全市开展义诊活动50场,任城区开展12场,兖州区开展9场。',
      expect: [
        { scope: '全市', place: '山东省济宁市' },
        { scope: '任城区', place: '山东省济宁市任城区' },
        { scope: '兖州区', place: '山东省济宁市兖州区' },
      ],
    },
    // A national body's news that names provinces only in passing is national news.
    {
      text: '国家医保局:新版目录新增药品88种\n\n记者从国家医保局获悉,新版目录新增药品88种。浙江省医保局表示,全省将于明年起执行。',
      expect: [
        { value: 88, place: '中国' },
        { value: 88, place: '中国' },
      ],
    },
    {
      text: '国家卫健委调研组到贵阳市调研\n\n近日,调研组走访基层医疗机构16家。',
      expect: [{ value: 16, place: '贵州省贵阳市' }],
      note: 'a national body at work in a city it names: the city',
    },
    // A place in an aside is the scope inside its brackets only.
    {
      text: '全市人均预期寿命达到79.8岁(全国平均为78.6岁),孕产妇死亡率为8.2/10万。',
      city: '柳州市',
      expect: [
        { value: 79.8, scope: '全市', place: '广西壮族自治区柳州市' },
        { value: 78.6, scope: '全国', place: '中国' },
        { value: 8.2, scope: '全市', place: '广西壮族自治区柳州市' },
      ],
    },
    // 和 before 县委 is a conjunction, not 和县 (马鞍山).
    {
      text: '市委书记和县委常委一起调研,全县新建托育机构12家。',
      expect: [{ scope: '全县', place: null }],
    },
    {
      text: '和县卫健委发布,全县新建托育机构12家。',
      expect: [{ scope: '全县', place: '安徽省马鞍山市和县' }],
    },
    // 全国 or 全省 right before a number is that number's scope, wherever it stands in the clause.
    {
      text: '市中心医院辐射范围扩展到全国26个省市,全市门诊量增长12%。',
      city: '聊城市',
      expect: [
        { value: 26, scope: '全国', place: '中国' },
        { value: 12, scope: '全市', place: '山东省聊城市' },
      ],
    },
    // A county's short form counts only inside a city or province the text names surely.
    { text: '聊城市东阿县召开会议。东阿新增托位300个。', expect: [{ place: '山东省聊城市东阿县' }] },
    // A development zone is its city's: 度假区 alone, or written whole.
    { text: '聊城江北水城旅游度假区建成托位500个。', expect: [{ place: '山东省聊城市旅游度假区' }] },
    {
      text: '聊城市召开会议。度假区建成托位500个。',
      expect: [{ scope: '度假区', place: '山东省聊城市旅游度假区' }],
    },
    // No figure without a place of its own takes a built-in city.
    { text: '托育机构达到477家。', expect: [{ scope: null, place: null }] },
    // The nation and the province are scopes of their own, not the article's city: a figure
    // for 全国 is China's wherever the wire was filed, and one sentence's scope does not carry
    // 全市 into a sentence about the nation.
    {
      text: '本报德州讯 全市共有托育机构260家。全国共有托育机构9万余家。',
      expect: [
        { scope: '全市', place: '山东省德州市' },
        { scope: '全国', place: '中国' },
      ],
    },
    {
      text: '新华社北京3月2日电 记者从国家卫生健康委获悉,我国现有二级以上公立医院1.2万家。',
      expect: [{ scope: '我国', place: '中国' }],
      note: 'a national wire filed from the capital is about the nation where it says so',
    },
    {
      // 中国 heading a clause is the nation, as 全国 is; after 比 it is a comparison's base, and
      // inside a body's name (中国医师协会, below) it is the body's.
      text: '本报潍坊讯 全市居民人均预期寿命达到81.2岁,比中国居民高2.2岁。中国居民人均预期寿命为79岁。',
      expect: [
        { scope: '全市', place: '山东省潍坊市' },
        { scope: '全市', place: '山东省潍坊市' },
        { scope: '中国', place: '中国' },
      ],
    },
    { text: '本报潍坊讯 中国医师协会2024年会员达28万人。', expect: [{ scope: null, place: '山东省潍坊市' }] },
    {
      text: '本报潍坊讯 “中国好医生”等30余位专家参加义诊。',
      expect: [{ scope: null, place: '山东省潍坊市' }],
      note: 'a quoted honour opening with 中国 names no scope',
    },
    {
      // Provinces whose short forms are words too (河南, 湖北): places where they stand alone.
      text: '全国100家进步最快的县级医院中,湖北有12家。',
      expect: [
        { scope: '全国', place: '中国' },
        { scope: '湖北', place: '湖北省' },
      ],
    },
    { text: '沿黄河南岸新建卫生院8家,江西路社区新增床位20张。', expect: [{ scope: null }, { scope: null }] },
    {
      text: '本报郑州讯 建设健康中原,全市新增床位3200张。',
      expect: [{ scope: '全市', place: '河南省郑州市' }],
      note: '中原 is the region (健康中原), not 中原区: only the full name places a figure there',
    },
    {
      text: '本报大连讯 全市新建社区医院12家,药店扩大连锁经营门店30家。',
      expect: [
        { scope: '全市', place: '辽宁省大连市' },
        { scope: '全市', place: '辽宁省大连市' },
      ],
    },
    {
      text: '中新社北京5月9日电 国家卫生健康委9日介绍,二级以上公立医院平均住院日缩短至8.1天。',
      expect: [{ scope: null, place: null }],
      note: 'a national wire says where it was filed, not what its figures are about',
    },
    {
      text: '新华社成都6月3日电 四川省卫生健康委3日通报,全省新建社区医院46家。',
      expect: [{ scope: '全省', place: '四川省' }],
    },
    {
      text: '遵义融媒讯 目前,全省建成县域医共体88个,全市建成14个。',
      expect: [
        { scope: '全省', place: '贵州省' },
        { scope: '全市', place: '贵州省遵义市' },
      ],
    },
    {
      text: '菏泽融媒讯 在全省率先建成儿童友好医院6家,数量全省第1。',
      expect: [
        { scope: '菏泽', place: '山东省菏泽市' },
        { scope: '菏泽', place: '山东省菏泽市' },
      ],
      note: "in the province (在全省) and its rank (全省第1) are domains: the figures are the city's",
    },
    {
      text: '近日,全省新增家庭医生团队1500个。',
      expect: [{ scope: '全省', place: null }],
      note: 'no province named: compared only within its document',
    },
    {
      text: '邯郸市人均预期寿命达到79.2岁,居全省第3位。',
      expect: [
        { scope: '邯郸市', place: '河北省邯郸市' },
        { scope: '邯郸市', place: '河北省邯郸市' },
      ],
      note: "a rank among the province is the subject's rank: 全省 after a verb names no scope",
    },
    {
      text: '恩施州卫生健康委通报,全州共有村卫生室2300个。',
      expect: [{ scope: '全州', place: '湖北省恩施土家族苗族自治州' }],
      note: 'an autonomous prefecture by its short form 恩施州',
    },
    {
      text: '本报昆明讯 今年前三季度,全市外贸进出口增长9.6%,增速高于全省2.3个百分点,出口额占全省31.4%;全省86家口岸企业参评。',
      expect: [
        { text: '9.6%', scope: '全市', place: '云南省昆明市' },
        { text: '2.3个百分点', scope: '全市', place: '云南省昆明市' },
        { text: '31.4%', scope: '全省', place: '云南省' },
        { text: '86家', scope: '全省', place: '云南省' },
      ],
      note: 'the province a figure is compared with (高于全省) is no scope: the figure is the subject’s (a share of it, 占全省, is the province’s, as the dev set’s annotators read 占全市)',
    },
    {
      text: '本报长沙讯 记者从省文旅厅获悉,“国庆”假期湖南累计接待游客3650万人次,长沙市接待游客580万人次。',
      expect: [
        { text: '3650万人次', scope: '湖南', place: '湖南省' },
        { text: '580万人次', scope: '长沙市', place: '湖南省长沙市' },
      ],
      note: 'a holiday in quotes before the place heads its clause as a date does, and a province’s short form after a time (假期湖南) stands alone: the province’s figure, not the dateline city’s',
    },
    {
      text: '甘肃省前三季度农产品出口较快增长\n本报兰州讯 前三季度,甘肃省农产品出口总值86.2亿元,同比增长12.4%。分市看,兰州、天水和酒泉出口分别为31.5亿元、12.8亿元和9.6亿元。甘肃省出口企业增至1350家,甘肃省外贸备案主体新增420家。\n此外,民营企业出口52.3亿元。',
      expect: [
        { text: '86.2亿元', place: '甘肃省' },
        { text: '12.4%', place: '甘肃省' },
        { text: '31.5亿元', place: '甘肃省兰州市' },
        { text: '12.8亿元', place: '甘肃省天水市' },
        { text: '9.6亿元', place: '甘肃省酒泉市' },
        { text: '1350家', place: '甘肃省' },
        { text: '420家', place: '甘肃省' },
        { text: '52.3亿元', place: '甘肃省' },
      ],
      note: 'filed from the capital under a headline about the province, which it names twice as much as the capital (named again in a list of cities): the province’s news',
    },
    {
      text: '甘肃省首家儿童友好医院落户兰州\n本报兰州讯 兰州市儿童医院近日挂牌,兰州市已建成儿童病区12个。\n此外,医院新增床位80张。',
      expect: [
        { text: '12个', place: '甘肃省兰州市' },
        { text: '80张', place: '甘肃省兰州市' },
      ],
      note: 'a capital named as much as the province of the headline: the city’s news',
    },
    {
      text: '海南省人民医院东院区启用\n本报海口讯 海南省人民医院东院区位于海口市美兰区,是海南省人民医院与海南省卫健委共建项目,规划床位1200张。',
      expect: [{ text: '1200张', place: '海南省海口市' }],
      note: 'a province in the headline that opens a body’s name (海南省人民医院) is no subject: the capital’s news',
    },
    {
      text: '聊城市托育服务再上新台阶\n本报聊城讯 全市新增托育机构120家,其中东昌府区、临清市分别新增35家和28家;德州、滨州的托育机构分别达到430家和380家。',
      expect: [
        { text: '120家', scope: '全市', place: '山东省聊城市' },
        { text: '35家', scope: '东昌府区', place: '山东省聊城市东昌府区' },
        { text: '28家', scope: '临清市', place: '山东省聊城市临清市' },
        { text: '430家', scope: '德州', place: '山东省德州市' },
        { text: '380家', scope: '滨州', place: '山东省滨州市' },
      ],
      note: 'places listed before 分别 (and what they have) go one each with the numbers after it (not the figure before: 全市), each list of a sentence on its own',
    },
    {
      text: '聊城市托育服务提质扩容\n本报聊城讯 临清市新建托育园9所,提供托位540个。',
      expect: [
        { text: '9所', scope: '临清市', place: '山东省聊城市临清市' },
        { text: '540个', scope: '临清市', place: '山东省聊城市临清市' },
      ],
      note: 'a dateline before the lead’s first clause is no word of it: the county opening the clause is the scope',
    },
    {
      text: '江西假日旅游市场火热\n中新网南昌10月8日电 (记者 林小雨)江西累计接待游客4120万人次。',
      expect: [{ text: '4120万人次', scope: '江西', place: '江西省' }],
      note: 'nor is a reporter’s credit in brackets after the dateline',
    },
    {
      text: '聊城市托育服务提质扩容\n本报聊城讯 在临清,新建托育园8所;而在冠县,新建托育园3所。',
      expect: [
        { text: '8所', scope: '临清', place: '山东省聊城市临清市' },
        { text: '3所', scope: '冠县', place: '山东省聊城市冠县' },
      ],
      note: '而 (but, whereas) before 在 and a place opens its clause as 在 does',
    },
    {
      text: '多地法院集中宣判电诈案件\n2023年,绵阳、南充、宜宾、泸州4市的15个基层法院共审结案件86件,判处被告人312名。',
      expect: [
        { text: '15个', scope: null, place: '四川省' },
        { text: '86件', scope: null, place: '四川省' },
        { text: '312名', scope: null, place: '四川省' },
      ],
      note: 'places listed and counted as a group (…泸州4市) are no scope of what follows; three cities of a province named equally, and no county, make a round-up of the province',
    },
    {
      text: '金乡县经济运行稳中有进\n本报讯 上半年,全县地区生产总值41.2亿元,同比增长7.6%,增速高于全市平均水平0.8个百分点,全市排名第三。固定资产投资同比增长9.1%。',
      expect: [
        { text: '41.2亿元', scope: '全县', place: '山东省济宁市金乡县' },
        { text: '7.6%', scope: '全县', place: '山东省济宁市金乡县' },
        { text: '0.8个百分点', scope: '全县', place: '山东省济宁市金乡县' },
        { text: '第三', scope: '全县', place: '山东省济宁市金乡县' },
        { text: '9.1%', scope: '全县', place: '山东省济宁市金乡县' },
      ],
      note: 'the city a county’s figure is compared with (高于全市平均水平) or ranked in (全市排名第三) is no scope: the figures stay the county’s',
    },
    {
      text: '聊城市托育服务提质扩容\n本报聊城讯 据省卫健委介绍,山东省千人口托位数达到4.6个,济南、青岛分别达到5.3个和5.8个。',
      expect: [
        { text: '4.6个', kind: 'rate', metric: '千人口托位数', place: '山东省' },
        { text: '5.3个', kind: 'rate', metric: '千人口托位数', place: '山东省济南市' },
        { text: '5.8个', kind: 'rate', metric: '千人口托位数', place: '山东省青岛市' },
      ],
      note: 'places listed after a rate, one to a number, have the rate (its name and kind)',
    },
  ],
  negative: [],
};

export default corpus;
