// Institutions: the heads that end a named body (医院, 疾控中心, 协会, 教育部, 妇幼司 ...), with their
// category, the full form of abbreviated heads and what each needs before it; bodies named without
// a head (新华社, 全国妇联, 世卫组织); the parties before a place in a committee's name (中共, 民盟);
// the places outside Liaocheng that start institution names; the modifiers and markers that make a
// head generic (三级医院, 特色专科卫生院, 肿瘤专科医院, 国内一流医院); the words that end a name's
// left edge (调研, 原创, 这家); and a table of whole-name aliases and nicknames (哈医大一院). The
// extractor (src/extractors/institutions.ts) is generic over these lists: a word is a one-line change.

import type { InstitutionFields } from '../records.js';

export type InstitutionCategory = InstitutionFields['category'];

export interface InstitutionHead {
  head: string;
  category: InstitutionCategory;
  /** The head's full form in canonical names (疾控中心 -> 疾病预防控制中心). */
  full?: string;
  /**
   * How much left edge the head needs to name one body: `any` (a place, a proper name or a 市/县
   * short form: 市人民医院), `named` (a place or a proper name: 县医院 and 市医院 are generic),
   * `short` (only a place or a 市/县/区 short form, nothing between: 市妇幼, 市二院), `placed` (a
   * place, with or without a name after it: 昆明制药厂; 印刷厂, 县酒厂 are kinds), `none` (the head
   * alone names one body: 教育部).
   */
  needs: 'any' | 'named' | 'short' | 'placed' | 'none';
  /** Text right after the head that shows it is part of a longer word (妇幼 in 妇幼保健协会). */
  notBefore?: string[];
  /** A branch or sub-unit: attaches to the institution just before it (聊城市公安局茌平区分局). */
  subUnit?: boolean;
  /** A body of its own even right after its parent's name (…分局|博平派出所): never joined to it. */
  separate?: boolean;
  /**
   * A department of a government body (国家卫生健康委|医政司, 省卫健委|疾控处): named by any word
   * and part of the body right before it, never a body alone.
   */
  department?: boolean;
  /** A registered name, read back over verbs to the place it starts with (…农业扶贫发展股份有限公司). */
  registered?: boolean;
  /**
   * A society named by its field, which jieba may call a verb (福州市|围棋/v|协会, 中国长丝|织造/v|学会):
   * read back over that verb to the place before it, a few characters away.
   */
  society?: boolean;
  /** The head begins a word of its own (苏州市|民盟), never the end of another (市民|建议 is no 民建). */
  wholeWord?: boolean;
  /** Named from where it is stationed, over 驻: 中国驻法国大使馆. */
  stationed?: boolean;
  /** A title, which may be made of common words: a paper's (经济日报, 科技日报, 法治周刊). */
  titled?: boolean;
  /**
   * The head alone, a word of its own, names its level's body (市委、市政府印发; 省委召开会议), unless
   * one of these words follows and makes it part of someone's post (市委书记, 县委常委).
   */
  aloneUnlessBefore?: string[];
  /** Named by a community, whose name may be a word jieba calls an adjective (幸福/a|社区居委会). */
  ofCommunity?: boolean;
  /**
   * The full form is a Chinese division's body's: written out only right after a place of China or a
   * level (昆明市政府, 县政府 -> …人民政府), never after a country or a name (美国政府, 特区政府).
   */
  domestic?: boolean;
}

/** The fields of government with a 厅 in each province and a 部 in Beijing (民政厅, 教育部). */
const GOVERNMENT_FIELDS = [
  '卫生',
  '教育',
  '民政',
  '财政',
  '公安',
  '司法',
  '科技',
  '商务',
  '审计',
  '外交',
  '国防',
  '水利',
  '自然资源',
  '生态环境',
  '农业农村',
  '交通运输',
  '应急管理',
  '文化和旅游',
  '住房和城乡建设',
  '工业和信息化',
  '人力资源和社会保障',
  '人力资源社会保障',
];

/** After a ministry's name, the rest of a longer word: 教育部门, 财政部署, 卫生部位, 科技部件. */
const MINISTRY_NOT_BEFORE = ['门', '分', '署', '位', '队', '长', '件', '落'];

/** After a paper's head, the rest of a longer word: 工作日|报告, 近日|报道, 次日|报到, 昨日|报名. */
const PAPER_NOT_BEFORE = ['告', '道', '送', '到', '名', '警', '表', '批', '账', '销', '案', '废', '价'];

/** After a school's head, the rest of a road's or place's name: 学院路, 大学街, 中学大道. */
const ROAD_AFTER_SCHOOL = ['路', '街', '大道'];

/** After 高院 and 中院, the rest of another word: 提高|院感, 提高|院前急救, 其中|院长, 初中|院校. */
const COURT_NOT_BEFORE = [
  '感',
  '前',
  '内',
  '外',
  '士',
  '长',
  '区',
  '校',
  '所',
  '系',
  '级',
  '部',
  '办',
  '务',
  '方',
  '落',
];

/** The democratic parties, whose local committees name a place after the party (民盟杭州市委员会). */
export const DEMOCRATIC_PARTIES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'];

/** Parties before a place in a committee's name: 中共江苏省委, 致公党青岛市委. */
// The armed police before a place is part of its units' names too (武警|四川省总队医院).
export const PARTY_PREFIXES = new Set(['中共', '中国共产党', '共青团', '武警', ...DEMOCRATIC_PARTIES]);

/** The short names of the big banks, with their registered names. */
const BANK_SHORT_NAMES: Record<string, string> = {
  工行: '中国工商银行',
  农行: '中国农业银行',
  中行: '中国银行',
  建行: '中国建设银行',
  交行: '交通银行',
  招行: '招商银行',
  农发行: '中国农业发展银行',
  国开行: '国家开发银行',
};

export const INSTITUTION_HEADS: InstitutionHead[] = [
  // Hospitals.
  { head: '医院', category: 'hospital', needs: 'named' },
  { head: '人民医院', category: 'hospital', needs: 'any' },
  { head: '中心医院', category: 'hospital', needs: 'any' },
  { head: '中医医院', category: 'hospital', needs: 'any' },
  { head: '中医院', category: 'hospital', full: '中医医院', needs: 'any' },
  { head: '中西医结合医院', category: 'hospital', needs: 'any' },
  { head: '传染病院', category: 'hospital', needs: 'any' }, // 哈尔滨市传染病院
  { head: '省立医院', category: 'hospital', needs: 'named' },
  // A specialty hospital in short is the city's or province's (市口腔医院, 省肿瘤医院); with no
  // place or short form before it the specialty makes it a kind (肿瘤专科医院, 民营口腔医院).
  ...[
    '肿瘤',
    '口腔',
    '眼科',
    '传染病',
    '胸科',
    '妇产',
    '骨科',
    '精神病',
    '结核病',
    '康复',
    '老年病',
    '皮肤病',
    '职业病',
  ].map((specialty): InstitutionHead => ({ head: `${specialty}医院`, category: 'hospital', needs: 'any' })),
  { head: '市立医院', category: 'hospital', needs: 'any' }, // 宿州市立医院, 青岛市立医院
  { head: '附属医院', category: 'hospital', needs: 'named' },
  { head: '妇女儿童医院', category: 'hospital', needs: 'any' },
  { head: '儿童医院', category: 'hospital', needs: 'any' },
  { head: '第一人民医院', category: 'hospital', needs: 'any' },
  { head: '第二人民医院', category: 'hospital', needs: 'any' },
  { head: '第三人民医院', category: 'hospital', needs: 'any' },
  { head: '第四人民医院', category: 'hospital', needs: 'any' },
  // Numbered hospitals of a city or a university: 南京市第一医院, 兰州大学第二医院, …大学附属第一医院.
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].flatMap((n): InstitutionHead[] => [
    { head: `第${n}医院`, category: 'hospital', needs: 'any' },
    { head: `附属第${n}医院`, category: 'hospital', needs: 'named' },
  ]),
  // A city's numbered hospitals in short, after a place or short form only: 市二院, 市五院.
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map(
    (n): InstitutionHead => ({
      head: `${n}院`,
      category: 'hospital',
      full: `第${n}人民医院`,
      needs: 'short',
      notBefore: ['多区', '两区', '一策', '院士'],
    }),
  ),
  // The same with 医院: 市一医院, 县三医院 (a 第三医院 is named in full, not by this head).
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map(
    (n): InstitutionHead => ({
      head: `${n}医院`,
      category: 'hospital',
      full: `第${n}人民医院`,
      needs: 'short',
    }),
  ),
  { head: '妇女儿童医疗中心', category: 'hospital', needs: 'any' },
  { head: '儿童医学中心', category: 'hospital', needs: 'any' },
  { head: '分院', category: 'hospital', needs: 'named', subUnit: true },
  // The head hospital of a county's health community, named after its hospital: 县人民医院|医共体总院.
  { head: '医共体总院', category: 'hospital', needs: 'named', subUnit: true },
  { head: '院区', category: 'hospital', needs: 'named', subUnit: true }, // 聊城市人民医院东昌院区
  // The medical centres of the PLA General Hospital: 解放军总医院第一医学中心.
  ...['一', '二', '三', '四', '五', '六', '七', '八'].map(
    (n): InstitutionHead => ({ head: `第${n}医学中心`, category: 'hospital', needs: 'named', subUnit: true }),
  ),
  { head: '精神卫生中心', category: 'hospital', needs: 'any' },
  { head: '疗养院', category: 'hospital', needs: 'named' },
  { head: '诊所', category: 'hospital', needs: 'named' },
  { head: '门诊部', category: 'hospital', needs: 'named' },
  { head: '体检中心', category: 'hospital', needs: 'named' },
  // Campuses by direction join the hospital before them (…第一人民医院东院); alone they name none.
  ...['东院', '西院', '南院', '北院'].map(
    (head): InstitutionHead => ({
      head,
      category: 'hospital',
      needs: 'named',
      subUnit: true,
      notBefore: ['区', '长'],
    }),
  ),
  // A university's hospital by nickname: 郑大一附院, 哈医大一院, 青大附院 (the university's short name before).
  ...[
    '一附院',
    '二附院',
    '三附院',
    '四附院',
    '五附院',
    '六附院',
    '附一院',
    '附二院',
    '附三院',
    '大附院',
    '医附院',
    '医大一院',
    '医大二院',
    '医大三院',
    '医大四院',
    '医大五院',
    '医大六院',
  ].map((head): InstitutionHead => ({ head, category: 'hospital', needs: 'named' })),
  // Primary care.
  { head: '卫生院', category: 'primary_care', needs: 'named' },
  { head: '中心卫生院', category: 'primary_care', needs: 'named' },
  { head: '社区卫生服务中心', category: 'primary_care', needs: 'named' },
  { head: '社区卫生服务站', category: 'primary_care', needs: 'named' },
  // Other names of a community health centre: 蛇口街道卫生服务中心, Shenzhen's 社区健康服务中心 and 社康中心.
  { head: '卫生服务中心', category: 'primary_care', needs: 'named' },
  { head: '社区健康服务中心', category: 'primary_care', needs: 'named' },
  { head: '社康中心', category: 'primary_care', needs: 'named' },
  { head: '卫生室', category: 'primary_care', needs: 'named' }, // 前屯村卫生室; 1300家村卫生室 names none
  // Public health.
  { head: '疾病预防控制中心', category: 'public_health', needs: 'any' },
  { head: '疾控中心', category: 'public_health', full: '疾病预防控制中心', needs: 'any' },
  // 市疾控提醒: the bare short form, only right after a place or 市/县/区 (疾控工作 is the field).
  {
    head: '疾控',
    category: 'public_health',
    full: '疾病预防控制中心',
    needs: 'short',
    notBefore: [
      '工作',
      '人员',
      '机构',
      '体系',
      '部门',
      '系统',
      '知识',
      '队伍',
      '能力',
      '专业',
      '处',
      '司',
      '科',
    ],
  },
  { head: '妇幼保健院', category: 'public_health', needs: 'any' },
  { head: '妇幼保健计划生育服务中心', category: 'public_health', needs: 'any' },
  // Other names of a maternal and child health centre: 盐亭县妇幼计生中心, 市妇保院.
  { head: '妇幼计生服务中心', category: 'public_health', needs: 'any' },
  { head: '妇幼计生中心', category: 'public_health', needs: 'any' },
  { head: '妇幼保健和计划生育服务中心', category: 'public_health', needs: 'any' },
  { head: '妇保院', category: 'public_health', full: '妇幼保健院', needs: 'any' },
  // 金寨县妇计中心 in short; counties that kept the older names: 丰县妇幼保健所, 妇幼保健站.
  { head: '妇计中心', category: 'public_health', full: '妇幼保健计划生育服务中心', needs: 'any' },
  { head: '妇幼保健所', category: 'public_health', needs: 'any' },
  { head: '妇幼保健站', category: 'public_health', needs: 'any' },
  {
    head: '妇幼',
    category: 'public_health',
    full: '妇幼保健院',
    needs: 'short',
    notBefore: ['保健', '健康', '工作', '卫生', '服务', '儿童', '司', '处'],
  },
  { head: '中心血站', category: 'public_health', needs: 'any' },
  { head: '血液中心', category: 'public_health', needs: 'any' },
  { head: '公共卫生临床中心', category: 'public_health', needs: 'any' },
  // A city's infectious-disease centre under its other names: 贵阳市公共卫生救治中心.
  { head: '公共卫生救治中心', category: 'public_health', needs: 'any' },
  { head: '公共卫生医疗救治中心', category: 'public_health', needs: 'any' },
  { head: '公共卫生临床医疗中心', category: 'public_health', needs: 'any' },
  { head: '癌症中心', category: 'other', needs: 'any' },
  { head: '心血管病中心', category: 'other', needs: 'any' },
  { head: '综合监督执法局', category: 'government', needs: 'any' },
  { head: '综合监督执法支队', category: 'government', needs: 'any' },
  // Law enforcement and insurance agencies by the names counties give them: 县卫生健康综合行政执法大队, 县医疗保障事业管理中心.
  ...[
    '执法大队',
    '执法支队',
    '综合行政执法局',
    '医疗保障事业管理中心',
    '医疗保险事业管理中心',
    '社会保险事业管理中心',
  ].map((head): InstitutionHead => ({ head, category: 'government', needs: 'any' })),
  { head: '医保中心', category: 'government', needs: 'any' },
  { head: '社保中心', category: 'government', needs: 'any' },
  // A zone's or county's health office under its service name: 高新区卫生健康管理服务中心.
  { head: '卫生健康管理服务中心', category: 'government', needs: 'any' },
  { head: '卫生健康服务中心', category: 'government', needs: 'any' },
  { head: '医疗保障服务中心', category: 'government', needs: 'any' },
  { head: '卫生防疫站', category: 'public_health', needs: 'any' },
  { head: '防治所', category: 'public_health', needs: 'any' }, // 结核病防治所
  { head: '防治院', category: 'public_health', needs: 'any' },
  { head: '急救中心', category: 'public_health', needs: 'any' },
  { head: '紧急医疗救援指挥中心', category: 'public_health', needs: 'any' },
  // A province's emergency centre, and a city's 120 dispatch centre: 甘肃省紧急医疗救援中心, 市120指挥调度中心.
  { head: '紧急医疗救援中心', category: 'public_health', needs: 'any' },
  { head: '120指挥调度中心', category: 'public_health', needs: 'any' },
  { head: '120调度指挥中心', category: 'public_health', needs: 'any' },
  { head: '医疗急救指挥中心', category: 'public_health', needs: 'any' },
  { head: '急救指挥中心', category: 'public_health', needs: 'any' },
  { head: '卫生监督所', category: 'public_health', needs: 'any' },
  // Health supervision under the names provinces and cities give it: 卫生健康监督所, 卫生计生综合监督所,
  // 卫生健康委员会|监督所, 卫生健康综合监督中心, 卫生计生监督局, 卫生和计划生育监督执法总队.
  ...[
    '监督所',
    '综合监督所',
    '卫生健康监督中心',
    '卫生监督中心',
    '综合监督中心',
    '技术监督中心',
    '监督检查中心',
  ].map((head): InstitutionHead => ({ head, category: 'public_health', needs: 'any' })),
  ...[
    '综合监督局',
    '卫生计生监督局',
    '执法监察局',
    '执法总队',
    '监督执法总队',
    '监督执法支队',
    '综合监督保障中心',
  ].map((head): InstitutionHead => ({ head, category: 'government', needs: 'any' })),
  // Childcare.
  { head: '托育综合服务中心', category: 'childcare', needs: 'named' },
  { head: '托育服务中心', category: 'childcare', needs: 'named' },
  { head: '托育驿站', category: 'childcare', needs: 'named' },
  { head: '托育中心', category: 'childcare', needs: 'named' },
  { head: '托育园', category: 'childcare', needs: 'named' },
  { head: '托儿所', category: 'childcare', needs: 'named' },
  // Government.
  { head: '卫生健康委员会', category: 'government', needs: 'any' },
  { head: '卫生健康委', category: 'government', full: '卫生健康委员会', needs: 'any' },
  { head: '卫健委', category: 'government', full: '卫生健康委员会', needs: 'any' },
  { head: '卫生健康局', category: 'government', needs: 'any' },
  // Former names of health authorities, still in older news and in titles.
  { head: '卫生局', category: 'government', needs: 'any' },
  { head: '卫生计生委', category: 'government', full: '卫生和计划生育委员会', needs: 'any' },
  { head: '卫计委', category: 'government', full: '卫生和计划生育委员会', needs: 'any' },
  { head: '卫计局', category: 'government', full: '卫生和计划生育局', needs: 'any' },
  { head: '卫生计生局', category: 'government', full: '卫生和计划生育局', needs: 'any' },
  { head: '疾控局', category: 'government', full: '疾病预防控制局', needs: 'any' },
  { head: '疾病预防控制局', category: 'government', needs: 'any' },
  { head: '卫健局', category: 'government', full: '卫生健康局', needs: 'any' },
  { head: '卫生和计划生育局', category: 'government', needs: 'any' },
  { head: '卫生和计划生育委员会', category: 'government', needs: 'any' },
  { head: '医疗保障局', category: 'government', needs: 'any' },
  { head: '医保局', category: 'government', full: '医疗保障局', needs: 'any' },
  { head: '中医药管理局', category: 'government', needs: 'any' },
  { head: '市场监督管理局', category: 'government', needs: 'any' },
  { head: '市场监管局', category: 'government', full: '市场监督管理局', needs: 'any' },
  { head: '人社局', category: 'government', full: '人力资源和社会保障局', needs: 'any' },
  { head: '退役军人事务局', category: 'government', needs: 'any' },
  { head: '住房和城乡建设局', category: 'government', needs: 'any' },
  { head: '住建局', category: 'government', full: '住房和城乡建设局', needs: 'any' },
  { head: '发展和改革委员会', category: 'government', needs: 'any' },
  { head: '发改委', category: 'government', full: '发展和改革委员会', needs: 'any' },
  { head: '发展改革委', category: 'government', full: '发展和改革委员会', needs: 'any' },
  { head: '教委', category: 'government', full: '教育委员会', needs: 'any' },
  // Provincial departments (厅) and national ministries (部), which need no place: 教育部.
  ...GOVERNMENT_FIELDS.map(
    (field): InstitutionHead => ({ head: `${field}厅`, category: 'government', needs: 'any' }),
  ),
  ...GOVERNMENT_FIELDS.map(
    (field): InstitutionHead => ({
      head: `${field}部`,
      category: 'government',
      needs: 'none',
      notBefore: MINISTRY_NOT_BEFORE,
    }),
  ),
  { head: '人社厅', category: 'government', full: '人力资源和社会保障厅', needs: 'any' },
  { head: '办公厅', category: 'government', needs: 'named' },
  { head: '办公室', category: 'government', needs: 'named' },
  // A ministry's or commission's departments: 妇幼司, 医政处 (a hospital's 科 are no bodies).
  ...['司', '处'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'named', department: true }),
  ),
  // People's congresses and political consultative conferences.
  { head: '人大常委会', category: 'government', full: '人民代表大会常务委员会', needs: 'any' },
  {
    head: '人大',
    category: 'government',
    full: '人民代表大会',
    needs: 'short',
    notBefore: ['代表', '常委', '附'],
  },
  { head: '政协', category: 'government', needs: 'any', notBefore: ['委员'] },
  // Party committees: 中共山东省委, 团市委, 民盟杭州市委员会 (a party's category: see partyCategory).
  ...['省委', '市委', '县委', '区委', '州委'].flatMap((head): InstitutionHead[] => [
    // 市委组织部 is read from its 组织部, with 市委 as its name.
    {
      head,
      category: 'government',
      needs: 'named',
      notBefore: ['组织部', '宣传部', '统战部', '政法委', '办公室', '办公厅', '党校', '编办', '网信办', '托'],
      aloneUnlessBefore: [
        '书记',
        '副书记',
        '常委',
        '常务',
        '委员',
        '秘书长',
        '副秘书长',
        '领导',
        '负责',
        '主要',
      ],
    },
    { head: `${head}员会`, category: 'government', needs: 'named' },
    { head: `${head}常委会`, category: 'government', needs: 'none' }, // 市委常委会 is one body, its level in its head
  ]),
  { head: '生态环境局', category: 'government', needs: 'any' },
  { head: '应急管理局', category: 'government', needs: 'any' },
  { head: '农业农村局', category: 'government', needs: 'any' },
  { head: '文化和旅游局', category: 'government', needs: 'any' },
  { head: '交通运输局', category: 'government', needs: 'any' },
  { head: '统计局', category: 'government', needs: 'any' },
  { head: '司法局', category: 'government', needs: 'any' },
  { head: '审计局', category: 'government', needs: 'any' },
  { head: '税务局', category: 'government', needs: 'any' },
  { head: '大数据局', category: 'government', needs: 'any' },
  { head: '行政审批服务局', category: 'government', needs: 'any' },
  // More bureaus, offices and commissions, in full and in the short forms news uses.
  ...[
    '科技局',
    '商务局',
    '水利局',
    '水务局',
    '林业局',
    '体育局',
    '信访局',
    '档案局',
    '自然资源局',
    '自然资源和规划局',
    '城市管理局',
    '城管行政执法局',
    '城市管理行政执法局',
    '城市综合管理局',
    '城市管理和综合执法局',
    '综合行政执法局',
    '城管局',
    '应急局',
    '工信局',
    '文旅局',
    '粮食和物资储备局',
    '药品监督管理局',
    '市场监管总局',
    '中医药局',
    '老龄办',
    '爱卫办',
    '爱卫会',
    '爱国卫生运动委员会',
    '文明办',
    '网信办',
    '编办',
    '妇儿工委',
    '国资委',
    // Bureaus of other years and provinces: 人事局, 环保局, 扶贫办 are older names; 乡村振兴局 is new; 医院管理局 runs a city's hospitals.
    '乡村振兴局',
    '人事局',
    '劳动局',
    '环保局',
    '工商局',
    '工商行政管理局',
    '质监局',
    '食药监局',
    '国土局',
    '规划局',
    '物价局',
    '扶贫办',
    '民宗局',
    '计生委',
    '人口计生委',
    '医院管理局',
    '卫生监督局',
    '地震局',
    '人防办',
    '机关事务管理局',
    // Bureaus of economy, planning and finance by the names cities give them: 市经信局, 市发改局.
    '规划资源局',
    '经信局',
    '经信委',
    '发改局',
    '发展改革局',
    '发展和改革局',
    '经济和信息化局',
    '工业和信息化局',
    '外事办',
    // Bureaus of merged fields counties name in short: 县教科局, 县文广旅局, 县文旅体局, 县文广新局.
    '教科局',
    '文广旅局',
    '文旅体局',
    '文广新局',
    '文化广电和旅游局',
    '政务服务中心',
    // Party offices: 市委|巡察办, 市直机关工委, 中央和国家机关工委.
    '巡察办',
    '机关工委',
    // Offices in short: 市纠风办, 上海市合作交流办, 哈尔滨市驻沪办, 省政府驻京办.
    '纠风办',
    '合作交流办',
    '驻京办',
    '驻沪办',
    '金融办',
    '金融局',
    '地方金融监督管理局',
    '数据局',
    '交通局',
    '海事局',
    '邮政管理局',
    '烟草专卖局',
    '行政审批局',
    '政务服务管理局',
    // National administrations under the ministries: 国家知识产权局, 国家能源局, 国家林草局 ...
    '知识产权局',
    '能源局',
    '林草局',
    '林业和草原局',
    '文物局',
    '移民管理局',
    '外汇管理局',
    '航天局',
    '国防科工局',
    '电影局',
    '版权局',
    '宗教事务局',
    '消防救援局',
    '航空航天局', // 美国国家航空航天局
    // Transport and post: 国家铁路局, 中国民用航空局, 国家邮政局.
    '铁路局',
    '民用航空局',
    '民航局',
    '邮政局',
  ].map((head): InstitutionHead => ({ head, category: 'government', needs: 'any' })),
  // National regulators and administrations, named alone: 证监会表示, 人民银行与银保监会联合发布, 税务总局.
  ...[
    '证监会',
    '银保监会',
    '银监会',
    '保监会',
    '人民银行',

    '税务总局',
    '市场监督管理总局',
    '审计署',
    '体育总局',
    '广播电视总局',
    '金融监督管理总局',
  ].map((head): InstitutionHead => ({ head, category: 'government', needs: 'none' })),
  { head: '药监局', category: 'government', full: '药品监督管理局', needs: 'any' },
  // Work-safety committees and their offices, and civil defence in short: 省政府安委会, 市安委办, 市国动办.
  { head: '安委会', category: 'government', full: '安全生产委员会', needs: 'any' },
  { head: '安委办', category: 'government', full: '安全生产委员会办公室', needs: 'any' },
  { head: '国动办', category: 'government', full: '国防动员办公室', needs: 'any' },
  // Offices for Taiwan, Hong Kong and Macao, and overseas Chinese affairs in short: 市台办, 国务院港澳办
  // (平台|办理 holds no 台办).
  ...Object.entries({ 台办: '台湾事务办公室', 港澳办: '港澳事务办公室', 侨办: '侨务办公室' }).map(
    ([head, full]): InstitutionHead => ({
      head,
      category: 'government',
      full,
      needs: 'any',
      wholeWord: true,
    }),
  ),
  // Exchanges: 上海证券交易所, 大连商品交易所 (their short names are known bodies).
  { head: '交易所', category: 'other', needs: 'named' },
  { head: '边检站', category: 'government', full: '出入境边防检查站', needs: 'named' }, // 深圳边检站
  { head: '市场监管总局', category: 'government', full: '市场监督管理总局', needs: 'none' },
  { head: '广电总局', category: 'government', full: '广播电视总局', needs: 'none' },
  // Ministries by their short names, which need no place either.
  ...['工信部', '人社部'].map(
    (head): InstitutionHead => ({
      head,
      category: 'government',
      needs: 'none',
      notBefore: MINISTRY_NOT_BEFORE,
    }),
  ),
  // Party committees' departments (市委组织部); 组织部门 is a kind of body.
  { head: '组织部', category: 'government', needs: 'any', notBefore: ['门'] },
  { head: '宣传部', category: 'government', needs: 'any', notBefore: ['门'] },
  { head: '统战部', category: 'government', needs: 'any', notBefore: ['门'] },
  { head: '民政局', category: 'government', needs: 'any' },
  { head: '教育和体育局', category: 'government', needs: 'any' },
  { head: '教体局', category: 'government', full: '教育和体育局', needs: 'any' },
  { head: '教育局', category: 'government', needs: 'any' },
  { head: '财政局', category: 'government', needs: 'any' },
  { head: '人力资源和社会保障局', category: 'government', needs: 'any' },
  { head: '公安局', category: 'government', needs: 'any' },
  { head: '分局', category: 'government', needs: 'named', subUnit: true },
  { head: '派出所', category: 'government', needs: 'named', separate: true },
  { head: '公安处', category: 'government', needs: 'named', notBefore: ['罚', '理', '置', '分'] }, // 怀化铁路公安处, not 公安|处罚
  { head: '交警支队', category: 'government', needs: 'any' },
  { head: '交警大队', category: 'government', needs: 'any', subUnit: true },
  { head: '交警', category: 'government', needs: 'named' },
  { head: '人民政府', category: 'government', needs: 'any' },
  { head: '政府', category: 'government', full: '人民政府', needs: 'any', domestic: true },
  { head: '人民政府新闻办', category: 'government', full: '人民政府新闻办公室', needs: 'any' },
  { head: '政府新闻办', category: 'government', full: '人民政府新闻办公室', needs: 'any' },
  { head: '新闻办', category: 'government', full: '新闻办公室', needs: 'any' },
  { head: '人民政府新闻办公室', category: 'government', needs: 'any' },
  { head: '政府新闻办公室', category: 'government', full: '人民政府新闻办公室', needs: 'any' },
  { head: '新闻办公室', category: 'government', needs: 'any' },
  { head: '改革办', category: 'government', needs: 'any' },
  { head: '政法委', category: 'government', needs: 'any' },
  // 中共中央|政治局召开会议 is one body; 政治局委员, 政治局常委 are posts.
  { head: '政治局', category: 'government', needs: 'named', notBefore: ['委员', '常委'] },
  { head: '政法委员会', category: 'government', needs: 'any' }, // not 县政法委|员会
  { head: '纪律检查委员会', category: 'government', needs: 'any' },
  { head: '管理委员会', category: 'government', needs: 'named' },
  { head: '管委会', category: 'government', full: '管理委员会', needs: 'named' },
  { head: '国务院', category: 'government', needs: 'none' },
  { head: '中央和国家机关工委', category: 'government', needs: 'none' },
  { head: '中共中央', category: 'government', needs: 'none' }, // 中共中央办公厅 joins its office
  { head: '政治局', category: 'government', needs: 'named', notBefore: ['委员', '常委', '面', '势'] }, // 中共中央政治局
  { head: '国家安全部', category: 'government', needs: 'none', notBefore: MINISTRY_NOT_BEFORE },
  // Courts, procuratorates, discipline commissions, customs and fire services.
  { head: '人民法院', category: 'government', needs: 'any' },
  { head: '中级人民法院', category: 'government', needs: 'any' },
  { head: '高级人民法院', category: 'government', needs: 'any' },
  { head: '法院', category: 'government', needs: 'any' },
  // Courts by the short names news gives them: 广东高院, 市中院, 北京二中院.
  { head: '高院', category: 'government', full: '高级人民法院', needs: 'any', notBefore: COURT_NOT_BEFORE },
  { head: '中院', category: 'government', full: '中级人民法院', needs: 'any', notBefore: COURT_NOT_BEFORE },
  ...['一', '二', '三', '四', '五'].map(
    (n): InstitutionHead => ({
      head: `${n}中院`,
      category: 'government',
      full: `第${n}中级人民法院`,
      needs: 'any',
    }),
  ),
  { head: '人民检察院', category: 'government', needs: 'any' },
  { head: '检察院', category: 'government', needs: 'any' },
  { head: '纪委监委', category: 'government', needs: 'any' },
  { head: '纪委', category: 'government', needs: 'any', notBefore: ['书记', '委员'] },
  { head: '海关', category: 'government', needs: 'named' },
  { head: '海关总署', category: 'government', needs: 'none' },
  { head: '消防救援支队', category: 'government', needs: 'any' },
  { head: '消防救援大队', category: 'government', needs: 'any', subUnit: true },
  // Embassies and consulates, named by the country that sends them over 驻: 中国驻法国大使馆.
  ...['大使馆', '使馆', '总领事馆', '领事馆'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'named', stationed: true }),
  ),
  { head: '党工委', category: 'government', needs: 'any' }, // 高新区党工委
  { head: '人武部', category: 'government', full: '人民武装部', needs: 'any' }, // 县人武部
  { head: '自然科学基金委员会', category: 'government', needs: 'any' }, // 国家自然科学基金委员会
  // Governments abroad by the names news gives their ministries and agencies: 日本外务省, 美国联邦调查局.
  ...[
    '外务省',
    '防卫省',
    '经济产业省',
    '厚生劳动省',
    '内政部',
    '国土安全部',
    '联邦调查局',
    '中央情报局',
    '疾病控制和预防中心',
    '疾病控制与预防中心',
  ].map((head): InstitutionHead => ({ head, category: 'government', needs: 'named' })),
  // The justice system's other bodies: 看守所, 监狱, 仲裁委员会, 公证处, 司法所, 法律援助中心.
  ...['看守所', '监狱', '戒毒所', '拘留所', '司法所', '公证处'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'named' }),
  ),
  ...['仲裁委员会', '仲裁委', '法律援助中心', '监狱管理局', '戒毒管理局'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'any' }),
  ),
  // A court's tribunal in a town: 东阿县人民法院|刘集人民法庭.
  { head: '人民法庭', category: 'government', needs: 'named', subUnit: true },
  { head: '巡回法庭', category: 'government', needs: 'named', subUnit: true }, // 最高人民法院|第一巡回法庭
  // A city's or zone's investment and economy bureaus: 信阳工业城招商局 (招商局集团 is a company).
  { head: '招商局', category: 'government', needs: 'any', notBefore: ['集团'] },
  { head: '投资促进局', category: 'government', needs: 'any' },
  { head: '经发局', category: 'government', full: '经济发展局', needs: 'any' },
  { head: '供销社', category: 'other', needs: 'any' }, // 市供销社
  { head: '人事厅', category: 'government', needs: 'any' },
  { head: '社会事务局', category: 'government', needs: 'named' },
  { head: '办事处', category: 'government', needs: 'named' },
  ...['村民委员会', '居民委员会', '居委会', '村委会'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'named', ofCommunity: true }),
  ),
  // Associations.
  { head: '协会', category: 'association', needs: 'named', society: true },
  { head: '计生协会', category: 'association', full: '计划生育协会', needs: 'any' },
  { head: '计划生育协会', category: 'association', needs: 'any' },
  { head: '计生协', category: 'association', full: '计划生育协会', needs: 'any' },
  { head: '基金会', category: 'association', needs: 'named' },
  { head: '红十字会', category: 'association', needs: 'any' },
  { head: '联合会', category: 'association', needs: 'named', society: true },
  { head: '足协', category: 'association', full: '足球协会', needs: 'any' },
  { head: '篮协', category: 'association', full: '篮球协会', needs: 'any' },
  // Sports associations in short, each a word of its own (安排|协调, 农田|协会 hold none).
  ...(
    [
      ['乒协', '乒乓球协会'],
      ['田协', '田径协会'],
      ['泳协', '游泳协会'],
      ['排协', '排球协会'],
    ] as const
  ).map(
    ([head, full]): InstitutionHead => ({
      head,
      category: 'association',
      full,
      needs: 'any',
      wholeWord: true,
      notBefore: ['会'],
    }),
  ),
  { head: '亚组委', category: 'other', needs: 'named' }, // 杭州亚组委
  { head: '奥委会', category: 'other', full: '奥林匹克委员会', needs: 'named' }, // 中国奥委会, as 国际奥委会
  // Organising committees of games: 北京冬奥组委, 第十五届全运会组委会 (届 is a stop: the games name it).
  { head: '组委会', category: 'other', needs: 'named' },
  { head: '奥组委', category: 'other', needs: 'named' },
  { head: '学会', category: 'association', needs: 'named', society: true, notBefore: ['了', '过', '着'] }, // 学会了 is learnt
  { head: '残联', category: 'association', full: '残疾人联合会', needs: 'any' },
  { head: '残疾人联合会', category: 'association', needs: 'any' },
  { head: '妇联', category: 'association', full: '妇女联合会', needs: 'any' },
  { head: '总工会', category: 'association', needs: 'any' },
  { head: '慈善总会', category: 'association', needs: 'any' },
  { head: '科协', category: 'association', full: '科学技术协会', needs: 'any' },
  { head: '文联', category: 'association', full: '文学艺术界联合会', needs: 'any' },
  { head: '侨联', category: 'association', full: '归国华侨联合会', needs: 'any', notBefore: ['合会'] }, // not the 侨联 of 归国华侨联合会
  { head: '医学会', category: 'association', needs: 'any' },
  { head: '分会', category: 'association', needs: 'named', subUnit: true, notBefore: ['场'] }, // 中华医学会|儿科学分会; a 分会场 is a venue
  { head: '专业委员会', category: 'association', needs: 'named', subUnit: true }, // 市医学会|腔镜外科专业委员会
  // The democratic parties by their short names (苏州市民盟), and their central committees (民盟中央).
  ...DEMOCRATIC_PARTIES.map(
    (head): InstitutionHead => ({ head, category: 'other', needs: 'any', wholeWord: true }),
  ),
  ...DEMOCRATIC_PARTIES.map(
    (party): InstitutionHead => ({ head: `${party}中央`, category: 'other', needs: 'none' }),
  ),
  // Companies.
  { head: '集团', category: 'company', needs: 'named' },
  { head: '控股集团', category: 'company', needs: 'named' },
  { head: '集团公司', category: 'company', needs: 'named', registered: true },
  { head: '股份有限公司', category: 'company', needs: 'named', registered: true },
  { head: '有限责任公司', category: 'company', needs: 'named', registered: true },
  { head: '有限公司', category: 'company', needs: 'named', registered: true },
  { head: '公司', category: 'company', needs: 'named', notBefore: ['法》', '法第'] }, // 《…公司法》 is a law
  // A group's registered form with 集团 in brackets: 柳州钢铁(集团)公司.
  { head: '(集团)公司', category: 'company', needs: 'named', registered: true },
  // Factories named by their place or brand: 昆明制药厂, 柳州钢铁厂 (水厂, 药厂 alone are kinds).
  { head: '厂', category: 'company', needs: 'placed' },
  { head: '银行', category: 'company', needs: 'named' },
  { head: '建设银行', category: 'company', needs: 'none' },
  // Banks by the short names news uses, alone or before a branch: 建行|安徽省分行, 市农行, 省农发行.
  ...Object.entries(BANK_SHORT_NAMES).map(
    ([head, full]): InstitutionHead => ({
      head,
      category: 'company',
      full,
      needs: 'none',
      wholeWord: true, // not 创建|行业, 施工|行为, 其中|行政
      // (工行消费季 is a campaign's name)
      notBefore: ['业', '为', '动', '政', '驶', '走', '程', '进', '使', '销', '列', '李', '消费'],
    }),
  ),
  // Companies whose branches are named after them: 中国移动临沂分公司, 国家电网山东省电力公司
  // (中国移动互联网, 中国移动支付, 中国电信业 are fields).
  ...['中国移动', '中国联通', '中国电信', '国家电网'].map(
    (head): InstitutionHead => ({
      head,
      category: 'company',
      needs: 'none',
      notBefore: ['互联', '支付', '业', '端', '办公', '通信业', '诈骗'],
    }),
  ),
  // 央行 alone is China's (see INSTITUTION_ALIASES); 欧洲央行 is named by its place; 中央行政 is none.
  {
    head: '央行',
    category: 'government',
    needs: 'none',
    notBefore: ['政', '动', '为', '使', '列', '业', '文', '署'],
  }, // 建设 ends other names' left edge (建设|托育中心)
  // Rural banks and credit cooperatives named by their place: 博山农商行, 莱芜农信社, 东平县农村信用合作联社.
  { head: '农商行', category: 'company', full: '农村商业银行', needs: 'named' },
  { head: '农信社', category: 'company', full: '农村信用社', needs: 'named' },
  { head: '信用合作联社', category: 'company', needs: 'named' },
  { head: '分行', category: 'company', needs: 'named', subUnit: true },
  { head: '支行', category: 'company', needs: 'named', subUnit: true },
  { head: '大药房', category: 'company', needs: 'named' },
  { head: '药业', category: 'company', needs: 'named' },
  {
    head: '制药',
    category: 'company',
    needs: 'named',
    notBefore: ['企业', '行业', '工业', '公司', '技术', '厂'],
  },
  { head: '控股', category: 'company', needs: 'named', notBefore: ['集团', '股东', '子公司', '公司', '权'] },
  // Schools.
  { head: '学校', category: 'school', needs: 'named', notBefore: ['部'] }, // 团中央|学校部 is a department
  // Middle schools by their stage, which jieba cuts as one word (初级中学/l, 高级中学/nt).
  { head: '初级中学', category: 'school', needs: 'named' },
  { head: '高级中学', category: 'school', needs: 'named' },
  // 中南大学湘雅医院 is a hospital; a school's name before 路, 街 or 大道 names a road (学院路, 大学城 is a place).
  {
    head: '大学',
    category: 'school',
    needs: 'named',
    notBefore: ['生', '湘雅', '华西二', ...ROAD_AFTER_SCHOOL],
  },
  { head: '学院', category: 'school', needs: 'named', notBefore: ROAD_AFTER_SCHOOL },
  { head: '中学', category: 'school', needs: 'named', notBefore: ['生', ...ROAD_AFTER_SCHOOL] },
  { head: '小学', category: 'school', needs: 'named', notBefore: ['生', ...ROAD_AFTER_SCHOOL] },
  {
    head: '高中',
    category: 'school',
    needs: 'named',
    notBefore: ['生', '阶段', '学业', '毕业', '部', '教育'],
  }, // 衡水第一高中
  { head: '幼儿园', category: 'school', needs: 'named' },
  { head: '卫校', category: 'school', full: '卫生学校', needs: 'any' },
  // A county's numbered middle schools, after a place or short form only: 县一中.
  // Not the 一中 of 第一中学, 第二中医院, 第一中心医院, 第一中级人民法院.
  // (五中全会 is a plenary session.)
  ...['一中', '二中', '三中', '四中', '五中', '六中', '七中', '八中', '九中', '十中'].map(
    (head): InstitutionHead => ({
      head,
      category: 'school',
      needs: 'short',
      notBefore: ['学', '医', '心', '西医', '全', '级'],
    }),
  ),
  // A university's or a normal college's attached school: 人大附中, 华师一附中.
  { head: '附中', category: 'school', needs: 'named' },
  { head: '公积金管理中心', category: 'government', needs: 'any' }, // 市住房公积金管理中心
  { head: '教育考试院', category: 'government', needs: 'any' }, // 市教育考试院 runs the exams
  // Media.
  // Papers, whose titles may be common words (经济日报, 工人日报, 江南都市报); 工作日|报告, 近日|报道 are none.
  ...['日报', '晚报', '都市报', '晨报', '商报', '导报', '青年报'].map(
    (head): InstitutionHead => ({
      head,
      category: 'media',
      needs: 'named',
      titled: true,
      notBefore: PAPER_NOT_BEFORE,
    }),
  ),
  { head: '时报', category: 'media', needs: 'named', notBefore: [...PAPER_NOT_BEFORE, '时'] }, // 同时|报告, 及时|报送
  { head: '周刊', category: 'media', needs: 'named', titled: true, notBefore: ['出', '登', '载'] },
  { head: '邮报', category: 'media', needs: 'named' }, // 华盛顿邮报
  { head: '新闻网', category: 'media', needs: 'named', titled: true },
  // The central government's site, not the 政府 (中国政府|网); 省政府|网络 keeps its 省政府.
  { head: '中国政府网', category: 'media', needs: 'none' },
  { head: '卫视', category: 'media', needs: 'named' },
  { head: '日报社', category: 'media', needs: 'named' },
  { head: '晚报社', category: 'media', needs: 'named' },
  { head: '报社', category: 'media', needs: 'named' },
  { head: '通讯社', category: 'media', needs: 'named' }, // 新华通讯社, 中国新闻社 is 中新社
  { head: '电视台', category: 'media', needs: 'named' },
  { head: '广播电视台', category: 'media', needs: 'any' },
  { head: '融媒体中心', category: 'media', needs: 'any' },
  { head: '出版社', category: 'media', needs: 'named' },
  // Other bodies.
  { head: '国家重点实验室', category: 'other', needs: 'named' },
  { head: '重点实验室', category: 'other', needs: 'named' },
  { head: '实验室', category: 'other', needs: 'named' },
  { head: '研究院', category: 'other', needs: 'named' },
  { head: '研究所', category: 'other', needs: 'named' },
  { head: '科学院', category: 'other', needs: 'named' },
  { head: '农科院', category: 'other', full: '农业科学院', needs: 'any' },
  { head: '社科院', category: 'other', full: '社会科学院', needs: 'any' },
  { head: '工程院', category: 'other', needs: 'named' },
  { head: '研究中心', category: 'other', needs: 'named' },
  { head: '博物馆', category: 'other', needs: 'named' },
  ...['博物院', '美术馆', '纪念馆', '科技馆'].map(
    (head): InstitutionHead => ({ head, category: 'other', needs: 'named' }),
  ),
  { head: '福利院', category: 'other', needs: 'named' },
  { head: '敬老院', category: 'other', needs: 'named' },
  { head: '养老院', category: 'other', needs: 'named' },
  { head: '图书馆', category: 'other', needs: 'named' },
  { head: '党校', category: 'school', needs: 'any' },
  { head: '商会', category: 'association', needs: 'named', wholeWord: true }, // not 协|商会
  // Societies of people from one place, and a society's branch named by its place: 江西同乡总会,
  // …促进会|香港总会 (生活总会好起来 is an adverb: a place must name it; 总会计师 is a post).
  { head: '同乡会', category: 'association', needs: 'named' },
  { head: '总会', category: 'association', needs: 'placed', notBefore: ['计', '议'] },
  { head: '工商联', category: 'association', full: '工商业联合会', needs: 'any' },
  // Sports clubs by their sport: 山东泰山足球俱乐部 (老年人俱乐部 is a kind of group).
  ...['足球俱乐部', '篮球俱乐部', '排球俱乐部'].map(
    (head): InstitutionHead => ({ head, category: 'other', needs: 'named' }),
  ),
  // The two houses of the US Congress need no name (parliaments are known bodies: 国会 and 议会
  // end too many words, 中国|会计, 审|议会).
  { head: '参议院', category: 'government', needs: 'none' },
  { head: '众议院', category: 'government', needs: 'none' },
  // Heads of state's offices, parliaments and armies abroad, named by their country: 法国总统府,
  // 德国联邦议院, 以色列国防军.
  ...['总统府', '联邦议院', '国防军'].map(
    (head): InstitutionHead => ({ head, category: 'government', needs: 'named' }),
  ),
  { head: '促进会', category: 'association', needs: 'named', society: true },
  { head: '研究会', category: 'association', needs: 'named', society: true },
  { head: '合作社', category: 'company', needs: 'named', registered: true }, // 阳谷风华粮食种植专业合作社
  { head: '煤矿', category: 'company', needs: 'named' }, // 山西某某煤业公司|王家岭煤矿
  // Law and accounting firms, registered names like a company's: 北京市天元律师事务所.
  ...['律师事务所', '会计师事务所'].map(
    (head): InstitutionHead => ({ head, category: 'company', needs: 'named', registered: true }),
  ),
  { head: '气象服务中心', category: 'other', needs: 'any' },
  { head: '气象局', category: 'government', needs: 'any' },
  { head: '气象台', category: 'other', needs: 'any' },
];

/**
 * Sports clubs by the names the press uses (山东泰山, 申花, 切尔西), with what may follow a name
 * that is also a place or a mountain (山东泰山景区, 利物浦大学).
 */
const SPORTS_CLUBS: { name: string; notBefore?: string[] }[] = [
  { name: '山东泰山', notBefore: ['景区', '风景', '管委', '学院', '站', '山'] },
  { name: '上海海港', notBefore: ['城', '口'] },
  { name: '上海申花' },
  { name: '申花' },
  { name: '北京国安' },
  { name: '成都蓉城' },
  { name: '天津津门虎' },
  { name: '长春亚泰' },
  { name: '沧州雄狮' },
  { name: '青岛海牛' },
  { name: '深圳新鹏城' },
  { name: '大连英博' },
  { name: '云南玉昆' },
  { name: '广州恒大' },
  { name: '江苏苏宁' },
  { name: '河南建业' },
  { name: '天津泰达' },
  { name: '大连实德' },
  { name: '杭州绿城' },
  { name: '石家庄永昌' },
  { name: '广东宏远' },
  { name: '辽宁本钢' },
  { name: '新疆广汇' },
  { name: '浙江广厦' },
  { name: '曼联' },
  { name: '曼城' },
  { name: '切尔西' },
  { name: '阿森纳' },
  { name: '热刺' },
  { name: '利物浦', notBefore: ['大学', '市', '港', '机场', '城', '街'] },
  { name: '皇家马德里' },
  { name: '皇马' },
  { name: '巴萨' },
  { name: '拜仁慕尼黑' },
  { name: '拜仁' },
  { name: '尤文图斯' },
  { name: '国际米兰' },
  { name: 'AC米兰' },
  { name: '巴黎圣日耳曼' },
  { name: '马德里竞技' },
  { name: '湖人' },
];

/** The numbers of the state builders' bureaus (中铁十八局, 中建三局). */
const BUREAU_NUMBERS = [
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].flatMap((n) => [`二十${n}`, `十${n}`]),
  '二十',
  '十',
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
];

/** The places whose teams sports news names by the place alone: the provinces, 中国. */
const TEAM_PLACES = [
  '中国',
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  // National teams abroad news names most (日本队, 巴西队).
  '日本',
  '韩国',
  '朝鲜',
  '美国',
  '巴西',
  '德国',
  '法国',
  '英格兰',
  '阿根廷',
  '西班牙',
  '意大利',
  '荷兰',
  '葡萄牙',
  '澳大利亚',
  '伊朗',
  '沙特',
  '泰国',
  '越南',
];

/**
 * Bodies named without a head the rules could find; a name of two characters only where it
 * starts and ends a token (湖人 is none in 洞庭湖|人民).
 */
export const KNOWN_BODIES: {
  name: string;
  category: InstitutionCategory;
  canonical?: string;
  notBefore?: string[];
}[] = [
  // Sports clubs general news names by their names alone, with 队 or 俱乐部 or neither (切尔西队,
  // 山东泰山): first in the list, so that the longer name wins (广州恒大, not its 恒大); 队伍 is a troop.
  // Teams named by their province or country (河北队, 中国队, 中国女排); 山东队员 are players.
  ...TEAM_PLACES.map((place) => ({
    name: `${place}队`,
    category: 'other' as const,
    notBefore: ['员', '伍', '长'],
  })),
  ...['女排', '男排', '女篮', '男篮', '女足', '男足'].map((team) => ({
    name: `中国${team}`,
    category: 'other' as const,
  })),
  ...SPORTS_CLUBS.flatMap((club) => [
    { name: `${club.name}俱乐部`, category: 'other' as const },
    { name: `${club.name}队`, category: 'other' as const, notBefore: ['伍'] },
    { name: club.name, category: 'other' as const, notBefore: club.notBefore },
  ]),
  { name: '新华社', category: 'media' },
  { name: '人民日报', category: 'media' },
  { name: '健康报', category: 'media', notBefore: ['告', '名', '到', '销', '社'] },
  { name: '健康报社', category: 'media' },
  { name: '大众日报', category: 'media' },
  { name: '聊城日报', category: 'media' },
  { name: '中央电视台', category: 'media' },
  { name: '中央广播电视总台', category: 'media' },
  { name: '证券时报', category: 'media' },
  { name: '金融时报', category: 'media' },
  // News sites and apps general news cites as sources.
  ...[
    '环球网',
    '凤凰网',
    '央视网',
    '中国日报网',
    '界面新闻',
    '红星新闻',
    '封面新闻',
    '极目新闻',
    '上游新闻',
    // Portals and provincial news sites, listed before the companies that own some (腾讯网, not 腾讯).
    '腾讯网',
    '腾讯新闻',
    '新浪网',
    '新浪新闻',
    '搜狐网',
    '网易新闻',
    '大众网',
    '齐鲁网',
    '东方网',
    '北青网',
    '南方网',
    '大河网',
    '荆楚网',
    '华龙网',
    '东北网',
    '中国经济网',
    '中国青年网',
    '浙江在线',
    '四川在线',
    '上观新闻',
    '潮新闻',
    '九派新闻',
    '海报新闻',
    '每日经济新闻',
    '财联社',
    '财新网',
  ].map((name) => ({ name, category: 'media' as const })),
  {
    name: '中国网',
    category: 'media',
    notBefore: ['民', '络', '友', '球', '点', '购', '店', '红', '速', '站'],
  },
  // News agencies abroad.
  ...['路透社', '美联社', '法新社', '彭博社', '塔斯社', '共同社', '韩联社', '俄新社', '合众国际社'].map(
    (name) => ({ name, category: 'media' as const }),
  ),
  { name: '新京报', category: 'media' },
  // Financial papers named alone.
  ...['经济观察报', '21世纪经济报道', '证券日报', '上海证券报', '中国证券报', '中国经营报', '华夏时报'].map(
    (name) => ({ name, category: 'media' as const }),
  ),
  { name: '澎湃新闻', category: 'media' },
  { name: '参考消息', category: 'media' },
  { name: '南方周末', category: 'media' },
  { name: '第一财经', category: 'media' },
  { name: '央视', category: 'media', canonical: '中央电视台', notBefore: ['网'] },
  { name: '中新社', category: 'media', canonical: '中国新闻社' },
  { name: '中新网', category: 'media', canonical: '中国新闻网' },
  { name: '中国新闻网', category: 'media' },
  { name: '新华网', category: 'media' },
  { name: '人民网', category: 'media' },
  { name: '央广网', category: 'media' },
  { name: '光明网', category: 'media' },
  { name: '中国青年报', category: 'media' },
  { name: '健康时报', category: 'media' },
  { name: '中央人民广播电台', category: 'media' },
  // Hospitals known across China by a nickname the head rules cannot read (一院 after a common word).
  { name: '中山一院', category: 'hospital', canonical: '中山大学附属第一医院' },
  { name: '北医三院', category: 'hospital', canonical: '北京大学第三医院' },
  { name: '浙大一院', category: 'hospital', canonical: '浙江大学医学院附属第一医院' },
  { name: '浙大二院', category: 'hospital', canonical: '浙江大学医学院附属第二医院' },
  { name: '浙大四院', category: 'hospital', canonical: '浙江大学医学院附属第四医院' },
  { name: '浙大儿院', category: 'hospital', canonical: '浙江大学医学院附属儿童医院' },
  { name: '浙大妇院', category: 'hospital', canonical: '浙江大学医学院附属妇产科医院' },
  { name: '301医院', category: 'hospital', canonical: '中国人民解放军总医院' },
  // With their university first (中南大学|湘雅二医院 was a university and a hospital).
  { name: '中南大学湘雅医院', category: 'hospital' },
  { name: '中南大学湘雅二医院', category: 'hospital' },
  { name: '中南大学湘雅三医院', category: 'hospital' },
  { name: '四川大学华西二医院', category: 'hospital', canonical: '四川大学华西第二医院' },
  { name: '华西二医院', category: 'hospital', canonical: '四川大学华西第二医院' },
  { name: '湘雅二医院', category: 'hospital', canonical: '中南大学湘雅二医院' },
  { name: '湘雅三医院', category: 'hospital', canonical: '中南大学湘雅三医院' },
  // National bodies named after 全国, which the left edge reads as "all of" (全国托育机构).
  { name: '全国妇联', category: 'association', canonical: '中华全国妇女联合会' },
  { name: '全国总工会', category: 'association', canonical: '中华全国总工会' },
  { name: '全国工商联', category: 'association', canonical: '中华全国工商业联合会' },
  { name: '全国学联', category: 'association', canonical: '中华全国学生联合会' },
  { name: '全国青联', category: 'association', canonical: '中华全国青年联合会' },
  { name: '全国人大常委会', category: 'government', canonical: '全国人民代表大会常务委员会' },
  { name: '全国人大', category: 'government', canonical: '全国人民代表大会', notBefore: ['常委会', '代表'] },
  {
    name: '全国政协',
    category: 'government',
    canonical: '中国人民政治协商会议全国委员会',
    notBefore: ['委员'],
  },
  { name: '团中央', category: 'government', canonical: '共青团中央' },
  { name: '党中央', category: 'government', canonical: '中共中央' },
  { name: '国新办', category: 'government', canonical: '国务院新闻办公室' },
  { name: '中央军委', category: 'government', canonical: '中央军事委员会' },
  { name: '国家监委', category: 'government', canonical: '国家监察委员会' },
  { name: '中国人民解放军', category: 'government' },
  {
    name: '解放军',
    category: 'government',
    canonical: '中国人民解放军',
    notBefore: ['总医院', '报', '医院'],
  },
  { name: '解放军报', category: 'media' },
  // The army's theatre commands and services named alone (南部战区新闻发言人表示).
  ...['东部战区', '南部战区', '西部战区', '北部战区', '中部战区', '火箭军'].map((name) => ({
    name,
    category: 'government' as const,
  })),
  // Parties abroad and in Taiwan (民主党派 are China's eight parties, a kind).
  { name: '国民党', category: 'other', canonical: '中国国民党' },
  { name: '民进党', category: 'other', canonical: '民主进步党' },
  { name: '共和党', category: 'other' },
  { name: '民主党', category: 'other', notBefore: ['派'] },
  { name: '国际足联', category: 'association', canonical: '国际足球联合会' },
  { name: '亚足联', category: 'association', canonical: '亚洲足球联合会' },
  { name: '中国田协', category: 'association', canonical: '中国田径协会' }, // one word to jieba (中国田协/nt)
  // Sports federations abroad by their short names.
  { name: '国际乒联', category: 'association', canonical: '国际乒乓球联合会' },
  { name: '国际篮联', category: 'association', canonical: '国际篮球联合会' },
  { name: '国际排联', category: 'association', canonical: '国际排球联合会' },
  { name: '国际泳联', category: 'association', canonical: '国际游泳联合会' },
  { name: '世界泳联', category: 'association' },
  { name: '国际田联', category: 'association', canonical: '国际田径联合会' },
  { name: '世界田联', category: 'association' },
  { name: '亚奥理事会', category: 'association', canonical: '亚洲奥林匹克理事会' },
  { name: '克里姆林宫', category: 'other' },
  { name: '五角大楼', category: 'other' },
  { name: '海湾合作委员会', category: 'other', canonical: '海湾阿拉伯国家合作委员会' },
  { name: '海合会', category: 'other', canonical: '海湾阿拉伯国家合作委员会' },
  { name: '美国联邦储备委员会', category: 'other', canonical: '美国联邦储备系统' },
  { name: '世界粮食计划署', category: 'other' },
  { name: '联合国难民署', category: 'other', canonical: '联合国难民事务高级专员公署' },
  // Parliaments news names most.
  ...[
    '美国国会',
    '日本国会',
    '韩国国会',
    '英国议会',
    '欧洲议会',
    '德国议会',
    '法国议会',
    '法国国民议会',
    '俄罗斯国家杜马',
  ].map((name) => ({
    name,
    category: 'government' as const,
  })),
  // Groups of countries, read by the known names (十国集团 is no company: see NOT_INSTITUTIONS).
  { name: '二十国集团', category: 'other' },
  { name: '七国集团', category: 'other' },
  { name: '亚太经合组织', category: 'other', canonical: '亚太经济合作组织' },
  { name: '亚投行', category: 'other', canonical: '亚洲基础设施投资银行' },
  { name: '中通社', category: 'media', canonical: '中国通讯社' },
  { name: '青瓦台', category: 'other' },
  // The supreme court and procuratorate by their short names (最高法发布典型案例).
  { name: '最高法', category: 'government', canonical: '最高人民法院', notBefore: ['院', '律', '定'] },
  { name: '最高法院', category: 'government' },
  { name: '最高检', category: 'government', canonical: '最高人民检察院', notBefore: ['察', '测', '出'] },
  // Universities by the short names general news uses (清华与北大).
  { name: '清华', category: 'school', canonical: '清华大学', notBefore: ['大学', '园', '产'] },
  { name: '中科院', category: 'other', canonical: '中国科学院' },
  { name: '复旦', category: 'school', canonical: '复旦大学', notBefore: ['大学'] },
  {
    name: '浙大',
    category: 'school',
    canonical: '浙江大学',
    notBefore: ['一院', '二院', '四院', '儿院', '妇院', '邵逸夫', '附', '医学院', '口腔', '眼科'], // its hospitals
  },
  { name: '中科大', category: 'school', canonical: '中国科学技术大学' },
  { name: '哈工大', category: 'school', canonical: '哈尔滨工业大学' },
  { name: '北师大', category: 'school', canonical: '北京师范大学' },
  // (厦大, 川大, 兰大 and 重大 are left out: 大厦大门, 四川大力, 荷兰大使, 重大.)
  ...Object.entries({
    上海交大: '上海交通大学',
    西安交大: '西安交通大学',
    北京交大: '北京交通大学',
    西南交大: '西南交通大学',
    浙工大: '浙江工业大学',
    北工大: '北京工业大学',
    华东理工: '华东理工大学',
    西工大: '西北工业大学',
    北理工: '北京理工大学',
    电子科大: '电子科技大学',
    华中科大: '华中科技大学',
    华东师大: '华东师范大学',
    国科大: '中国科学院大学',
    第二军医大: '第二军医大学',
    第三军医大: '第三军医大学',
    第四军医大: '第四军医大学',
  }).map(([name, canonical]) => ({ name, category: 'school' as const, canonical })),
  // Companies general news names without a head (阿里巴巴、腾讯等企业).
  ...[
    '阿里巴巴',
    '腾讯',
    '比亚迪',
    '宁德时代',
    '字节跳动',
    '拼多多',
    '美团',
    '百度',
    '网易',
    '海尔',
    '格力电器',
    '碧桂园',
    '特斯拉',
    '微软',
    '谷歌',
    '英伟达',
    '台积电',
    '中芯国际',
    '大疆',
    '蒙牛',
    '南方电网',
    '中石化',
    '中石油',
    '中海油',
    '新希望集团',
    '中国一汽',
    '吉利汽车',
    '三星电子',
    '贵州茅台',
    '五粮液',
    '中国平安',
    '中国人寿',
    '中国中车',
    '中国商飞',
    '中国中铁',
    '中国铁建',
    '中国交建',
    '中国电建',
    '中国海油',
    '中国神华',
    '海康威视',
    '中兴通讯',
    '顺丰',
    '蔚来',
    '小鹏汽车',
    '理想汽车',
    '长城汽车',
    '长安汽车',
    '东风汽车',
    '奇瑞汽车',
    '药明康德',
    '迈瑞医疗',
    '复星医药',
    '恒瑞医药',
    '英特尔',
    '波音',
    '空客',
    '丰田',
    '索尼',
    // Insurers, oil firms and brokers economy news names alone (中信证券, not 证券 as a head: 有价证券).
    '中国人保',
    '中国太保',
    '新华保险',
    '中信证券',
    '中信建投',
    '华泰证券',
    '国泰君安证券',
    '国泰君安',
    '海通证券',
    '广发证券',
    '招商证券',
    '中金公司',
    '申万宏源',
    '银河证券',
    '东方证券',
    '光大证券',
    '兴业证券',
    '国信证券',
    '东吴证券',
    '中泰证券',
    '长江证券',
    '方正证券',
  ].map((name) => ({ name, category: 'company' as const })),
  { name: '伊利', category: 'company', notBefore: ['诺'] },
  // 中国建筑业, 中国建筑文化 and 中国石化工业 are fields; 高通 is left out (提高|通过).
  {
    name: '中国建筑',
    category: 'company',
    notBefore: ['业', '文化', '史', '艺术', '风格', '学', '设计', '节能'],
  },
  { name: '中国石化', category: 'company', notBefore: ['工'] },
  // 中国石油大学, 中国石油和化学工业联合会, 中国石油行业: a school, a federation, a field.
  {
    name: '中国石油',
    category: 'company',
    notBefore: ['大学', '化工', '和', '工业', '行业', '储备', '需求'],
  },
  // Known names that end or start common words, each with its guards: 新浪|潮, 十万|科技, 永恒|大爱.
  { name: '新浪', category: 'company', notBefore: ['潮'] },
  { name: '万科', category: 'company', notBefore: ['技', '学', '研'] },
  { name: '恒大', category: 'company', notBefore: ['爱'] },
  // 北大 (东北|大米), 北航 (东北|航线), 京东 (北京|东路) and 格力 (人格|力量) are left out.
  // 华为 is left to its heads (华为公司): it ends given names (苗华为教授).
  { name: '亚马逊', category: 'company', notBefore: ['雨林', '河', '流域', '热带', '丛林', '森林'] },
  // State builders' numbered bureaus: 中铁十八局, 中建三局 (the numbers, 十八/m, end a head's left edge).
  ...['中铁', '中建', '中冶', '中水'].flatMap((group) =>
    BUREAU_NUMBERS.map((n) => ({ name: `${group}${n}局`, category: 'company' as const })),
  ),
  // Exchanges and offices by their short names.
  { name: '上交所', category: 'other', canonical: '上海证券交易所' },
  { name: '深交所', category: 'other', canonical: '深圳证券交易所' },
  { name: '北交所', category: 'other', canonical: '北京证券交易所' },
  { name: '港交所', category: 'other', canonical: '香港交易所' },
  { name: '纽交所', category: 'other', canonical: '纽约证券交易所' },
  { name: '国台办', category: 'government', canonical: '国务院台湾事务办公室' },
  // The UN's agencies and other bodies abroad by their Chinese names, listed before 联合国 and 欧盟
  // (the longer name listed first wins).
  { name: '联合国安理会', category: 'other', canonical: '联合国安全理事会' },
  ...[
    '联合国粮食及农业组织',
    '联合国开发计划署',
    '联合国难民署',
    '联合国环境规划署',
    '联合国人权理事会',
    '联合国贸易和发展会议',
    '联合国人口基金',
    '联合国艾滋病规划署',
    '世界粮食计划署',
    '世界知识产权组织',
    '世界气象组织',
    '国际电信联盟',
    '国际民用航空组织',
    '国际移民组织',
    '国际能源署',
    '国际红十字委员会',
    '红十字国际委员会',
    '无国界医生',
    '经济合作与发展组织',
    '欧洲联盟',
    '石油输出国组织',
  ].map((name) => ({ name, category: 'other' as const })),
  { name: '联合国粮农组织', category: 'other', canonical: '联合国粮食及农业组织' },
  { name: '粮农组织', category: 'other', canonical: '联合国粮食及农业组织' },
  { name: '经合组织', category: 'other', canonical: '经济合作与发展组织' },
  { name: '欧佩克', category: 'other', canonical: '石油输出国组织' },
  // International bodies health news cites.
  { name: '世界卫生组织', category: 'other' },
  { name: '世卫组织', category: 'other', canonical: '世界卫生组织' },
  { name: '联合国', category: 'other', notBefore: ['儿童基金会', '教科文组织', '安理会', '大会'] },
  { name: '安理会', category: 'other', canonical: '联合国安全理事会' },
  { name: '联合国大会', category: 'other' },
  { name: '东盟', category: 'other', canonical: '东南亚国家联盟' },
  { name: '非盟', category: 'other', canonical: '非洲联盟' },
  { name: '上合组织', category: 'other', canonical: '上海合作组织' },
  { name: '上海合作组织', category: 'other' },
  { name: '国际原子能机构', category: 'other' },
  { name: '国际劳工组织', category: 'other' },
  { name: '国际刑警组织', category: 'other' },
  { name: '世界经济论坛', category: 'other' },
  { name: '美联储', category: 'other', canonical: '美国联邦储备系统' },
  { name: '白宫', category: 'other' },
  { name: '联合国教科文组织', category: 'other' },
  { name: '欧盟委员会', category: 'other' },
  { name: '欧盟', category: 'other', notBefore: ['委员会'] },
  { name: '北约', category: 'other', canonical: '北大西洋公约组织' },
  { name: '国际奥委会', category: 'other', canonical: '国际奥林匹克委员会' },
  { name: '国际货币基金组织', category: 'other' },
  { name: '世界贸易组织', category: 'other' },
  { name: '世贸组织', category: 'other', canonical: '世界贸易组织' },
];

/**
 * National prefixes that begin institution names (中国工商银行, 国家医保局, 中央改革办); places
 * come from src/lexicon/places.ts.
 */
export const NATIONAL_PREFIXES = ['中国', '国家', '中央', '中华', '国网']; // 国网临沂供电公司

/**
 * Provinces' short names the gazetteer leaves out (湖南 is also "south of the lake"): before a body,
 * where jieba tags them places, they name its province (湖南同乡总会, 河南中医药大学).
 */
export const PROVINCE_SHORT_NAMES = new Set(['湖南', '湖北', '河南', '河北', '江西', '海南', '山西']);

/** Short forms of the administrative level, expanded from context (市人民医院, 地区疾控中心). */
export const SHORT_FORMS: Record<string, 'city' | 'prefecture' | 'county' | 'district' | 'province'> = {
  市: 'city',
  州: 'prefecture', // 州政府 in an autonomous prefecture (恩施土家族苗族自治州)
  地区: 'prefecture', // 地区疾控中心 in a prefecture named 地区 (喀什地区)
  盟: 'prefecture', // 盟医院 in an Inner Mongolian league (兴安盟)
  县: 'county',
  区: 'district',
  旗: 'county', // 旗人民医院 in an Inner Mongolian banner's article (鄂托克旗)
  省: 'province',
};

/**
 * Modifiers that describe a kind of body, not one body: with nothing more specific they make
 * the head generic (社区托育驿站, 医疗集团, 手机银行, 特色专科卫生院, 托育服务协会).
 */
export const GENERIC_MODIFIERS = new Set([
  '上市', // 上市公司: a listed company, any
  '兄弟', // 兄弟医院, 兄弟单位: fellow bodies, any
  '辖区', // 辖区医院: the hospitals of the area, any
  '社区',
  '乡镇',
  '乡村',
  '村',
  '特色',
  '专科',
  '特色专科',
  '中医特色',
  '中医',
  '医疗',
  '基层',
  '公立',
  '公办',
  '民办',
  '民营',
  '私立',
  '智慧',
  '紧密型',
  '县域',
  '医共体',
  '医联体',
  '康复',
  '老年病',
  '托育',
  '托育服务',
  '服务',
  '行业',
  '产业',
  '综合',
  '手机',
  '电子',
  '网上',
  '大',
  '小',
  '大中专',
  '中专',
  '职业',
  '定点',
  '哨点',
  '示范',
  '标准化',
  '普惠',
  '嵌入式',
  '卫生',
  '健康',
  '医学',
  '临床',
  '重点',
  '专业',
  '相关',
  '有关',
  '其他',
  '其它',
  '新',
  '老',
  '老旧',
  '新建',
  '本地',
  '外地',
  '附近',
  '周边',
  '护理',
  '养老',
  '妇幼',
  '儿童',
  '教育',
  '培训',
  '用人',
  '个人',
  '城区',
  '城市',
  '农村',
  '街道',
  '镇',
  '乡',
  '乡镇级',
  '各类',
  '市级',
  '县级',
  '区级',
  '省级',
  '国家级',
  // Schools of a kind: 老年大学, 街镇社区学校.
  '老年',
  '街镇',
  // Groups of people a body serves (jieba tags 青年 as a time): 青年企业家协会.
  '青年',
  '少年',
  '农民',
  // Levels and kinds of school: 高等专科学校, 名牌大学, 师范大学 are kinds.
  '高等',
  '中等',
  '中等职业',
  '技工',
  '普通',
  // Events whose committees are kinds until the event is named: 大赛组委会, 活动组委会.
  '大赛',
  '赛事',
  '活动',
  // Bodies a level of government owns, as a kind: 省属中等职业学校, 市属医院.
  '省属',
  '市属',
  '县属',
  '区属',
  '名牌',
  '全日制',
  '师范',
  '医科',
  '理工',
  '财经',
  '政法',
  '劳动', // 劳动仲裁委员会 is a kind
  // A university's colleges by their fields: 经济学院, 商学院 are kinds alone (管理 is not listed:
  // 复旦大学医院|管理研究所 must stay one body).
  '经济',
  '商',
  // Kinds of clinic and bank: 私人诊所, 宠物医院, 整形医院, 农商银行, 股份制银行.
  '私人',
  '个体',
  '黑',
  '牙科',
  '宠物',
  '动物',
  '美容',
  '整形',
  '医美',
  // Groups of criminals and kinds of firm court and economy news names: 诈骗集团, 合资公司, 小额贷款公司.
  '犯罪',
  '诈骗',
  '电信诈骗',
  '传销',
  '贩毒',
  '走私',
  '黑恶',
  '合资',
  '独资',
  '控股',
  '小额贷款',
  '平台',
  '外卖',
  // Utilities as a kind (温州市自来水公司 is one, by its place).
  '自来水',
  '供水',
  '供电',
  '燃气',
  '电网',
  '方舱', // 方舱医院: a kind of field hospital
  '移动', // 移动医院: a hospital on wheels, of no name
  '农商',
  '城商',
  '股份制',
  // Bodies abroad, of no name: 海外大学, 外国公司, 境外机构.
  '海外',
  '外国',
  '国外',
  '境外',
  // A body's own unit, named from inside it: 中心妇联 (of the 疾控中心 the article is about), 单位工会.
  '中心',
  '单位',
  '机关',
  // Specialties: 肿瘤专科医院 is a kind; 北京肿瘤医院 is named by its place.
  '肿瘤',
  '眼科',
  '口腔',
  '精神',
  '精神病',
  '传染病',
  '妇产',
  '骨科',
  '胸科',
  '心血管',
  '皮肤病',
  '结核病',
  '职业病',
  '中西医结合',
  '普惠性',
  '非营利性',
  '营利性',
  '综合性',
  '党委',
  '地方',
  '部队',
  '军队',
  // Trades: 科技公司 and 保险公司 are kinds of company; 华为技术有限公司 is named by 华为.
  '科技',
  '技术',
  '信息',
  '网络',
  '互联网',
  '软件',
  '保险',
  '证券',
  '金融',
  '投资',
  '咨询',
  '物流',
  '快递',
  '物业',
  '建筑',
  '房地产',
  '医药',
  '制药',
  '生物',
  '器械',
  '药品',
  '食品',
  '能源',
  '电力',
  '燃气',
  '供水',
  '供电',
  '商业',
  '文化',
  '传媒',
  '旅游',
  '餐饮',
  '汽车',
  '航空',
  '劳务',
  '家政',
  '中介',
  '担保',
  '租赁',
  '广告',
  '外卖',
  '货运',
  '客运',
  '电商',
  '游戏',
  '影视',
  '安保',
  '保安',
  '环保',
  '新能源',
  '出租车',
  '网约车',
  '空壳',
  '皮包',
  '经纪',
  '置业',
  '工程',
  '贸易',
  '商贸',
  '实业',
  '文旅',
  '跨国',
  '外资',
  '上市',
  '国有',
  '私营',
  '企业',
  // Kinds by ownership, stage or size (非公立医院, 义务教育阶段学校, 大规模学校).
  '非',
  '义务教育',
  '义务教育阶段',
  '阶段',
  '大规模',
]);

/** Service numbers that are part of a body's name: 市120急救指挥中心, 12320卫生热线. */
export const SERVICE_NUMBERS = new Set(['120', '999', '12320', '12345']);

/** Regions that name bodies (沿海铁路, 西北妇女儿童医院), though jieba reads them as directions. */
export const REGION_WORDS = new Set([
  '沿海',
  '沿江',
  '沿边',
  '东部',
  '西部',
  '南部',
  '北部',
  '中部',
  '东北',
  '西北',
  '东南',
  '西南',
  '华东',
  '华北',
  '华南',
  '华中',
  '华西',
  '南方',
  '北方',
]);

/** Words that always make a candidate generic, even after a place (聊城市国家级中医临床类实验室). */
export const GENERIC_MARKERS =
  /级|类|届|各|全部|所有|个别|部分|一些|许多|不少|多数|首批|(?<![高中初])等|以上|以下|定点|一流|顶尖|知名|著名|三甲|二甲|国内|项目|唯一/; // 高等专科学校 is named

/**
 * Words that end the left edge of a name when read right to left: prepositions, pronouns and
 * the verbs jieba tags as nouns (建设/vn托育综合服务中心, 全市幼儿园).
 */
export const EDGE_STOP_WORDS = new Set([
  '据',
  '经',
  '由',
  '在',
  '与',
  '和',
  '及',
  '或',
  '是',
  '有',
  '从',
  '领导',
  '向',
  '对',
  '到',
  '至',
  '为',
  '将',
  '把',
  '被',
  '等',
  '并',
  '的',
  '了',
  '过', // 读过|师范大学, 找过|家政公司: jieba glues 过 to an unknown verb
  '着',
  '该',
  '其',
  '本',
  '我',
  '各',
  '每',
  '全',
  '这',
  '那',
  '此',
  '于',
  '以',
  '让',
  '给',
  '同',
  '跟',
  '记',
  '全市',
  '全县',
  '全区',
  '全省',
  '全国',
  '我市',
  '本市',
  '我县',
  '我区',
  '我省',
  '各地',
  '各级',
  '多家',
  '一家',
  '当地',
  '我院',
  '该院',
  '这所',
  '那所',
  '该所',
  '一所',
  '这家',
  '那家',
  '该家',
  '每家',
  '各家',
  '这个',
  '那个',
  '建设',
  '建成',
  '新建',
  '力争', // 力争/nz: jieba's tag for a verb of striving
  '改扩建', // 改扩建, 迁建: verbs of building jieba does not know
  '扩建',
  '改建',
  '迁建',
  '争取',
  '确保',
  '创建',
  '成立',
  '召开',
  '设立',
  '组建',
  '打造',
  '开展',
  '推进',
  '依托',
  '联合',
  '获评',
  '走进',
  '推动',
  '加强',
  '鼓励',
  '引导',
  '提升',
  '完善',
  '来到',
  '前往',
  '入驻',
  '签约',
  '合作',
  '共建',
  '牵头',
  '指导',
  '支持',
  '举办',
  '承办',
  '主办',
  '协办',
  // Verbs jieba may tag as nouns, and words of time and former status (原县卫生局 is 县卫生局).
  // A web page's labels before a paper's name: 原创 西安日报.
  // A name given in brackets after another, its cue glued to it: (下称物产公司), 又名…学校.
  '下称',
  '简称',
  '又称',
  '又名',
  '原名',
  '俗称',
  // A distance from a body to the next: …检察院|距离|海关.
  '距离',
  // 认真贯彻落实/l|市委市政府, 坚决贯彻/l|省委: verb phrases the tagger calls idioms.
  '贯彻落实',
  '坚决贯彻',
  '深入贯彻',
  '贯彻',
  '原创',
  '转载',
  '摄', // a photo credit before the next line's body: 记者 王某 摄|招商局集团
  '供图',
  '来源',
  '编辑',
  '责编',
  '随',
  '原',
  '时任',
  '现任',
  '曾任',
  '历任',
  '兼任',
  '担任',
  '曾',
  '调研',
  '研究', // 多次研究|政协工作 (研究/vn); 研究院, 研究中心 are heads of their own
  '重视',
  '高度重视',
  '监督', // 监督/vn|政府行为; 市场监督管理局, 卫生监督所 are heads of their own
  '代表',
  '帮助',
  '深化',
  '考察',
  '视察',
  '看望',
  '慰问',
  '会见', // 会见/n: jieba's tag for the verb of receiving (市长会见|齐鲁医院院长)
  '接见',
  '会谈',
  '参观',
  '游览',
  '打卡',
  '走访',
  '督导',
  '帮扶',
  '支援',
  '援建',
  '携手',
  '联手',
  '会同',
  '协同',
  '配合',
  '助力',
  '带领',
  '率领',
  '邀请',
  '受邀',
  '选派',
  '转诊',
  '就诊',
  '就职',
  '任职',
  '毕业',
  '改名为',
  '更名为',
  // Parties to a lawsuit before a company's name: 被上诉人某某集团, 原告某某有限公司.
  '原告',
  '被告',
  '被告人',
  '上诉人',
  '被上诉人',
  '申请人',
  '被申请人',
  '第三人',
  '被执行人',
  '申请执行人',
]);

/** Words that end a left edge but a registered name may hold: 广州市城市建设投资集团有限公司. */
export const TRADE_WORDS = new Set(['建设']);

/** Characters jieba tags as particles that a registered brand may hold: 宁波金|地/uv|电子, 城市|之/u|光. */
export const BRAND_PARTICLES = new Set(['地', '之']);

/**
 * Measure words that, right after a number, count bodies (23家镇卫生院) or countries (两国外交部),
 * and the units of a date (2024年市妇儿医院): a name never starts there.
 */
export const COUNT_MEASURES = new Set(['家', '个', '所', '年', '月', '日', '号', '国']);

/** Names that look like institutions but are kinds of body. */
export const NOT_INSTITUTIONS = new Set([
  '管理公司', // 城市建设|管理公司 cut at its trade's verb
  // A company's relation to another, no name: …股份公司|全资子公司|南宁…有限公司 are two firms.
  '子公司',
  '全资子公司',
  '控股子公司',
  '母公司',
  '基金公司',
  '管理研究中心', // 香港艾力彼/r|医院|管理研究中心: the end of a name jieba cut
  '政策性银行',
  '中小学', // 中小学校 are schools of two stages
  '托育机构',
  '医疗机构',
  '幼儿园',
  '三级医院',
  '二级医院',
  '一级医院',
  '县医院',
  '市医院',
  '哨点医院',
  '大医院',
  '公立医院',
  // A school attached to one named before it (…大学|附属中学), none alone: 共建|附属中学.
  '附属中学',
  '附属小学',
  '附属学校',
  // A hospital's role towards another, no name: 签署协作医院协议, 医联体成员医院, 对口医院.
  '协作医院',
  '成员医院',
  '对口医院',
  '结对医院',
  '教学医院',
  '核心医院',
  '龙头医院',
  '康复医院',
  '护理院',
  '乡镇卫生院',
  '村卫生室',
  '医疗集团',
  '手机银行',
  '电子银行',
  '网上银行',
  '党和政府',
  '党委政府',
  '医学院',
  // The tails of 二十国集团 and 七国集团, groups of countries, which jieba cuts as one word.
  '十国集团',
  '七国集团',
]);

/** Whole-name aliases that the head rules cannot expand (a city's numbered hospitals, nicknames). */
export const INSTITUTION_ALIASES: Record<string, string> = {
  交运集团: '聊城交运集团',
  积水潭医院: '北京积水潭医院',
  // University hospitals known by one name across China.
  齐鲁医院: '山东大学齐鲁医院',
  华西医院: '四川大学华西医院',
  湘雅医院: '中南大学湘雅医院',
  瑞金医院: '上海交通大学医学院附属瑞金医院',
  郑大一附院: '郑州大学第一附属医院',
  哈医大一院: '哈尔滨医科大学附属第一医院',
  哈医大二院: '哈尔滨医科大学附属第二医院',
  哈医大四院: '哈尔滨医科大学附属第四医院',
  哈医大六院: '哈尔滨医科大学附属第六医院',
  中国医大一院: '中国医科大学附属第一医院',
  重医附一院: '重庆医科大学附属第一医院',
  重医附二院: '重庆医科大学附属第二医院',
  新医大一附院: '新疆医科大学第一附属医院',
  昆医附一院: '昆明医科大学第一附属医院',
  温医大附一院: '温州医科大学附属第一医院',
  温医大附二院: '温州医科大学附属第二医院',
  南大一附院: '南昌大学第一附属医院',
  南大二附院: '南昌大学第二附属医院',
  // 国家疾控中心 is the colloquial name of the national centre.
  国家疾病预防控制中心: '中国疾病预防控制中心',
  青大附院: '青岛大学附属医院',
  青医附院: '青岛大学附属医院',
  滨医附院: '滨州医学院附属医院',
  苏大附一院: '苏州大学附属第一医院',
  北大人民医院: '北京大学人民医院',
  中科院: '中国科学院',
  最高级人民法院: '最高人民法院', // 最高院, read as a 高院
  央行: '中国人民银行',
};
