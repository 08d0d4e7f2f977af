// Date examples (Duckling style): each text must give exactly these date records, in order.
// Decisions documented here (and in src/extractors/dates.ts):
// - value is ISO 8601 as far as the text states it; a year-less month-day is --MM-DD, a bare month --MM;
//   relative expressions (今年, 去年11月, 目前, 近五年) have value null, relative true.
// - resolved: the same as value when the value is complete; otherwise the date inferred from the
//   page (the issue date it prints at its top, else its year and latest date) or from --ref-date;
//   never from the clock.
// - 年底/年末 keep the stated year as value (2026年底前 -> 2026) and resolve to its December; 年初 to January.
// - 即日起至2025年11月30日 has an unknown (relative) start: value ../2025-11-30 (ISO 8601-2), relative true.
import type { DateCorpus } from './corpus.js';

const corpus: DateCorpus = {
  type: 'date',
  examples: [
    {
      text: '2023年全县门诊量比上一年增长8%。',
      expect: [
        { text: '2023年', resolved: '2023' },
        { text: '上一年', value: null, resolved: '2022' },
      ],
      note: '上一年 and 前一年 look back from the year stated, as 上年 does',
    },
    {
      text: '9月12—13日,专家在县医院坐诊;2025年10月8至10日举办培训;3月5-6日召开会议。',
      expect: [
        { text: '9月12—13日', value: '--09-12/--09-13', rule: 'date.range' },
        { text: '2025年10月8至10日', value: '2025-10-08/2025-10-10' },
        { text: '3月5-6日', value: '--03-05/--03-06' },
      ],
      note: 'days of one month, the first without its 日',
    },
    {
      text: '2011年公司营业收入比上年增长44.25%,利润总额比上年增长26.63%,次年再增长10%。',
      expect: [
        { text: '2011年', resolved: '2011' },
        { text: '上年', value: null, resolved: '2010' },
        { text: '上年', value: null, resolved: '2010' },
        { text: '次年', value: null, resolved: '2012' },
      ],
      note: 'each 上年 looks back from the year reported, not from the 上年 before it',
    },
    {
      text: '2025年9月12日、19日和26日上午,专家在县医院坐诊。',
      expect: [
        { text: '2025年9月12日', value: '2025-09-12' },
        { text: '19日', value: '2025-09-19', rule: 'date.listed-day' },
        { text: '26日', value: '2025-09-26' },
      ],
      note: 'bare days listed after a day are days of its month, later each',
    },
    {
      text: '2025年6月14、15日,专家在县医院坐诊;7月2和3日再来。',
      expect: [
        { text: '2025年6月14', value: '2025-06-14' },
        { text: '15日', value: '2025-06-15', rule: 'date.listed-day' },
        { text: '7月2', value: '--07-02' },
        { text: '3日', value: '--07-03', rule: 'date.listed-day' },
      ],
      note: 'the first day of a list may go without 日: the list’s last one writes it',
    },
    {
      text: '2024年9月1日讯 十月八至十日开展培训,九月二十八至三十日休息。',
      expect: [
        { text: '2024年9月1日', value: '2024-09-01' },
        { text: '十月八至十日', value: '--10-08/--10-10', rule: 'date.range' },
        { text: '九月二十八至三十日', value: '--09-28/--09-30' },
      ],
      note: 'a range of days in Chinese numerals, the first without its 日',
    },
    {
      text: '患者于3月5日及10日内两次就诊。',
      expect: [{ text: '3月5日', value: '--03-05' }],
      note: 'a span of days (10日内) after 及 is no day of the list',
    },
    {
      text: '10月8日、3个社区和2个村参加了义诊。',
      expect: [{ text: '10月8日', value: '--10-08' }],
      note: 'a count after the list mark is no day',
    },
    // Full and partial dates.
    {
      text: '公示时间:2024年2月7日。',
      expect: [{ text: '2024年2月7日', value: '2024-02-07', resolved: '2024-02-07', relative: false }],
    },
    {
      text: '张祁帅,男,2002年9月出生。',
      expect: [{ text: '2002年9月', value: '2002-09', resolved: '2002-09', relative: false }],
    },
    {
      text: '自2025年8月起,全市首批5家三级医院已按新标准运行。',
      expect: [{ text: '2025年8月', value: '2025-08' }],
    },
    {
      text: '2026年,全市计划建设25个社区托育驿站。',
      expect: [{ text: '2026年', value: '2026', resolved: '2026' }],
    },
    { text: '2024 年度全市投入资金50余万元。', expect: [{ text: '2024 年度', value: '2024' }] },
    {
      text: '三是强化资金保障。2024 年度假区着眼全局,投入资金50余万元。',
      expect: [{ text: '2024 年', value: '2024' }],
    },
    { text: '2024 年累计管理目标人群 1112 对。', expect: [{ text: '2024 年', value: '2024' }] },
    {
      text: '从2018年实施这3项医疗救助基金以来,共有156名患儿受助。',
      expect: [{ text: '2018年', value: '2018' }],
    },
    { text: '二〇二四年三月十一日,会议召开。', expect: [{ value: '2024-03-11', relative: false }] },
    { text: '两千零四年八月十五', expect: [{ value: '2004-08-15' }] },
    { text: '会议定于2024年3月5号召开。', expect: [{ text: '2024年3月5号', value: '2024-03-05' }] },
    { text: '数据截至2010-01-29。', expect: [{ text: '2010-01-29', value: '2010-01-29' }] },
    { text: '2018年十二月的统计', expect: [{ value: '2018-12' }] },
    // Month-day dates take their year from the page.
    {
      text: '2026年全市首例\n\n本报讯(贾子国)3月9日,志愿者完成捐献。',
      expect: [
        { text: '2026年', value: '2026' },
        { text: '3月9日', value: '--03-09', resolved: '2026-03-09', relative: false },
      ],
    },
    {
      text: '4 月 21 日,聊城市人民医院专家在会诊。2025年全市工作会议上,东阿县作了发言。',
      expect: [
        { text: '4 月 21 日', value: '--04-21', resolved: '2025-04-21' },
        { text: '2025年', value: '2025' },
      ],
    },
    { text: '3月11日,笔者走进托育综合服务中心。', expect: [{ value: '--03-11', resolved: null }] },
    { text: '1月18日下午,一名男青年在商场抢走手机。', expect: [{ text: '1月18日', value: '--01-18' }] },
    { text: '我会在九月八号到', expect: [{ text: '九月八号', value: '--09-08' }] },
    // Ranges are one record.
    {
      text: '公示时间:2024年2月7日至2月13日。',
      expect: [
        { text: '2024年2月7日至2月13日', value: '2024-02-07/2024-02-13', resolved: '2024-02-07/2024-02-13' },
      ],
    },
    { text: '2020年至2025年,全市新增托位4628个。', expect: [{ text: '2020年至2025年', value: '2020/2025' }] },
    {
      text: '统计时段为2024年3月1日零时至3月31日24时,全省共报告法定传染病1.2万例。',
      expect: [{ text: '2024年3月1日零时至3月31日', value: '2024-03-01/2024-03-31' }],
      note: 'a statistics period stated to the hour: the hours are no part of the days',
    },
    {
      text: '本报讯 目前,全市托育机构达501家,今年以来新增40家。\n本报讯 4月22日,2025年全市卫生健康工作会议召开。目前,各项工作进展顺利。',
      expect: [
        { text: '目前', resolved: null },
        { text: '今年以来', resolved: '2025' },
        { text: '4月22日', resolved: '2025-04-22' },
        { text: '2025年' },
        { text: '目前', resolved: '2025-04-22' },
      ],
      note: '"now" is the article’s own day: the other article’s dateline does not date it; the page’s year does',
    },
    {
      text: '2025年4月23日 星期三\n\n本报讯 目前,全市托育机构达477家。义诊活动持续到4月30日。',
      expect: [
        { text: '2025年4月23日', value: '2025-04-23' },
        { text: '目前', resolved: '2025-04-23' },
        { text: '4月30日', resolved: '2025-04-30' },
      ],
      note: 'the issue date a page prints at its top is the page’s date, not the latest date it states',
    },
    {
      text: '从2025年10月1日起至2026年3月31日开展专项行动。',
      expect: [{ text: '2025年10月1日起至2026年3月31日', value: '2025-10-01/2026-03-31' }],
    },
    {
      text: '2025年12月28日,会议指出,1月至11月全市累计接种56万剂次。12月28日至1月3日开展义诊。',
      expect: [
        { value: '2025-12-28' },
        { text: '1月至11月', value: '--01/--11', resolved: '2025-01/2025-11' },
        { text: '12月28日至1月3日', resolved: '2025-12-28/2026-01-03' },
      ],
      note: 'a range with no year is placed by its end: the months reported in December are this year’s',
    },
    {
      text: '“十四五”时期即2021—2025年,全市建成医共体。',
      expect: [
        { text: '“十四五”时期', value: '2021/2025' },
        { text: '2021—2025年', value: '2021/2025' },
      ],
    },
    { text: '计费周期 2019年6月1日-6月30日', expect: [{ value: '2019-06-01/2019-06-30' }] },
    { text: '时间从2016年一月十日到十二日', expect: [{ value: '2016-01-10/2016-01-12' }] },
    { text: '2025年1-3月,门诊量增长。', expect: [{ text: '2025年1-3月', value: '2025-01/2025-03' }] },
    { text: '我是7月4日到7月6日去北京', expect: [{ value: '--07-04/--07-06', relative: false }] },
    {
      text: '活动时间:即日起至2025年11月30日每周五10:00:00-20:00:00',
      expect: [{ text: '即日起至2025年11月30日', value: '../2025-11-30', relative: true }],
    },
    // Periods used as dates.
    {
      text: '2026年底前新增5家医疗机构、新增床位145张。',
      expect: [{ text: '2026年底前', value: '2026', resolved: '2026-12', relative: false }],
    },
    {
      text: '2024年底,全区育龄人群生育政策知晓率达 91.2%。',
      expect: [{ text: '2024年底', value: '2024', resolved: '2024-12' }],
    },
    { text: '我2017年上半年都不在北京', expect: [{ text: '2017年上半年', value: '2017-01/2017-06' }] },
    {
      text: '2026年,全市将完善服务体系。上半年完成驿站建设,年底前全部投用。',
      expect: [
        { value: '2026' },
        { text: '上半年', value: null, relative: true, resolved: '2026-01/2026-06' },
        { text: '年底前', value: null, relative: true, resolved: '2026-12' },
      ],
    },
    // Relative dates resolve against the article's date.
    {
      text: '3月10日,笔者获悉,全市对2026年重点工作进行了部署。今年是开局之年,去年新增托位4628个。',
      expect: [
        { value: '--03-10', resolved: '2026-03-10' },
        { value: '2026' },
        { text: '今年', value: null, relative: true, resolved: '2026' },
        { text: '去年', value: null, relative: true, resolved: '2025' },
      ],
    },
    {
      text: '4月22日,笔者从东昌府区妇幼保健院了解到,今年以来该院有13位患儿享受补助。2025年全市会议在此召开。',
      expect: [
        { value: '--04-22', resolved: '2025-04-22' },
        { text: '今年以来', value: null, relative: true, resolved: '2025-01-01/2025-04-22' },
        { value: '2025' },
      ],
    },
    {
      text: '2024年累计上报早孕信息803例,较上年提升8.36%。',
      expect: [{ value: '2024' }, { text: '上年', value: null, relative: true, resolved: '2023' }],
    },
    {
      text: '2025年,普惠托育收费价格在上年基础上平均降低 200 元/人/月。',
      expect: [{ value: '2025' }, { text: '上年', relative: true, resolved: '2024' }],
    },
    {
      text: '在去年11月省计生协会拨付专项资金后,度假区按 1:1 的比例增配。2025年工作开局。',
      expect: [{ text: '去年11月', value: null, relative: true, resolved: '2024-11' }, { value: '2025' }],
    },
    {
      text: '近日,北京积水潭医院聊城医院成功上线“医保刷脸支付”功能。4月22日,患者体验了刷脸支付。2025年,全市推广。',
      expect: [
        { text: '近日', value: null, relative: true, resolved: '2025-04-22' },
        { value: '--04-22', resolved: '2025-04-22' },
        { value: '2025' },
      ],
    },
    {
      text: '目前,全市托育服务机构发展到 501 家。',
      expect: [{ text: '目前', value: null, relative: true, resolved: null }],
    },
    {
      text: '去年全县签约率达到58.6%,较2023年提高3.2个百分点。今年5月,再次开展随访。',
      expect: [
        { text: '去年', relative: true, resolved: null },
        { text: '2023年', value: '2023' },
        { text: '今年5月', relative: true, resolved: null },
      ],
      note: 'a year after 较/比 is a comparison base, in the past: it does not make the page 2023, and nothing else dates the page',
    },
    {
      text: '项目于2024年10月开工,计划2026年6月竣工投用。医院去年门急诊量达126.5万人次。',
      expect: [
        { value: '2024-10' },
        { value: '2026-06' },
        { text: '去年', relative: true, resolved: '2023' },
      ],
      note: '计划2026年 is a plan: the page is of 2024',
    },
    {
      text: '2025年3月,启动宣传。今年以来,累计接种2万剂次。5月8日至12日将对全县儿童开展查漏补种。',
      expect: [
        { value: '2025-03' },
        { text: '今年以来', resolved: '2025' },
        { value: '--05-08/--05-12', resolved: '2025-05-08/2025-05-12' },
      ],
      note: 'a date a plan follows (…将对…) is not the latest day the page has seen: 今年以来 does not run to it',
    },
    {
      text: '2024年,全县签约率比2022年提高5个百分点,去年新增签约1.2万人。',
      expect: [
        { value: '2024' },
        { text: '2022年', value: '2022' },
        { text: '去年', relative: true, resolved: '2023' },
      ],
    },
    {
      text: '“以前看病特别麻烦。现在刷个脸就完成结算。”2026年3月1日,患者说。',
      expect: [{ text: '现在', relative: true, resolved: '2026-03-01' }, { value: '2026-03-01' }],
    },
    {
      text: '“一人住院,全家受累”,是当前许多家庭面临的现实难题。',
      expect: [{ text: '当前', relative: true }],
    },
    {
      text: '3月10日,笔者从市卫生健康委获悉,近期,全市完成总结评估。2026年工作开好头。',
      expect: [
        { value: '--03-10' },
        { text: '近期', relative: true, resolved: '2026-03-10' },
        { value: '2026' },
      ],
    },
    {
      text: '2025年11月30日,近五年承担国家级科研项目413项。',
      expect: [
        { value: '2025-11-30' },
        { text: '近五年', value: null, relative: true, resolved: '2020-11-30/2025-11-30' },
      ],
    },
    // Holidays by name (date.holiday), resolved in the article's year or the year written: fixed
    // ones by their statutory days, lunar ones by ICU's Chinese calendar (春节: 除夕 to 初六).
    {
      text: '2024年10月15日,国庆假期全市接诊急诊患者5600人次;五一小长假,医院接诊3000人次;2023年春节期间,发热门诊接诊1.2万人次;元旦当天,新生儿出生86人。五一路社区卫生服务站开诊,国庆70周年。',
      expect: [
        { value: '2024-10-15' },
        { text: '国庆假期', value: null, relative: true, resolved: '2024-10-01/2024-10-07' },
        { text: '五一小长假', relative: true, resolved: '2024-05-01/2024-05-05' },
        { text: '2023年春节期间', value: '2023-01-21/2023-01-27', resolved: '2023-01-21/2023-01-27' },
        { text: '元旦当天', resolved: '2024-01-01/2024-01-01' },
      ],
    },
    {
      text: '2025年10月9日讯 中秋节当天,全市120急救中心出车300余次;端午假期,医院接诊2100人次;春节前后,献血人数下降;清明节期间,医院开展义诊。',
      expect: [
        { value: '2025-10-09' },
        { text: '中秋节当天', value: null, relative: true, resolved: '2025-10-06/2025-10-06' },
        { text: '端午假期', resolved: '2025-05-31/2025-05-31' },
        { text: '春节前后', resolved: '2025-01-28/2025-02-03' },
        { text: '清明节期间', resolved: null },
      ],
    },
    {
      text: '2025年12月29日讯 春节期间,全市各医院预计接诊急诊患者2万人次;元旦当天,医院开设便民门诊。',
      expect: [
        { value: '2025-12-29' },
        { text: '春节期间', resolved: '2026-02-16/2026-02-22' },
        { text: '元旦当天', resolved: '2026-01-01/2026-01-01' },
      ],
      note: 'a year-less holiday is the occurrence nearest the article, as a year-less date is: the coming one within two months',
    },
    {
      text: '2025年10月12日讯 “十一”黄金周,全市医院接诊急诊患者8600人次;“五一”假期,发热门诊接诊900人次。全市药店共分十一档管理,十一假期市民出游增多。',
      expect: [
        { value: '2025-10-12' },
        { text: '“十一”黄金周', resolved: '2025-10-01/2025-10-07' },
        { text: '“五一”假期', resolved: '2025-05-01/2025-05-05' },
      ],
      note: 'a holiday’s name in quotes is one; 十一 is read only in quotes (十一档 is a number, and so may 十一假期 be)',
    },
    // The last days, weeks or months before what was done in them (date.recent-span).
    {
      text: '2025年3月10日,近两周本市门诊流感样病例上升,我市近7天报告病例120例,该院近3个月完成手术800台,近半年新增床位50张。',
      expect: [
        { value: '2025-03-10' },
        { text: '近两周', value: null, relative: true, resolved: '2025-02-25/2025-03-10' },
        { text: '近7天', relative: true, resolved: '2025-03-04/2025-03-10' },
        { text: '近3个月', relative: true, resolved: '2024-12-10/2025-03-10' },
        { text: '近半年', relative: true, resolved: '2024-09-10/2025-03-10' },
      ],
    },
    {
      text: '近年来,聊城市坚持夯基础、建体系。',
      expect: [{ text: '近年来', value: null, relative: true, resolved: null }],
    },
    {
      text: '不久前获评优秀单位。',
      expect: [{ text: '不久前', value: null, relative: true, resolved: null }],
    },
    {
      text: '回望2025,聊城市交出了一份答卷。这一年,最亮的底色来自基层。',
      expect: [{ value: '2025' }, { text: '这一年', value: null, relative: true, resolved: '2025' }],
    },
    {
      text: '医养结合机构从2020年的21家增至目前的43家。',
      expect: [
        { value: '2020', resolved: '2020' },
        { text: '目前', resolved: null },
      ],
      note: 'a year after 从 starts a span: it is not the page year that 目前 resolves to',
    },
    {
      text: '3月9日,患者在聊城市人民医院就诊。当日,康复门诊揭牌成立。2026年全市首例。',
      expect: [
        { value: '--03-09', resolved: '2026-03-09' },
        { text: '当日', relative: true, resolved: '2026-03-09' },
        { value: '2026' },
      ],
    },
    {
      text: '2月6日,聊城市人民政府新闻办召开发布会。今年,市政府工作报告关于2023年卫生健康工作指出成绩,为2024年划出重点。',
      expect: [
        { value: '--02-06', resolved: '2024-02-06' },
        { text: '今年', resolved: '2024' },
        { value: '2023' },
        { value: '2024' },
      ],
    },
    { text: '回望2025,聊城市交出了一份健康答卷。', expect: [{ text: '2025', value: '2025' }] },
    { text: '明年四月开工', expect: [{ text: '明年四月', value: null, relative: true, resolved: null }] },
    { text: '2024年第一季度,门诊量增长。', expect: [{ text: '2024年第一季度', value: '2024-01/2024-03' }] },
    {
      text: '2024年11月20日讯 今年前三季度,全县完成签约18.6万人;2023年前10个月,门诊量增长。活动持续到明年3月底。',
      expect: [
        { value: '2024-11-20' },
        { text: '今年前三季度', value: null, relative: true, resolved: '2024-01/2024-09' },
        { text: '2023年前10个月', value: '2023-01/2023-10' },
        { text: '明年3月底', value: null, relative: true, resolved: '2025-03' },
      ],
      note: 'the first quarters or months of a year (前三季度, 前10个月), and the end of a relative month',
    },
    {
      text: '2024年11月30日,专家组抵达。次日,义诊开始;翌日上午,专家返程。',
      expect: [
        { value: '2024-11-30' },
        { text: '次日', value: null, relative: true, resolved: '2024-12-01' },
        { text: '翌日', value: null, relative: true, resolved: '2024-12-02' },
      ],
      note: 'the day after the date just mentioned, across a month',
    },
    {
      text: '2024年11月20日讯 本月初,全市启动爱国卫生运动;上月底,疫苗已到货。',
      expect: [
        { value: '2024-11-20' },
        { text: '本月初', value: null, relative: true, resolved: '2024-11' },
        { text: '上月底', value: null, relative: true, resolved: '2024-10' },
      ],
      note: 'a relative month keeps its part (初, 底, 中旬)',
    },
    {
      text: '2024年11月20日讯 上周五,市卫健委召开会议;本周三起门诊延长服务时间,下个星期一开始夜诊。',
      expect: [
        { value: '2024-11-20' },
        { text: '上周五', value: null, relative: true, resolved: '2024-11-15' },
        { text: '本周三', value: null, relative: true, resolved: '2024-11-20' },
        { text: '下个星期一', value: null, relative: true, resolved: '2024-11-25' },
      ],
      note: "a weekday of the article's week, the one before or the one after (2024-11-20 was a Wednesday)",
    },
    {
      text: '2024年11月20日讯 上周,县医院接诊流感患者300余人次;本周末,专家将下乡义诊。',
      expect: [
        { value: '2024-11-20' },
        { text: '上周', value: null, relative: true, resolved: '2024-11-11/2024-11-17' },
        { text: '本周末', value: null, relative: true, resolved: '2024-11-23/2024-11-24' },
      ],
      note: "the article's week, the week before or after, or its weekend",
    },
    { text: '门诊时间为周一至周五,每周三下午有专家坐诊。', expect: [] },
    { text: '建院七十周年之际,本周期内完成评审,上周边地区也受益。', expect: [] },
    { text: '孕前3个月开始补充叶酸,术前两个月戒烟。', expect: [] },
    {
      text: '2024年11月20日讯 活动持续至12月中旬。2025—2027年,计划投资10亿元。',
      expect: [
        { value: '2024-11-20' },
        { text: '12月中旬', value: '--12', resolved: '2024-12' },
        { text: '2025—2027年', value: '2025/2027' },
      ],
      note: 'a span of whole years (2025—2027年) is a period, not the page year',
    },
    {
      text: '2026年3月20日,记者获悉:昨日全市召开会议。',
      expect: [{ value: '2026-03-20' }, { text: '昨日', resolved: '2026-03-19' }],
    },
    // Lexicon coverage: relative years, months, days; anchored years; page-year rules.
    {
      text: '2025年3月2日,记者获悉此事。前年起步,次年扩面,本年收官。',
      expect: [
        { value: '2025-03-02' },
        { text: '前年', resolved: '2023' },
        { text: '次年', resolved: null, relative: true },
        { text: '本年', resolved: '2025' },
      ],
    },
    {
      text: '2019年试点启动,次年推广,同年建成示范点。',
      expect: [{ value: '2019' }, { text: '次年', resolved: '2020' }, { text: '同年', resolved: '2020' }],
    },
    { text: '2018年翌年', expect: [{ value: '2018' }, { text: '翌年', resolved: '2019' }] },
    {
      text: '2026年3月20日,本月完成评估,上个月完成调研,下个月启动验收。',
      expect: [
        { value: '2026-03-20' },
        { text: '本月', value: null, resolved: '2026-03' },
        { text: '上个月', resolved: '2026-02' },
        { text: '下个月', resolved: '2026-04' },
      ],
    },
    {
      text: '2026年1月5日,上月新增床位,下月投用。',
      expect: [
        { value: '2026-01-05' },
        { text: '上月', resolved: '2025-12' },
        { text: '下月', resolved: '2026-02' },
      ],
    },
    {
      text: '2026年3月1日,今天开诊,明天义诊,前天揭牌,大前天验收,明日培训,昨天调研。',
      expect: [
        { value: '2026-03-01' },
        { text: '今天', resolved: '2026-03-01' },
        { text: '明天', resolved: '2026-03-02' },
        { text: '前天', resolved: '2026-02-27' },
        { text: '大前天', resolved: '2026-02-26' },
        { text: '明日', resolved: '2026-03-02' },
        { text: '昨天', resolved: '2026-02-28' },
      ],
    },
    {
      text: '眼下正值流感高发期,当下要做好防护。日前,市疾控中心发布提示。',
      expect: [
        { text: '眼下', relative: true },
        { text: '当下', relative: true },
        { text: '日前', relative: true },
      ],
    },
    {
      text: '近几年、近些年,全市托位持续增长;过去十年,近3年来,近 三 年数据见下。',
      expect: [
        { text: '近几年', resolved: null },
        { text: '近些年', resolved: null },
        { text: '过去十年', value: null, relative: true },
        { text: '近3年来', relative: true },
        { text: '近 三 年', relative: true },
      ],
    },
    {
      text: '2025年,全市将加快建设。下半年完成验收,年初已启动,年末前全部投用,四季度开展评估。',
      expect: [
        { value: '2025' },
        { text: '下半年', resolved: '2025-07/2025-12' },
        { text: '年初', resolved: '2025-01' },
        { text: '年末前', resolved: '2025-12' },
        { text: '四季度', resolved: '2025-10/2025-12' },
      ],
    },
    {
      text: '3月1日,医院召开会议。当天,专家义诊。2026年工作全面启动。',
      expect: [{ value: '--03-01' }, { text: '当天', resolved: '2026-03-01' }, { value: '2026' }],
    },
    {
      text: '今年,全市新建驿站25个,到2030年,实现全覆盖。2025年,托位达2.9万个。',
      expect: [{ text: '今年', resolved: '2025' }, { value: '2030' }, { value: '2025' }],
      note: 'a target year (到2030年) is not the page year',
    },
    {
      text: '截至2025年底,全市托位达2.9万个,今年再建25个驿站。',
      expect: [
        { text: '2025年底', value: '2025', resolved: '2025-12' },
        { text: '今年', resolved: '2025' },
      ],
      note: '截至 is "as of", not a target',
    },
    {
      text: '迈入2026,展望2027,回顾2025,全市卫健事业稳步发展。',
      expect: [{ value: '2026' }, { value: '2027' }, { value: '2025' }],
    },
    {
      text: '2026年1月5日,记者获悉:12月28日,全市召开总结会。',
      expect: [{ value: '2026-01-05' }, { value: '--12-28', resolved: '2025-12-28' }],
      note: 'a month-day takes the year of its occurrence nearest the page date',
    },
    { text: '2024年9月份', expect: [{ text: '2024年9月份', value: '2024-09' }] },
    {
      text: '12月底前完成',
      expect: [{ text: '12月底前', value: '--12' }],
      note: 'part of a month stays in the text; the value is the month',
    },
    { text: '截至4月底,全市累计接种1.5万人次。', expect: [{ text: '4月底', value: '--04' }] },
    { text: '2025年6月上旬启动。', expect: [{ text: '2025年6月上旬', value: '2025-06' }] },
    {
      text: '距离“十四五”期末的目标尚有差距,十五五时期末再评估。',
      expect: [
        { text: '“十四五”期末', value: '2025', rule: 'date.plan-period' },
        { text: '十五五时期末', value: '2030', rule: 'date.plan-period' },
      ],
    },
    {
      text: '“十四五”期间新建医院3家,十三五时期建成2家;「十四五」末床位达到5000张,十五五初再扩建。十五个项目已完成。',
      expect: [
        { text: '“十四五”期间', value: '2021/2025', rule: 'date.plan-period' },
        { text: '十三五时期', value: '2016/2020' },
        { text: '「十四五」末', value: '2025' },
        { text: '十五五初', value: '2026' },
      ],
      note: 'a five-year plan (十X五) with what of it: its years, its last or its first; 十五个 is a number',
    },
    {
      text: '“十三五”以来,全县累计建成村卫生室86个。',
      expect: [{ text: '“十三五”', value: '2016/2020', rule: 'date.plan-period' }],
      note: 'a plan alone before 以来: its years, which the figures read as since its start',
    },
    {
      text: '我市“十四五”初步建成覆盖城乡的服务网络。',
      expect: [],
      note: '初步 is no 初 of the plan',
    },
    {
      text: '2023年工作要点发布:「十四五」末床位达到5000张,6月1日起施行。',
      expect: [
        { text: '2023年', value: '2023' },
        { text: '「十四五」末', value: '2025' },
        { text: '6月1日', resolved: '2023-06-01' },
      ],
      note: "a plan's last year is not the page's year",
    },
    {
      text: '2025年12月中下旬迎来高峰,到3月上中旬回落。',
      expect: [
        { text: '2025年12月中下旬', value: '2025-12' },
        { text: '3月上中旬', value: '--03' },
      ],
      note: 'two parts of a month together (中下旬, 上中旬)',
    },
    // A bulletin or annual report on a year is published when that year is over.
    {
      text: '市卫健委发布2024年度卫生健康统计公报,去年全市出生人口继续下降。',
      expect: [
        { text: '2024年度', value: '2024' },
        { text: '去年', resolved: '2024' },
      ],
      note: 'a completed statistics year is not the year the page was written in',
    },
    {
      text: '《2022年全区医疗服务统计公报》显示,去年全区门诊量回升。',
      expect: [
        { text: '2022年', value: '2022' },
        { text: '去年', resolved: '2022' },
      ],
    },
    {
      text: '2026年政府工作报告提出,去年全县新建卫生室15个。',
      expect: [
        { text: '2026年', value: '2026' },
        { text: '去年', resolved: '2025' },
      ],
      note: "a government's work report is named by the year it is delivered in",
    },
    {
      text: '2025年3月2日,县统计局发布2024年统计公报,去年全县人口稳定。',
      expect: [
        { text: '2025年3月2日', value: '2025-03-02' },
        { text: '2024年', value: '2024' },
        { text: '去年', resolved: '2024' },
      ],
      note: "a full date before the bulletin is the page's own time",
    },
  ],
  negative: [
    '当前位置:首页 > 新闻中心 > 卫生动态',
    '当前报纸名称:聊城日报',
    '减免各项税费1700多万元。',
    '乳儿班不高于2100元/人/月,托小班不高于1700元/人/月。',
    '度假区按 1:1 的比例增配专项资金。',
    '市二院开设门诊,24小时提供伤口处置、疫苗接种服务。',
    '东阿县红十字会第一时间开展慰问活动。',
    '全市建成首例无偿捐献登记点。',
    '扎根临床二十载,二十年来团队始终如一。',
    '联系电话:15863571664',
    '请检查:192.168.255.255。',
    '我的电话号码是888-000-9999。',
    '2600余人参加培训,累计招生2026人。',
    '“十四五”全民医疗保障规划,“十五五”规划开局。',
    '这体现了东阿县对传染病防控的重视,也体现在服务细节上。',
    '6月龄婴儿应及时添加辅食,3月大的宝宝每天睡眠较长。',
    '每年完成相关手术近百例,每季度开展培训,每周五抽奖。',
    '聊城市初步形成服务体系,以前年度结余资金结转使用。',
    '今日头条报道了医院的新技术。',
    '家庭健康指导员队伍,上午9时健步走活动开启。',
    '临近期末,学生复习。',
    '今年龄段人群',
    '遗传与后天因素共同作用,先天性心脏病患儿得到救助。',
    '上了年纪的老人,同年龄段儿童,上年纪的人。',
  ],
};

export default corpus;
