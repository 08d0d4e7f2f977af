// Titles and roles that stand before a person's name (副市长马卫红, 小儿外科主任冯书龙, 患者王龙),
// and the word lists that tell a name from the words around it.

/** Titles, posts and roles that may directly precede a name. Longest match wins. */
export const TITLES = [
  // Government and party posts.
  '市长', '副市长', '县长', '副县长', '区长', '副区长', '镇长', '副镇长', '乡长', '省长', '副省长',
  '书记', '副书记', '党组书记', '党委书记', '党支部书记', '支部书记', '村支书', '支书', '主任', '副主任',
  '局长', '副局长', '处长', '副处长', '科长', '副科长', '所长', '副所长', '部长', '副部长', '厅长', '主席',
  '副主席', '秘书长', '副秘书长', '调研员', '委员', '代表', '党委副书记',
  '常委', '主委', '副主委', '主任委员', '副主任委员', '巡视员', '副巡视员', '总书记', '总理', '副总理',
  '县委书记', '市委书记', '区委书记', '省委书记', '组织部长', '宣传部长', '统战部长', '部长助理', '督查专员', '司长', '副司长', '新闻发言人', '发言人',
  '总统', '副总统', '首相', '总干事', '副总干事', '国务卿', '外长', '大使', '特使', '国家安全事务助理',
  '司令员', '副司令员', '政委', '参谋长', '总统计师', '总会计师', '总工程师', '总经济师', '总审计师', '领导', '市领导', '县领导', '区领导', '省领导', '副厅长', '总监', '主任科员', '社长', '副社长', '总编辑', '副总编辑', '主编', '台长', '副台长',
  // Heads of bodies.
  '院长', '副院长', '站长', '园长', '副园长', '校长', '副校长', '馆长', '会长', '副会长', '理事长', '董事长',
  '总经理', '经理', '店长', '厂长', '副厂长', '行长', '副行长', '总裁', '副总裁', '队长', '组长', '护士长', '负责人', '主持人', '创始人', '领衔人', '领队', '联系人', '嘉宾', '发布人', '护理部主任', '护理部副主任',
  // Health professions.
  '医生', '医师', '护理', '主任医师', '副主任医师', '主治医师', '住院医师', '护士', '护师', '主管护师', '药师', '校医',
  '康复治疗师', '治疗师', '营养师', '心理咨询师', '个案管理师', '教授', '副教授', '专家', '博士', '硕士',
  '院士', '家庭医生', '全科医生', '乡村医生', '村医', '保育师', '育婴师', '护理员', '老师', '教师',
  '大夫', '研究员', '副研究员',
  // Honours and talent titles.
  '国医大师', '全国名中医', '名中医', '长江学者', '泰山学者', '首席专家', '特聘专家', '学科带头人', '首席科学家',
  // Sport and culture.
  '球员', '主教练', '教练', '教练员', '主帅', '冠军', '亚军', '季军', '选手', '运动员', '队员', '队长', '获得者', '演员', '导演',
  '歌手', '作家', '画家', '学生', '启蒙教练', '得主',
  // The press.
  '记者', '通讯员', '摄影记者', '编辑', '特约记者', '实习生',
  // People the stories are about.
  '患者', '居民', '村民', '市民', '群众', '老人', '家长', '捐献者', '志愿者', '职工', '工作人员', '成员',
  '辅警', '民警', '交警', '警官', '律师', '党员', '社工', '网格员',
];

/**
 * Titles that may directly follow a name (李红教授, 张建华主任, 习近平总书记, 潘明远先生) and are
 * evidence of it there. The people a story is about (患者, 居民) are said before the name, and
 * 代表 after a name is a verb (王刚代表医院发言).
 */
export const TITLES_AFTER_NAME = [
  '院长', '副院长', '书记', '副书记', '总书记', '主席', '副主席', '总理', '副总理', '主任', '副主任', '主委', '副主委',
  '局长', '副局长', '处长', '副处长', '科长', '部长', '副部长', '厅长', '副厅长', '市长', '副市长', '县长', '副县长',
  '区长', '副区长', '镇长', '所长', '站长', '校长', '会长', '理事长', '秘书长', '董事长', '总经理', '委员', '常委',
  '司长', '副司长', '总统', '首相', '总干事', '主教练', '教练',
  '教授', '副教授', '院士', '研究员', '副研究员', '主任医师', '副主任医师', '主治医师', '医师', '护士长', '护师',
  '主管护师', '药师', '医生', '护士', '大夫', '专家', '老师', '同志', '先生', '女士',
];

/**
 * Titles after a name that also follow a surname alone (王医生, 张老师, 李先生): after a
 * two-character candidate they are evidence only when jieba reads it as a name.
 */
export const WEAK_TITLES_AFTER_NAME = new Set(['医生', '护士', '大夫', '专家', '老师', '先生', '女士', '护师']);

/** Ranks an expert's introduction gives after the name and a comma (顾建华,主任医师,教授). */
export const RANKS_AFTER_COMMA = [
  '主任医师', '副主任医师', '主治医师', '主任护师', '副主任护师', '主管护师', '教授', '副教授', '研究员', '副研究员',
  '主任药师', '副主任药师', '博士生导师', '硕士生导师', '硕士研究生导师', '博士研究生导师', '医学博士', '医学硕士',
];

/**
 * The people a story is about: no body employs them, so their org is only a body written right
 * before the word (某某村村民王某), never one further back in the clause (从省残联协调的轮椅送给了村民李某).
 */
export const SUBJECT_ROLES = new Set(['患者', '居民', '村民', '市民', '群众', '老人', '家长', '捐献者', '志愿者']);

/** Titles that label a name with a colon in notices and transcripts (联系人:龚晓燕, 主持人:邓小军). */
export const LABELS = new Set(['联系人', '主持人', '嘉宾', '发布人', '负责人', '发言人', '新闻发言人']);

/** Forms of address after a name: evidence of the name, but no role (郑国华同志, 潘明远先生). */
export const ADDRESS_AFTER_NAME = new Set(['同志', '先生', '女士']);

/** Last characters of bodies, never of a name before a title (科室主任, 村委书记, 文化站站长). */
export const BODY_ENDINGS = new Set([...'委办局院所部处科室站队厅馆司厂村镇乡县市省区协联盟社']);

/**
 * Verbs that give a name its post (韩晓梅出任首任院长, 邵建国担任县人民医院院长), and the copula
 * (严丽华是县中医院的护士长): with a name jieba reads as one, evidence of a person.
 */
export const APPOINTMENT_VERBS = ['出任', '担任', '任', '兼任', '升任', '调任', '当选为', '当选', '被任命为', '受聘为', '是'];

/** Verbs that introduce what someone said: with a name jieba reads as one, evidence of a person. */
export const SPEECH_VERBS = ['说', '表示', '介绍', '指出', '强调', '认为', '坦言', '告诉记者', '透露'];

/**
 * Posts held by people whose names have no Han surname (总统特朗普, 谭德塞总干事): next to them a
 * word jieba tags as a name is one.
 */
export const FOREIGN_POSTS = new Set([
  '总统', '副总统', '首相', '总理', '总干事', '副总干事', '国务卿', '外长', '大使', '特使', '国家安全事务助理', '主席',
  '秘书长', '部长', '发言人',
]);

/**
 * Party posts: in a chain of posts (市委常委、常务副市长, 局长、党组书记) the government or
 * professional post is the person's role, the party post only when there is no other.
 */
export const PARTY_POSTS = new Set(['书记', '副书记', '党组书记', '党委书记', '党委副书记', '党支部书记', '支部书记', '常委', '委员', '党员']);

/**
 * Parts of Tibetan, Uyghur and Mongolian given names, which have no surname: a name is two of
 * them (扎西顿珠, 阿依古丽, 布仁巴图) or one (乌兰, 巴特尔). Names with a · (阿卜杜拉·艾力) need no list.
 */
export const MINORITY_NAME_PARTS = [
  '扎西', '顿珠', '次仁', '多吉', '卓玛', '央金', '德吉', '旦增', '尼玛', '巴桑', '索朗', '平措', '洛桑', '格桑',
  '达瓦', '拉姆', '普布', '曲珍', '次旦', '罗布', '嘉措', '加措', '强巴', '边巴', '白玛', '益西', '才旦', '贡布',
  '桑珠', '仁增', '米玛', '旺堆', '次珍', '玉珍', '群培', '拉巴', '阿依', '古丽', '买买提', '艾力', '热依',
  '努尔', '艾尔肯', '吐尔逊', '帕提', '迪丽', '热娜', '阿不都', '阿卜杜', '依明', '麦麦提', '吾买尔', '玉素甫', '晋美',
  '乌兰', '巴特尔', '巴图', '布仁', '萨仁', '其木格', '其其格', '琪琪格', '乌云', '斯琴', '高娃', '图雅', '娜仁', '额尔敦',
  '巴雅尔', '宝音', '朝鲁', '苏和', '那日苏', '格日勒', '阿拉坦', '哈斯', '敖登',
];

/**
 * What follows a surname in generic forms of address: 张大爷, 辛阿姨, 张先生. These are not names
 * and are never emitted as people.
 */
export const HONORIFICS = [
  '大爷', '大娘', '阿姨', '先生', '女士', '小姐', '师傅', '老师', '大妈', '大叔', '大哥', '大姐', '奶奶',
  '爷爷', '婆婆', '阿婆', '阿公', '阿伯', '老伯', '老汉', '老人', '某', '某某', '医生', '护士', '主任', '院长', '书记', '局长', '同学',
  '家', '氏', '总', '工', '姐', '哥', '叔', '伯', '姨', '嫂', '老太', '大夫',
];

/**
 * One-character words of address (张伯, 李姐, 王叔叔, 王家): no name alone after a surname or
 * doubled; before another character that makes no word with them, the start of a given name
 * (张伯礼, 余家军; not 王家人).
 */
export const KIN_WORDS = new Set(['姐', '哥', '叔', '伯', '姨', '嫂', '家']);

/**
 * Characters that end a name's neighbourhood: what a sentence puts right after a subject
 * (刘毅曾在, 王树新对, 冯书龙表示). A given name does not end with one of them.
 */
export const AFTER_NAME_CHARS = new Set([...'曾在对是也将和与及说的了等为从向被把让给就都还又已正便并而即均称道讲笑告回带跟同到获摄由以地致']);

/** Words that often follow a name (verbs of saying and doing). */
export const AFTER_NAME_WORDS = [
  '表示', '介绍', '说', '指出', '强调', '认为', '告诉', '坦言', '感慨', '提醒', '建议', '回忆', '透露', '解释',
  '主诊', '主刀', '主持', '带领', '围绕', '圆满', '完成', '作为', '始终', '一直', '同志', '等人', '荣获', '获得',
  '参加', '出席', '接受', '听到', '发现', '制服', '挽回', '见义勇为', '事迹', '男', '女', '今年', '现年',
  '所在', '一行', '通报', '调研', '走访', '看望', '慰问', '视察', '督导', '检查', '深入', '陪同', '带队', '宣读', '讲话',
  '致辞', '发言', '部署', '汇报', '取得', '做客', '耐心', '详细', '认真', '亲自', '多次', '团队', '老人',
];

/** Words that start with a surname character but are not names (jieba tags some of them nr). */
export const NOT_NAMES = new Set([
  '康复', '常态', '常态化', '高质量', '全市', '全县', '全区', '全省', '全国', '万达', '华为', '阿胶', '安全',
  '安心', '信任', '宁静', '文明', '明确', '高效', '高危', '程序', '成功', '周期', '平安', '和谐', '任务', '方便',
  '方案', '通过', '于是', '温暖', '温度', '严格', '张贴', '王者', '金额', '金牌', '石头', '宋体', '邢台', '石家庄',
  '田间', '林业', '钱款', '江北', '龙山', '朱老庄', '金郝庄', '杨屯', '卫生', '卫健', '卫星', '单位', '单独',
  '管理', '雷锋', '海报', '海洋', '冯官屯', '许营', '孙子', '孙女', '谢谢', '应急', '应用', '应该', '时间',
  '时代', '向日葵', '计划', '计生', '和平', '和睦', '刘垓子', '陈店', '田马园', '关怀', '关爱', '关心', '关注',
  '关键', '关于', '关系', '高度', '高血压', '全面', '全程', '成为', '成员', '成本', '成效', '成果', '向上', '任何',
  '毛病', '包括', '方式', '方面', '方向', '江湖', '杨柳', '余额', '余下', '韦氏', '柏油', '林地', '金融', '黄金',
  '白天', '白色', '齐全', '齐心', '明天', '明显', '易于', '段落', '宁愿', '史上', '庞大', '尚未', '符合', '舒适',
  '凌晨', '曲线', '苗头', '路口', '连续', '车辆', '项目', '景区', '党建', '宫颈', '冷链', '米面', '卫生室',
  '周知', '来院', '来访', '来电', '相关', '国内外', '高级', '常务', '支部', '党委', '党组', '区委', '纪委',
  '党支部', '党工委', '管委会', '居委会', '麻醉', '蒙医', '蒙药', '苗医', '苗药', '常委会', '计生办', '干部', '何时', '何处', '白领', '蓝领', '龙凤胎', '高水平', '高层次', '高素质', '高年资', '高端',
]);
