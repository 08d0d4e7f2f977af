import type { InstitutionCorpus } from './corpus.js';

const corpus: InstitutionCorpus = {
  type: 'institution',
  examples: [
    {
      text: '县商务和投资促进局、县卫生健康和体育局、县农业农村和水利局、县文广旅局、县教科局和县政务服务中心参加,市卫健委和体育局联合发文。',
      expect: [
        { name: '县商务和投资促进局', category: 'government' },
        { name: '县卫生健康和体育局' },
        { name: '县农业农村和水利局' },
        { name: '县文广旅局' },
        { name: '县教科局' },
        { name: '县政务服务中心' },
        { name: '市卫健委' },
      ],
      note: 'bureaus of merged fields, the second field a bureau of its own (商务和|投资促进局), and in short; a body and a bare bureau are two (市卫健委和体育局 names one)',
    },
    {
      text: '市直机关工委和中央和国家机关工委组织活动,市委巡察办参加,机关工委要加强指导。',
      expect: [
        { name: '市直机关工委', category: 'government' },
        { name: '中央和国家机关工委' },
        { name: '市委巡察办' },
      ],
      note: "party offices: a level's working committee for its organs and a committee's inspection office; the bare 机关工委 names none",
    },
    {
      text: '记者从遵义公安红花岗分局获悉,兰州市公安局城关分局、七里河公安分局也参与。',
      expect: [{ name: '遵义公安红花岗分局' }, { name: '兰州市公安局城关分局' }, { name: '七里河公安分局' }],
      note: "a city's police named before its district's branch (遵义|公安|红花岗|分局)",
    },
    {
      text: '市纠风办、上海市合作交流办和哈尔滨市驻沪办参加,文件要求撤销驻京办。',
      expect: [
        { name: '市纠风办', category: 'government' },
        { name: '上海市合作交流办' },
        { name: '哈尔滨市驻沪办' },
      ],
      note: 'offices in short that end in 办; the bare 驻京办 names none',
    },
    {
      text: '阿里巴巴控股集团、中外合资企业上海大众汽车有限公司、温州市自来水公司和国网临沂供电公司参加,该诈骗集团被摧毁。',
      expect: [
        { name: '阿里巴巴控股集团' },
        { name: '上海大众汽车有限公司' },
        { name: '温州市自来水公司' },
        { name: '国网临沂供电公司' },
      ],
      note: 'firms named by a brand or a place keep kinds of firm in their names (控股集团, 自来水公司); a criminal group is none',
    },
    {
      text: '中国女排战胜韩国队,中国乒协和中国泳协、中国田协表态,国际乒联、世界泳联和亚奥理事会发来贺信,杭州亚组委发布消息。韩国队员说,会议安排协调工作。',
      expect: [
        { name: '中国女排' },
        { name: '韩国队', category: 'other' },
        { name: '中国乒协', canonical: '中国乒乓球协会' },
        { name: '中国泳协', canonical: '中国游泳协会' },
        { name: '中国田协', canonical: '中国田径协会' },
        { name: '国际乒联', canonical: '国际乒乓球联合会' },
        { name: '世界泳联' },
        { name: '亚奥理事会', canonical: '亚洲奥林匹克理事会' },
        { name: '杭州亚组委' },
      ],
      note: 'national teams abroad, sports associations in short (each a word of its own: 安排|协调 holds no 排协), federations abroad by short name; 韩国队员 are players',
    },
    {
      text: '最高人民法院第一巡回法庭审理此案。',
      expect: [{ name: '最高人民法院第一巡回法庭', category: 'government' }],
      note: "a supreme court's circuit court is part of it",
    },
    {
      text: '第五师医院与第八师石河子市人民医院、九师额敏医院和十四师昆玉医院联合义诊。',
      expect: [
        { name: '第五师医院', category: 'hospital' },
        { name: '第八师石河子市人民医院' },
        { name: '九师额敏医院' },
        { name: '十四师昆玉医院' },
      ],
      note: 'a division of the Bingtuan names its hospitals, before or after the place they stand in (九师|额敏医院 is no 额敏县 hospital)',
    },
    {
      text: '阿克苏地区卫生健康委员会组织地区疾控中心、地区妇幼保健院开展培训,偏远地区卫生院、少数民族地区医院和贫困地区疾控中心的人员参加。',
      expect: [
        { name: '阿克苏地区卫生健康委员会' },
        { name: '地区疾控中心', canonical: '阿克苏地区疾病预防控制中心' },
        { name: '地区妇幼保健院', canonical: '阿克苏地区妇幼保健院' },
      ],
      note: 'a prefecture named 地区 in short (地区疾控中心); regions of a kind (偏远地区, 少数民族|地区) name no body',
    },
    {
      text: '锡林郭勒盟卫生健康委员会组织盟人民医院、盟疾控中心专家义诊,民盟盟员参加。',
      expect: [
        { name: '锡林郭勒盟卫生健康委员会' },
        { name: '盟人民医院', canonical: '锡林郭勒盟人民医院' },
        { name: '盟疾控中心', canonical: '锡林郭勒盟疾病预防控制中心' },
      ],
      note: 'an Inner Mongolian league in short (盟人民医院); 民盟 members are no body',
    },
    {
      text: '中信证券、华泰证券和国泰君安证券发布研报,中国人保、中国石油发布公告,经济观察报和21世纪经济报道关注此事。',
      expect: [
        { name: '中信证券', category: 'company' },
        { name: '华泰证券' },
        { name: '国泰君安证券' },
        { name: '中国人保' },
        { name: '中国石油' },
        { name: '经济观察报', category: 'media' },
        { name: '21世纪经济报道', category: 'media' },
      ],
      note: 'brokers, insurers, an oil firm and financial papers economy news names alone',
    },
    {
      text: '青海省紧急医疗救援中心的120调度指挥中心启用,市120指挥调度中心接到电话,县应急指挥调度中心值班。',
      expect: [
        { name: '青海省紧急医疗救援中心', category: 'public_health' },
        { name: '市120指挥调度中心', category: 'public_health' },
      ],
      note: "a province's emergency centre and a city's 120 dispatch centre; a centre's own dispatch room and an emergency-management command centre are not health bodies",
    },
    {
      text: '本报讯 石城县人民医院医共体总院组织专家义诊,县社保中心参与。医共体总院要加强管理,社保中心窗口办理业务。',
      expect: [
        { name: '石城县人民医院医共体总院', category: 'hospital' },
        { name: '县社保中心', canonical: '石城县社保中心', category: 'government' },
      ],
      note: "a county health community's head hospital is named after its hospital; the bare 医共体总院 and 社保中心 name none",
    },
    {
      text: '学院下设药学院、文化传媒与法律学院、食品与生物工程学院,学生、家长与教育学院老师交流。',
      expect: [{ name: '药学院' }, { name: '文化传媒与法律学院' }, { name: '食品与生物工程学院' }],
      note: 'a college in a list of bodies is named by two fields joined by 与; in a list of people (家长与…) 与 joins two parties',
    },
    {
      text: '双方签订《南昌大学江西师范大学合作框架协议》,并签署共建附属中学协议。宁都县委县政府坚决贯彻省委决策部署。',
      expect: [
        { name: '南昌大学' },
        { name: '江西师范大学' },
        { name: '宁都县委' },
        { name: '县政府' },
        { name: '省委', canonical: '江西省委' },
      ],
      note: 'a university after a university is one of its own; an attached school with no one named before it (附属中学) is none; 坚决贯彻/l is no part of a name',
    },
    {
      text: '旅台湖北同乡总会副会长、中国和平统一促进会澳门总会会长和丽水同乡会会长参加,江西赣州商会派员。生活总会好起来,公司总会计师到场。',
      expect: [
        { name: '湖北同乡总会', category: 'association' },
        { name: '中国和平统一促进会澳门总会' },
        { name: '丽水同乡会' },
        { name: '江西赣州商会' },
      ],
      note: "societies of people from one place, a society's branch named by its place (…促进会|澳门总会); a province's short name the gazetteer leaves out (湖北, 江西) starts a name; 总会 after no place is an adverb, 总会计师 a post",
    },
    {
      text: '东风五社区卫生服务中心和建华二社区卫生服务站、红旗一社区居委会参加。全市五社区卫生服务中心达标,新建三社区居委会。',
      expect: [
        { name: '东风五社区卫生服务中心', category: 'primary_care' },
        { name: '建华二社区卫生服务站', category: 'primary_care' },
        { name: '红旗一社区居委会' },
      ],
      note: "a community numbered after its area's name (东风|五|社区); a numeral after 全市 or a verb counts, no name",
    },
    {
      text: '全球知名企业德国汉高化工股份公司全资子公司苏州汉高粘合剂有限公司参加,该子公司表示。中国驻法国大使馆发表声明。',
      expect: [
        { name: '德国汉高化工股份公司', category: 'company' },
        { name: '苏州汉高粘合剂有限公司', category: 'company' },
        { name: '中国驻法国大使馆' },
      ],
      note: 'a country starts a name abroad as a place does at home (企业|德国…); a subsidiary (全资子公司, 子公司) is a relation between two firms, no name',
    },
    {
      text: '漳州市召开会议。会上,市城管行政执法局、市国动办汇报工作。省政府安委会部署检查,市安委办主任介绍情况,各单位认真贯彻落实市委市政府决策部署,安委会成员单位参加。',
      expect: [
        { name: '市城管行政执法局', canonical: '漳州市城管行政执法局' },
        { name: '市国动办', canonical: '漳州市国防动员办公室' },
        { name: '省政府安委会', canonical: '福建省人民政府安全生产委员会' },
        { name: '市安委办', canonical: '漳州市安全生产委员会办公室' },
        { name: '市委', canonical: '漳州市委' },
        { name: '市政府', canonical: '漳州市人民政府' },
      ],
      note: 'work-safety committees and their offices, civil defence and city management in short; an idiom of carrying out (贯彻落实/l) is no part of a name; the bare 安委会 names none',
    },
    {
      text: '来源:宁远县融媒体中心\n县人民医院、县中医院参加义诊。',
      expect: [
        { name: '宁远县融媒体中心', category: 'media' },
        { name: '县人民医院', canonical: '宁远县人民医院' },
        { name: '县中医院', canonical: '宁远县中医医院' },
      ],
      note: "a level's short form (县) starts a body's name, never a part of the body right before it (a source line joined to the next)",
    },
    {
      text: '旌德县妇计中心供稿。铜山县妇幼保健所所长和沛县妇幼保健站站长参加,要做好妇计中心建设。',
      expect: [
        { name: '旌德县妇计中心', canonical: '旌德县妇幼保健计划生育服务中心', category: 'public_health' },
        { name: '铜山县妇幼保健所', category: 'public_health' },
        { name: '沛县妇幼保健站', category: 'public_health' },
      ],
      note: 'a maternal and child health centre in short (妇计中心) and under the older names counties kept; the bare kind names none',
    },
    {
      text: '五角大楼和海湾合作委员会回应,海合会秘书长、法国国民议会、俄罗斯国家杜马表态。美国联邦储备委员会加息,世界粮食计划署和联合国难民署发出呼吁。',
      expect: [
        { name: '五角大楼' },
        { name: '海湾合作委员会', canonical: '海湾阿拉伯国家合作委员会' },
        { name: '海合会', canonical: '海湾阿拉伯国家合作委员会' },
        { name: '法国国民议会', category: 'government' },
        { name: '俄罗斯国家杜马', category: 'government' },
        { name: '美国联邦储备委员会', canonical: '美国联邦储备系统' },
        { name: '世界粮食计划署' },
        { name: '联合国难民署', canonical: '联合国难民事务高级专员公署' },
      ],
      note: 'bodies abroad and international bodies foreign news names by name',
    },
    {
      text: '在西城区展览路社区卫生服务中心接种大厅,人民路小学和大学路派出所旁的同济大学、师范学院街道都有。',
      expect: [{ name: '西城区展览路社区卫生服务中心', category: 'primary_care' }, { name: '同济大学' }],
      note: "a community health centre is named by its road; a school's head before 路, 街 names a road (大学路, 学院街道), and a school after a road is an address's (人民路|小学)",
    },
    {
      text: '新加坡政府和美国政府回应,香港特区政府发言人表示,沙坪镇政府与江州市政府、县政府联合发文。',
      expect: [
        { name: '新加坡政府', canonical: '新加坡政府' },
        { name: '美国政府', canonical: '美国政府' },
        { name: '香港特区政府', canonical: '香港特区政府' },
        { name: '沙坪镇政府', canonical: '沙坪镇人民政府' },
        { name: '江州市政府', canonical: '江州市人民政府' },
        { name: '县政府', canonical: '县政府' },
      ],
      note: "政府 is a people's government (人民政府) only right after a place of China or a level, not after a country or a name",
    },
    {
      text: '拟推荐先进集体:会昌县文武坝小学赣州市第三中学安远县妇幼保健院,北京积水潭医院聊城医院。',
      expect: [
        { name: '会昌县文武坝小学' },
        { name: '赣州市第三中学' },
        { name: '安远县妇幼保健院' },
        { name: '北京积水潭医院聊城医院' },
      ],
      note: 'a list one body a line, its lines joined: a school or health body named by its own division (…市, …县) starts the next; a branch named without its level stays one body',
    },
    {
      text: '中共中央国务院印发意见,教育部财政部联合发文,中共中央组织部人力资源社会保障部部署招聘,国务院办公厅转发。',
      expect: [
        { name: '中共中央' },
        { name: '国务院' },
        { name: '教育部' },
        { name: '财政部' },
        { name: '中共中央组织部' },
        { name: '人力资源社会保障部' },
        { name: '国务院办公厅' },
      ],
      note: "a national body that needs no name (国务院, 财政部) is one of its own right after another body; an office (办公厅) is its body's",
    },
    {
      text: '依照《中华人民共和国公司法》第十条,原贵阳制药厂和桂林钢铁(集团)公司在贵阳市工商行政管理局办理登记,该公司法定代表人到场。',
      expect: [
        { name: '贵阳制药厂', category: 'company' },
        { name: '桂林钢铁(集团)公司', category: 'company' },
        { name: '贵阳市工商行政管理局', category: 'government' },
      ],
      note: 'a factory named by its place, a group in brackets before 公司, the former name of a market regulator; a law (公司法) is no body',
    },
    {
      text: '获奖教师来自信丰县大塘埠镇初级中学、瑞金市壬田初级中学和石城县高级中学,团中央学校部和全国学联联合发文。',
      expect: [
        { name: '信丰县大塘埠镇初级中学', category: 'school' },
        { name: '瑞金市壬田初级中学' },
        { name: '石城县高级中学' },
        { name: '团中央', canonical: '共青团中央' },
        { name: '全国学联', canonical: '中华全国学生联合会' },
      ],
      note: "middle schools named by their stage (初级中学/l is one word); a body's 学校部 is its department, no school",
    },
    {
      text: '记者获悉,苏州金地精密电子有限公司与无锡天地之间贸易有限公司签约。',
      expect: [{ name: '苏州金地精密电子有限公司' }, { name: '无锡天地之间贸易有限公司' }],
      note: 'a particle inside a registered brand (金|地/uv) is read over back to its place',
    },
    {
      text: '上诉人湛江市南岭贸易总公司(下称贸易公司)不服一审判决,贸易公司称,县检察院距离海关不远。',
      expect: [
        { name: '湛江市南岭贸易总公司' },
        { name: '贸易公司', canonical: '湛江市南岭贸易总公司' },
        { name: '贸易公司', canonical: '湛江市南岭贸易总公司' },
        { name: '县检察院' },
      ],
      note: 'the cue of a given short name (下称) and a distance (距离) are no part of the name after them',
    },
    {
      text: '浙江省卫生健康监督所会同温州市卫生计生综合监督所开展检查,县卫生健康综合行政执法总队和市卫生计生监督局派员参加。',
      expect: [
        { name: '浙江省卫生健康监督所', category: 'public_health' },
        { name: '温州市卫生计生综合监督所', category: 'public_health' },
        { name: '县卫生健康综合行政执法总队', category: 'government' },
        { name: '市卫生计生监督局', canonical: '温州市卫生计生监督局', category: 'government' },
      ],
      note: 'health supervision under the names provinces and cities give it: 监督所, 执法总队, 监督局',
    },
    {
      text: '省卫生健康委员会监督所、区卫生健康综合监督中心和市卫生健康委执法监察局联合督导,四川省卫生和计划生育监督执法总队派员。',
      expect: [
        { name: '省卫生健康委员会监督所', canonical: '四川省卫生健康委员会监督所' },
        { name: '区卫生健康综合监督中心', category: 'public_health' },
        { name: '市卫生健康委执法监察局', category: 'government' },
        { name: '四川省卫生和计划生育监督执法总队', category: 'government' },
      ],
      note: "a commission's supervision institute is one body with it (…委员会|监督所, …委|执法监察局)",
    },
    {
      text: '新华通讯社派记者采访,该通讯社称。',
      expect: [{ name: '新华通讯社', category: 'media' }],
      note: 'a news agency by its head 通讯社; 该通讯社 names none',
    },
    {
      text: '北京市第二中级人民法院审理了此案,县一中的学生旁听。',
      expect: [{ name: '北京市第二中级人民法院' }, { name: '县一中' }],
      note: 'the 二中 of 第二中级人民法院 is no middle school',
    },
    {
      text: '县发展改革局、省爱卫会和市爱国卫生运动委员会派员参加。',
      expect: [{ name: '县发展改革局' }, { name: '省爱卫会' }, { name: '市爱国卫生运动委员会' }],
      note: 'a bureau of development and reform in full, and the patriotic health campaign committee',
    },
    {
      text: '市人民医院、两家民营医院和市中医院参加义诊。',
      expect: [{ name: '市人民医院' }, { name: '市中医院' }],
      note: 'an item of a list that counts bodies (两家民营医院) names none',
    },
    {
      text: '市长杨洪涛会见齐鲁医院院长陈玉国一行,副市长接见山东省立医院专家。',
      expect: [{ name: '齐鲁医院', canonical: '山东大学齐鲁医院' }, { name: '山东省立医院' }],
      note: 'a verb of receiving (会见, which the tagger calls a noun; 接见) ends a left edge',
    },
    {
      text: '本报芜湖讯 市120急救指挥中心和县120急救中心联合开展演练,芜湖市卫生健康委组织。',
      expect: [
        { name: '市120急救指挥中心', canonical: '芜湖市120急救指挥中心' },
        { name: '县120急救中心', canonical: '县120急救中心' },
        { name: '芜湖市卫生健康委', canonical: '芜湖市卫生健康委员会' },
      ],
      note: '和 after the name of a body is a conjunction, not the county 和县',
    },
    {
      text: '中国人民解放军联勤保障部队第九〇一医院派出医疗队,与解放军第960医院、县三医院的医生一起义诊。',
      expect: [
        { name: '中国人民解放军联勤保障部队第九〇一医院' },
        { name: '解放军第960医院' },
        { name: '县三医院' },
      ],
      note: 'a body numbered with 〇 or digits, with the army units before it; 一医院 after 〇 is the end of a longer number',
    },
    {
      text: '为积极响应市委市政府号召,县卫健局组织医生下乡义诊。',
      expect: [{ name: '市委' }, { name: '市政府' }, { name: '县卫健局' }],
      note: 'a verb phrase opened by an adverb of manner (积极响应/n) is no part of a name',
    },
    {
      text: '在石桥镇党委政府的支持下,县委政府高度重视,县人民政府发布通知。',
      expect: [{ name: '县委' }, { name: '县人民政府' }],
      note: 'a party committee and the government (党委政府, 县委政府) are two bodies; the bare 政府 names none',
    },
    {
      text: '该股归属于上市公司股东的净利润增长,多家上市公司发布年报,北大荒农业股份有限公司位列其中。义诊加深了兄弟医院之间的沟通。',
      expect: [{ name: '北大荒农业股份有限公司', category: 'company' }],
      note: 'a listed company (上市公司) and fellow hospitals (兄弟医院) are any; a verb and its preposition (归属于/l) end a name',
    },
    {
      text: '福建代表团在天津赛场表现出色,福建泳军、福建田径队发挥稳定。省体育局局长陈明远表示,将总结经验。',
      expect: [{ name: '省体育局', canonical: '福建省体育局' }],
      note: "a province named twice as much as the one city named (the games' host city) is the article's",
    },
    {
      text: '石嘴山市委书记韩立波及自治区政协领导一行视察医院。',
      expect: [{ name: '石嘴山市委' }, { name: '自治区政协', canonical: '宁夏回族自治区政协' }],
      note: "自治区 alone names the region: only the region's own name may stand before it (韩立|波及 is a person and a verb)",
    },
    {
      text: '自治区第三人民医院在吴忠已有院区的基础上扩建病房楼。',
      expect: [{ name: '自治区第三人民医院', canonical: '宁夏回族自治区第三人民医院' }],
      note: 'a campus head after a clause (在吴忠已有) joins no body before it: only a short misread gap is crossed',
    },
    {
      text: '银川市卫生健康委组织专家赴宁南医院坐诊,宁南医院院长马立新表示欢迎。',
      expect: [
        { name: '银川市卫生健康委' },
        { name: '宁南医院', canonical: '宁南医院' },
        { name: '宁南医院', canonical: '宁南医院' },
      ],
      note: "a county's short form is expanded only in the article's province (宁南 here is southern Ningxia, not Sichuan's 宁南县)",
    },
    {
      text: '来自柳林社区、县疾控中心的专家到场咨询。',
      expect: [{ name: '县疾控中心', category: 'public_health' }],
      note: 'a word that ends like a level (社区) before 、 makes no list of levels (市、县…)',
    },
    {
      text: '聊城高新技术产业开发区卫生健康管理服务中心主任柯海峰参加活动,县卫生健康服务中心派员出席。',
      expect: [
        { name: '聊城高新技术产业开发区卫生健康管理服务中心', category: 'government' },
        { name: '县卫生健康服务中心', category: 'government' },
      ],
      note: "a zone's or county's health office under its service name",
    },
    {
      text: '柳州市工人医院、人民医院、柳铁中心医院参加评审。依托县人民医院、乡镇卫生院、村卫生室三级网络。',
      expect: [
        { name: '柳州市工人医院', canonical: '柳州市工人医院' },
        { name: '人民医院', canonical: '柳州市人民医院', category: 'hospital' },
        { name: '柳铁中心医院' },
        { name: '县人民医院' },
      ],
      note: 'a bare head a place has one of, listed after a body named by its place, is of that place; kinds a place has many of are none',
    },
    {
      text: '东阿县卫健局召开会议。县人民医院、中医院、妇幼保健院组成专家组,市人民医院、社区卫生服务中心等医疗机构参加。',
      expect: [
        { name: '东阿县卫健局' },
        { name: '县人民医院', canonical: '东阿县人民医院' },
        { name: '中医院', canonical: '东阿县中医医院' },
        { name: '妇幼保健院', canonical: '东阿县妇幼保健院', category: 'public_health' },
        { name: '市人民医院', canonical: '聊城市人民医院' },
      ],
    },
    {
      text: '汉中市医学会腔镜外科专业委员会主办,各专业委员会参加。',
      expect: [{ name: '汉中市医学会腔镜外科专业委员会', category: 'association' }],
      note: "a society's specialty committee is part of it; every committee (各) is none",
    },
    {
      text: '湖北财政与发展研究中心发布报告,云南茶叶与咖啡协会成立。',
      expect: [
        { name: '湖北财政与发展研究中心', category: 'other' },
        { name: '云南茶叶与咖啡协会', category: 'association' },
      ],
      note: 'two fields joined by 与 after a place jieba tags ns, whatever the gazetteer says of it',
    },
    {
      text: '东部战区组织演习,火箭军某旅参加。',
      expect: [
        { name: '东部战区', category: 'government' },
        { name: '火箭军', category: 'government' },
      ],
      note: "the army's theatre commands and services named alone",
    },
    {
      text: '全县上下坚决落实县委县政府决策部署。',
      expect: [{ name: '县委' }, { name: '县政府' }],
      note: 'a government body named by its short form after another is a body of its own',
    },
    {
      text: '中共中央政治局召开会议,中共中央政治局委员王某出席。',
      expect: [
        { name: '中共中央政治局', category: 'government' },
        { name: '中共中央', category: 'government' },
      ],
      note: "the Politburo is one body with its party's centre; 政治局委员 is a post",
    },
    {
      text: 'TCL科技集团股份有限公司和ASML公司签约,OPPO广东移动通信有限公司也参加。',
      expect: [
        { name: 'TCL科技集团股份有限公司', category: 'company' },
        { name: 'ASML公司', category: 'company' },
        { name: 'OPPO广东移动通信有限公司', category: 'company' },
      ],
      note: 'a Latin brand right before a firm (a jieba block of its own) names it',
    },
    {
      text: '和平村村委会组织村民参加义诊。',
      expect: [{ name: '和平村村委会', category: 'government' }],
      note: 'a name that begins with 和 at the start of a clause joins nothing: 和平村, not 平村',
    },
    {
      text: '幸福社区居委会开展活动,光明社区居民委员会也参加了。',
      expect: [
        { name: '幸福社区居委会', category: 'government' },
        { name: '光明社区居民委员会', category: 'government' },
      ],
      note: "a community's name jieba calls an adjective (幸福/a) names its residents' committee",
    },
    {
      text: '上海交大、浙工大和华东理工的团队联合攻关,第二军医大专家参与。',
      expect: [
        { name: '上海交大', canonical: '上海交通大学', category: 'school' },
        { name: '浙工大', canonical: '浙江工业大学', category: 'school' },
        { name: '华东理工', canonical: '华东理工大学', category: 'school' },
        { name: '第二军医大', canonical: '第二军医大学', category: 'school' },
      ],
      note: 'universities by the short names news uses',
    },
    {
      text: '东阿县人民法院刘集人民法庭调解纠纷,浙江省监狱管理局派员参加。',
      expect: [
        { name: '东阿县人民法院刘集人民法庭', category: 'government' },
        { name: '浙江省监狱管理局', category: 'government' },
      ],
      note: "a court's town tribunal joins its court; a province's prison administration is no 监狱",
    },
    {
      text: '中国篮协和中国奥委会表态,全运会组委会宣布赛程,深圳边检站发出提醒,中国商飞交付客机。',
      expect: [
        { name: '中国篮协', canonical: '中国篮球协会', category: 'association' },
        { name: '中国奥委会', canonical: '中国奥林匹克委员会', category: 'other' },
        { name: '全运会组委会', category: 'other' },
        { name: '深圳边检站', canonical: '深圳出入境边防检查站', category: 'government' },
        { name: '中国商飞', category: 'company' },
      ],
      note: 'sports bodies, an organising committee named by its games, a border checkpoint in short',
    },
    {
      text: '大桥由中铁十八局承建,中建三局和中铁二十局也参加了施工。',
      expect: [
        { name: '中铁十八局', category: 'company' },
        { name: '中建三局', category: 'company' },
        { name: '中铁二十局', category: 'company' },
      ],
      note: "state builders' numbered bureaus",
    },
    {
      text: '县政法委员会协调此案,市纪律检查委员会发出通报。',
      expect: [
        { name: '县政法委员会', category: 'government' },
        { name: '市纪律检查委员会', category: 'government' },
      ],
      note: 'committees in full: no 县政法委 cut before 员会',
    },
    {
      text: '博山农商行和莱芜农信社、东平县农村信用合作联社联合放贷。',
      expect: [
        { name: '博山农商行', canonical: '博山农村商业银行', category: 'company' },
        { name: '莱芜农信社', canonical: '莱芜农村信用社', category: 'company' },
        { name: '东平县农村信用合作联社', category: 'company' },
      ],
      note: 'rural banks and credit cooperatives named by their place',
    },
    {
      text: '河北队0:7落败,中国女排夺冠,中国队获得铜牌。',
      expect: [
        { name: '河北队', category: 'other' },
        { name: '中国女排', category: 'other' },
        { name: '中国队', category: 'other' },
      ],
      note: 'teams named by their province or country',
    },
    {
      text: '法国总统府发表声明,德国联邦议院通过法案,以色列国防军宣布撤离。',
      expect: [
        { name: '法国总统府', category: 'government' },
        { name: '德国联邦议院', category: 'government' },
        { name: '以色列国防军', category: 'government' },
      ],
      note: "a head of state's office, a parliament and an army abroad, named by their country",
    },
    {
      city: '贵阳市',
      text: '方案须报市教育考试院备案,省教育考试院负责实施。',
      expect: [
        { name: '市教育考试院', canonical: '贵阳市教育考试院', category: 'government' },
        { name: '省教育考试院', canonical: '贵州省教育考试院', category: 'government' },
      ],
      note: 'the body that runs the exams, in short and in full',
    },
    {
      city: '厦门市',
      text: '深交所和厦门产权交易所发布通知,国台办、市台办负责人和国务院港澳办官员出席,大家平台办理业务。',
      expect: [
        { name: '深交所', canonical: '深圳证券交易所', category: 'other' },
        { name: '厦门产权交易所', category: 'other' },
        { name: '国台办', canonical: '国务院台湾事务办公室', category: 'government' },
        { name: '市台办', canonical: '厦门市台湾事务办公室', category: 'government' },
        { name: '国务院港澳办', canonical: '国务院港澳事务办公室', category: 'government' },
      ],
      note: 'exchanges, and the offices for Taiwan and Hong Kong in short (平台|办理 holds none)',
    },
    {
      city: '郴州市',
      text: '市委、市政府高度重视,省委召开专题会议,市委书记、县委常委到场。',
      expect: [
        { name: '市委', canonical: '郴州市委', category: 'government' },
        { name: '市政府', canonical: '郴州市人民政府', category: 'government' },
        { name: '省委', canonical: '湖南省委', category: 'government' },
      ],
      note: "a party committee alone names its level's, unless a post follows (市委书记, 县委常委)",
    },
    {
      text: '隧道由中铝国际工程股份有限公司设计,由中车长客股份有限公司供车。',
      expect: [
        { name: '中铝国际工程股份有限公司', category: 'company' },
        { name: '中车长客股份有限公司', category: 'company' },
      ],
      note: "a state firm's 中 after a preposition (jieba's 中/f) starts its registered name",
    },
    {
      text: '贵州茅台和中国中车发布公告,中国建筑中标,药明康德股价上涨。',
      expect: [
        { name: '贵州茅台', category: 'company' },
        { name: '中国中车', category: 'company' },
        { name: '中国建筑', category: 'company' },
        { name: '药明康德', category: 'company' },
      ],
      note: 'listed companies named without a head',
    },
    {
      text: '市场监管总局与审计署联合发文,国家广电总局也参加;成都七中和人大附中的学生获奖,会议传达了五中全会精神。',
      expect: [
        { name: '市场监管总局', canonical: '市场监督管理总局', category: 'government' },
        { name: '审计署', category: 'government' },
        { name: '国家广电总局', canonical: '国家广播电视总局', category: 'government' },
        { name: '成都七中', category: 'school' },
        { name: '人大附中', category: 'school' },
      ],
      note: 'national administrations named alone, numbered middle schools after a place, attached schools (五中全会 is a plenary)',
    },
    {
      text: '人民银行扬州市分行发布数据,中国科学院沈阳分院举办讲座。',
      expect: [
        { name: '人民银行扬州市分行', category: 'government' },
        { name: '中国科学院沈阳分院', category: 'other' },
      ],
      note: "a branch is of its parent's kind: the central bank's a government body, an academy's no hospital",
    },
    {
      text: '据腾讯网和大众网报道,财联社也转发了消息,腾讯股价上涨。',
      expect: [
        { name: '腾讯网', category: 'media' },
        { name: '大众网', category: 'media' },
        { name: '财联社', category: 'media' },
        { name: '腾讯', category: 'company' },
      ],
      note: 'portals and news sites by name, the portal before the company that owns it',
    },
    {
      text: '宁波市城市建设投资集团有限公司与嘉兴市某纺织品有限公司签约。',
      expect: [
        { name: '宁波市城市建设投资集团有限公司', category: 'company' },
        { name: '嘉兴市某纺织品有限公司', category: 'company' },
      ],
      note: "a group before 有限公司 is a registered name, which may hold 建设; a withheld name (某) is still its place's",
    },
    {
      city: '成都市',
      text: '四川大学经济与管理学院和省社会工作与志愿服务协会联合举办讲座。',
      expect: [
        { name: '四川大学经济与管理学院', category: 'school' },
        {
          name: '省社会工作与志愿服务协会',
          canonical: '四川省社会工作与志愿服务协会',
          category: 'association',
        },
      ],
      note: 'two fields joined by 与 inside one name, after a university or a short form',
    },
    {
      text: '北京大学周敏主任和中欧国际工商管理学院的教授座谈。',
      expect: [
        { name: '北京大学', category: 'school' },
        { name: '中欧国际工商管理学院', category: 'school' },
      ],
      note: 'a post and 和 after a body join no fields: the college after them is a body of its own',
    },
    {
      text: '切尔西队主场战胜阿森纳,山东泰山俱乐部宣布续约,申花客场告负。',
      expect: [
        { name: '切尔西队', category: 'other' },
        { name: '阿森纳', category: 'other' },
        { name: '山东泰山俱乐部', category: 'other' },
        { name: '申花', category: 'other' },
      ],
      note: 'sports clubs by their names, with 队, with 俱乐部 or alone',
    },
    {
      text: '联合国粮农组织与联合国开发计划署发布报告,经合组织表示关注,联合国安理会召开会议。',
      expect: [
        { name: '联合国粮农组织', canonical: '联合国粮食及农业组织', category: 'other' },
        { name: '联合国开发计划署', category: 'other' },
        { name: '经合组织', canonical: '经济合作与发展组织', category: 'other' },
        { name: '联合国安理会', canonical: '联合国安全理事会', category: 'other' },
      ],
      note: "the UN's agencies and other bodies abroad by their whole names, not 联合国 alone",
    },
    {
      city: '宁波市',
      text: '工行宁波市分行与交行宁波分行联合放贷,市农行、建行也参加了。',
      expect: [
        { name: '工行宁波市分行', canonical: '中国工商银行宁波市分行', category: 'company' },
        { name: '交行宁波分行', canonical: '交通银行宁波分行', category: 'company' },
        { name: '市农行', canonical: '宁波市中国农业银行', category: 'company' },
        { name: '建行', canonical: '中国建设银行', category: 'company' },
      ],
      note: 'banks by their short names, alone, after a short form and before a branch',
    },
    {
      text: '南宁市象棋协会昨天换届,中国纺纱织造学会派员出席,昆明市垂钓协会也到了。',
      expect: [
        { name: '南宁市象棋协会', category: 'association' },
        { name: '中国纺纱织造学会', category: 'association' },
        { name: '昆明市垂钓协会', category: 'association' },
      ],
      note: "a society's field jieba calls a verb (象棋/v, 织造/v, 垂钓/v) is part of its name, back to its place",
    },
    {
      text: '院长顾振华刚回到办公室坐下,门外就传来了询问声。市政府办公室印发通知。',
      expect: [{ name: '市政府办公室' }],
      note: 'a verb phrase the tagger calls an idiom (刚回到/i) ends a left edge: no body 院长顾振华刚回到办公室',
    },
    {
      text: '恒康医院和德胜中医医院派出医生参加义诊,力争医院服务水平再上台阶。',
      expect: [{ name: '恒康医院' }, { name: '德胜中医医院' }],
      note: 'jieba glues 和 to the name after it (和德胜/nr): two bodies; 力争 (tagged nz) is a verb, and 医院 alone no body',
    },
    {
      text: '全市非公立医院达到36家,义务教育阶段学校新建6所,改扩建学校48所,大规模学校陆续开工。',
      expect: [],
      note: 'kinds by ownership, stage or size name no body; 改扩建 is a verb jieba does not know',
    },
    {
      text: '活动由祁东县卫计局主办,县卫计局志愿者服务队参加。',
      expect: [
        { name: '祁东县卫计局', canonical: '祁东县卫生和计划生育局', category: 'government' },
        { name: '县卫计局', canonical: '祁东县卫生和计划生育局', category: 'government' },
      ],
      note: 'the short form of a former health bureau',
    },
    {
      city: '昆明市',
      text: '市一医院和市三医院的医生下乡义诊,县二医院也来了人。',
      expect: [
        { name: '市一医院', canonical: '昆明市第一人民医院', category: 'hospital' },
        { name: '市三医院', canonical: '昆明市第三人民医院', category: 'hospital' },
        { name: '县二医院', canonical: '县二医院', category: 'hospital' },
      ],
      note: "a numbered hospital in short with 医院 is the city's, as 市二院 is; 县 in a city article stays as written",
    },
    {
      text: '柳州市第五医院与兰州大学第二医院、南昌大学附属第一医院签约。',
      expect: [
        { name: '柳州市第五医院', category: 'hospital' },
        { name: '兰州大学第二医院', category: 'hospital' },
        { name: '南昌大学附属第一医院', category: 'hospital' },
      ],
      note: 'numbered hospitals without 人民 (第N医院, 附属第N医院) are hospitals, not their universities',
    },
    {
      text: '石柱县人民医院南院(石柱医院)今天开诊。石柱医院设床位300张。',
      expect: [
        { name: '石柱县人民医院南院', canonical: '石柱土家族自治县人民医院南院', category: 'hospital' },
        { name: '石柱医院', canonical: '石柱土家族自治县人民医院南院', category: 'hospital' },
        { name: '石柱医院', canonical: '石柱土家族自治县人民医院南院', category: 'hospital' },
      ],
      note: 'an other name given in brackets keeps its body later, over the county it would otherwise expand to',
    },
    {
      text: '记者昨天从中国政府网获悉,国务院办公厅印发了实施意见。',
      expect: [
        { name: '中国政府网', canonical: '中国政府网', category: 'media' },
        { name: '国务院办公厅', category: 'government' },
      ],
      note: "the central government's site is media, not a body 中国政府 (a head inside the word 中国政府网)",
    },
    {
      text: '丰宁县山村佳禾食用菌种植专业合作社负责人介绍了情况。',
      expect: [{ name: '丰宁县山村佳禾食用菌种植专业合作社', category: 'company' }],
      note: 'a registered name read back over its verbs keeps every place before the first it meets (丰宁县|山村)',
    },
    {
      text: '调研组先到丰宁县,山村佳禾食用菌种植专业合作社负责人介绍了情况。',
      expect: [{ name: '山村佳禾食用菌种植专业合作社', category: 'company' }],
      note: 'a place across punctuation is not one of them',
    },
    {
      city: '台州市',
      text: '天台县妇幼计生中心和市妇保院联合开展新生儿筛查。',
      expect: [
        { name: '天台县妇幼计生中心', category: 'public_health' },
        { name: '市妇保院', canonical: '台州市妇幼保健院', category: 'public_health' },
      ],
      note: 'other names of a maternal and child health centre (盐亭县妇幼 was read as 妇幼保健院)',
    },
    {
      text: '揭阳市城市综合管理局与区城市管理和综合执法局联合整治占道经营。',
      expect: [
        { name: '揭阳市城市综合管理局', category: 'government' },
        { name: '区城市管理和综合执法局', category: 'government' },
      ],
      note: 'the city-management bureau under its other names',
    },
    {
      text: '哈医大六院与重医附二院签约,昆医附一院也派人参加。',
      expect: [
        { name: '哈医大六院', canonical: '哈尔滨医科大学附属第六医院', category: 'hospital' },
        { name: '重医附二院', canonical: '重庆医科大学附属第二医院', category: 'hospital' },
        { name: '昆医附一院', canonical: '昆明医科大学第一附属医院', category: 'hospital' },
      ],
      note: 'university hospitals by nickname',
    },
    {
      city: '银川市',
      text: '自治区人民医院和自治区疾控中心的专家来到社区义诊。',
      expect: [
        { name: '自治区人民医院', canonical: '宁夏回族自治区人民医院', category: 'hospital' },
        { name: '自治区疾控中心', canonical: '宁夏回族自治区疾病预防控制中心', category: 'public_health' },
      ],
      note: "an autonomous region's bodies named by 自治区, as a province's by 省",
    },
    {
      city: '昆明市',
      text: '自治区人民医院的专家来到昆明交流。',
      expect: [{ name: '自治区人民医院', canonical: '自治区人民医院', category: 'hospital' }],
      note: 'outside an autonomous region 自治区 is not expanded',
    },
    {
      text: '国家疾控中心专家与南大二附院医生一起调研。',
      expect: [
        { name: '国家疾控中心', canonical: '中国疾病预防控制中心', category: 'public_health' },
        { name: '南大二附院', canonical: '南昌大学第二附属医院', category: 'hospital' },
      ],
      note: 'the national centre by its colloquial name; a university hospital by nickname',
    },
    {
      text: '彭水县中医院与长阳县人民医院、宁县人民医院结对帮扶。',
      expect: [
        { name: '彭水县中医院', canonical: '彭水苗族土家族自治县中医医院', category: 'hospital' },
        { name: '长阳县人民医院', canonical: '长阳土家族自治县人民医院', category: 'hospital' },
        { name: '宁县人民医院', canonical: '宁县人民医院', category: 'hospital' },
      ],
      note: 'an autonomous county named short with 县 is written out, as 东阿中医院 is; a county of that name stays',
    },
    {
      text: '解放军总医院第三医学中心、武警云南省总队医院和沈阳市传染病院的专家参加会诊。',
      expect: [
        { name: '解放军总医院第三医学中心', category: 'hospital' },
        { name: '武警云南省总队医院', category: 'hospital' },
        { name: '沈阳市传染病院', category: 'hospital' },
      ],
      note: 'a medical centre of the PLA General Hospital is part of it; 武警 before a place is part of the name; 传染病院',
    },
    {
      city: '鄂尔多斯市',
      text: '杭锦旗融媒体中心讯 旗疾控中心和旗卫生健康委工作人员深入牧区。',
      expect: [
        { name: '杭锦旗融媒体中心', category: 'media' },
        { name: '旗疾控中心', canonical: '杭锦旗疾病预防控制中心', category: 'public_health' },
        { name: '旗卫生健康委', canonical: '杭锦旗卫生健康委员会', category: 'government' },
      ],
      note: 'a banner (旗) is a county: its bodies in short take its name',
    },
    {
      text: '宝安区新安街道卫生服务中心、罗湖区东门街道社区健康服务中心和黄贝社康中心参加。',
      expect: [
        { name: '宝安区新安街道卫生服务中心', category: 'primary_care' },
        { name: '罗湖区东门街道社区健康服务中心', category: 'primary_care' },
        { name: '黄贝社康中心', category: 'primary_care' },
      ],
      note: 'other names of a community health centre (Guangdong and Shenzhen)',
    },
    {
      text: '石河子大学医学院第二附属医院专家前来会诊。',
      expect: [
        {
          name: '石河子大学医学院第二附属医院',
          canonical: '石河子大学医学院第二附属医院',
          category: 'hospital',
        },
      ],
      note: "a county-level city before 大学 is part of the university's name, not written out as 石河子市",
    },
    {
      city: '南宁市',
      text: '市口腔医院、市传染病医院和省肿瘤医院的医生一起下乡。',
      expect: [
        { name: '市口腔医院', canonical: '南宁市口腔医院', category: 'hospital' },
        { name: '市传染病医院', canonical: '南宁市传染病医院', category: 'hospital' },
        { name: '省肿瘤医院', category: 'hospital' },
      ],
      note: "a specialty hospital in short is the city's or province's (it was a kind, like 肿瘤专科医院)",
    },
    {
      text: '遵义市公共卫生救治中心和重庆市公共卫生医疗救治中心接收患者。',
      expect: [
        { name: '遵义市公共卫生救治中心', category: 'public_health' },
        { name: '重庆市公共卫生医疗救治中心', category: 'public_health' },
      ],
      note: "a city's infectious-disease centre under its other names",
    },
    {
      text: '宜宾二医院和绵阳三院的专家来到社区。',
      expect: [
        { name: '宜宾二医院', canonical: '宜宾市第二人民医院', category: 'hospital' },
        { name: '绵阳三院', canonical: '绵阳市第三人民医院', category: 'hospital' },
      ],
      note: "a city's numbered hospital in short after the city's short name takes the city in full",
    },
    {
      text: '中南大学湘雅三医院与华西二医院签约,中南大学师生参加。',
      expect: [
        { name: '中南大学湘雅三医院', canonical: '中南大学湘雅三医院', category: 'hospital' },
        { name: '华西二医院', canonical: '四川大学华西第二医院', category: 'hospital' },
        { name: '中南大学', category: 'school' },
      ],
      note: 'a university hospital named with its university is one hospital; the university alone stays a school',
    },
    {
      text: '瑞金医院和华西医院的专家来到赣州会诊。',
      expect: [
        { name: '瑞金医院', canonical: '上海交通大学医学院附属瑞金医院', category: 'hospital' },
        { name: '华西医院', canonical: '四川大学华西医院', category: 'hospital' },
      ],
      note: 'a nickname known across China is itself before its place is written out (瑞金医院 gave 瑞金市医院)',
    },
    // A place and a head.
    // Government departments, party departments and people's organisations, short forms written out.
    {
      city: '聊城市',
      text: '市市场监管局、市人社局、市委组织部、市残联、市总工会等部门参加会议。',
      expect: [
        { name: '市市场监管局', canonical: '聊城市市场监督管理局', category: 'government' },
        { name: '市人社局', canonical: '聊城市人力资源和社会保障局', category: 'government' },
        { name: '市委组织部', category: 'government' },
        { name: '市残联', canonical: '聊城市残疾人联合会', category: 'association' },
        { name: '市总工会', canonical: '聊城市总工会', category: 'association' },
      ],
    },
    {
      text: '聊城市退役军人事务局和聊城市慈善总会共同捐赠物资。',
      expect: [
        { name: '聊城市退役军人事务局', category: 'government' },
        { name: '聊城市慈善总会', category: 'association' },
      ],
    },
    {
      text: '临清市烟店镇前屯村卫生室乡村医生刘长海说。',
      expect: [{ name: '临清市烟店镇前屯村卫生室', category: 'primary_care' }],
    },
    { text: '聊城市护理学会会长孙燕表示。', expect: [{ name: '聊城市护理学会', category: 'association' }] },
    {
      text: '聊城市人民医院东昌院区启用。',
      expect: [{ name: '聊城市人民医院东昌院区', category: 'hospital' }],
      note: 'a campus is part of its hospital',
    },
    {
      text: '市疾控提醒,注意防暑。东阿县疾控今年开展筛查。市疾控工作人员上门服务。',
      expect: [
        { name: '市疾控', canonical: '聊城市疾病预防控制中心', category: 'public_health' },
        { name: '东阿县疾控', canonical: '东阿县疾病预防控制中心' },
      ],
      note: '疾控 alone names a body only right after a place or short form, and not before 工作',
    },
    // A bare head right after a body is named by it.
    {
      text: '东阿县铜城街道办事处社区卫生服务中心开展义诊。',
      expect: [{ name: '东阿县铜城街道办事处社区卫生服务中心', category: 'primary_care' }],
    },
    {
      text: '聊城爱尔眼科医院有限公司捐赠设备。',
      expect: [{ name: '聊城爱尔眼科医院有限公司', category: 'company' }],
    },
    {
      text: '4月22日,笔者从东昌府区妇幼保健院了解到。',
      expect: [{ name: '东昌府区妇幼保健院', canonical: '东昌府区妇幼保健院', category: 'public_health' }],
    },
    {
      text: '3月11日上午,梁水镇中心卫生院组织开展专项培训。',
      expect: [{ name: '梁水镇中心卫生院', category: 'primary_care' }],
    },
    {
      text: '此次活动由东阿县计生协会和铜城街道社区卫生服务中心组织。',
      expect: [
        { name: '东阿县计生协会', canonical: '东阿县计划生育协会', category: 'association' },
        {
          name: '铜城街道社区卫生服务中心',
          canonical: '东阿县铜城街道社区卫生服务中心',
          category: 'primary_care',
        },
      ],
    },
    {
      text: '东阿县铜城街道社区卫生服务中心负责人表示。',
      expect: [{ name: '东阿县铜城街道社区卫生服务中心', category: 'primary_care' }],
    },
    {
      text: '全市建成莘县朝城镇卫生院、临清烟店镇卫生院、东阿县刘集镇中心卫生院等15个县域医疗服务次中心。',
      expect: [
        { name: '莘县朝城镇卫生院' },
        { name: '临清烟店镇卫生院', canonical: '临清市烟店镇卫生院' },
        { name: '东阿县刘集镇中心卫生院' },
      ],
    },
    {
      text: '刘毅曾在东阿县卫生健康局工作,现就职于东阿县疾病预防控制中心。',
      expect: [
        { name: '东阿县卫生健康局', category: 'government' },
        { name: '东阿县疾病预防控制中心', category: 'public_health' },
      ],
    },
    {
      text: '东阿县红十字会第一时间开展慰问活动。',
      expect: [{ name: '东阿县红十字会', category: 'association' }],
    },
    { text: '刘毅义无反顾地奔赴山东省立医院。', expect: [{ name: '山东省立医院', category: 'hospital' }] },
    {
      text: '聊城市基层卫生协会在阳谷县中心医院举办培训班。',
      expect: [
        { name: '聊城市基层卫生协会', category: 'association' },
        { name: '阳谷县中心医院', category: 'hospital' },
      ],
    },
    {
      text: '近日,聊城市政府新闻办召开新闻发布会。2月6日,聊城市人民政府新闻办召开发布会。',
      expect: [
        { name: '聊城市政府新闻办', canonical: '聊城市人民政府新闻办公室', category: 'government' },
        { name: '聊城市人民政府新闻办', canonical: '聊城市人民政府新闻办公室' },
      ],
    },
    {
      text: '医院采用国家医保局认证的终端。',
      expect: [{ name: '国家医保局', canonical: '国家医疗保障局', category: 'government' }],
    },
    {
      text: '成立东阿县医共体管理委员会,提升县级和基层服务能力。',
      expect: [{ name: '东阿县医共体管理委员会', category: 'government' }],
    },
    {
      text: '经东昌府区见义勇为协会调查核实,并报东昌府区委政法委同意。',
      expect: [
        { name: '东昌府区见义勇为协会', category: 'association' },
        { name: '东昌府区委政法委', category: 'government' },
      ],
    },
    {
      text: '清泉街道办事处联合东街村村委会开展义诊,街道办事处工作人员参加。',
      expect: [
        { name: '清泉街道办事处', category: 'government' },
        { name: '东街村村委会', category: 'government' },
      ],
      note: 'a 办事处 or 村委会 without a name before it is a kind of body',
    },
    // A proper name and a head.
    {
      text: '这座由东昌府区妇幼保健院与东方教育集团打造的托育园所,获评中国妇幼保健协会优秀单位。',
      expect: [
        { name: '东昌府区妇幼保健院' },
        { name: '东方教育集团', category: 'company' },
        { name: '中国妇幼保健协会', category: 'association' },
      ],
    },
    {
      text: '分别是聊城市青少年发展基金会联合东昌府区妇幼保健院发起的新苗公益基金。',
      expect: [{ name: '聊城市青少年发展基金会', category: 'association' }, { name: '东昌府区妇幼保健院' }],
    },
    {
      text: '走进润景苑托育驿站,空间敞亮温馨。',
      expect: [{ name: '润景苑托育驿站', category: 'childcare' }],
    },
    {
      text: '笔者走进东昌府区托育综合服务中心、度假区润景苑托育驿站。',
      expect: [
        { name: '东昌府区托育综合服务中心', category: 'childcare' },
        { name: '度假区润景苑托育驿站', canonical: '度假区润景苑托育驿站', category: 'childcare' },
      ],
      note: 'which 度假区 is not said',
    },
    {
      text: '聊城江北水城旅游度假区召开会议。笔者走进度假区润景苑托育驿站。',
      expect: [
        {
          name: '度假区润景苑托育驿站',
          canonical: '聊城江北水城旅游度假区润景苑托育驿站',
          category: 'childcare',
        },
      ],
      note: 'a bare zone is the zone of that kind the page names in full',
    },
    {
      text: '为缓解聊城城区柳园南路颐中外国语学校门前的交通压力。',
      expect: [{ name: '颐中外国语学校', category: 'school' }],
    },
    {
      text: '《健康报》、新华社推广聊城市疾控体系改革做法。',
      expect: [
        { name: '健康报', category: 'media' },
        { name: '新华社', category: 'media' },
      ],
    },
    {
      text: '省部共建中医湿证国家重点实验室(山东工作站)项目落户聊城。',
      expect: [{ name: '中医湿证国家重点实验室', category: 'other' }],
    },
    {
      text: '中国计生协2023年生殖健康周期服务项目试点启动。',
      expect: [{ name: '中国计生协', canonical: '中国计划生育协会', category: 'association' }],
    },
    // Bodies in parts: one institution.
    {
      text: '遂昌县乡村振兴局、丽水市人事局、缙云县环保局、龙泉市扶贫办和松阳县文联参加。北京市医院管理局副局长到会。丽水市归国华侨联合会也派人参加。',
      expect: [
        { name: '遂昌县乡村振兴局', category: 'government' },
        { name: '丽水市人事局', category: 'government' },
        { name: '缙云县环保局', category: 'government' },
        { name: '龙泉市扶贫办', category: 'government' },
        { name: '松阳县文联', category: 'association' },
        { name: '北京市医院管理局', category: 'government' },
        { name: '丽水市归国华侨联合会', category: 'association' },
      ],
      note: 'bureaus by their names in other provinces and years; a 医院管理局 is no hospital',
    },
    {
      text: '参加会议的主要领导有市医学会会长,第一届胸外科医师分会主任委员和新一届内科学分会委员。',
      expect: [{ name: '市医学会', category: 'association' }],
      note: 'a verb jieba glues to a short form (有市) and an ordinal (第一届) end a name',
    },
    {
      text: '在牵头领导演艺集团董事长的带领下开展义诊。',
      expect: [{ name: '演艺集团', category: 'company' }],
      note: '领导 ends a left edge (it made 领导演艺集团)',
    },
    {
      text: '县卫生健康综合行政执法大队开展检查,县医疗保障事业管理中心审核报销。',
      expect: [
        { name: '县卫生健康综合行政执法大队', category: 'government' },
        { name: '县医疗保障事业管理中心', category: 'government' },
      ],
    },
    {
      text: '丽水新型建材有限公司捐赠物资。',
      expect: [{ name: '丽水新型建材有限公司', category: 'company' }],
      note: 'a company may hold …型 in its name',
    },
    {
      text: '成立大会在宿州市立医院举办。',
      expect: [{ name: '宿州市立医院', canonical: '宿州市立医院', category: 'hospital' }],
      note: 'a city hospital named 市立',
    },
    {
      text: '患者随后被转往沙河院区治疗。',
      expect: [{ name: '沙河院区', canonical: '沙河院区', category: 'hospital' }],
      note: 'a campus is named by its area, not by the county-level city of that name',
    },
    {
      text: '市六医院沙河院区门诊部投入使用。',
      expect: [{ name: '市六医院沙河院区门诊部', category: 'hospital' }],
      note: 'a numbered hospital in short (市六医院) and its campus',
    },
    {
      text: '该院与南方医科大学南方医院共建区域医疗中心。',
      expect: [{ name: '南方医科大学南方医院', category: 'hospital' }],
      note: 'a region word (南方) begins a proper name',
    },
    {
      text: '南方医院赣州医院挂牌成立。中国工程院院士论坛在赣州举行。',
      expect: [
        { name: '南方医院赣州医院', category: 'hospital' },
        { name: '中国工程院', category: 'other' },
      ],
    },
    {
      text: '4月22日,在国家区域医疗中心北京积水潭医院聊城医院,患者体验了刷脸支付。',
      expect: [{ name: '北京积水潭医院聊城医院', category: 'hospital' }],
    },
    {
      text: '4月21日,聊城市人民医院脑科医院多学科专家在会诊。',
      expect: [{ name: '聊城市人民医院脑科医院', category: 'hospital' }],
    },
    {
      text: 'ICBC 中国工商银行 聊城分行',
      expect: [{ name: '中国工商银行 聊城分行', canonical: '中国工商银行聊城分行', category: 'company' }],
    },
    {
      text: '登录中国工商银行手机银行APP参与抽奖。',
      expect: [{ name: '中国工商银行', category: 'company' }],
    },
    {
      text: '他是聊城市公安局茌平区分局博平派出所辅警,将该男子扭送至东昌府分局西江派出所。',
      expect: [
        { name: '聊城市公安局茌平区分局', category: 'government' },
        { name: '博平派出所', category: 'government' },
        { name: '东昌府分局', category: 'government' },
        { name: '西江派出所', category: 'government' },
      ],
      note: 'a 分局 joins its 公安局; a 派出所 is a body of its own, as an annotator counts it',
    },
    {
      text: '今年,聊城市政府工作报告指出,市政府工作报告30项重点民生实事清单已经公布。',
      expect: [
        { name: '聊城市政府', canonical: '聊城市人民政府', category: 'government' },
        { name: '市政府', canonical: '聊城市人民政府', category: 'government' },
      ],
      note: 'the government whose report it is',
    },
    {
      text: '山东第一医科大学附属省立医院专家到莘县开展义诊。',
      expect: [{ name: '山东第一医科大学附属省立医院', category: 'hospital' }],
    },
    {
      text: '东阿阿胶股份有限公司捐款100万元。',
      expect: [{ name: '东阿阿胶股份有限公司', canonical: '东阿阿胶股份有限公司', category: 'company' }],
    },
    // Short forms, expanded from the article.
    {
      city: '聊城市',
      text: '市人民医院推出“预住院”模式;市二院开设门诊;市疾控中心推进“公交送健康”。',
      expect: [
        { name: '市人民医院', canonical: '聊城市人民医院', category: 'hospital' },
        { name: '市二院', canonical: '聊城市第二人民医院', category: 'hospital' },
        { name: '市疾控中心', canonical: '聊城市疾病预防控制中心', category: 'public_health' },
      ],
    },
    {
      city: '聊城市',
      text: '依托市人民医院、市第二人民医院等5家三级医院开展培训。市医保局制定全市统一收费标准。',
      expect: [
        { canonical: '聊城市人民医院' },
        { name: '市第二人民医院', canonical: '聊城市第二人民医院' },
        { name: '市医保局', canonical: '聊城市医疗保障局', category: 'government' },
      ],
    },
    {
      city: '聊城市',
      text: '3月10日,笔者从市卫生健康委获悉,市中医药管理局也参与其中。',
      expect: [
        { name: '市卫生健康委', canonical: '聊城市卫生健康委员会', category: 'government' },
        { name: '市中医药管理局', canonical: '聊城市中医药管理局' },
      ],
    },
    {
      text: '东阿县疾控中心将传染病防控作为工作重点。县疾控中心与县畜牧部门形成了疫情通报机制。',
      expect: [
        { name: '东阿县疾控中心', canonical: '东阿县疾病预防控制中心' },
        { name: '县疾控中心', canonical: '东阿县疾病预防控制中心' },
      ],
    },
    {
      text: '聊城江北水城旅游度假区联合市妇幼、区妇幼定期举办好“孕”课堂。在去年11月省计生协会拨付专项资金后,度假区增配资金。',
      expect: [
        { name: '市妇幼', canonical: '聊城市妇幼保健院', category: 'public_health' },
        { name: '区妇幼', canonical: '聊城江北水城旅游度假区妇幼保健院' },
        { name: '省计生协会', canonical: '山东省计划生育协会', category: 'association' },
      ],
      note: 'an article about a development zone: its 区 is the zone',
    },
    {
      text: '阳谷县中医院开展义诊活动。',
      expect: [{ name: '阳谷县中医院', canonical: '阳谷县中医医院', category: 'hospital' }],
    },
    // The article's place decides what 市/县/区 mean: the place it names most often (ties go to
    // 聊城市, which holds them all). A county-level 市 (临清市) is its own 市; a 县 or 区 stands in 聊城市.
    {
      text: '本报讯 近日,临清市卫健局召开会议,市人民医院、市急救中心负责人参加。',
      expect: [
        { name: '临清市卫健局', canonical: '临清市卫生健康局' },
        { name: '市人民医院', canonical: '临清市人民医院' },
        { name: '市急救中心', canonical: '临清市急救中心' },
      ],
    },
    {
      text: '本报讯 东阿县人民医院开展义诊,市人民医院专家参加。\n本报讯 临清市人民医院开展义诊。市人民医院专家团队随后前往乡镇。',
      expect: [
        { article: 0, name: '东阿县人民医院' },
        { article: 0, name: '市人民医院', canonical: '聊城市人民医院' },
        { article: 1, name: '临清市人民医院' },
        { article: 1, name: '市人民医院', canonical: '临清市人民医院' },
      ],
      note: 'each article its own place',
    },
    {
      text: '东阿县召开会议,县卫健局、市疾控中心参加。',
      expect: [
        { name: '县卫健局', canonical: '东阿县卫生健康局' },
        { name: '市疾控中心', canonical: '聊城市疾病预防控制中心' },
      ],
    },
    {
      text: '东昌府区卫健局联合区妇幼保健院开展义诊。',
      expect: [{ name: '东昌府区卫健局' }, { name: '区妇幼保健院', canonical: '聊城市东昌府区妇幼保健院' }],
      note: 'district names repeat across China: a 区 short form gets its city',
    },
    {
      text: '本报临清讯 据市医保局统计,23家镇卫生院全部实现医保结算。',
      expect: [{ name: '市医保局', canonical: '临清市医疗保障局' }],
      note: 'a dateline names the place',
    },
    {
      text: '本报讯 莘县、临清市、东阿县的县级医院与市人民医院组建医联体。',
      expect: [{ name: '市人民医院', canonical: '聊城市人民医院' }],
      note: 'several counties, none named most: the article is about the city',
    },
    {
      text: '本报讯 聊城市人民医院、聊城市中心医院专家赴临清市义诊,市人民医院还捐赠了设备。',
      expect: [
        { name: '聊城市人民医院' },
        { name: '聊城市中心医院' },
        { name: '市人民医院', canonical: '聊城市人民医院' },
      ],
    },
    {
      text: '临清市人民医院与县疾控中心联合开展筛查。聊城市卫健委要求区卫健局加强监管。',
      expect: [
        { name: '临清市人民医院' },
        { name: '县疾控中心', canonical: '县疾控中心' },
        { name: '聊城市卫健委' },
        { name: '区卫健局', canonical: '区卫健局' },
      ],
      note: 'no 县 or 区 of its own: not expanded',
    },
    // A town belongs to the one county that has it, unless the article is about another county.
    {
      text: '临清市卫健局指导烟店镇卫生院开展义诊。',
      expect: [{ name: '临清市卫健局' }, { name: '烟店镇卫生院', canonical: '临清市烟店镇卫生院' }],
    },
    {
      text: '本报讯 临清市人民医院开展义诊,新城街道社区卫生服务中心参与。',
      expect: [
        { name: '临清市人民医院' },
        { name: '新城街道社区卫生服务中心', canonical: '新城街道社区卫生服务中心' },
      ],
    },
    {
      text: '本报讯 东阿县卫健局到铜城街道社区卫生服务中心调研。\n本报讯 冠县卫健局到铜城街道社区卫生服务中心调研。',
      expect: [
        { article: 0, name: '东阿县卫健局' },
        { article: 0, name: '铜城街道社区卫生服务中心', canonical: '东阿县铜城街道社区卫生服务中心' },
        { article: 1, name: '冠县卫健局' },
        { article: 1, name: '铜城街道社区卫生服务中心', canonical: '铜城街道社区卫生服务中心' },
      ],
    },
    {
      text: '阳谷县卫健局到博济桥街道社区卫生服务中心调研。',
      expect: [
        { name: '阳谷县卫健局' },
        { name: '博济桥街道社区卫生服务中心', canonical: '阳谷县博济桥街道社区卫生服务中心' },
      ],
      note: 'a town of the county the article is about',
    },
    {
      text: '城关镇卫生院开展义诊。',
      expect: [{ name: '城关镇卫生院', canonical: '城关镇卫生院' }],
      note: 'a town name many counties share says nothing where the article names no county',
    },
    // Government and party bodies at every level, in the short forms the text uses.
    {
      text: '杭州市西湖区卫生健康局、成都市武侯区疾控中心开展联合督导。',
      expect: [
        { name: '杭州市西湖区卫生健康局', category: 'government' },
        { name: '成都市武侯区疾控中心', category: 'public_health' },
      ],
      note: 'a city and its district anywhere in China are one left edge',
    },
    {
      text: '卫生部和教育部联合印发通知,民政部、财政部参与。',
      expect: [
        { name: '卫生部', category: 'government' },
        { name: '教育部', category: 'government' },
        { name: '民政部' },
        { name: '财政部' },
      ],
      note: 'a ministry names itself',
    },
    {
      text: '国家卫生健康委、国家疾控局和国家医保局联合部署。',
      expect: [
        { name: '国家卫生健康委', canonical: '国家卫生健康委员会' },
        { name: '国家疾控局', canonical: '国家疾病预防控制局' },
        { name: '国家医保局' },
      ],
    },
    {
      text: '原县卫生计生委与县卫生局合并,江西省民政厅和省教育厅参加。',
      expect: [
        { name: '县卫生计生委', category: 'government' },
        { name: '县卫生局', category: 'government' },
        { name: '江西省民政厅', category: 'government' },
        { name: '省教育厅' },
      ],
    },
    {
      text: '西湖医院科技部主任介绍,科技部专家组到访。',
      expect: [{ name: '西湖医院' }, { name: '科技部' }],
      note: "a hospital's 科技部 is its department",
    },
    {
      text: '钱塘区慈善协会办公室设在街道。',
      expect: [{ name: '钱塘区慈善协会', category: 'association' }],
      note: 'an office joins only a government body',
    },
    {
      city: '聊城市',
      text: '省政府办公厅印发方案,省发展改革委、市教委负责落实。',
      expect: [
        { name: '省政府办公厅', category: 'government' },
        { name: '省发展改革委', canonical: '山东省发展和改革委员会' },
        { name: '市教委', canonical: '聊城市教育委员会' },
      ],
    },
    {
      text: '国家卫生健康委医政司有关负责人介绍,省卫健委疾控处已部署。',
      expect: [
        { name: '国家卫生健康委医政司', category: 'government' },
        { name: '省卫健委疾控处', category: 'government' },
      ],
      note: 'a 司 or 处 of a ministry joins it',
    },
    {
      text: '省卫健委处理投诉,到处都是人。',
      expect: [{ name: '省卫健委' }],
      note: '处 inside a word is no department',
    },
    {
      city: '聊城市',
      text: '市人大常委会、区政协组织委员视察。',
      expect: [
        { name: '市人大常委会', canonical: '聊城市人民代表大会常务委员会', category: 'government' },
        { name: '区政协', category: 'government' },
      ],
    },
    {
      text: '中共江苏省委、贵州省委联合调研,团市委和全国妇联参加。',
      expect: [
        { name: '中共江苏省委', category: 'government' },
        { name: '贵州省委' },
        { name: '团市委' },
        { name: '全国妇联', category: 'association' },
      ],
    },
    {
      text: '中共中央办公厅、国务院办公厅印发意见,民建中央、九三学社中央调研组来到县人民医院。',
      expect: [
        { name: '中共中央办公厅', category: 'government' },
        { name: '国务院办公厅' },
        { name: '民建中央', category: 'other' },
        { name: '九三学社中央', category: 'other' },
        { name: '县人民医院' },
      ],
    },
    {
      text: '市委常委会召开会议,县委常委、副县长出席。',
      expect: [{ name: '市委常委会', category: 'government' }],
      note: 'a committee member is no body',
    },
    {
      text: '民盟杭州市委员会和致公党青岛市委邀请专家,苏州市民盟也派员参加。',
      expect: [
        { name: '民盟杭州市委员会', category: 'other' },
        { name: '致公党青岛市委', category: 'other' },
        { name: '苏州市民盟', category: 'other' },
      ],
    },
    {
      text: '中华医学会儿科学分会与省医学会联合举办培训。',
      expect: [
        { name: '中华医学会儿科学分会', category: 'association' },
        { name: '省医学会', category: 'association' },
      ],
    },
    {
      // A society's branch named by a field alone is still its branch; a hospital's 新院区 is no name.
      text: '市医师协会护理分会和台州同乡总会医疗分会走进县人民医院新院区。',
      expect: [
        { name: '市医师协会护理分会', category: 'association' },
        { name: '台州同乡总会医疗分会', category: 'association' },
        { name: '县人民医院', category: 'hospital' },
      ],
    },
    {
      text: '贵州茅台控股集团、华润医药集团公司和云南白药股份有限公司捐赠物资。',
      expect: [
        { name: '贵州茅台控股集团', category: 'company' },
        { name: '华润医药集团公司', category: 'company' },
        { name: '云南白药股份有限公司', category: 'company' },
      ],
    },
    {
      text: '市气象服务中心发布高温预警,苏州市紧急医疗救援指挥中心提醒市民。',
      expect: [
        { name: '市气象服务中心', category: 'other' },
        { name: '苏州市紧急医疗救援指挥中心', category: 'public_health' },
      ],
    },
    {
      text: '学员来自泉州卫生健康职业学院和长沙医学院。',
      expect: [
        { name: '泉州卫生健康职业学院', category: 'school' },
        { name: '长沙医学院', category: 'school' },
      ],
    },
    {
      text: '国务院办公厅印发意见,滨江高新技术产业开发区管委会、宁州市电视台跟进报道。',
      expect: [
        { name: '国务院办公厅', category: 'government' },
        { name: '滨江高新技术产业开发区管委会', canonical: '滨江高新技术产业开发区管理委员会' },
        { name: '宁州市电视台', category: 'media' },
      ],
    },
    {
      text: '捐赠方为江西红土地生态农业扶贫发展股份有限公司。',
      expect: [{ name: '江西红土地生态农业扶贫发展股份有限公司', category: 'company' }],
      note: 'a company name runs over its verbs back to its place',
    },
    {
      text: '福建沿海铁路股份有限公司承办活动,西北妇女儿童医院参加。',
      expect: [
        { name: '福建沿海铁路股份有限公司', category: 'company' },
        { name: '西北妇女儿童医院', category: 'hospital' },
      ],
    },
    {
      text: '嘉兴市中级人民法院、南湖区人民检察院和市纪委监委通报案情,宁波海关、市消防救援支队配合。',
      expect: [
        { name: '嘉兴市中级人民法院', category: 'government' },
        { name: '南湖区人民检察院', category: 'government' },
        { name: '市纪委监委', category: 'government' },
        { name: '宁波海关', category: 'government' },
        { name: '市消防救援支队', category: 'government' },
      ],
    },
    {
      text: '县法院审理了这起医疗纠纷案,市检察院依法提起公诉。',
      expect: [
        { name: '县法院', category: 'government' },
        { name: '市检察院', category: 'government' },
      ],
      note: 'a county or city has one court and one procuratorate: 县法院 names one body',
    },
    {
      text: '当地县委、县政府高度重视,市委党校、县融媒体中心、人民卫生出版社参与。',
      expect: [
        { name: '县委' },
        { name: '县政府' },
        { name: '市委党校', category: 'school' },
        { name: '县融媒体中心', category: 'media' },
        { name: '人民卫生出版社', category: 'media' },
      ],
      note: '当地 is no name',
    },
    {
      text: '9月1日,在昆明市人民政府新闻办公室举行的发布会上,昆明市疾控中心介绍情况。',
      expect: [{ name: '昆明市人民政府新闻办公室', category: 'government' }, { name: '昆明市疾控中心' }],
    },
    // Hospitals named briefly, by nickname, with their campuses.
    {
      text: '患者先后到协和医院、天坛医院和齐鲁医院就诊。',
      expect: [
        { name: '协和医院' },
        { name: '天坛医院' },
        { name: '齐鲁医院', canonical: '山东大学齐鲁医院' },
      ],
    },
    {
      text: '患者转至中山一院,北医三院、浙大一院和301医院的专家会诊,湘雅二医院派员参加。',
      expect: [
        { name: '中山一院', canonical: '中山大学附属第一医院', category: 'hospital' },
        { name: '北医三院', canonical: '北京大学第三医院', category: 'hospital' },
        { name: '浙大一院', canonical: '浙江大学医学院附属第一医院', category: 'hospital' },
        { name: '301医院', canonical: '中国人民解放军总医院', category: 'hospital' },
        { name: '湘雅二医院', canonical: '中南大学湘雅二医院', category: 'hospital' },
      ],
      note: 'university and army hospitals known across China by a nickname',
    },
    {
      text: '北大人民医院眼科专家走进县人民医院开展筛查。',
      expect: [
        { name: '北大人民医院', canonical: '北京大学人民医院', category: 'hospital' },
        { name: '县人民医院', category: 'hospital' },
      ],
      note: "a university hospital by the university's short name",
    },
    {
      text: '中新社、新华网、人民网和中国青年报记者获悉,中央人民广播电台也作了报道。',
      expect: [
        { name: '中新社', canonical: '中国新闻社', category: 'media' },
        { name: '新华网', category: 'media' },
        { name: '人民网', category: 'media' },
        { name: '中国青年报', category: 'media' },
        { name: '中央人民广播电台', category: 'media' },
      ],
      note: 'national agencies, sites and papers named without a head the rules know',
    },
    {
      text: '欧盟委员会、北约和国际奥委会表态,国际货币基金组织、世贸组织与联合国教科文组织发布报告,中国足协和省足协参加。',
      expect: [
        { name: '欧盟委员会', category: 'other' },
        { name: '北约', canonical: '北大西洋公约组织', category: 'other' },
        { name: '国际奥委会', canonical: '国际奥林匹克委员会', category: 'other' },
        { name: '国际货币基金组织', category: 'other' },
        { name: '世贸组织', canonical: '世界贸易组织', category: 'other' },
        { name: '联合国教科文组织', category: 'other' },
        { name: '中国足协', canonical: '中国足球协会', category: 'association' },
        { name: '省足协', category: 'association' },
      ],
      note: 'international bodies general news cites, and football associations',
    },
    {
      text: '郑大一附院东院区开诊。',
      expect: [{ name: '郑大一附院东院区', canonical: '郑州大学第一附属医院东院区' }],
    },
    {
      text: '专家来自宣武医院、安定医院、佑安医院、301医院等。',
      expect: [{ name: '宣武医院' }, { name: '安定医院' }, { name: '佑安医院' }, { name: '301医院' }],
      note: 'items of a list are names, whatever jieba made of them',
    },
    {
      text: '广州市妇女儿童医疗中心、上海儿童医学中心和市五院专家会诊。',
      expect: [
        { name: '广州市妇女儿童医疗中心', category: 'hospital' },
        { name: '上海儿童医学中心', category: 'hospital' },
        { name: '市五院', canonical: '广州市第五人民医院', category: 'hospital' },
      ],
      note: 'the 市 of the city the text names first',
    },
    {
      text: '他从郑大一附院转到川医大二院。',
      expect: [
        { name: '郑大一附院', canonical: '郑州大学第一附属医院', category: 'hospital' },
        { name: '川医大二院', category: 'hospital' },
      ],
      note: 'a university hospital by nickname',
    },
    {
      text: '浙江省台州市第一人民医院西院今天开诊,市第一人民医院西院设床位300张。',
      expect: [
        { name: '浙江省台州市第一人民医院西院', category: 'hospital' },
        { name: '市第一人民医院西院' },
      ],
      note: 'a campus joins its hospital',
    },
    {
      text: '成都市第五人民医院东院区和西院区同步运行。',
      expect: [{ name: '成都市第五人民医院东院区' }, { name: '西院区' }],
      note: 'two campuses, not one',
    },
    {
      text: '四川省人民医院温江院区启用后,温江院区每天接诊千余人。',
      expect: [{ name: '四川省人民医院温江院区' }, { name: '温江院区', canonical: '四川省人民医院温江院区' }],
      note: 'a campus named again alone is the same body',
    },
    {
      text: '广西壮族自治区第八人民医院(以下简称区八医院)开展义诊,区八医院专家坐诊。',
      expect: [
        { name: '广西壮族自治区第八人民医院' },
        { name: '区八医院', canonical: '广西壮族自治区第八人民医院' },
        { name: '区八医院', canonical: '广西壮族自治区第八人民医院' },
      ],
      note: 'a short name given in brackets',
    },
    {
      text: '三河市第一医院(以下简称“三河一院”)与华东协作医院(下称“华东协作”)签约。据悉,三河一院将派出专家,华东协作接收进修医生。',
      expect: [
        { name: '三河市第一医院', category: 'hospital' },
        { name: '三河一院', canonical: '三河市第一医院', category: 'hospital' },
        { name: '华东协作医院', category: 'hospital' },
        { name: '华东协作', canonical: '华东协作医院', category: 'hospital' },
        { name: '三河一院', canonical: '三河市第一医院', category: 'hospital' },
        { name: '华东协作', canonical: '华东协作医院', category: 'hospital' },
      ],
      note: 'a short name given in brackets and quotes is the body wherever the article uses it, whatever its head',
    },
    {
      text: '她现就职于复旦大学医学院附属华山医院,曾任县委常委。',
      expect: [{ name: '复旦大学医学院附属华山医院', category: 'hospital' }],
      note: 'a university, its college and its hospital are one body',
    },
    {
      text: '世卫组织、联合国儿童基金会和工信部关注此事,国家药监局、省中医药局、县自然资源局、市城管局、区网信办参与。',
      expect: [
        { name: '世卫组织', canonical: '世界卫生组织', category: 'other' },
        { name: '联合国儿童基金会', category: 'association' },
        { name: '工信部', category: 'government' },
        { name: '国家药监局', canonical: '国家药品监督管理局' },
        { name: '省中医药局' },
        { name: '县自然资源局' },
        { name: '市城管局' },
        { name: '区网信办' },
      ],
    },
    {
      text: '上海市精神卫生中心、县结核病防治所、省血液中心、南京市公共卫生临床中心和康宁诊所派员参加,扬子江药业、华北制药、国药控股捐赠药品。',
      expect: [
        { name: '上海市精神卫生中心', category: 'hospital' },
        { name: '县结核病防治所', category: 'public_health' },
        { name: '省血液中心', category: 'public_health' },
        { name: '南京市公共卫生临床中心', category: 'public_health' },
        { name: '康宁诊所', category: 'hospital' },
        { name: '扬子江药业', category: 'company' },
        { name: '华北制药', category: 'company' },
        { name: '国药控股', category: 'company' },
      ],
    },
    {
      city: '聊城市',
      text: '县一中和市卫校的学生到东城托儿所、阳光福利院做志愿服务。',
      expect: [
        { name: '县一中', category: 'school' },
        { name: '市卫校', canonical: '聊城市卫生学校' },
        { name: '东城托儿所', category: 'childcare' },
        { name: '阳光福利院', category: 'other' },
      ],
    },
    {
      text: '市120急救指挥中心接到报警后,派出两辆救护车。',
      expect: [{ name: '市120急救指挥中心', category: 'public_health' }],
      note: 'a service number is part of the name',
    },
    {
      text: '国家癌症中心联合市卫生健康综合监督执法支队、县医保中心开展检查。',
      expect: [
        { name: '国家癌症中心', category: 'other' },
        { name: '市卫生健康综合监督执法支队', category: 'government' },
        { name: '县医保中心', category: 'government' },
      ],
    },
    {
      text: '中国人民银行宣布降准,华为技术有限公司和安徽医药投资集团签约。',
      expect: [
        { name: '中国人民银行', category: 'government' },
        { name: '华为技术有限公司', category: 'company' },
        { name: '安徽医药投资集团', category: 'company' },
      ],
    },
    {
      text: '海关总署和外交部发布提示。',
      expect: [
        { name: '海关总署', category: 'government' },
        { name: '外交部', category: 'government' },
      ],
    },
    {
      text: '宁波市第七人民医院(宁波市精神卫生中心)开设门诊。',
      expect: [
        { name: '宁波市第七人民医院' },
        { name: '宁波市精神卫生中心', canonical: '宁波市第七人民医院' },
      ],
      note: 'another name in brackets is the same body',
    },
    {
      text: '专家来自首都医科大学附属北京安贞医院。',
      expect: [{ name: '首都医科大学附属北京安贞医院', category: 'hospital' }],
      note: 'the hospital named inside is no body of its own',
    },
    // Verbs, names and years glued before a head are no part of it.
    {
      text: '王五调研安徽医院,李四代表医院发言,专家组帮助杭州医院提升服务。',
      expect: [{ name: '安徽医院' }, { name: '杭州医院' }],
    },
    { text: '2024年市妇儿医院新增床位。', expect: [{ name: '市妇儿医院', category: 'hospital' }] },
    {
      text: '随医学院更名,附属医院改名为潍坊医学院附属医院。',
      expect: [{ name: '潍坊医学院附属医院', category: 'hospital' }],
    },
    {
      text: '来源:原创西安日报。2024年12月5日大众日报报道,健康报社记者采访。',
      expect: [
        { name: '西安日报' },
        { name: '大众日报', category: 'media' },
        { name: '健康报社', category: 'media' },
      ],
      note: 'a label or a date before a paper is no part of it',
    },
    {
      text: '据原创 西安日报报道,北京晚报社记者采访。',
      expect: [
        { name: '西安日报', category: 'media' },
        { name: '北京晚报社', category: 'media' },
      ],
    },
    // Left edges: 据 is not part of a name.
    { text: '据市医保局统计,据临清市卫健局介绍。', expect: [{ name: '市医保局' }, { name: '临清市卫健局' }] },
    {
      text: '恩施州召开会议,州政府、州卫生健康委负责人出席。',
      expect: [
        { name: '州政府', canonical: '恩施土家族苗族自治州人民政府', category: 'government' },
        { name: '州卫生健康委', canonical: '恩施土家族苗族自治州卫生健康委员会', category: 'government' },
      ],
      note: 'an autonomous prefecture (恩施州) gives its 州 short forms',
    },
    // Bodies general news names without a head: courts, the party centre, the UN, universities, companies.
    {
      text: '最高法与最高检日前联合发布指导意见,党中央对此作出部署。',
      expect: [
        { name: '最高法', canonical: '最高人民法院', category: 'government' },
        { name: '最高检', canonical: '最高人民检察院', category: 'government' },
        { name: '党中央', canonical: '中共中央', category: 'government' },
      ],
    },
    {
      text: '联合国安理会周二召开紧急会议,东盟和非盟代表列席,美联储当天宣布维持利率不变。',
      expect: [
        { name: '联合国安理会', canonical: '联合国安全理事会', category: 'other' },
        { name: '东盟', canonical: '东南亚国家联盟' },
        { name: '非盟', canonical: '非洲联盟' },
        { name: '美联储', category: 'other' },
      ],
      note: 'the UN before its council is one body, named as written',
    },
    {
      text: '来自清华和复旦的学者与腾讯、比亚迪、宁德时代的工程师组成团队,万科也派人参加。',
      expect: [
        { name: '清华', canonical: '清华大学', category: 'school' },
        { name: '复旦', canonical: '复旦大学', category: 'school' },
        { name: '腾讯', category: 'company' },
        { name: '比亚迪', category: 'company' },
        { name: '宁德时代', category: 'company' },
        { name: '万科', category: 'company' },
      ],
    },
    // Papers whose titles are common words, and papers of other kinds (都市报, 新闻网, 周刊, 卫视).
    {
      text: '据科技日报报道,经济日报、农民日报和江南都市报也刊发了消息,常德新闻网、三联生活周刊、湖南卫视跟进。',
      expect: [
        { name: '科技日报', category: 'media' },
        { name: '经济日报', category: 'media' },
        { name: '农民日报', category: 'media' },
        { name: '江南都市报', category: 'media' },
        { name: '常德新闻网', category: 'media' },
        { name: '三联生活周刊', category: 'media' },
        { name: '湖南卫视', category: 'media' },
      ],
    },
    {
      text: '环球时报和证券时报记者采访了中央广播电视总台的编辑。',
      expect: [
        { name: '环球时报', category: 'media' },
        { name: '证券时报', category: 'media' },
        { name: '中央广播电视总台', category: 'media' },
      ],
    },
    // Courts by their short names, law firms, embassies, working committees.
    {
      text: '浙江高院将案件发回重审,温州中院和北京三中院此前审结了相关纠纷,最高院作出批复。',
      expect: [
        { name: '浙江高院', canonical: '浙江高级人民法院', category: 'government' },
        { name: '温州中院', canonical: '温州中级人民法院', category: 'government' },
        { name: '北京三中院', canonical: '北京第三中级人民法院', category: 'government' },
        { name: '最高院', canonical: '最高人民法院', category: 'government' },
      ],
    },
    {
      text: '温州市发布通告。据市中院通报,上海市锦天城律师事务所和天健会计师事务所参与了重整。',
      expect: [
        { name: '市中院', canonical: '温州市中级人民法院', category: 'government' },
        { name: '上海市锦天城律师事务所', category: 'company' },
        { name: '天健会计师事务所', category: 'company' },
      ],
    },
    {
      text: '中国驻德国大使馆提醒在德同胞注意安全,日本驻华使馆也发布了通知。',
      expect: [
        { name: '中国驻德国大使馆', category: 'government' },
        { name: '日本驻华使馆', category: 'government' },
      ],
      note: 'the sending country before 驻 names the embassy',
    },
    {
      text: '九江经开区管委会与长沙高新区党工委签订协议,江西省人事厅派员出席。',
      expect: [
        { name: '九江经开区管委会', category: 'government' },
        { name: '长沙高新区党工委', category: 'government' },
        { name: '江西省人事厅', category: 'government' },
      ],
    },
    // A registered name that crosses brackets: its place or trade inside them.
    {
      text: '强生(中国)医疗器材有限公司捐赠了一批设备。',
      expect: [{ name: '强生(中国)医疗器材有限公司', category: 'company' }],
      note: 'a brand jieba reads as a verb is the one word before the brackets',
    },
    {
      text: '上诉人金鹰物流集团(江苏)有限公司不服判决,原告华茂(集团)股份有限公司(以下简称华茂公司)出庭,华茂公司称。',
      expect: [
        { name: '金鹰物流集团(江苏)有限公司', category: 'company' },
        { name: '华茂(集团)股份有限公司', category: 'company' },
        { name: '华茂公司', canonical: '华茂(集团)股份有限公司', category: 'company' },
        { name: '华茂公司', canonical: '华茂(集团)股份有限公司', category: 'company' },
      ],
      note: 'a party to a lawsuit is no part of the name',
    },
    // National regulators named alone, and the bureaus of economy and planning cities name in short.
    {
      text: '人民银行会同银保监会、证监会出台新规,央行有关负责人答记者问。',
      expect: [
        { name: '人民银行', category: 'government' },
        { name: '银保监会', category: 'government' },
        { name: '证监会', category: 'government' },
        { name: '央行', canonical: '中国人民银行', category: 'government' },
      ],
    },
    {
      text: '芜湖市召开会议,市经信局、市发改局、市规划资源局和国家税务总局芜湖市税务局参加。',
      expect: [
        { name: '市经信局', canonical: '芜湖市经信局', category: 'government' },
        { name: '市发改局', canonical: '芜湖市发改局', category: 'government' },
        { name: '市规划资源局', canonical: '芜湖市规划资源局', category: 'government' },
        { name: '国家税务总局芜湖市税务局', category: 'government' },
      ],
    },
    {
      text: '活动由人社部中国老年医学基金会主办,国家卫生健康委国家中医药局联合印发通知。',
      expect: [
        { name: '人社部', category: 'government' },
        { name: '中国老年医学基金会', category: 'association' },
        { name: '国家卫生健康委', category: 'government' },
        { name: '国家中医药局', category: 'government' },
      ],
      note: 'a national body after another body is a body of its own',
    },
    {
      text: '柳州铁路公安处柳州西站派出所与温州商会、岳阳市老年大学开展共建。',
      expect: [
        { name: '柳州铁路公安处', category: 'government' },
        { name: '柳州西站派出所', category: 'government' },
        { name: '温州商会', category: 'association' },
        { name: '岳阳市老年大学', category: 'school' },
      ],
    },
    {
      text: '建设银行湖南省分行与长沙市工商联、浙江绿城足球俱乐部签约,国际足联派员出席。',
      expect: [
        { name: '建设银行湖南省分行', category: 'company' },
        { name: '长沙市工商联', canonical: '长沙市工商业联合会', category: 'association' },
        { name: '浙江绿城足球俱乐部', category: 'other' },
        { name: '国际足联', canonical: '国际足球联合会', category: 'association' },
      ],
      note: '建设 ends other left edges, so 建设银行 is a head of its own',
    },
    {
      text: '德国议会和日本国会相继表决,美国众议院通过法案,共和党与民主党议员争论不休。',
      expect: [
        { name: '德国议会', category: 'government' },
        { name: '日本国会', category: 'government' },
        { name: '美国众议院', category: 'government' },
        { name: '共和党', category: 'other' },
        { name: '民主党', category: 'other' },
      ],
    },
    {
      text: '中央军委和国家监委联合发文,中国人民解放军某部官兵、中国一汽职工参加,国新办举行发布会。',
      expect: [
        { name: '中央军委', canonical: '中央军事委员会', category: 'government' },
        { name: '国家监委', canonical: '国家监察委员会', category: 'government' },
        { name: '中国人民解放军', category: 'government' },
        { name: '中国一汽', category: 'company' },
        { name: '国新办', canonical: '国务院新闻办公室', category: 'government' },
      ],
    },
    {
      text: '二十国集团领导人峰会和七国集团峰会先后举行,亚太经合组织发表声明。',
      expect: [
        { name: '二十国集团', category: 'other' },
        { name: '七国集团', category: 'other' },
        { name: '亚太经合组织', category: 'other' },
      ],
      note: 'a group of countries is no company',
    },
    {
      text: '德州市第一中学、德州市第二中医院、山东理工职业高等专科学校和德州市青年企业家协会结对共建。',
      expect: [
        { name: '德州市第一中学', category: 'school' },
        { name: '德州市第二中医院', canonical: '德州市第二中医医院', category: 'hospital' },
        { name: '山东理工职业高等专科学校', category: 'school' },
        { name: '德州市青年企业家协会', category: 'association' },
      ],
      note: '第一中学 is no 一中, 高等 no 等',
    },
    {
      text: '国网德州供电公司、中国联通德州分公司和市住房公积金管理中心签订协议。',
      expect: [
        { name: '国网德州供电公司', category: 'company' },
        { name: '中国联通德州分公司', category: 'company' },
        { name: '市住房公积金管理中心', category: 'government' },
      ],
      note: 'a branch is named after its company',
    },
    {
      text: '中共泰州市委泰州市人民政府印发意见,国家铁路局、中国民用航空局和国家邮政局负责人出席。',
      expect: [
        { name: '中共泰州市委', category: 'government' },
        { name: '泰州市人民政府', category: 'government' },
        { name: '国家铁路局', category: 'government' },
        { name: '中国民用航空局', category: 'government' },
        { name: '国家邮政局', category: 'government' },
      ],
      note: 'a government body named by its place after another is a body of its own',
    },
    {
      text: '游客游览南京博物院后,又去了苏州美术馆和淮安市革命纪念馆。',
      expect: [
        { name: '南京博物院', category: 'other' },
        { name: '苏州美术馆', category: 'other' },
        { name: '淮安市革命纪念馆', category: 'other' },
      ],
    },
    {
      text: '财政部、税务总局联合发文,全国工商联和江西省农科院参与,莘县绿野蔬菜种植专业合作社获评示范社。',
      expect: [
        { name: '财政部', category: 'government' },
        { name: '税务总局', category: 'government' },
        { name: '全国工商联', canonical: '中华全国工商业联合会', category: 'association' },
        { name: '江西省农科院', canonical: '江西省农业科学院', category: 'other' },
        { name: '莘县绿野蔬菜种植专业合作社', category: 'company' },
      ],
      note: 'the registered name of a cooperative runs over its verbs back to its place',
    },
    {
      text: '中共中央政治局委员出席,国家能源局、国家文物局、国家外汇管理局和国家安全部有关负责人介绍情况。',
      expect: [
        { name: '中共中央', category: 'government' },
        { name: '国家能源局', category: 'government' },
        { name: '国家文物局', category: 'government' },
        { name: '国家外汇管理局', category: 'government' },
        { name: '国家安全部', category: 'government' },
      ],
      note: 'a 政治局委员 is a member of the committee, not the bureau',
    },
    {
      text: '中共中央政治局召开会议。',
      expect: [{ name: '中共中央政治局', category: 'government' }],
    },
    {
      text: '本报记者 孙海涛摄\n招商局集团董事长出席。',
      expect: [{ name: '招商局集团', category: 'company' }],
      note: 'a photo credit is no part of the body on the next line',
    },
    {
      text: '两国外交部举行首次磋商,韩国外交部发表声明。',
      expect: [
        { name: '外交部', category: 'government' },
        { name: '韩国外交部', category: 'government' },
      ],
      note: 'a count of countries is no part of the name',
    },
    {
      text: '欧洲央行宣布加息,美国国家航空航天局和亚投行也发布了报告,欧洲央行的央行行长表态。',
      expect: [
        { name: '欧洲央行', category: 'government' },
        { name: '美国国家航空航天局', category: 'government' },
        { name: '亚投行', canonical: '亚洲基础设施投资银行', category: 'other' },
        { name: '欧洲央行', category: 'government' },
        { name: '央行', canonical: '欧洲央行', category: 'government' },
      ],
      note: 'a central bank is named by its place, and 央行 said again is that bank',
    },
    {
      text: '央行下调存款准备金率。',
      expect: [{ name: '央行', canonical: '中国人民银行', category: 'government' }],
      note: '央行 alone is the central bank of China',
    },
    {
      text: '中共中央高度重视政协工作,常委会多次研究政协提案,依法监督政府行为。',
      expect: [{ name: '中共中央', category: 'government' }],
      note: 'a verb jieba tags as an idiom or a verbal noun ends the left edge',
    },
    {
      text: '东方航空公司和中国建筑工程总公司、南京华联贸易有限公司签约。',
      expect: [
        { name: '东方航空公司', category: 'company' },
        { name: '中国建筑工程总公司', category: 'company' },
        { name: '南京华联贸易有限公司', category: 'company' },
      ],
      note: 'a trade word is no name, but a company named besides it is one',
    },
    {
      text: '北京师范大学、中国医科大学和华南理工大学联合招生。',
      expect: [
        { name: '北京师范大学', category: 'school' },
        { name: '中国医科大学', category: 'school' },
        { name: '华南理工大学', category: 'school' },
      ],
    },
    {
      text: '临沂农商银行与北京美莱医疗美容医院签约。',
      expect: [
        { name: '临沂农商银行', category: 'company' },
        { name: '北京美莱医疗美容医院', category: 'hospital' },
      ],
    },
    {
      text: '沂南县召开会议,县人武部官兵参加。',
      expect: [{ name: '县人武部', canonical: '沂南县人民武装部', category: 'government' }],
    },
    {
      text: '南阳高新区招商局、市供销社与北京中关村互联网文创产业园管理有限公司签约,招商局集团和中科院专家出席,清华产业园同步揭牌。',
      expect: [
        { name: '南阳高新区招商局', category: 'government' },
        { name: '市供销社', category: 'other' },
        { name: '北京中关村互联网文创产业园管理有限公司', category: 'company' },
        { name: '招商局集团', category: 'company' },
        { name: '中科院', canonical: '中国科学院', category: 'other' },
      ],
      note: 'a registered name may run to 16 characters; 清华产业园 is no university',
    },
    {
      text: '被告人羁押于德州市看守所,后转至山东省女子监狱,北京仲裁委员会、市法律援助中心和城关司法所参与。',
      expect: [
        { name: '德州市看守所', category: 'government' },
        { name: '山东省女子监狱', category: 'government' },
        { name: '北京仲裁委员会', category: 'government' },
        { name: '市法律援助中心', canonical: '德州市法律援助中心', category: 'government' },
        { name: '城关司法所', category: 'government' },
      ],
    },
    {
      text: '他考入株洲市第二高中,高中生活很充实,普通高中和县高中都在招生。',
      expect: [{ name: '株洲市第二高中', category: 'school' }],
      note: 'a senior high school named by its place; 高中生活, 普通高中 and 县高中 are none',
    },
    {
      text: '据路透社和法新社报道,华盛顿邮报、纽约时报和金融时报也关注此事。',
      expect: [
        { name: '路透社', category: 'media' },
        { name: '法新社', category: 'media' },
        { name: '华盛顿邮报', category: 'media' },
        { name: '纽约时报', category: 'media' },
        { name: '金融时报', category: 'media' },
      ],
    },
    {
      text: '日本外务省、英国内政部和美国联邦调查局相继回应,美国疾病控制与预防中心发布数据,美国国防部未予置评。',
      expect: [
        { name: '日本外务省', category: 'government' },
        { name: '英国内政部', category: 'government' },
        { name: '美国联邦调查局', category: 'government' },
        { name: '美国疾病控制与预防中心', category: 'government' },
        { name: '美国国防部', category: 'government' },
      ],
    },
    {
      text: '国家自然科学基金委员会资助了这项研究,作者来自管理与经济学院和商学院。',
      expect: [{ name: '国家自然科学基金委员会', category: 'government' }],
      note: 'a college named by its field alone is a kind',
    },
    {
      text: '据环球网和红星新闻报道,中国网和央视网也转载了消息,中国网民规模持续扩大。',
      expect: [
        { name: '环球网', category: 'media' },
        { name: '红星新闻', category: 'media' },
        { name: '中国网', category: 'media' },
        { name: '央视网', category: 'media' },
      ],
      note: '中国网民 are users, not the site',
    },
    {
      text: '山西王家岭煤矿发生透水事故,小煤矿和国有煤矿都要整改,该煤矿已停产。',
      expect: [{ name: '山西王家岭煤矿', category: 'company' }],
      note: 'a mine named by its place; 小煤矿, 国有煤矿 and 该煤矿 are none',
    },
    {
      text: '患者先后去了浙大儿院、浙大妇院和浙大四院。',
      expect: [
        { name: '浙大儿院', canonical: '浙江大学医学院附属儿童医院', category: 'hospital' },
        { name: '浙大妇院', canonical: '浙江大学医学院附属妇产科医院', category: 'hospital' },
        { name: '浙大四院', canonical: '浙江大学医学院附属第四医院', category: 'hospital' },
      ],
      note: 'the university short name before its hospitals is no university',
    },
    {
      text: '复旦大学医院管理研究所公布了排行榜。',
      expect: [{ name: '复旦大学医院管理研究所', category: 'other' }],
      note: 'a unit named by a common word after its parent is part of it',
    },
    {
      text: '北京大学经济研究所、浙江大学环保研究中心和清华大学航空研究院联合发布报告,中国社会科学院经济研究所参与。',
      expect: [
        { name: '北京大学经济研究所', category: 'other' },
        { name: '浙江大学环保研究中心', category: 'other' },
        { name: '清华大学航空研究院', category: 'other' },
        { name: '中国社会科学院经济研究所', category: 'other' },
      ],
      note: 'the institute of a university is part of it, even named by a generic field',
    },
    // Todo: open findings (docs/open-findings.md), written before their rules.
    {
      text: '东关街道办事处建设路社区卫生服务站为居民免费体检。',
      expect: [{ name: '东关街道办事处建设路社区卫生服务站', category: 'primary_care' }],
      note: "a community is named by its road: the road is part of its service station's name",
    },
    {
      text: '山东聊城莘县人民医院开展义诊。',
      expect: [{ name: '山东聊城莘县人民医院', canonical: '莘县人民医院' }],
      todo: 'the short forms of province and city before a county stay in canonical',
    },
    {
      text: '患者被转到安定医院继续治疗。',
      expect: [{ name: '安定医院', category: 'hospital' }],
      todo: 'jieba cuts 安定 as a verb, and a name that is a verb is taken only from a list',
    },
    {
      text: '市医保局结算处负责人介绍了报销流程。',
      expect: [{ name: '市医保局结算处', category: 'government' }],
      todo: 'a department whose name holds a verb (结算) does not join its bureau',
    },
    {
      text: '国家卫生健康委规划发展与信息化司发布通知。',
      expect: [{ name: '国家卫生健康委规划发展与信息化司', category: 'government' }],
      note: 'a department whose name joins two fields by 与 right after its ministry',
    },
    {
      text: '济南铁路地区工协委组织职工体检。',
      expect: [{ name: '济南铁路地区工协委' }],
      todo: 'an acronym-like body with no head word',
    },
    {
      text: '上午,市立医院的专家走进社区开展义诊。',
      expect: [{ name: '市立医院', category: 'hospital' }],
      todo: 'a head that holds its own short form (市立医院, 省立医院) with nothing before it',
    },
  ],
  negative: [
    // Groups of criminals and kinds of firm, with no name.
    '犯罪集团和诈骗集团、外卖平台公司、电网公司、自来水公司、合资公司、控股公司、小额贷款公司。',
    // Securities as a thing, and fields and schools that begin with a firm's name.
    '有价证券和证券市场、证券代码,投资证券、发行证券,中国石油行业专家和中国石油储备。',
    // A hospital's role towards another names none.
    '签署协作医院协议书,成员医院、对口医院、结对医院、教学医院、核心医院和龙头医院都参加。',
    // Parts of known names abroad: 合作委员会, 国民议会 alone.
    '五角星大楼前,合作委员会成员讨论国民议会选举。',
    // Factories with no place are kinds: 污水处理厂, 县酒厂, 印刷厂.
    '工厂出厂的产品,厂长说厂房已建好。新建污水处理厂和自来水厂投用,该厂全厂职工参加。城区水厂、县酒厂、老电厂、乡镇企业的砖瓦厂和印刷厂都关了。他在纺织厂上班,钢铁厂排污。',
    // Middle schools of a stage as a kind, and 学校|部分.
    '全县有初级中学12所、高级中学3所,农村初级中学教师和城区高级中学学生参加,学校部分教室已改造。',
    // The adverbial 地 after a manner word is no brand's: 大力|地|支持|科技有限公司.
    '杭州大力地支持科技有限公司发展,温州积极地引进贸易有限公司。',
    // A distance and the cue of another name name nothing: 小区|距离|医院, 下称|医院, 又名|学校.
    '小区距离医院不远,下称医院的地方已拆除,又名学校的老屋还在。',
    // Supervision as work, not a body: 监督执法工作, 综合监督局面.
    '加强卫生监督执法工作,完善监督检查中心工作机制和综合监督局面。',
    '专家走访了辖区医院、两家医院和辖区卫生院。',
    '疫情期间建起方舱医院,移动医院开进山村。',
    // A known name of two characters inside other words (洞庭湖|人民, 李顺丰).
    '环洞庭湖人民群众健康意识提升。',
    '村民李顺丰说,今年收成好。',
    // The end of a research centre's name, cut from it: 管理研究中心 alone.
    '管理研究中心发布了排行榜。',
    // Latin words for kinds: IT公司, AI公司, 5G公司.
    'IT公司和AI公司纷纷裁员,5G公司加快布局。',
    // Residents' committees as a kind, after an adverb: 大力推进|社区居委会.
    '大力推进社区居委会和村委会建设。',
    // A committee of an event that is not named is a kind: 大赛组委会, 活动组委会.
    '大赛组委会发布通知,活动组委会表示感谢。',
    // Kinds of firm and school in general news.
    '证券公司和基金公司发布报告,中小学校开学,监管部门约谈平台企业,上级法院撤销原判,政策性银行放贷。',
    // Rural banks as a kind, with no place.
    '他在农商行工作,农信社和信用合作联社都已改制。',
    // A province's players and a troop are no team: 山东队员, 云南队伍.
    '山东队员赛后接受采访,云南队伍连夜出发。',
    // Schools of a kind: owned by a level of government (省属), of a stage (中等职业), of a trade (技工).
    '省属中等职业学校和技工学校开始招生,市属医院也参加了。',
    // Fields that begin with a company's name: 中国建筑业, 中国石化工业; 提高|通过 holds no 高通.
    '中国建筑业和中国石化工业协同发展,提高通过率。',
    // A withheld name with no place (某|建材有限公司) names none, nor a trade cut at its verb (建设|管理公司).
    '某建材有限公司被罚款,城市建设管理公司也被约谈。',
    // 和 after people joins no fields (专家|和|教育学院); 学会了 is learnt.
    '专家和教育学院的老师交流,医生和护士学会了急救。',
    // A club's name that is also a mountain or a city, and a troop: 山东泰山景区, 利物浦港, 申花队伍 is none.
    '游客登上山东泰山景区,货轮驶离利物浦港,消防队伍集结。',
    // A bank's short name inside other words: 创建|行业, 施工|行为, 其中|行政, 重建|行动.
    '他们创建行业标杆,施工行为规范,其中行政人员到位,灾后重建行动展开。',
    // A place doing something to societies names none: 组织|协会会员, 积极引导|协会, 召开|协会.
    '昆明市组织协会会员义诊,温州市积极引导协会发展,柳州市召开协会工作会议。',
    // Kinds of body, not bodies.
    '年底前将完成全部村卫生室标准化建设,所有乡镇卫生院均配备了救护车。',
    '基层法院和检察院要加强协作,两级法院审结案件数量上升。',
    '社区成立了老年人俱乐部和糖尿病患者俱乐部。',
    '督查发现,个别医院存在重复收费问题,部分政府部门推诿扯皮,一些卫生院缺少医生。',
    '全市托育机构达477家,41家医疗机构与327家托育机构签订合作协议,开设托班的幼儿园427家。',
    '全市双证齐全医养结合机构达43家,市级公立老年病医院全覆盖,康复医院县域覆盖超七成。',
    '三级医院120元/天、二级医院105元/天、一级医院100元/天。',
    '“医生,去年我在县医院的检查结果,在咱这儿能查吗?”',
    '以前拿药、测血糖要倒几趟公交去大医院,13家二级以上公立医院开展服务。',
    '东阿县各哨点医院、疾控中心各负其责。',
    '再建设20个特色专科卫生院、10个中医特色卫生院,140个乡镇卫生院和社区卫生服务中心全部开展儿科服务。',
    '市县成立托育服务协会,市、县成立托育服务行业协会,成立阿胶、桑黄、灵芝3个产业协会。',
    '将建设托育综合服务中心、千人口托位数等指标列入考核,市、县两级托育综合服务中心实现全覆盖。',
    '全市计划建设25个社区托育驿站,驿站均选址于党群服务中心。',
    '在城市,通过医疗集团建设有效破解服务“碎片化”难题。集团内十大资源共享中心高效运转。',
    '新建6个省级重点学科(实验室),填补聊城市国家级中医临床类实验室空白。',
    '电子银行注册地为山东聊城的个人手机银行实名客户。',
    '全县乡镇卫生院全部达到服务能力标准,全区社区卫生服务中心完成改造。',
    '各级组织部门、宣传部门要高度重视。',
    '各级卫生部门做好教育部署,公安部门和财政部门配合,科技部件和卫生部位检查。',
    '全市1300家村卫生室实现医保结算。',
    '队伍从中心北门出发。中心妇联执委组织签到,单位工会发放礼品。',
    // A title and a name glued to a verb are no part of the body after them.
    '副市长张月莲到医院调研。县长孙丽到卫生院看望医护人员。',
    // Departments, anaphora, places, programmes.
    '组建了由神经内科、神经外科、康复科、麻醉科等多学科专家组成的会诊团队。',
    '该院将持续加强医务人员职业安全培训,该中心依托优质医疗资源,中心将继续开展活动。',
    '聊城将托育工作纳入重点研究事项,东阿县也是聊城市唯一完成任务的县区。',
    '患儿家庭还可以申请新苗公益基金、中国出生缺陷干预救助基金。',
    '孩子们在老师带领下愉快地游戏,他学会了很多。',
    '4月22日报道,大学生和中学生参加了活动。',
    // Generic phrases: kinds of hospital, not hospitals.
    '他被转到国内顶尖医院,那是一家三甲综合医院,也是国内一流医院。',
    '当地建有肿瘤专科医院和定点医院,新建普惠性幼儿园10所。',
    '基层医疗机构感谢党和政府,党委政府高度重视,深化医院改革。',
    '这家股份有限公司规模不大。',
    // Heads inside other words: 市民|建议, 社区|委托, 分会场 (人大附中 is a school, no 人大: see the examples).
    '市民建议增加班次,市民进入医院,社区委托第三方,杭州委托机构评估。',
    '主会场设在北京,各地设分会场。',
    '制药企业要统一中标价格,控股股东和养老院、诊所、门诊部都要登记。',
    '要支持医院、引导医院、推动医院和社区医院合作。',
    '北京推动医院改革,上海鼓励公司上市。',
    '各县区卫健局要加强督导,这所大学附属医院和部队医院获批。',
    '他进入一家科技公司工作,多家保险公司推出新产品,证券公司和国有银行业绩分化。',
    '医院实现一院多区同质化管理,一院一策推进改革。',
    '医院老旧院区改造完成,新院区同步启用。',
    '他向《健康文摘》社有限公司投稿。',
    '建设紧密型县域医共体总医院,推动互联网医院和智慧医院建设,他在一家私立医院工作。',
    '各县(市)、区人民政府,各经济开发区管委会,各县人民医院要高度重视。',
    // Known names inside longer words: 北大荒, 京东方, 亚马逊雨林, 最高法律.
    '他在北大荒插过队,后来去京东方上班,又去亚马逊雨林考察,这是最高法律效力的文件。',
    '心内科苗华为主任来到伊利诺伊州访问。',
    // A paper's head inside other words: 工作日|报告, 近日|报道, 及时|报送, 次日|报到.
    '他每天写工作日报告,近日报道称,单位要及时报送数据,新生次日报到,同时报告病情。',
    // Kinds of court, firm and embassy, and 驻 before a town.
    '他想进律师事务所工作,使馆区很安静,驻村工作队进村入户,与中院校友合作。',
    // Brackets after a generic or unnamed body, or holding a note, start no name.
    '某某医院(集团)有限公司和一家科技(苏州)有限公司签约,该公司(以下简称公司)股份有限公司。',
    // Every town's, not a town's: 各乡镇 is no place.
    '医院和各乡镇卫生院组成医共体,全县乡镇卫生院参加。',
    // 协|商会 is no chamber of commerce; a school of a kind is no school.
    '全市职业教育专题协商会召开,建成2所老年大学和13个街镇社区学校。',
    // Kinds of club and party, and 国会 inside other words.
    '社区成立了书法俱乐部,各民主党派和全国会议代表出席,国会议员发言。',
    // Kinds of school and association.
    '发展中等职业教育,办好青年协会和高等院校,学生多来自高等专科学校等。',
    // Kinds of museum.
    '博物馆、美术馆、纪念馆和科技馆免费开放。',
    // A cooperative with no place before its trade is no name; farmers' cooperatives are a kind.
    '村里成立了食用菌种植农民专业合作社,农民专业合作社发展到220万家。',
    // A phrase about a body is no body: 唯一合法政府.
    '这是代表全国的唯一合法政府。',
    // 国会 and 议会 inside other words.
    '中国会展中心举办全国会计工作会议,两国会晤后,审议会上和建议会后,协议会签。',
    // The new heads inside other words: 提高|院感, 其中|院长, 中央|行政, 中国移动|互联网, 公安|处罚, 政治|局势.
    '要提高院感防控水平,提高院前急救能力,其中院长带队,中央行政机关和中央行动迅速,发展中国移动互联网和中国移动支付,中国电信业改革,依法给予公安处罚,社会政治局势稳定。',
    // Known names inside common words: 东北|大米, 北京|东路, 人格|力量, 十万|科技, 新浪|潮, 最高|检测.
    '东北大米运到北京东路,靠的是人格力量,十万科技工作者掀起新浪潮,最高检测值达标。',
    // Kinds of company by their trade.
    '他注册了空壳公司,联系了家政公司、中介公司和担保公司,还在一家航空公司和网约车公司干过。',
    // Kinds of school and bodies abroad of no name.
    '他考上了名牌大学,后来去海外大学和外国公司,读过师范大学、医科大学和理工大学,也在普通中学教书,境外公司和国外医院都去过。',
    // Kinds of clinic and bank.
    '他在私人诊所和黑诊所看过病,也去过牙科诊所、宠物医院、美容医院和整形医院,存款放在村镇银行、农商银行和股份制银行。',
    // Kinds of justice body.
    '他被送进监狱,看守所民警、司法所工作人员和劳动仲裁委员会参加。',
    // Kinds of maternal and child health centre, with no place.
    '全省妇幼计生中心和妇保院共有120家,各地妇保院完成改造。',
    // An ordinal count before a head counts bodies: 第一家|医院, 第二所|卫生院, 第三批|医院.
    '这是全区第一家医院,该镇第二所卫生院也已建成,第三批医院名单公布。',
    // 武警 alone is no body, nor a medical centre with nothing before it.
    '他在武警服役多年,第一医学中心成立后调回。',
    // Kinds of health service centre, with no place.
    '各地卫生服务中心和社区健康服务中心陆续建成。',
    // A specialty hospital with no place or short form is a kind.
    '当地新建一家肿瘤医院,三甲肿瘤医院、专科口腔医院和民营眼科医院都在扩建,精神病医院床位紧张。',
    // The centres as a kind, with no place.
    '各地加快建设公共卫生救治中心和公共卫生医疗救治中心。',
    // A numbered hospital with no place or name before it is no body.
    '第一医院建设标准发布,第三医院正在选址,四医院联合开展培训。',
    // A measure word after a number ends a name: 23家镇卫生院 are township hospitals.
    '全市23家镇卫生院全部达标,3家哨点医院开展监测,12个镇卫生院和5所镇卫生院完成改造。',
  ],
};

export default corpus;
