// Chinese surnames, used to recognise names in bylines and after titles. Double surnames first
// so that a prefix match prefers them (欧阳娜 is 欧阳 + 娜, not 欧 + 阳娜).
export const DOUBLE_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '端木',
  '西门',
  '南宫',
  '独孤',
  '轩辕',
  '申屠',
  '太史',
  '闻人',
  '赫连',
  '澹台',
];

export const SINGLE_SURNAMES = [
  ...('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
    '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄' +
    '窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池' +
    '查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆' +
    '朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫' +
    '杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧' +
    '闭由习台暴汝钮郗谯傅萧阎洪赖贝荀凤邴糜宓蓟濮庾厍訾缑笪竺郦逄璩郏佴钭宦蒯桓' +
    '旷禤丘隗眭郇昌税蹇寸靖钦肇郤毋扶贡苻郄骞喇庹铁'),
];

const DOUBLE = new Set(DOUBLE_SURNAMES);
const SINGLE_UNIT = 1;
const DOUBLE_FIRST_UNIT = 2;
/**
 * Per UTF-16 unit: SINGLE_UNIT if it is a surname, DOUBLE_FIRST_UNIT if a double surname starts
 * with it. Names are looked for at many positions, and most characters are neither.
 */
const SURNAME_UNITS = new Uint8Array(0x10000);
for (const s of SINGLE_SURNAMES) SURNAME_UNITS[s.charCodeAt(0)] |= SINGLE_UNIT;
for (const s of DOUBLE_SURNAMES) SURNAME_UNITS[s.charCodeAt(0)] |= DOUBLE_FIRST_UNIT;

/** The hundred most frequent single surnames: the list opens with them, in order of frequency. */
const COMMON_SURNAMES = new Set(SINGLE_SURNAMES.slice(0, 100));

/** Whether `text` starts at `at` with one of the hundred most frequent single surnames. */
export function startsWithCommonSurname(text: string, at: number): boolean {
  return COMMON_SURNAMES.has(text[at]);
}

/** Length of the surname that `text` starts with at `at` (2 for a double surname), or 0. */
export function surnameLengthAt(text: string, at: number): number {
  const kind = at >= 0 && at < text.length ? SURNAME_UNITS[text.charCodeAt(at)] : 0;
  if (kind & DOUBLE_FIRST_UNIT && DOUBLE.has(text.slice(at, at + 2))) return 2;
  return kind & SINGLE_UNIT;
}
