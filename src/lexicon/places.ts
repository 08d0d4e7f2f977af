// Places of Liaocheng (聊城市, Shandong): the city, its county-level divisions and zones, and
// the towns and streets the papers name. Used for figure scopes, institution left edges and
// expanding 市/县/区 short forms.

export const CITY = '聊城市';
export const CITY_SHORT = '聊城';
export const PROVINCE = '山东省';

export interface County {
  name: string;
  /** Other ways the papers write it (short forms, old names). */
  aliases: string[];
}

export const COUNTIES: County[] = [
  { name: '东昌府区', aliases: ['东昌府'] },
  { name: '茌平区', aliases: ['茌平'] },
  { name: '临清市', aliases: ['临清'] },
  { name: '阳谷县', aliases: ['阳谷'] },
  { name: '莘县', aliases: [] },
  { name: '东阿县', aliases: ['东阿'] },
  { name: '冠县', aliases: [] },
  { name: '高唐县', aliases: ['高唐'] },
  { name: '聊城经济技术开发区', aliases: ['经济技术开发区', '经开区', '开发区'] },
  { name: '聊城高新技术产业开发区', aliases: ['高新技术产业开发区', '高新区'] },
  { name: '聊城江北水城旅游度假区', aliases: ['江北水城旅游度假区', '度假区'] },
];

/** Words that mean "the whole city" in a Liaocheng paper. */
export const CITY_WIDE = ['全市', '我市', '聊城市', '聊城'];

/** "The whole district / county": a scope whose place the article names elsewhere. */
export const WHOLE_AREA = ['全区', '全县'];

/** Words for the whole area, whichever it is (全市, 全县): a scope wherever they stand, never part of a name. */
export const AREA_WORDS = new Set(['全市', '我市', ...WHOLE_AREA]);

/** Towns, townships and streets seen in the papers, by county. */
export const TOWNS: Record<string, string[]> = {
  东昌府区: ['博济桥街道', '古楼街道', '柳园街道', '新区街道', '湖西街道', '道口铺街道', '闫寺街道', '北城街道', '梁水镇', '张炉集镇', '堂邑镇', '沙镇镇', '郑家镇', '侯营镇', '许营镇', '斗虎屯镇', '朱老庄镇', '顾官屯镇', '于集镇', '凤凰街道', '李海务街道', '蒋官屯街道'],
  茌平区: ['振兴街道', '信发街道', '温陈街道', '乐平铺镇', '冯官屯镇', '菜屯镇', '博平镇', '杜郎口镇', '韩屯镇', '胡屯镇', '肖家庄镇', '贾寨镇', '洪官屯镇'],
  临清市: ['青年路街道', '新华路街道', '先锋路街道', '大辛庄街道', '松林镇', '老赵庄镇', '康庄镇', '魏湾镇', '刘垓子镇', '八岔路镇', '潘庄镇', '烟店镇', '唐园镇', '金郝庄镇', '戴湾镇', '尚店镇'],
  阳谷县: ['侨润街道', '博济桥街道', '狮子楼街道', '阎楼镇', '阿城镇', '七级镇', '安乐镇', '定水镇', '石佛镇', '李台镇', '寿张镇', '十五里园镇', '张秋镇', '郭屯镇', '西湖镇', '高庙王镇', '金斗营镇', '大布乡'],
  莘县: ['燕塔街道', '莘亭街道', '莘州街道', '东鲁街道', '张鲁回族镇', '朝城镇', '观城镇', '古城镇', '大张家镇', '古云镇', '十八里铺镇', '燕店镇', '董杜庄镇', '王奉镇', '樱桃园镇', '河店镇', '妹冢镇', '魏庄镇', '张寨镇', '大王寨镇', '徐庄镇', '王庄集镇', '柿子园镇', '俎店镇'],
  东阿县: ['铜城街道', '新城街道', '刘集镇', '牛角店镇', '大桥镇', '高集镇', '姜楼镇', '姚寨镇', '鱼山镇', '陈集镇'],
  冠县: ['清泉街道', '崇文街道', '烟庄街道', '贾镇', '桑阿镇', '柳林镇', '清水镇', '东古城镇', '北馆陶镇', '店子镇', '定远寨镇', '辛集镇', '梁堂镇', '范寨镇', '甘官屯镇', '兰沃乡', '斜店乡'],
  高唐县: ['鱼丘湖街道', '汇鑫街道', '人和街道', '梁村镇', '尹集镇', '清平镇', '固河镇', '三十里铺镇', '琉璃寺镇', '赵寨子镇', '姜店镇', '杨屯镇'],
  聊城经济技术开发区: ['蒋官屯街道', '东城街道', '北城街道', '广平镇'],
  聊城高新技术产业开发区: ['许营镇', '韩集镇', '顾官屯镇'],
  聊城江北水城旅游度假区: ['朱老庄镇', '于集镇', '凤凰街道', '李海务街道'],
};

const COUNTY_BY_ALIAS = new Map<string, County>();
for (const county of COUNTIES) {
  COUNTY_BY_ALIAS.set(county.name, county);
  for (const alias of county.aliases) COUNTY_BY_ALIAS.set(alias, county);
}

/** The county-level division a name or alias refers to, if any. */
export function countyOf(name: string): County | undefined {
  return COUNTY_BY_ALIAS.get(name);
}

/** Every place name worth recognising, longest first (for left-to-right longest match). */
export const PLACE_NAMES: string[] = [
  ...new Set([
    PROVINCE,
    '山东',
    CITY,
    CITY_SHORT,
    ...WHOLE_AREA,
    ...COUNTIES.flatMap((c) => [c.name, ...c.aliases]),
    ...Object.values(TOWNS).flat(),
  ]),
].sort((a, b) => b.length - a.length);
