import type { PersonCorpus } from './corpus.js';

const corpus: PersonCorpus = {
  type: 'person',
  examples: [
    {
      text: '本报讯 通讯员李强 许昌报道 近日,许昌市召开会议。记者陈晨 高峰期间,医院就诊量大。',
      expect: [
        { name: '李强', role: '通讯员' },
        { name: '陈晨', role: '记者' },
      ],
      note: 'after a credited name and a space, a place (许昌报道) or running text (高峰期间) is no second name',
    },
    {
      text: '中国医师协会终身荣誉会长、原院长王立德出席会议。\n\n韩冬 宋雨桐 李 阳 报道',
      expect: [
        { name: '王立德', role: '院长' },
        { name: '韩冬', role: '记者' },
        { name: '宋雨桐', role: '记者' },
        { name: '李阳', role: '记者' },
      ],
      note: 'common words jieba tags as names (荣誉/nr) name no one; a reporting credit may print a two-character name with a space',
    },
    {
      text: '发布会现场。封面新闻采访人员林晓 摄影\n\n封面新闻采访人员 林晓',
      expect: [
        { name: '林晓', role: '采访人员' },
        { name: '林晓', role: '采访人员' },
      ],
      note: "采访人员 is some papers' word for their reporters",
    },
    {
      text: '本网讯 通讯员刘晓平 黄启明 9月21日,镇卫生院开展义诊。\n\n责编丨璩 靓\n\n编审丨范立群\n\n监审丨姚文静',
      expect: [
        { name: '刘晓平', role: '通讯员' },
        { name: '黄启明', role: '通讯员' },
        { name: '璩靓', role: '责编' },
        { name: '范立群', role: '编审' },
        { name: '姚文静', role: '监审' },
      ],
      note: 'a credit lists its writers with spaces between; a WeChat account credits its editors with 丨',
    },
    {
      text: '本报讯(通讯员邹晓峰苗立新韩冬)近日,镇卫生院开展义诊。\n\n本报讯(记者王芳李明张涛)县医院开展培训。',
      expect: [
        { name: '邹晓峰', role: '通讯员' },
        { name: '苗立新', role: '通讯员' },
        { name: '韩冬', role: '通讯员' },
        { name: '王芳', role: '记者' },
        { name: '李明', role: '记者' },
        { name: '张涛', role: '记者' },
      ],
      note: 'names a credit glues together are cut where each starts with a surname; where two cuts fit (王芳李|明张涛), the one whose names all start with a common surname',
    },
    {
      text: '本报讯(市卫健委)近日,县医院开展义诊。全市报告病例下降。(国家疾控局)\n\n本报讯(通讯员 赵刚孙丽摄)义诊现场。',
      expect: [
        { name: '赵刚', role: '通讯员' },
        { name: '孙丽', role: '通讯员' },
      ],
      note: 'a run of characters in brackets is cut into names only after a role word the credit writes: a body in brackets (国家疾控局) is none; a suffix after glued names (摄) is taken off the last',
    },
    {
      text: '作者:护理部 来源:本院 发布时间:2023/05/06\n\n院长赵刚带队开展义诊。',
      expect: [{ name: '赵刚', role: '院长' }],
      note: 'after an office in a credit, a word before a colon is the next label (来源:), no name',
    },
    {
      text: '区卫健局接种点开放预约。\n\n来源:区卫生健康局\n\n编审:欧阳琦\n\n审签:蒋晓帆',
      expect: [
        { name: '欧阳琦', role: '编审' },
        { name: '蒋晓帆', role: '审签' },
      ],
      note: 'a government account signs its release off (审签) as it reviews it (编审)',
    },
    {
      text: '科室开展护理查房。\n\n(图文/护理部 通讯员/邰晓梅 审核/阚志刚)',
      expect: [
        { name: '邰晓梅', role: '通讯员' },
        { name: '阚志刚', role: '审核' },
      ],
      note: "a closing credit's roles with a slash after a department (图文/护理部 通讯员/X)",
    },
    {
      text: '科室开展护理查房,患者恢复良好。\n主 编|耿德顺\n编 审|巩 岚',
      expect: [
        { name: '耿德顺', role: '主编' },
        { name: '巩岚', role: '编审' },
      ],
      note: "a footer's two-character roles printed with a space to line up (主 编|X)",
    },
    {
      text: '(蒯晓燕报道)11月6日,一位患者将锦旗送到科室。',
      expect: [{ name: '蒯晓燕', role: '作者' }],
      note: 'a lead that opens with its writer and 报道 in brackets',
    },
    {
      text: '感谢上海韩家鸿院士团队,科主任王家宁介绍,海岛乡医郑金达也来了,村民王家人都很高兴。',
      expect: [
        { name: '韩家鸿', role: '院士' },
        { name: '王家宁', role: '主任' },
        { name: '郑金达', role: '乡医' },
      ],
      note: "a surname and 家 that jieba reads as a word (王家, the family) start a name unless the family's people or place follow (王家人); 乡医 is a village doctor",
    },
    {
      text: '为做好迎检工作,学校成立工作领导小组。\n\n组长:蔡振华\n\n成员:郝丽 邵志强 闫晓红',
      expect: [
        { name: '蔡振华', role: '组长' },
        { name: '郝丽', role: '成员' },
        { name: '邵志强', role: '成员' },
        { name: '闫晓红', role: '成员' },
      ],
      note: "a notice's working group: each post labels its names with a colon, members listed with spaces",
    },
    {
      text: '2019年,她带着妹妹庹晓琳去参赛,哥哥庹晓峰在台下,老人的徒弟柴永红也来了。',
      expect: [
        { name: '庹晓琳', role: '妹妹' },
        { name: '庹晓峰', role: '哥哥' },
        { name: '柴永红', role: '徒弟' },
      ],
      note: "siblings and a craft's apprentice named before their names in a family's or a craft's story",
    },
    {
      text: '体育学院2018届毕业生喇志军夺得银牌,优秀校友铁海燕回校宣讲,围棋棋手邬光亚获胜。',
      expect: [
        { name: '喇志军', role: '毕业生' },
        { name: '铁海燕', role: '校友' },
        { name: '邬光亚', role: '棋手' },
      ],
      note: "a school's graduates and alumni, and players of board games and racing, named after what they are; 喇 and 铁 are surnames",
    },
    {
      text: '入选国家集训队的有宋恩德、韩俊杰、郭梁州、邓雨辰等。',
      expect: [{ name: '宋恩德' }, { name: '韩俊杰' }, { name: '郭梁州' }, { name: '邓雨辰' }],
      note: 'a list of names with no title whose names jieba cuts after the surname (宋|恩德, 郭|梁州) or knows (俊杰/nr)',
    },
    {
      text: '举重队收获3金2银,其中邝雨桐获得女子59公斤级冠军、蔺浩宇夺得男子73公斤级金牌。此外,覃思雨获女子64公斤级亚军。',
      expect: [{ name: '邝雨桐' }, { name: '蔺浩宇' }, { name: '覃思雨' }],
      note: 'an athlete named by the prize won: a name that opens a clause, a verb of winning, the prize in the clause',
    },
    {
      text: '决定授予闵卫东等326名同志“优秀乡村医生”称号,授予人民医院等58个单位称号。',
      expect: [{ name: '闵卫东', role: null }],
      note: 'a name before 等 and a count of people in figures shares the form of address after them (等326名同志)',
    },
    {
      text: '获评优秀医师的有:冉德明 县人民医院副院长、主任医师,邬秀兰 县疾控中心主任;另有两人获评(晏立强 县中医院党支部书记、骨科主任)。',
      expect: [
        { name: '冉德明', role: '副院长' },
        { name: '邬秀兰', role: '主任' },
        { name: '晏立强', role: '主任' },
      ],
      note: 'a list of people inside a sentence, each a name, a space and posts that all end with a title; the first post that is no party post is the role',
    },
    {
      text: '茶农杨春生说,学员蔺晓东发言,老兵阚德胜讲述,摊主邬美兰笑了,患者家属冼国平表示感谢。',
      expect: [
        { name: '杨春生', role: '茶农' },
        { name: '蔺晓东', role: '学员' },
        { name: '阚德胜', role: '老兵' },
        { name: '邬美兰', role: '摊主' },
        { name: '冼国平', role: '家属' },
      ],
      note: 'farmers, trainees, veterans, stallholders and families are people a story is about, named after what they are',
    },
    {
      text: '一个叫仲晓燕的女孩走了进来,一位叫央金的牧民也来了。',
      expect: [{ name: '仲晓燕' }, { name: '央金' }],
      note: 'a name after 叫 and a count of one person (一个叫, 一位叫), as after 名叫',
    },
    {
      text: '现任总理彼得·金领导的工党赢得选举。68岁的蒋秀和是这门手艺的传承人。',
      expect: [{ name: '彼得·金', role: '总理' }, { name: '蒋秀和' }],
      note: "a title's word right after a dotted name's last part ends it (领导 led); a given name ends in 和 before the copula",
    },
    {
      text: '奥运冠军邹敬园出席活动,世界冠军们与孩子互动,他曾是世界冠军。',
      expect: [{ name: '邹敬园', role: '奥运冠军' }],
      note: 'a champion is named after the whole title (奥运冠军, not 冠军)',
    },
    {
      text: '临海市市委书记韩志远,市委副书记、市长孙立新出席签约仪式。',
      expect: [
        { name: '韩志远', role: '市委书记', org: '临海市市委' },
        { name: '孙立新', role: '市长' },
      ],
      note: "a title that begins inside the body's head (市委|书记) holds a post of that body",
    },
    {
      text: '國家體育總局競體司司長劉國永表示,這屆全運會成績穩中有升。',
      expect: [{ name: '劉國永', role: '司长', text: '劉國永' }],
      note: 'a page in traditional characters is read in simplified ones; the name stays as written',
    },
    {
      text: '应邀请,缅甸总统吴温貌将于5月访华,挪威首相埃尔娜·索尔贝格同期来访。习近平主席将同吴温貌总统会谈,李克强总理将分别同索尔贝格首相会谈,张德江委员长会见。',
      expect: [
        { name: '吴温貌', role: '总统' },
        { name: '埃尔娜·索尔贝格', role: '首相' },
        { name: '习近平', role: '主席' },
        { name: '吴温貌', role: '总统' },
        { name: '李克强', role: '总理' },
        { name: '索尔贝格', role: '首相' },
        { name: '张德江', role: '委员长' },
      ],
      note: 'a transliterated name before a foreign post, however jieba cut it (索尔|贝格); a preposition glued to a known name (同吴温貌); 委员长',
    },
    {
      text: '公司负责人孟庆春、会计机构负责人(会计主管人员)白雪梅声明:保证报告真实。项目部负责人(主持工作)王道明声明如下。',
      expect: [
        { name: '孟庆春', role: '负责人' },
        { name: '白雪梅', role: '负责人' },
        { name: '王道明', role: '负责人' },
      ],
      note: 'an aside in brackets between a title and its name; 声明 after a name (jieba cuts 王道|明|声明)',
    },
    {
      text: '跳水小将陈思远夺得2金,林可欣夺得1金,两人都不满18岁。院长王刚表示,医院将扩建,大家表示赞同。',
      expect: [
        { name: '陈思远', role: '小将' },
        { name: '林可欣', role: null, rule: 'person:listed' },
        { name: '王刚', role: '院长' },
      ],
      note: 'a clause that opens with a name and the verb a named person has just done is about that person (夺得…,林可欣夺得); 大家 is no name',
    },
    {
      text: '急诊室的陈友岱医生说,78岁的大爷孙福田已经脱险,张大爷也来看望。',
      expect: [
        { name: '陈友岱', role: '医生' },
        { name: '孙福田', role: '大爷' },
      ],
      note: "jieba's new word of a surname and a character, then the rare last character (陈友|岱), reads as a name; an elder addressed by age before a full name",
    },
    {
      text: '本报记者 韩冬 温晴\n\n昨日,市中心医院开展义诊。',
      expect: [
        { name: '韩冬', role: '记者', rule: 'person:credit' },
        { name: '温晴', role: '记者', rule: 'person:credit' },
      ],
      note: 'a line of reporters that opens like a dateline (本报记者) is a byline: every name on it',
    },
    {
      text: '内科主任医师秦明用通俗的话讲解化验单,儿科主任宋佳怡用游戏安抚孩子。',
      expect: [
        { name: '秦明', role: '主任医师' },
        { name: '宋佳怡', role: '主任' },
      ],
      note: 'jieba glues the verb 用 to an unknown name (秦明用/x): a name does not end with it',
    },
    {
      text: '上诉人(原审被告人)罗振华,男,1985年3月出生,汉族,初中文化。',
      expect: [{ name: '罗振华', role: '被告人' }],
      note: 'a title that closes a bracket right before the name (a court paper names its parties so)',
    },
    {
      text: '东川网消息 赵明亮报道:3月2日,区中医院开展义诊。',
      expect: [{ name: '赵明亮', role: '作者', rule: 'person:credit' }],
      note: "a site's 消息 lead credits its writer as 讯 does",
    },
    {
      text: '义诊让群众花小钱看好病,市民付海洋说很满意,患者管建国已经出院。',
      expect: [
        { name: '付海洋', role: '市民' },
        { name: '管建国', role: '患者' },
      ],
      note: 'after a word for people at large, a one-character verb and a noun (花|小钱) are what they do; a surname jieba calls a verb before a name stays a name',
    },
    {
      text: '志愿者为村民奉上了一份新春礼包,村民常红了解到政策后很高兴。',
      expect: [{ name: '常红', role: '村民' }],
      note: 'after a word for people at large, what 了 follows is a verb (奉上了), 了解 aside',
    },
    // Credits: bylines, leads and photo credits (role 作者 unless the credit names one).
    {
      text: '■ 金增秀 周长才\n\n近年来,聊城市推动普惠托育服务高质量发展。',
      expect: [
        { name: '金增秀', role: '作者' },
        { name: '周长才', role: '作者' },
      ],
    },
    { text: '□ 金增秀\n\n运河汤汤,水韵绵长。', expect: [{ name: '金增秀', role: '作者' }] },
    {
      text: '托育服务再上新台阶\n齐鲁晚报·齐鲁壹点 邝晓燕 岳学钰 通讯员 柯增秀\n\n全市新建托育机构12家。',
      expect: [
        { name: '邝晓燕', role: '记者', org: '齐鲁晚报' },
        { name: '岳学钰', role: '记者', org: '齐鲁晚报' },
        { name: '柯增秀', role: '通讯员', org: null },
      ],
      note: "a paper's name, then its reporters (theirs) and a correspondent (not its own)",
    },
    { text: '服务平台搭建工作简报\n工作简报 柯敏 岳强\n\n全市新建托育机构12家。', expect: [] },

    {
      text: '全县新建村卫生室12个。(记者 张立)\n(责编:王晓敏、刘强)',
      expect: [
        { name: '张立', role: '记者' },
        { name: '王晓敏', role: '责编' },
        { name: '刘强', role: '责编' },
      ],
      note: "an editors' credit lists its names with 、 as with spaces: each takes the role",
    },
    {
      text: '拟推荐以下同志为优秀医师人选:\n刘晓明(市人民医院)、陈红梅(东阿县人民医院)、欧阳丽(临清市人民医院)\n新院区(市人民医院)投入使用,急诊科(市中医医院)开诊。',
      expect: [
        { name: '刘晓明', org: '市人民医院' },
        { name: '陈红梅', org: '东阿县人民医院' },
        { name: '欧阳丽', org: '临清市人民医院' },
      ],
      note: "a notice's list gives each name its body in brackets; a word before a bracketed body is no name",
    },
    {
      text: '患者获救背后的故事\n作者:王丽\n编辑:宣传科\n“我们已组建胸痛救治联盟。”副院长陈晓东介绍。',
      expect: [
        { name: '王丽', role: '作者' },
        { name: '陈晓东', role: '副院长' },
      ],
      note: 'a department credited as editor (宣传科: 宣 is a surname) is no person',
    },
    {
      text: '双方将建立紧密联系。(供稿/宣传科 李明 编审/王芳)\n3月5日,市卫健委主任张强一行到院调研。',
      expect: [
        { name: '李明', role: '作者' },
        { name: '王芳', role: '编审' },
        { name: '张强', role: '主任' },
      ],
      note: "a footer's roles with a slash, a department after the first; the credit ends its paragraph",
    },
    {
      text: '宣传科  邬文波  文/图\n\n“感谢医院全体医护人员的精心救治。”\n\n柯晓东 文\n\n全县开展义诊活动。',
      expect: [
        { name: '邬文波', role: '作者' },
        { name: '柯晓东', role: '作者' },
      ],
      note: 'a credit line of names, then what they made (文/图, 文), maybe after a department',
    },
    {
      text: '通讯员 童晓燕 蔡亮\n\n近日,县医院开展义诊活动。\n\n来源:实习生 卜佳琪 闻涛',
      expect: [
        { name: '童晓燕', role: '通讯员' },
        { name: '蔡亮', role: '通讯员' },
        { name: '卜佳琪', role: '实习生' },
        { name: '闻涛', role: '实习生' },
      ],
      note: 'a credit line that opens with a press role other than 记者, or with 来源: and one',
    },
    {
      text: '(健康报记者 封晓岚 管宁 竺瀚文)“医生,您在吗?”\n\n7月26日,院长走进病房查看病人情况。管宁摄\n\n院长抬头,早已习惯这样的场景。',
      expect: [
        { name: '封晓岚', role: '记者' },
        { name: '管宁', role: '记者' },
        { name: '竺瀚文', role: '记者' },
        { name: '管宁', role: '记者' },
      ],
      note: 'a lead credit in brackets with no 讯 or 电, the paper glued to 记者; a photo credit ends its caption line',
    },
    {
      text: '4年来,医院共筛查患者1263例。\n责任编辑:卢振青\n毋庸讳言,这些成绩来之不易。',
      expect: [{ name: '卢振青', role: '责任编辑' }],
      note: "a line of editors' credits ends its paragraph: the next line does not run on into the name",
    },
    {
      text: '(义诊现场 游客拍摄)\n\n活动吸引了众多居民参加。\n\n(资料图 常规拍摄)',
      expect: [],
      note: '拍摄 is no photo credit of a name ending in 拍',
    },
    {
      text: '(健康报记者 封晓岚 管宁)近日,医院开展义诊。',
      expect: [
        { name: '封晓岚', role: '记者', org: '健康报' },
        { name: '管宁', role: '记者', org: '健康报' },
      ],
      note: "the paper of a lead credit in brackets is the reporters' org",
    },
    {
      text: '专家们为群众开展义诊。(邝晓燕 柯立勇)\n8月22日,县医院开展培训。',
      expect: [
        { name: '邝晓燕', role: '作者' },
        { name: '柯立勇', role: '作者' },
      ],
      note: 'a story that closes with its credit in brackets ends its paragraph: the next line does not run on into it',
    },
    {
      text: '患者的病情逐渐好转,已康复出院。(急诊科 蔡素珑)',
      expect: [{ name: '蔡素珑', role: '作者' }],
      note: "a closing credit that names the writer's department (科, 部) before the name",
    },
    {
      text: '(院长看望坚守岗位的医护人员 邝晓东摄)\n\n春节期间,医院安排专人值守。',
      expect: [{ name: '邝晓东', role: '作者' }],
      note: 'a caption in brackets on a line of its own, its photo credit at the end',
    },
    {
      text: '本报讯(鞠圣娇 杨宁宁)4月23日,笔者在东阿县政府网站看到。',
      expect: [
        { name: '鞠圣娇', role: '作者' },
        { name: '杨宁宁', role: '作者' },
      ],
    },
    { text: '本报讯 (文/图 刘庆功)“以前看病得带着身份证。”', expect: [{ name: '刘庆功', role: '作者' }] },
    {
      text: '本报讯(记者 王晓东 通讯员 孙丽)近日,莘县召开会议。',
      expect: [
        { name: '王晓东', role: '记者' },
        { name: '孙丽', role: '通讯员' },
      ],
    },
    { text: '吸引了大量来自外省市的患者前来就诊。■ 刘庆功', expect: [{ name: '刘庆功', role: '作者' }] },
    // Photo credits: ■ … 摄 on a line of its own, …■ 李明摄 after a caption, (张明 摄) inside one.
    {
      text: '义诊活动受到群众欢迎\n\n■ 张明 摄\n\n本报讯 近日,莘县开展义诊。',
      expect: [{ name: '张明', role: '作者' }],
    },
    { text: '■ 记者 王刚 摄\n\n群众排队就诊。', expect: [{ name: '王刚', role: '记者' }] },
    { text: '群众排队就诊。■ 李明摄', expect: [{ name: '李明', role: '作者' }] },
    {
      text: '义诊现场(张明 摄)\n\n本报讯 近日,莘县开展义诊。',
      expect: [{ name: '张明', role: '作者', headline: null }],
      note: 'a credited caption is no headline',
    },
    {
      text: '记者 陶春燕\n\n针对群众看病就医不便问题,全市卫健系统四级联动。',
      expect: [{ name: '陶春燕', role: '记者' }],
    },
    {
      text: '免陪照护走进病房\n\n陶春燕 聊城报道\n\n“一人住院,全家受累”,是许多家庭面临的难题。',
      expect: [{ name: '陶春燕', role: '记者' }],
    },
    {
      text: '城区一路口实现“多车联动式掉头”\n\n李怀磊 通讯员 张亚林 聊城报道\n\n您是否曾在高峰时段为路口掉头排队而烦恼?',
      expect: [
        { name: '李怀磊', role: '记者' },
        { name: '张亚林', role: '通讯员' },
      ],
    },
    {
      text: '双擎聚力助好“孕”\n聊城江北水城旅游度假区卫生和计划生育局局长 王锋\n\n近年来,度假区创新构建工作体系。',
      expect: [{ name: '王锋', role: '局长', org: '聊城江北水城旅游度假区卫生和计划生育局' }],
    },
    // Title + name.
    {
      text: '近日,市政府召开新闻发布会,副市长马卫红介绍了相关情况。',
      expect: [{ name: '马卫红', role: '副市长', org: null }],
    },
    {
      text: '聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲表示,下一步将深化品牌建设。',
      expect: [{ name: '张月莲', role: '主任', org: '聊城市卫生健康委' }],
      note: 'a chain of posts: the first body and its last title are the main post; org as written (the institution record has the full name)',
    },
    {
      text: '东昌府区妇幼保健院小儿外科主任冯书龙介绍,手术花费大概在六七千元。冯书龙表示,今后将继续推进救治。',
      expect: [
        { name: '冯书龙', role: '主任', org: '东昌府区妇幼保健院' },
        { name: '冯书龙', role: '主任' },
      ],
    },
    {
      text: '东阿县铜城街道社区卫生服务中心负责人李凤鸣表示,下一步将开展更多活动。',
      expect: [{ name: '李凤鸣', role: '负责人', org: '东阿县铜城街道社区卫生服务中心' }],
    },
    {
      text: '当日,聊城市人民医院肌骨疼痛康复门诊揭牌成立。该门诊由该院康复医学科副主任康复治疗师张永胜主诊。',
      expect: [{ name: '张永胜', role: '副主任康复治疗师', org: '聊城市人民医院' }],
    },
    {
      text: '药剂科主管药师王芳提醒,用药要遵医嘱。',
      expect: [{ name: '王芳', role: '主管药师' }],
      note: 'a rank before a profession is part of the title',
    },
    {
      text: '3月9日,全市首例造血干细胞捐献者刘毅圆满完成捐献。刘毅曾在东阿县卫生健康局工作。',
      expect: [
        { name: '刘毅', role: '捐献者' },
        { name: '刘毅', role: '捐献者' },
      ],
    },
    {
      text: '家住东昌府区博济桥社区的居民王树新对刚刚投入运营的服务中心赞不绝口。',
      expect: [{ name: '王树新', role: '居民' }],
    },
    {
      text: '莘县人民医院院长李建国说,医院将持续优化服务流程。',
      expect: [{ name: '李建国', role: '院长', org: '莘县人民医院' }],
    },
    {
      text: '冠县中医医院护士长欧阳娜带领团队开展义诊。',
      expect: [{ name: '欧阳娜', role: '护士长', org: '冠县中医医院' }],
    },
    {
      text: '据了解,冠县烟庄街道社区卫生服务站站长宋丽丽坚守岗位十年。',
      expect: [{ name: '宋丽丽', role: '站长', org: '冠县烟庄街道社区卫生服务站' }],
    },
    { text: '村医张秀英每天为村民量血压。', expect: [{ name: '张秀英', role: '村医' }] },
    // jieba glues an unknown name to the verb after it (张月莲到) or tags the next word oddly (一行/m, 通报/n).
    { text: '副市长张月莲到市人民医院调研。', expect: [{ name: '张月莲', role: '副市长' }] },
    { text: '县长孙丽到卫生院看望医护人员。', expect: [{ name: '孙丽', role: '县长' }] },
    { text: '副市长张月莲一行参观了展厅。', expect: [{ name: '张月莲', role: '副市长' }] },
    { text: '市卫健委副主任李涛通报了情况。', expect: [{ name: '李涛', role: '副主任', org: '市卫健委' }] },
    {
      text: '冠县人民医院医共体第三次理事会召开。县卫健局局长王洪涛出席。该院院长刘建华介绍了情况。',
      expect: [
        { name: '王洪涛', org: '县卫健局' },
        { name: '刘建华', org: '冠县人民医院' },
      ],
      note: '该院 is the last 院 named, not the bureau in between',
    },
    {
      text: '护士长孟凡荣耐心讲解喂养知识。校医刘敏给学生讲解。',
      expect: [
        { name: '孟凡荣', role: '护士长' },
        { name: '刘敏', role: '校医' },
      ],
    },
    {
      text: '市人民医院心内科主任、主任医师王建国介绍。',
      expect: [{ name: '王建国', role: '主任医师', org: '市人民医院' }],
      note: 'the body stands before the chain of titles',
    },
    {
      text: '茌平区人民医院党委副书记、院长张振华说。',
      expect: [{ name: '张振华', role: '院长', org: '茌平区人民医院' }],
    },
    {
      text: '冠县中医医院院长陈卫东、党委书记马立新出席。局长吴建军,副局长郑丽出席。院长李华,副秘书长王刚发言。',
      expect: [
        { name: '陈卫东', org: '冠县中医医院' },
        { name: '马立新', org: '冠县中医医院' },
        { name: '吴建军', org: null },
        { name: '郑丽', org: null },
        { name: '李华', org: null },
        { name: '王刚', org: null },
      ],
      note: 'a post listed after a name with 、 is of the same body; after a comma only the same post',
    },
    {
      text: '莘县卫生健康局局长吴建军,副局长郑丽出席会议。',
      expect: [
        { name: '吴建军', org: '莘县卫生健康局' },
        { name: '郑丽', role: '副局长', org: '莘县卫生健康局' },
      ],
    },
    {
      text: '市政府副秘书长王晓东、常务副院长李强、一级调研员赵刚出席。',
      expect: [{ role: '副秘书长' }, { role: '常务副院长' }, { role: '一级调研员' }],
    },
    {
      text: '副局长欧阳明辉说,今年将继续推进。',
      expect: [{ name: '欧阳明辉', role: '副局长' }],
      note: 'jieba: 欧阳明|辉说',
    },
    {
      text: '骨科副主任医师、医学博士陈志刚介绍,手术很成功。',
      expect: [{ name: '陈志刚', role: '副主任医师' }],
      note: 'a degree is no post',
    },
    {
      text: '莘县卫生健康局党组书记、局长吴建军出席会议。',
      expect: [{ name: '吴建军', role: '局长', org: '莘县卫生健康局' }],
      note: 'the title before the name ends the chain of the body before it',
    },
    {
      text: '烟庄街道社区卫生服务中心全科医生张红霞所在团队签约群众1600多人。',
      expect: [{ name: '张红霞', role: '全科医生', org: '烟庄街道社区卫生服务中心' }],
      note: '所在 follows a name (张红霞所在团队, 王丽所在科室)',
    },
    // A name followed by its title: the title after the name is evidence enough.
    {
      text: '义诊现场,眼科孙海燕教授耐心为老人检查视力。',
      expect: [{ name: '孙海燕', role: '教授' }],
      note: 'a department before the name is not the role',
    },
    {
      text: '青海省人民医院钱文博院长带领医疗队返回。在吴长青书记带领下,队员们完成了任务。',
      expect: [
        { name: '钱文博', role: '院长', org: '青海省人民医院' },
        { name: '吴长青', role: '书记' },
      ],
    },
    {
      text: '活动当天,护理部主任韩雪梅护士长和王丽芳副主任医师一起为居民义诊。',
      expect: [
        { name: '韩雪梅', role: '护理部主任' },
        { name: '王丽芳', role: '副主任医师' },
      ],
      note: 'titles on both sides: the one before the name is the post',
    },
    {
      text: '承建企业总经理潘明远先生、县委书记郑国华同志出席仪式。',
      expect: [
        { name: '潘明远', role: '总经理' },
        { name: '郑国华', role: '县委书记' },
      ],
    },
    {
      text: '习近平总书记强调,要把人民健康放在优先发展的战略位置。',
      expect: [{ name: '习近平', role: '总书记' }],
    },
    {
      text: '疼痛科聂伟副主任医师为患者制定方案。',
      expect: [{ name: '聂伟', role: '副主任医师' }],
      note: 'jieba glues 科 to an unknown name (疼痛|科聂伟)',
    },
    {
      text: '老年病科王晓新主任、门诊部何立国主任出诊。',
      expect: [
        { name: '王晓新', role: '主任' },
        { name: '何立国', role: '主任' },
      ],
      note: 'jieba: 科王|晓新',
    },
    {
      text: '妇科林晓燕教授、邓志明教授及肖红主任为群众答疑。',
      expect: [
        { name: '林晓燕', role: '教授' },
        { name: '邓志明', role: '教授' },
        { name: '肖红', role: '主任' },
      ],
    },
    {
      text: '黄振强、方丽娟等专家为村民进行了健康体检。',
      expect: [
        { name: '黄振强', role: '专家' },
        { name: '方丽娟', role: '专家' },
      ],
      note: 'names listed before 等 share the title after it',
    },
    {
      text: '“齐鲁名医”曹文斌主任在现场坐诊。',
      expect: [{ name: '曹文斌', role: '主任' }],
      note: 'a quoted honour before the name',
    },
    {
      text: '会诊由骆志红、韩建平主任医师共同完成,刘晓燕教授、贺丹也参加了。',
      expect: [
        { name: '骆志红', role: null },
        { name: '韩建平', role: '主任医师' },
        { name: '刘晓燕', role: '教授' },
        { name: '贺丹', role: null },
      ],
      note: 'names listed beside a titled one',
    },
    {
      text: '专家简介\n蔺志强,主任医师,硕士研究生导师,擅长消化系统疾病诊治。',
      expect: [{ name: '蔺志强', role: '主任医师' }],
      note: "an expert's introduction",
    },
    {
      text: '吴晓军(化名)在工地上受了伤。图为伍建平(右)在为村民检查身体。',
      expect: [
        { name: '吴晓军', pseudonym: true },
        { name: '伍建平', pseudonym: false },
      ],
      note: 'a bracket that says who the name is',
    },
    // Honours and talent titles before a name.
    {
      text: '中国工程院院士陈志远,国医大师徐明德,全国名中医宋清华出席论坛。',
      expect: [
        { name: '陈志远', role: '院士' },
        { name: '徐明德', role: '国医大师' },
        { name: '宋清华', role: '全国名中医' },
      ],
    },
    {
      text: '泰山学者特聘专家邹海涛、学科带头人魏立新、首席专家蒋文辉参加会诊。',
      expect: [
        { name: '邹海涛', role: '特聘专家' },
        { name: '魏立新', role: '学科带头人' },
        { name: '蒋文辉', role: '首席专家' },
      ],
    },
    // Party and government posts, and chains of them.
    {
      text: '市民盟副主委柳青云,县人大副主任贾国庆,区政协副主席龚丽华参加调研。',
      expect: [
        { name: '柳青云', role: '副主委' },
        { name: '贾国庆', role: '副主任' },
        { name: '龚丽华', role: '副主席' },
      ],
    },
    {
      text: '党组成员、副局长向华东出席。副局长向大家介绍了情况。',
      expect: [{ name: '向华东', role: '副局长' }],
      note: '向 is a surname and a preposition',
    },
    {
      text: '市领导蒋志强、龚丽萍出席会议。领导干部要带头。',
      expect: [
        { name: '蒋志强', role: '市领导' },
        { name: '龚丽萍', role: '市领导' },
      ],
    },
    {
      text: '市委常委、常务副市长许志刚到医院检查。',
      expect: [{ name: '许志刚', role: '常务副市长' }],
      note: 'in a chain of posts a government post outranks a party one',
    },
    { text: '市卫生健康局局长、党组书记谭建平作报告。', expect: [{ name: '谭建平', role: '局长' }] },
    {
      text: '省卫健委二级巡视员彭晓东、市委统战部常务副部长严志华出席。',
      expect: [
        { name: '彭晓东', role: '二级巡视员' },
        { name: '严志华', role: '常务副部长' },
      ],
    },
    {
      text: '国家卫生健康委疾控局副司长 邵文杰:\n感谢各位记者的提问。',
      expect: [{ name: '邵文杰', role: '副司长' }],
      note: 'a speaker in a press conference transcript',
    },
    {
      text: '外交部发言人邓晓梅5日主持例行记者会。',
      expect: [{ name: '邓晓梅', role: '发言人' }],
      note: 'a date right after the name',
    },
    {
      text: '美国总统拜登表示欢迎。',
      expect: [{ name: '拜登', role: '总统' }],
      note: 'jieba tags a known foreign name nrt',
    },
    {
      text: '国家主席会见了来访的法国总统马克龙。世卫组织总干事谭德塞表示欢迎。沙利文总统表示感谢。',
      expect: [
        { name: '马克龙', role: '总统' },
        { name: '谭德塞', role: '总干事' },
        { name: '沙利文', role: '总统' },
      ],
      note: 'transliterated names jieba knows as names, next to a title',
    },
    {
      text: '今年73岁的鲍玉珍老人每天早上都去社区卫生服务站量血压。',
      expect: [{ name: '鲍玉珍', role: null }],
      note: 'an age before a name',
    },
    {
      text: '村妇联主席钱秀明说,义诊很受欢迎。',
      expect: [{ name: '钱秀明', role: '主席' }],
      note: 'jieba: 钱秀|明说',
    },
    {
      text: '病房里,护士们正在忙碌。都市报记者龚晓摄',
      expect: [{ name: '龚晓', role: '记者' }],
      note: '摄 written against the name is no part of it',
    },
    {
      text: '女子跳远冠军柴晓雯、男子跳高冠军段鸿飞赛后接受了采访。主教练宁向东由此获得最佳教练奖。',
      expect: [
        { name: '柴晓雯', role: '冠军' },
        { name: '段鸿飞', role: '冠军' },
        { name: '宁向东', role: '主教练' },
      ],
    },
    {
      text: '图为队员柏晓丽(右)与聂雨桐在领奖台上。冠军得主汤宇和苗佳悦赛后接受采访。',
      expect: [
        { name: '柏晓丽', role: '队员' },
        { name: '聂雨桐', role: null },
        { name: '汤宇', role: '得主' },
        { name: '苗佳悦', role: null },
      ],
      note: 'a name joined by 与 or 和 to a found one',
    },
    {
      text: '护士长卢红和同事们一起为患者过生日,院长邵刚与国内专家交流。',
      expect: [{ name: '卢红' }, { name: '邵刚' }],
      note: 'what 和 or 与 joins to a name need not be a name',
    },
    {
      text: '曾任村老年协会会长的雷振邦已经86岁了。',
      expect: [{ name: '雷振邦', role: '会长' }],
      note: 'a title joined to the name by 的',
    },
    {
      text: '混双决赛中,中国组合甘雨泽/韩思琪以3比1获胜。',
      expect: [
        { name: '甘雨泽', role: null },
        { name: '韩思琪', role: null },
      ],
      note: 'a pair joined by a slash',
    },
    // Names from ethnic minorities and transliterated names.
    {
      text: '自治区卫生健康委主任阿卜杜拉·艾力表示,将继续推进援疆工作。',
      expect: [{ name: '阿卜杜拉·艾力', role: '主任' }],
    },
    {
      text: '乡村医生扎西顿珠每天骑摩托车巡诊。护士阿依古丽说,牧民很欢迎。',
      expect: [
        { name: '扎西顿珠', role: '乡村医生' },
        { name: '阿依古丽', role: '护士' },
      ],
    },
    {
      text: '司马文静教授和上官红主任为患者会诊。',
      expect: [
        { name: '司马文静', role: '教授' },
        { name: '上官红', role: '主任' },
      ],
    },
    // A speaker named with a speech verb and nothing else.
    { text: '“这项服务让我们少跑了很多路。”韦桂兰说。', expect: [{ name: '韦桂兰', role: null }] },
    // Experts listed one per line after their hospital.
    {
      text: '参加义诊的专家:\n四川大学华西医院龚建明\n浙江大学医学院附属第一医院殷红梅',
      expect: [
        { name: '龚建明', org: '四川大学华西医院' },
        { name: '殷红梅', org: '浙江大学医学院附属第一医院' },
      ],
    },
    {
      text: '参加义诊的专家:\n四川大学华西医院龚建明\n“听说龚建明教授要来,我一早就来排队。”',
      expect: [
        { name: '龚建明', role: '教授' },
        { name: '龚建明', role: '教授' },
      ],
      note: 'a mention without a role takes the one the article gives the name',
    },
    {
      text: '健康讲座进社区\n2024-05-06 作者:倪佳宁 申晓彤\n\n本报讯(记者 倪佳宁 通讯员 申晓彤)近日,健康讲座走进社区。',
      expect: [
        { name: '倪佳宁', role: '记者' },
        { name: '申晓彤', role: '通讯员' },
        { name: '倪佳宁', role: '记者' },
        { name: '申晓彤', role: '通讯员' },
      ],
    },
    // Bylines in the layouts of other papers and sites.
    {
      text: '本报5月8日讯(记者 邱明杰 通讯员 沈佳)日前,全省妇幼健康工作会议召开。',
      expect: [
        { name: '邱明杰', role: '记者' },
        { name: '沈佳', role: '通讯员' },
      ],
    },
    {
      text: '本网成都讯:(特约记者蒲晓东、实习生焦婷)近日,该院开展义诊。',
      expect: [
        { name: '蒲晓东', role: '特约记者' },
        { name: '焦婷', role: '实习生' },
      ],
    },
    {
      text: '基层医疗服务再升级\n本网昆明讯(记者 施晓光)近日,全市基层医疗机构开展服务提升行动。',
      expect: [{ name: '施晓光', role: '记者' }],
      note: 'a headline without a full stop runs on into the lead',
    },
    {
      text: '新华社南宁3月2日电(记者 覃 妮 莫世杰)广西今年将新建一批县域医共体。',
      expect: [
        { name: '覃妮', role: '记者' },
        { name: '莫世杰', role: '记者' },
      ],
      note: 'a two-character name printed with a space',
    },
    {
      text: '专家为山区群众义诊。健康网柏文清 摄\n\n本报讯 近日,专家团队走进山区。',
      expect: [{ name: '柏文清', role: '作者' }],
      note: 'a caption credited after the site',
    },
    {
      text: '医疗队抵达乡镇卫生院。健康网连文清 摄健康网昆明5月3日电 医疗队今天抵达。',
      expect: [{ name: '连文清', role: '作者' }],
      note: 'a caption running on into the next paragraph',
    },
    {
      text: '义诊活动将持续一个月。\n编辑:谢雨桐责编:骆明 审核:夏文涛',
      expect: [
        { name: '谢雨桐', role: '编辑' },
        { name: '骆明', role: '责编' },
        { name: '夏文涛', role: '审核' },
      ],
      note: 'a footer crediting the editors',
    },
    {
      text: '文 |《乡村周刊》新闻周刊记者 汤晓燕 邹志成 潘莹\n\n山区的清晨,村医已经出发。',
      expect: [
        { name: '汤晓燕', role: '记者' },
        { name: '邹志成', role: '记者' },
        { name: '潘莹', role: '记者' },
      ],
      note: "a magazine's byline: 文 |, the title in 《》, then its reporters",
    },
    {
      text: '乡村医生(左)上门为村民提供健康服务 邱绪雷摄 / 本刊\n\n山区的清晨,村医已经出发。',
      expect: [{ name: '邱绪雷', role: '作者' }],
      note: 'a caption without a full stop, its photo credit and the publication after a slash',
    },
    {
      text: '本报讯(记者 王晓\n东)近日,市人民医院开展义诊。',
      expect: [{ name: '王晓东', role: '记者' }],
      note: 'an OCR line break inside the credit, inside a name',
    },
    {
      text: '巡回义诊将覆盖全县。\n编辑:侯佳佳\n图文:沈 亮\n(撰稿:梁晓雯)',
      expect: [
        { name: '侯佳佳', role: '编辑' },
        { name: '沈亮', role: '作者' },
        { name: '梁晓雯', role: '作者' },
      ],
      note: "a footer's writer credits (图文, 撰稿), a name printed with a space, lines the normaliser joins",
    },
    {
      text: '文章来源:护理部 作者:常雅琴 点击数:315\n\n近日,我院开展护理技能竞赛。',
      expect: [{ name: '常雅琴', role: '作者' }],
      note: "a web page's header",
    },
    {
      text: '心内科主任柯志科介绍,患者已经出院。外科医生邝志科、伍庆佳组成团队。村支书龙建社说,今年收成好。',
      expect: [
        { name: '柯志科', role: '主任' },
        { name: '邝志科', role: '医生' },
        { name: '伍庆佳', role: '医生' },
        { name: '龙建社', role: '村支书' },
      ],
      note: 'a name ending like a body (科, 社) that jieba reads as one word it does not know',
    },
    {
      text: '中国日报社社长柯建国出席。邝伟、岳娜两位国内外知名专家到场。骆晓峰在接受记者采访时补充说,医院将扩建。',
      expect: [
        { name: '柯建国', role: '社长', org: '中国日报社' },
        { name: '邝伟', role: '专家' },
        { name: '岳娜', role: '专家' },
        { name: '骆晓峰', role: null },
      ],
      note: 'a paper right before the title is the org; the longest words of standing before a shared title; an interview before a manner of saying',
    },
    {
      text: '参加义诊的有心内科主任欧晓东、麻醉科副主任葛文。',
      expect: [
        { name: '欧晓东', role: '主任' },
        { name: '葛文', role: '副主任' },
      ],
      note: 'a department is no name (麻醉科)',
    },
    {
      text: '医疗队走进山村\n文/龚丽 图/傅志刚\n\n近日,医疗队走进山村。',
      expect: [
        { name: '龚丽', role: '作者' },
        { name: '傅志刚', role: '作者' },
      ],
    },
    {
      text: '近日,医疗队走进山村。(记者 邱明 通讯员 洪晓丽)',
      expect: [
        { name: '邱明', role: '记者' },
        { name: '洪晓丽', role: '通讯员' },
      ],
    },
    {
      text: '健康周刊记者 倪佳宁 申晓彤 摄影 包文杰\n\n近日,医院开展义诊。',
      expect: [
        { name: '倪佳宁', role: '记者' },
        { name: '申晓彤', role: '记者' },
        { name: '包文杰', role: '摄影' },
      ],
    },
    {
      text: '来源:健康时报    时间:2024-05-06    作者:樊佳佳 柯昕 孟艺\n\n近日,医院开展义诊。',
      expect: [
        { name: '樊佳佳', role: '作者' },
        { name: '柯昕', role: '作者' },
        { name: '孟艺', role: '作者' },
      ],
    },
    { text: '图为义诊活动现场。\n本报记者尤文龙摄影报道', expect: [{ name: '尤文龙', role: '记者' }] },
    { text: '专家在手术中。 龚希/摄', expect: [{ name: '龚希', role: '作者' }] },
    {
      text: '医院成功救治了全部病例。(郑晓 孔令军 记者 屈晶)',
      expect: [
        { name: '郑晓', role: '作者' },
        { name: '孔令军', role: '作者' },
        { name: '屈晶', role: '记者' },
      ],
    },
    {
      text: '守护妇幼健康\n\n来源:健康时报 作者:骆文清 温雅\n\n近年来,我省妇幼健康水平持续提升。',
      expect: [
        { name: '骆文清', role: '作者' },
        { name: '温雅', role: '作者' },
      ],
    },
    {
      text: '援疆医生的一天\n\n  窦文涛  ·   2025-03-18  ·   来源:健康网\n\n清晨七点,病房已经忙碌起来。',
      expect: [{ name: '窦文涛', role: '作者' }],
    },
    {
      text: '夯实基层卫生健康服务\n市卫生健康委主任 龙建国\n\n近年来,我市持续加强基层服务能力建设。',
      expect: [{ name: '龙建国', role: '主任' }],
    },
    {
      text: '欢迎报名参加义诊志愿服务。\n联系人:龚晓燕 联系电话:0635-1234567',
      expect: [{ name: '龚晓燕', role: '联系人' }],
      note: 'a label and its name in a notice',
    },
    {
      text: '蒲海洋:让每个孩子都有健康的起点\n\n近日,记者专访了儿科专家。',
      expect: [{ name: '蒲海洋', role: null }],
      note: "an interview's headline opens with the name",
    },
    // Pseudonyms.
    {
      text: '在北京积水潭医院聊城医院,患者王龙(化名)体验了“医保刷脸支付”。',
      expect: [{ name: '王龙', role: '患者', pseudonym: true }],
    },
    {
      text: '3月8日,在聊城市中心医院神经内科病房,患者辛华(化名)的家属向医护人员表达感激之情。',
      expect: [{ name: '辛华', pseudonym: true }],
    },
    {
      text: '患者小李(化名,下同)今年56岁。张某(化名)和王女士(化名)也来了。张大爷说很好。',
      expect: [
        { name: '小李', role: '患者', pseudonym: true },
        { name: '张某', pseudonym: true },
        { name: '王女士', pseudonym: true },
      ],
      note: 'a form of address is a person only when the text gives it as a pseudonym',
    },
    {
      text: '专家组成员张伟、李娜、王磊分别来自省立医院。院长刘强、冠县人民医院代表出席。',
      expect: [
        { name: '张伟', role: '成员' },
        { name: '李娜', role: '成员' },
        { name: '王磊', role: '成员' },
        { name: '刘强', role: '院长' },
      ],
      note: 'names listed after a titled one share its title; a place after 、 is no name',
    },
    // A notice about a person, and the name again in its text.
    {
      text: '张祁帅,男,汉族,群众,2002年9月出生,聊城市公安局茌平区分局博平派出所辅警。\n\n正在购物的张祁帅听到呼喊声,迅速冲向逃跑男子。',
      expect: [
        { name: '张祁帅', role: '辅警', org: '聊城市公安局茌平区分局博平派出所' },
        { name: '张祁帅', role: '辅警' },
      ],
      note: 'the post as written: the 分局 and its 派出所, two bodies of one kind',
    },
    {
      text: '拟表彰以下同志:\n1.张文华 男 东阿县刘集镇前王村卫生室\n2.李秀云 女 阳谷县阎楼镇后孙村卫生室',
      expect: [{ name: '张文华' }, { name: '李秀云' }],
      note: 'a list of people in a notice',
    },
    // org is the body as the text names it; which 市 it is, the institution record's canonical says.
    {
      text: '本报讯 临清市卫健局召开会议。市卫健局局长王强表示,将推进改革。',
      expect: [{ name: '王强', role: '局长', org: '市卫健局' }],
    },
    // Where someone works now ties them to it in every mention; a past post does not.
    {
      text: '3月9日,捐献者刘毅完成捐献。刘毅曾在东阿县卫生健康局工作,现就职于东阿县疾病预防控制中心。刘毅表示,将继续宣传。',
      expect: [
        { name: '刘毅', org: '东阿县疾病预防控制中心' },
        { name: '刘毅', org: '东阿县疾病预防控制中心' },
        { name: '刘毅', org: '东阿县疾病预防控制中心' },
      ],
    },
    {
      text: '志愿者王磊曾就职于莘县人民医院,后回乡创业。王磊说,家乡需要医生。',
      expect: [
        { name: '王磊', org: null },
        { name: '王磊', org: null },
      ],
    },
    {
      text: '护士李娜供职于冠县中医医院已有十年。',
      expect: [{ name: '李娜', role: '护士', org: '冠县中医医院' }],
    },
    {
      text: '临清市召开会议。据县疾控中心主任刘军介绍,筛查已覆盖全市。',
      expect: [{ name: '刘军', role: '主任', org: '县疾控中心' }],
    },
    {
      text: '健康报聊城市人民医院通讯员刘敏报道。',
      expect: [{ name: '刘敏', org: '聊城市人民医院' }],
      note: 'a paper and a hospital are not one post',
    },
    // Todo: open findings (docs/open-findings.md), written before their rules.
    {
      text: '张伟团队完成了首例手术。由邬晓明课题组牵头的研究获奖,医疗团队和王牌团队不是人。',
      expect: [{ name: '张伟' }, { name: '邬晓明' }],
      note: 'a name jieba reads as one right before 团队 or 课题组, opening its clause',
    },
    {
      text: '参加义诊的有刘洋、陈静、王磊等。值班的是邬晓峰、柴丽等人。',
      expect: [{ name: '刘洋' }, { name: '陈静' }, { name: '王磊' }, { name: '邬晓峰' }, { name: '柴丽' }],
      note: 'a list of names with no title: words the dictionary does not know, each a surname and a given name',
    },
    {
      text: '获奖的有张家港、李沧、王府井等地,买了王老吉、康师傅等饮料,高效、安全、便捷。',
      expect: [],
      note: 'lists of places, brands and words the dictionary knows are no lists of names',
    },
    {
      text: '山东康泰医药连锁股份有限公司东昌分公司店长刘红介绍了情况。',
      expect: [{ name: '刘红', role: '店长' }],
    },
    { text: '陈建是科室的护士长。', expect: [{ name: '陈建', role: '护士长' }] },
    {
      text: '主治医师郑伟、护理孙丽参与了抢救。',
      expect: [{ name: '郑伟', role: '主治医师' }, { name: '孙丽' }],
    },
    // General news beyond Liaocheng (session 10): sport, diplomacy, government, research.
    {
      text: '女排的韩国籍主教练孟庆华介绍了备战情况。',
      expect: [{ name: '孟庆华', role: '主教练' }],
      note: 'an origin before a post (韩国籍, 湖北籍) is no name: a name does not end with 籍',
    },
    {
      text: '会谈后,科威特首相纳瓦夫会见了代表团。',
      expect: [{ name: '纳瓦夫', role: '首相' }],
      note: 'a country before a foreign post holds it (科威特首相); a word jieba does not know after it is a name, whatever follows',
    },
    {
      text: '新任外长贺思远首次出访欧洲,主教练权振宇情绪激动。',
      expect: [
        { name: '贺思远', role: '外长' },
        { name: '权振宇', role: '主教练' },
      ],
      note: 'a name jieba does not know after a title, before a number word or a noun (首次, 情绪)',
    },
    {
      text: '会诊汇集了孔令军、曹雅琴、邬建华等国内知名专家。',
      expect: [
        { name: '孔令军', role: '专家' },
        { name: '曹雅琴', role: '专家' },
        { name: '邬建华', role: '专家' },
      ],
      note: 'names listed before 等 share the title after a word of standing (等国内知名专家)',
    },
    {
      text: '县委书记柏建率考察团赴苏州学习,与镇长助理谷蔚接了头。',
      expect: [
        { name: '柏建', role: '县委书记' },
        { name: '谷蔚', role: '助理' },
      ],
      note: '率 and 接 are verbs after a name, never its last character',
    },
    { text: '博导骆海青指导学生做实验。', expect: [{ name: '骆海青', role: '博导' }] },
    {
      text: '“比赛就是比赛。”邬晓琰直言。对此,柯建平回应称,公司将依法处理。骆文华呼吁,全社会都应关注老人。',
      expect: [{ name: '邬晓琰' }, { name: '柯建平' }, { name: '骆文华' }],
      note: 'speech verbs of general news: 直言, 回应, 呼吁',
    },
    {
      text: '出院当天,家属握住科室主任郭敏和管床医生邹胜林的手,感谢主刀医生柯立华。',
      expect: [
        { name: '郭敏', role: '主任' },
        { name: '邹胜林', role: '管床医生' },
        { name: '柯立华', role: '主刀医生' },
      ],
      note: 'a doctor named by their charge of the patient: 管床 (管 is a surname) is no name before 医生',
    },
    {
      text: '会议决定任命邬建刚为市公安局局长,免去柯立新的市公安局局长职务。会议选举骆红梅为市人大常委会主任。',
      expect: [
        { name: '邬建刚', role: '局长', org: '市公安局' },
        { name: '柯立新', role: null },
        { name: '骆红梅', role: '主任', org: '市人大常委会' },
      ],
      note: 'a name a body appoints, dismisses or elects, with the post after 为',
    },
    {
      text: '“我们会继续努力。”骆晓峰在接受记者采访时说。中国选手骆一鸣夺冠,队友邬晨获得第三名。',
      expect: [
        { name: '骆晓峰', role: null },
        { name: '骆一鸣', role: '选手' },
        { name: '邬晨', role: '队友' },
      ],
      note: 'an interview between a speaker and the verb; 队友 before a name',
    },
    {
      text: '首席经济学家邬安华认为,通胀将见顶;星河科技创始人、首席技术官柯振东到场。',
      expect: [
        { name: '邬安华', role: '首席经济学家' },
        { name: '柯振东', role: '首席技术官' },
      ],
      note: "a company's officers and the economists business news quotes",
    },
    {
      text: '社区活动室里,70多岁的邬玉萍带着老姐妹做手工。',
      expect: [{ name: '邬玉萍' }],
      note: 'an age with 多 or 余 before a name',
    },
    {
      text: '颁奖礼上,监制邬德华缺席,院长马上到场。',
      expect: [{ name: '邬德华', role: '监制' }],
      note: 'a surname jieba reads alone as a name, then a two-character word, is a full name before a noun (邬|德华 缺席/n); 马上 is one word',
    },
    {
      text: '导演邬雪桦、主演柯采洁出席,监制骆德华由于航班延误缺席。',
      expect: [
        { name: '邬雪桦', role: '导演' },
        { name: '柯采洁', role: '主演' },
        { name: '骆德华', role: '监制' },
      ],
      note: "a film's makers are named after their roles",
    },
    {
      text: '国际知名学者托马斯来站考察,外援费利佩进球。',
      expect: [
        { name: '托马斯', role: '学者' },
        { name: '费利佩', role: '外援' },
      ],
      note: 'a foreign name jieba tags nrt, of three characters at least, after any title',
    },
    {
      text: '被告人柯文斌不服一审判决,受害人吴晓梅介绍了经过,保安邬志明和骑警郭鹏也到场。',
      expect: [
        { name: '柯文斌', role: '被告人' },
        { name: '吴晓梅', role: '受害人' },
        { name: '邬志明', role: '保安' },
        { name: '郭鹏', role: '骑警' },
      ],
      note: 'the parties of a case and the people of a story are named after their role',
    },
    {
      text: '江西网讯 柯红卫、记者骆嘉然报道:6月3日,市卫健委召开会议。',
      expect: [
        { name: '柯红卫', role: '作者' },
        { name: '骆嘉然', role: '记者' },
      ],
      note: 'a dateline whose credit ends with 报道 and a colon',
    },
    {
      text: '在承办法官祁庆荣和邬春芳庭长的努力下,双方和解。庭长骆志秋细心阅卷。',
      expect: [
        { name: '祁庆荣', role: '法官' },
        { name: '邬春芳', role: '庭长' },
        { name: '骆志秋', role: '庭长' },
      ],
      note: "a court's posts before and after a name (庭长)",
    },
    {
      text: '宣传部常务副部长张万里主动申请驻村。记者见到县委书记柯清华时,他刚从乡下回来。',
      expect: [
        { name: '张万里', role: '常务副部长' },
        { name: '柯清华', role: '县委书记' },
      ],
      note: '主动 and 时 follow a name; a given name jieba reads as a number word (张|万里) is still one',
    },
    {
      text: '术后由卜院长查房,向华主任到场。',
      expect: [{ name: '向华', role: '主任' }],
      note: 'a preposition seldom a surname (由) before a surname and a post is no name (由卜院长); 向 is a surname',
    },
    {
      text: '义诊活动圆满结束。(一审:柯园园,二审:彭妲,三审:骆敏)\n\n主编:赵德福 副主编:邓友邦',
      expect: [
        { name: '柯园园', role: '一审' },
        { name: '彭妲', role: '二审' },
        { name: '骆敏', role: '三审' },
        { name: '赵德福', role: '主编' },
        { name: '邓友邦', role: '副主编' },
      ],
      note: "a government site's review chain and a paper's editors credit their names",
    },
    {
      text: '新华社东京5月3日电(记者 柯明远)国家主席翟光华会见来访的日本首相麻生太郎,翟光华和夫人邬丽娟出席。',
      expect: [
        { name: '柯明远', role: '记者' },
        { name: '翟光华', role: '主席', org: null },
        { name: '麻生太郎', role: '首相' },
        { name: '翟光华' },
        { name: '邬丽娟', role: '夫人' },
      ],
      note: "an agency across its dateline is no one's org; a four-character name jieba knows after a foreign post; a wife after 夫人",
    },
    {
      text: '总统特朗普和夫人梅拉尼娅在门口迎接。',
      expect: [{ name: '特朗普', role: '总统' }],
      note: 'a name jieba cuts before a character it does not know (梅|拉尼|娅) is not cut short: no record',
    },
    {
      text: '村里有一位名叫邬长河的老人,今年已经九十岁。邬长河身体硬朗。',
      expect: [{ name: '邬长河' }, { name: '邬长河' }],
      note: '名叫 introduces a name',
    },
    {
      text: '远航电器有限公司总经理邬志明、乐清恒达机械有限公司董事长苏红梅出席。',
      expect: [
        { name: '邬志明', role: '总经理' },
        { name: '苏红梅', role: '董事长', org: '乐清恒达机械有限公司' },
      ],
      note: 'a body after the 、 starts the next item of a list: its place (乐清, which jieba tags nr) is no name',
    },
    {
      text: '学院院长葛立新、副院长江帆等人出席。',
      expect: [
        { name: '葛立新', role: '院长' },
        { name: '江帆', role: '副院长' },
      ],
      note: 'jieba cuts 副院|长江|帆: a one-character given name tagged a noun is still a name',
    },
    {
      text: '市长邹文涛代表市政府向多弗集团董事长骆明辉赠送纪念品。',
      expect: [
        { name: '邹文涛', role: '市长', org: null },
        { name: '骆明辉', role: '董事长', org: null },
      ],
      note: 'a body before a preposition is not the org of a title after it (市政府向…董事长)',
    },
    {
      text: '值班民警柯文涛(右)和葛思雨(左)在食堂吃饭。',
      expect: [{ name: '柯文涛', role: '民警' }, { name: '葛思雨' }],
      note: 'a caption names people by their place in the photo; 和 after a bracket joins them (jieba reads 和葛思雨)',
    },
    {
      text: '■本报记者龙海峰/文严俊杰/图\n\n夜色中的派出所依然忙碌。',
      expect: [
        { name: '龙海峰', role: '记者' },
        { name: '严俊杰', role: '记者' },
      ],
      note: "a reporters' credit after the mark, each name with what it made written against it (/文, /图)",
    },
    {
      text: '8月4日患者张云衎全家敬赠锦旗。',
      expect: [{ name: '张云衎', role: '患者' }],
      todo: 'a rare character jieba reads as a bound morpheme (衎/zg) ends the name: no record, where 张云 was one',
    },
    {
      text: '护士长刘华为患者换药。',
      expect: [{ name: '刘华', role: '护士长' }],
      todo: 'jieba cuts the name across the word after it (刘|华为)',
    },
    {
      text: '德国专家汉斯表示,疫苗是安全的。',
      expect: [{ name: '汉斯', role: '专家' }],
      todo: 'a two-character foreign name jieba does not tag nrt',
    },
    {
      text: '妹妹洛桑说,她很害怕。此前,洛桑桑旦曾来过这里。',
      expect: [
        { name: '洛桑', role: '妹妹' },
        { name: '洛桑桑旦', role: null },
      ],
      todo: 'a Tibetan name of two parts with no cue at all (洛桑桑旦曾); the shorter name known in the article is no mention inside it',
    },
    {
      text: '妹妹洛桑说,她很害怕。格桑多吉说,法庭为被告人洛桑桑旦指定了律师。',
      expect: [
        { name: '洛桑', role: '妹妹' },
        { name: '格桑多吉', role: null },
        { name: '洛桑桑旦', role: '被告人' },
      ],
      note: 'a Tibetan name that holds a shorter one the article names (洛桑 in 洛桑桑旦) is whole; 桑旦 is a name part',
    },
    {
      text: '藏族医生阿旺琼达为牧民看病,蒙古族护士杭盖巴特尔说,护士长斯琴图雅介绍。',
      expect: [
        { name: '阿旺琼达', role: '医生' },
        { name: '杭盖巴特尔', role: '护士' },
        { name: '斯琴图雅', role: '护士长' },
      ],
      note: 'Tibetan and Mongolian names from two parts of the list',
    },
    // Beyond one city (issue 13): patterns read in news from other provinces, in sentences of our own.
    {
      text: '省中医院党委书记、院长邝志华代表院方向灾区捐赠了药品。市疾控中心主任曾庆东率队检查。',
      expect: [
        { name: '邝志华', role: '院长' },
        { name: '曾庆东', role: '主任' },
      ],
      note: 'a verb after the name that jieba glues to the next word (代表院|方向)',
    },
    {
      text: '童建平代表向记者介绍了他的建议。詹丽娜、贺国庆代表分别围绕分级诊疗发言。院长邹明代表院方致辞。',
      expect: [
        { name: '童建平', role: '代表' },
        { name: '詹丽娜', role: null },
        { name: '贺国庆', role: '代表' },
        { name: '邹明', role: '院长' },
      ],
      note: 'a deputy (代表) after the name, before what follows names; before a noun 代表 is the verb',
    },
    {
      text: '审判长蒋丽华当庭宣判,检察官韦明出庭支持公诉。公司首席执行官钱子昂未出席,付文涛法官介绍了案情。',
      expect: [
        { name: '蒋丽华', role: '审判长' },
        { name: '韦明', role: '检察官' },
        { name: '钱子昂', role: '首席执行官' },
        { name: '付文涛', role: '法官' },
      ],
      note: 'posts of courts and companies, before or after the name',
    },
    {
      text: '演出团团长韩振宇带队赴边疆慰问,副团长苗思琪随行。公司董事邵嘉木、执行董事柯宇航和副总经理鲁文静出席签约仪式,法定代表人胥晓峰致辞。',
      expect: [
        { name: '韩振宇', role: '团长' },
        { name: '苗思琪', role: '副团长' },
        { name: '邵嘉木', role: '董事' },
        { name: '柯宇航', role: '执行董事' },
        { name: '鲁文静', role: '副总经理' },
        { name: '胥晓峰', role: '法定代表人' },
      ],
      note: 'posts of troupes and companies',
    },
    {
      text: '高级工程师祁振邦带领技术员包丽雯调试设备。社区网格长卢晓梅和楼长葛宏亮挨家挨户走访,辅导员尤佳琪告诉记者,班主任沈梓轩已联系家长。',
      expect: [
        { name: '祁振邦', role: '高级工程师' },
        { name: '包丽雯', role: '技术员' },
        { name: '卢晓梅', role: '网格长' },
        { name: '葛宏亮', role: '楼长' },
        { name: '尤佳琪', role: '辅导员' },
        { name: '沈梓轩', role: '班主任' },
      ],
      note: 'occupations of engineering, communities and schools',
    },
    {
      text: '快递员谭家豪和外卖员甘凯文在路口救起一名老人,司机蒲志勇随即报警,消防员郁晨阳和军医冉立群先后赶到。',
      expect: [
        { name: '谭家豪', role: '快递员' },
        { name: '甘凯文', role: '外卖员' },
        { name: '蒲志勇', role: '司机' },
        { name: '郁晨阳', role: '消防员' },
        { name: '冉立群', role: '军医' },
      ],
      note: 'the people of a rescue story, named after their work',
    },
    {
      text: '麻醉师戚晓峰、助产士柴雨欣和药剂师阎振国组成保障小组。非遗传承人莫秋云现场展示剪纸,全国劳模龚德明、主播甄子墨也来到现场,院长助理左佳宁陪同。',
      expect: [
        { name: '戚晓峰', role: '麻醉师' },
        { name: '柴雨欣', role: '助产士' },
        { name: '阎振国', role: '药剂师' },
        { name: '莫秋云', role: '非遗传承人' },
        { name: '龚德明', role: '全国劳模' },
        { name: '甄子墨', role: '主播' },
        { name: '左佳宁', role: '院长助理' },
      ],
      note: 'hospital occupations, honours and the media',
    },
    {
      text: '县妇幼保健院党总支书记谭秀敏出席。副站长任嘉禾、护工邱美玲和保洁员詹秀兰获评年度先进,刑警邓浩宇、法医邝振东出庭作证,研究生郁可馨和村干部饶国栋参与调查,2022级本科生柯梦琪和博士后阎立新也在其中。',
      expect: [
        { name: '谭秀敏', role: '党总支书记' },
        { name: '任嘉禾', role: '副站长' },
        { name: '邱美玲', role: '护工' },
        { name: '詹秀兰', role: '保洁员' },
        { name: '邓浩宇', role: '刑警' },
        { name: '邝振东', role: '法医' },
        { name: '郁可馨', role: '研究生' },
        { name: '饶国栋', role: '村干部' },
        { name: '柯梦琪', role: '本科生' },
        { name: '阎立新', role: '博士后' },
      ],
      note: 'deputies of small bodies, hospital support staff, police and students',
    },
    {
      text: '“今年的收成不错。”该村党支部书记邢国梁高兴地说。合作社社员甘秀英满意地表示,日子越过越好。',
      expect: [
        { name: '邢国梁', role: '党支部书记' },
        { name: '甘秀英', role: '社员' },
      ],
      note: 'a manner adverb (高兴地) between the name and its speech verb',
    },
    {
      text: '副董事长柯建民随后向李会长汇报了工作,中国医师协会张国华副会长、刘振东副理事长出席。',
      expect: [
        { name: '柯建民', role: '副董事长' },
        { name: '张国华', role: '副会长' },
        { name: '刘振东', role: '副理事长' },
      ],
      note: 'deputy posts after a name; a surname and its post after a preposition (向李会长) is no name',
    },
    {
      text: '贫困户艾买提·吐尔逊把土地流转给合作社。“日子越来越好了。”库尔班说。“好日子是干出来的。”阿布都热合曼说。',
      expect: [
        { name: '艾买提·吐尔逊', role: '贫困户' },
        { name: '库尔班', role: null },
        { name: '阿布都热合曼', role: null },
      ],
      note: 'Uyghur names with no surname before a speech verb: one jieba tags nrt, one of two known parts',
    },
    {
      text: '本报讯(记者邵明远通讯员闫丽华)近日,市中医院开展义诊。',
      expect: [
        { name: '邵明远', role: '记者' },
        { name: '闫丽华', role: '通讯员' },
      ],
      note: 'a lead credit printed without spaces between its roles and names',
    },
    {
      text: '结算病人费用后,剩余款项原路退还。',
      expect: [],
      note: 'a common word and a place word after a title are no name (费用后)',
    },
    {
      text: '心内科副主任郑庆和,主任医师郝立新参加会诊。护士长王芳和李红值班。',
      expect: [
        { name: '郑庆和', role: '副主任' },
        { name: '郝立新', role: '主任医师' },
        { name: '王芳', role: '护士长' },
        { name: '李红' },
      ],
      note: 'a given name that ends in 和: before a comma it is no conjunction',
    },
    {
      text: '救护车司机师傅龙家豪及时赶到,保洁员大姐邱桂英也来帮忙,院长夫人柏丽华随后赶来。',
      expect: [
        { name: '龙家豪', role: '司机' },
        { name: '邱桂英', role: '保洁员' },
        { name: '柏丽华', role: '夫人' },
      ],
      note: 'a form of address between the title and the name (司机师傅X); a wife named after 夫人 is a person',
    },
    {
      text: '培训班上,次仁卓玛、格桑旺堆和帕尔哈提·吐尔逊分享了经验。乌兰、巴图两地的牧民参加。',
      expect: [
        { name: '次仁卓玛', role: null },
        { name: '格桑旺堆', role: null },
        { name: '帕尔哈提·吐尔逊', role: null },
      ],
      note: 'a list of Tibetan and Uyghur names with no title: two known parts or a dot in each; one part alone may be a place',
    },
    {
      text: '“这块奖牌属于全队。”邝梦说。',
      expect: [{ name: '邝梦', role: null }],
      note: 'a name jieba does not know, glued to 说 (邝梦说 as one word)',
    },
    {
      text: '会后,王克利随即赶往现场。据了解,梁敏仪于2019年开始从事护理工作。',
      expect: [
        { name: '王克利', role: null },
        { name: '梁敏仪', role: null },
      ],
      todo: 'a name jieba knows (nr) opening its clause with no title or speech verb: a rule that looked at every clause start cost ~1.5% of the run',
    },
    {
      text: '王夫人说,孩子已经好转。李太太表示感谢。',
      expect: [],
      note: 'a surname and a form of address for a wife (夫人, 太太) is no name',
    },
    {
      text: '“这是集中力量办大事。”格桑罗布解释说。邝文涛笑着说,这是好事。',
      expect: [
        { name: '格桑罗布', role: null },
        { name: '邝文涛', role: null },
      ],
      note: 'a verb of saying or a manner before 说 (解释说, 笑着说)',
    },
    {
      text: '课题由学院老师任春光、南国宁等指导。“本科生也能做好研究。”任春光说。教授任名誉主任委员。',
      expect: [
        { name: '任春光', role: '老师' },
        { name: '南国宁', role: '老师' },
        { name: '任春光', role: '老师' },
      ],
      note: 'the surname 任 before a given name that is a common word (春光), with no post after it',
    },
    {
      text: '俄罗斯总统普京举行会谈,联合国秘书长古特雷斯发表讲话,美国国务卿布林肯访问中东。总统大选进入最后阶段,总统府发表声明。',
      expect: [
        { name: '普京', role: '总统' },
        { name: '古特雷斯', role: '秘书长' },
        { name: '布林肯', role: '国务卿' },
      ],
      note: 'a transliterated name after a foreign post, whatever jieba cut of it (古|特雷斯, 布|林肯, 普京/ns)',
    },
    {
      text: '乒坛名将邝雨桐与新秀廖梓萱携手晋级,门将颜振宇扑出点球,老将詹立峰打入一球。',
      expect: [
        { name: '邝雨桐', role: '名将' },
        { name: '廖梓萱', role: '新秀' },
        { name: '颜振宇', role: '门将' },
        { name: '詹立峰', role: '老将' },
      ],
      note: 'athletes named after what sport news calls them',
    },
    {
      text: '龚振华是廖雨欣的另一位启蒙教练。',
      expect: [{ name: '龚振华', role: '启蒙教练' }],
      note: 'a post held for someone, after the copula (是X的另一位…)',
    },
    {
      text: '后来,爸爸妈妈说,孩子长大了。对此,老中医认为,要多休息。同时,布洛芬表示无效的说法不实。谈起往事,郭老回忆说,那时条件很苦。',
      expect: [],
      note: 'words with no surname before a speech verb are no names unless jieba tags them nrt or they are minority names; X老 is a form of address',
    },
    {
      text: '院长柯振宇很高兴地说,成绩来之不易。一名司机于昨日下午驾车外出,病人应尽早就医,产妇应多休息,李主任任评审组成员。',
      expect: [{ name: '柯振宇', role: '院长' }],
      note: 'a degree adverb before the manner (很高兴地说); 于/应 before a time word or a verb after a title (司机于昨日, 病人应尽早); 任 before a post',
    },
    {
      text: '二十国集团轮值主席巴西提出倡议,非洲联盟主席国肯尼亚表示支持。',
      expect: [],
      note: 'a country after a foreign post is no person',
    },
    {
      text: '国医大师柏振宣传承工作室成立。国医大师柏振宣及其团队出席,柏振宣徒弟参加。',
      expect: [
        { name: '柏振宣', role: '国医大师' },
        { name: '柏振宣', role: '国医大师' },
        { name: '柏振宣', role: '国医大师' },
      ],
      note: 'a name jieba cut into the next word (柏振|宣传) takes the longer name the article gives elsewhere',
    },
    {
      text: '苹果公司CEO库克访华,小米集团CFO林世伟介绍了业绩,特斯拉首席执行官马斯克表示乐观。',
      expect: [
        { name: '库克', role: 'CEO' },
        { name: '林世伟', role: 'CFO' },
        { name: '马斯克', role: '首席执行官' },
      ],
      note: 'company officers by their English initials, and foreign heads of companies',
    },
    {
      text: '主席台就座的有关领导讲话。',
      expect: [],
      note: 'a word that holds the title and the next character (主席台), then a common word (就座), is no name',
    },
    {
      text: '邝宪伟、詹立辉两名年轻中医师作为首批继承人,跟师学习。',
      expect: [
        { name: '邝宪伟', role: null },
        { name: '詹立辉', role: null },
      ],
      note: 'a count of the people listed (两名) ends a list of names as 等 does',
    },
    {
      text: '张掖、武威两名代表出席,刘强、王芳两位专家到场。',
      expect: [
        { name: '刘强', role: '专家' },
        { name: '王芳', role: '专家' },
      ],
      note: 'places listed before a shared title are no names',
    },
    {
      text: '市民宋立铭携爱人韦淑芬专程赶来,母亲甘桂兰也在病房。妻子说,孩子很懂事。',
      expect: [
        { name: '宋立铭', role: '市民' },
        { name: '韦淑芬', role: '爱人' },
        { name: '甘桂兰', role: '母亲' },
      ],
      note: "kin named before a name in a family's story; a kin word alone is no one",
    },
    {
      text: '要弘扬企业家精神,主管部门将加强监管,提醒司机朋友注意安全,助产士队伍不断壮大。',
      expect: [],
      note: 'titles followed by no name',
    },
    {
      text: '市委副书记、代市长钟立民主持会议,代县长冯晓东出席。',
      expect: [
        { name: '钟立民', role: '代市长' },
        { name: '冯晓东', role: '代县长' },
      ],
      note: 'an acting head (代市长) is the post as written',
    },
    {
      text: '该研究由钟志远教授团队牵头完成。',
      expect: [{ name: '钟志远', role: '教授' }],
      note: 'a preposition jieba glues to the surname (由钟|志远) before a name and its title',
    },
    {
      text: '医生来到村民龚桂芳家中,又去了患者邬建新身边。',
      expect: [
        { name: '龚桂芳', role: '村民' },
        { name: '邬建新', role: '患者' },
      ],
      note: 'a place word after the name (家中, 身边) follows it as a verb would',
    },
    {
      text: '哈萨克族农民巴合提·别克说出了心里话,医生敲响了牧民叶尔江·努尔别克家的门,农民郝建军在地里干活。',
      expect: [
        { name: '巴合提·别克', role: '农民' },
        { name: '叶尔江·努尔别克', role: '牧民' },
        { name: '郝建军', role: '农民' },
      ],
      note: 'farmers and herders are people the stories are about, as 村民 are',
    },
    {
      text: '医生为维吾尔族大叔阿卜力克木·吐尔洪做检查,他的妻子古丽巴哈尔·买买提也来了。中国·喀什健康节开幕。',
      expect: [{ name: '阿卜力克木·吐尔洪' }, { name: '古丽巴哈尔·买买提' }],
      note: 'a dotted name after a form of address, a kin word or an ethnic group, not after a place',
    },
    {
      text: '法院以故意伤害罪判处被告人努尔兰·吾买尔尼亚孜、阿依古丽·托合提巴克有期徒刑8年,判处卡德尔·阿不力孜缓刑。',
      expect: [
        { name: '努尔兰·吾买尔尼亚孜', role: '被告人' },
        { name: '阿依古丽·托合提巴克', role: '被告人' },
        { name: '卡德尔·阿不力孜' },
      ],
      note: 'a dotted name after a title starts after it (no 人努尔兰); a last part jieba cuts into one-character pieces (尼亚|孜) goes on to what follows a name',
    },
    {
      text: '应秘鲁外交部长胡安·卡洛斯·门多萨邀请,部长将出访。',
      expect: [{ name: '胡安·卡洛斯·门多萨', role: '部长' }],
      note: 'a Western name of three dotted parts is whole',
    },
    {
      text: '峰会筹备期间,乌克兰总统与弗拉基米尔·普京的会面被推迟,他同埃尔娜·索尔贝格会谈。',
      expect: [
        { name: '弗拉基米尔·普京', role: null },
        { name: '埃尔娜·索尔贝格', role: null },
      ],
      note: "a dotted name joined by 与 or 同 is a person's, the preposition no part of it, the post before it another's",
    },
    {
      text: '区侨联会副会长邵德明带队走访,省书法家协会会长乔九会出席。',
      expect: [
        { name: '邵德明', role: '副会长' },
        { name: '乔九会', role: '会长' },
      ],
      note: 'a body ending in 会 that jieba cuts in two (侨联|会) is no name before a title; a name ending in 会 that jieba reads as one word it does not know is one',
    },
    {
      text: '中医科汤小川大夫为村民把脉,熊丽萍医生测量血压。',
      expect: [
        { name: '汤小川', role: '大夫' },
        { name: '熊丽萍', role: '医生' },
      ],
      note: 'a surname that is also a word (汤, 熊) before a given name jieba reads as a name, then a weak title',
    },
    {
      text: '市中医院司马振宁党委书记一行莅临指导,何立新党委副书记陪同。',
      expect: [
        { name: '司马振宁', role: '党委书记', org: '市中医院' },
        { name: '何立新', role: '党委副书记' },
      ],
      note: 'a party post jieba keeps as one word (党委书记) after a name, a two-character surname before it',
    },
    {
      text: '刘振华院长、周卫东常务副院长陪同调研。',
      expect: [
        { name: '刘振华', role: '院长' },
        { name: '周卫东', role: '常务副院长' },
      ],
      note: 'a qualified post after the name',
    },
    {
      text: '县委常委、组织部长梁晓军出席。区人大常委会副主任温海涛讲话。',
      expect: [
        { name: '梁晓军', role: '组织部长' },
        { name: '温海涛', role: '副主任' },
      ],
      note: 'a title inside a longer word (组织部长, 人大常委会) is no title after a name',
    },
    {
      text: '市卫健委主任邹立副主任柏青陪同调研。',
      expect: [
        { name: '邹立', role: '主任' },
        { name: '柏青', role: '副主任' },
      ],
      note: 'a name does not end with the 副 of the next title',
    },
    {
      text: '骆晓红护士、覃丽娟护士参加了义诊。',
      expect: [
        { name: '骆晓红', role: '护士' },
        { name: '覃丽娟', role: '护士' },
      ],
    },
    { text: '名医工作室领衔人包志远的诊室前排起长队。', expect: [{ name: '包志远', role: '领衔人' }] },
    {
      text: '他与县人民医院骨科主任医师邝志春取得联系。',
      expect: [{ name: '邝志春', role: '主任医师' }],
      note: 'jieba reads the name as one unknown word and the next as a noun',
    },
    {
      text: '专家分别是省人民医院心内科主任甘晓红、骨科主任廖建军、眼科副主任卓丽。',
      expect: [
        { name: '甘晓红', org: '省人民医院' },
        { name: '廖建军', org: '省人民医院' },
        { name: '卓丽', org: '省人民医院' },
      ],
      note: 'a list of posts in departments of one body',
    },
    {
      text: '县人民医院新门诊楼启用\n\n本报讯 记者柴文静报道 近日,县人民医院新门诊楼启用。',
      expect: [{ name: '柴文静', role: '记者', org: null }],
      note: 'a reporter is not of the body the headline names',
    },
    {
      text: '医疗队圆满完成了巡诊任务。(兴文县卫生健康局 罗晓梅)',
      expect: [{ name: '罗晓梅', role: '作者' }],
      note: 'a closing credit that names the body first',
    },
    {
      text: '院长张家明说,村民王家人都来了。',
      expect: [{ name: '张家明', role: '院长' }],
      note: '王家人 is the family of 王',
    },
    {
      text: '七里沟村村医孟文吉每天出诊。该村村医王永福也来了。',
      expect: [
        { name: '孟文吉', role: '村医' },
        { name: '王永福', role: '村医' },
      ],
      note: 'jieba glues the title to the name (村村|医孟文吉, 村村|医王|永福)',
    },
    {
      text: '国家统计局总统计师贺玉平介绍了情况。',
      expect: [{ name: '贺玉平', role: '总统计师', org: '国家统计局' }],
    },
    {
      text: '次年,韩晓梅出任首任院长。',
      expect: [{ name: '韩晓梅', role: '院长' }],
      note: 'a verb that gives a name its post',
    },
    {
      text: '随后,邵建国担任县人民医院院长。',
      expect: [{ name: '邵建国', role: '院长', org: '县人民医院' }],
    },
    {
      text: '严丽华是县中医院的护士长,她每天巡视病房。柯志勇是一名乡村医生。',
      expect: [
        { name: '严丽华', role: '护士长', org: '县中医院' },
        { name: '柯志勇', role: '乡村医生' },
      ],
      note: 'a post given by the copula ends its clause',
    },
    { text: '阳光大药房聊城分店店长庞晓燕介绍,药店已接入医保。', expect: [{ name: '庞晓燕', role: '店长' }] },
    {
      text: '出席人员:\n\n龙启明 市委副书记、常务副市长\n\n蒲 芳 市委常委、秘书长、市委新闻发言人',
      expect: [
        { name: '龙启明', role: '常务副市长' },
        { name: '蒲芳', role: '秘书长' },
      ],
      note: "a press conference's list: a name, then its posts",
    },
    {
      text: '嘉  宾: 邝志远   市卫生健康委副主任、市疾控局局长\n\n         柯  敏   市医疗保障局副局长',
      expect: [
        { name: '邝志远', role: '副主任' },
        { name: '柯敏', role: '副局长' },
      ],
      note: 'a label before the first name of the list; the rows set in columns of spaces',
    },
    {
      text: '在高原行医的日子\n\n记者/邝丽 舒晓韵\n\n清晨,医疗队出发了。',
      expect: [
        { name: '邝丽', role: '记者' },
        { name: '舒晓韵', role: '记者' },
      ],
    },
    { text: '军分区司令员邬建荣同志出席会议。', expect: [{ name: '邬建荣', role: '司令员' }] },
    {
      text: '医院新楼启用。\n晚报记者 龚进 通讯员 宋连英 符华/文\n通讯员 骆宪阳/图',
      expect: [
        { name: '龚进', role: '记者' },
        { name: '宋连英', role: '通讯员' },
        { name: '符华', role: '通讯员' },
        { name: '骆宪阳', role: '通讯员' },
      ],
      note: 'credits marked /文 and /图 after the name',
    },
    {
      text: '会议由郑州大学五附院党委书记邝新军主持。',
      expect: [{ name: '邝新军', role: '党委书记', org: '郑州大学五附院' }],
    },
    {
      text: '心内科医师柏玉军、护理姜雪、蒋丽参加义诊。',
      expect: [
        { name: '柏玉军', role: '医师' },
        { name: '姜雪', role: '护理' },
        { name: '蒋丽', role: '护理' },
      ],
      note: 'a function in a team list (护理) as a title',
    },
    {
      text: '本次评选由区卫生健康局主办。□范丽静/文  柯宏/摄',
      expect: [
        { name: '范丽静', role: '作者' },
        { name: '柯宏', role: '作者' },
      ],
    },
    {
      text: '来源:省卫生健康委 作者:旷晓飞 浏览:302次\n\n近日,全省开展义诊。',
      expect: [{ name: '旷晓飞', role: '作者' }],
      note: 'a rarer surname (旷)',
    },
    {
      text: '患者将锦旗送到邹建军、樊洋两位医生手中。',
      expect: [
        { name: '邹建军', role: '医生' },
        { name: '樊洋', role: '医生' },
      ],
      note: 'names before 两位 share the title after it',
    },
    {
      text: '院长何俊、书记王志芳教授任名誉主任委员。',
      expect: [
        { name: '何俊', role: '院长' },
        { name: '王志芳', role: '书记' },
      ],
      note: '任 is a surname and the verb of a post',
    },
    {
      text: '陈哲、董慧生、蔡希强当选为副主任委员。',
      expect: [
        { name: '陈哲', role: null },
        { name: '董慧生', role: null },
        { name: '蔡希强', role: '副主任委员' },
      ],
    },
    {
      text: '县卫健局副局长尹华致欢迎词。',
      expect: [{ name: '尹华', role: '副局长' }],
      note: '致 follows a name',
    },
    {
      text: '自治区卫健委副主任萨仁其木格出席。蒙古族大夫乌兰担任院长,乌兰说,蒙医专家和蒙药都很受欢迎。',
      expect: [
        { name: '萨仁其木格', role: '副主任' },
        { name: '乌兰', role: '大夫' },
        { name: '乌兰', role: '大夫' },
      ],
      note: 'Mongolian names have no surname; 蒙医 is no name',
    },
    {
      text: '文/晚报记者 邝颖颖 通讯员 戴希安 魏星\n\n近日,援疆医疗队抵达喀什。',
      expect: [
        { name: '邝颖颖', role: '记者' },
        { name: '戴希安', role: '通讯员' },
        { name: '魏星', role: '通讯员' },
      ],
    },
    { text: '援疆工作队领队文建军带着患者来到医院。', expect: [{ name: '文建军', role: '领队' }] },
    // Credits in the layouts of sites and accounts: 文|, 文丨, 作者 |, 撰文: 摄影:, 【记者 …】, …。文/….
    { text: '文丨柯晓敏\n\n近日,医院开展义诊。', expect: [{ name: '柯晓敏', role: '作者' }] },
    {
      text: '文|柯晓敏 图|邝志远\n\n近日,医院开展义诊。',
      expect: [
        { name: '柯晓敏', role: '作者' },
        { name: '邝志远', role: '作者' },
      ],
    },
    { text: '作者 | 柯晓敏\n\n近日,医院开展义诊。', expect: [{ name: '柯晓敏', role: '作者' }] },
    {
      text: '近日,医院开展义诊。\n\n撰文:柯晓敏 摄影:邝志远',
      expect: [
        { name: '柯晓敏', role: '撰文' },
        { name: '邝志远', role: '摄影' },
      ],
    },
    { text: '【记者 柯晓敏】近日,医院开展义诊。', expect: [{ name: '柯晓敏', role: '记者' }] },
    { text: '近日,医院开展义诊,群众纷纷点赞。文/柯晓敏', expect: [{ name: '柯晓敏', role: '作者' }] },
    {
      text: '柯晓敏是我院骨科的一名护士,她每天巡视病房。邝志远是一名全科医生。',
      expect: [
        { name: '柯晓敏', role: '护士' },
        { name: '邝志远', role: '全科医生' },
      ],
    },
    {
      text: '在柯晓敏的带领下,科室发展迅速。',
      expect: [{ name: '柯晓敏', role: null }],
      note: 'someone who leads, named in 在…的带领下',
    },
    {
      text: '他把从省残联协调到的轮椅赠送给了村民李志平、马秀兰。',
      expect: [
        { name: '李志平', role: '村民', org: null },
        { name: '马秀兰', role: '村民', org: null },
      ],
      note: 'the people a story is about take no body from further back in the clause',
    },
    {
      text: '县卫健局党组成员、二级主任科员吴品华做客直播间。',
      expect: [{ name: '吴品华', role: '二级主任科员' }],
    },
    {
      text: '跳水运动员昌雅丽获奖励20万元,举重教练员甘永奎获奖励4万元。',
      expect: [
        { name: '昌雅丽', role: '运动员' },
        { name: '甘永奎', role: '教练员' },
      ],
    },
    {
      text: '于晓洋,羽毛球运动员,在奥运会与杜静一起获得女双金牌。',
      expect: [{ name: '于晓洋', role: '运动员' }],
      note: "an athlete's introduction",
    },
    {
      text: '会上,市卫生健康委基层卫生处邝天晔介绍了签约服务情况。',
      expect: [{ name: '邝天晔', role: null, org: '市卫生健康委基层卫生处' }],
      note: 'a speaker right after the body it speaks for',
    },
    { text: '近日,医院开展义诊。(通讯员:柯晓敏)', expect: [{ name: '柯晓敏', role: '通讯员' }] },
    {
      text: '近日,医院开展义诊。(作者:柯晓敏 邝志远)',
      expect: [
        { name: '柯晓敏', role: '作者' },
        { name: '邝志远', role: '作者' },
      ],
    },
    {
      text: '近日,医院开展义诊。(文/图 柯晓敏)',
      expect: [{ name: '柯晓敏', role: '作者' }],
      note: 'one name after a credit word',
    },
    { text: '近日,医院开展义诊。(图文:邝志远)', expect: [{ name: '邝志远', role: '作者' }] },
    {
      text: '蒙医医院院长乌兰介绍了情况,将与乌兰察布市中心医院合作。',
      expect: [{ name: '乌兰', role: '院长' }],
      note: 'a known name inside the name of a body is no mention',
    },
    {
      text: '医药卫生学部主任田伯仁出席论坛。',
      expect: [{ name: '田伯仁', role: '主任' }],
      note: 'a kin word before a second character is a given name, not a form of address (张伯)',
    },
    {
      text: '本报记者 晋美旺堆\n\n近日,医疗队抵达那曲。',
      expect: [{ name: '晋美旺堆', role: '记者' }],
      note: 'a Tibetan name in a byline',
    },
    {
      text: '自治区人民医院医师扎西(左)与援藏专家交流。',
      expect: [{ name: '扎西', role: '医师' }],
      note: 'a Tibetan name of one part after a title',
    },
    {
      text: '新当选的会长瞿立新表示,将搭建公益平台。(温州网鹿城支站 叶晓静 包敏)',
      expect: [
        { name: '瞿立新', role: '会长' },
        { name: '叶晓静', role: '作者' },
        { name: '包敏', role: '作者' },
      ],
    },
    {
      text: '院方挽留了口腔科庞晓东、眼科韦丽娟等专家,他们同意延期三个月。骨科主任鲁云、眼科汪红梅参加义诊。',
      expect: [
        { name: '庞晓东', role: '专家' },
        { name: '韦丽娟', role: '专家' },
        { name: '鲁云', role: '主任' },
        { name: '汪红梅', role: null, rule: 'person:listed' },
      ],
      note: 'each name of a list may follow its department (口腔科庞晓东、眼科韦丽娟等专家), before or after the name found',
    },
    {
      text: '县发改局局长税立平、卫健局副局长蹇红陪同检查。检验科业务骨干戚文杰介绍,新设备已投入使用。',
      expect: [
        { name: '税立平', role: '局长' },
        { name: '蹇红', role: '副局长' },
        { name: '戚文杰', role: '业务骨干' },
      ],
      note: 'rarer surnames (税, 蹇) and 骨干 as a title',
    },
    {
      text: '5月10日,全媒体记者马建国走进县人民医院。冯立军、范勇两人是第三批援藏医生。',
      expect: [
        { name: '马建国', role: '记者' },
        { name: '冯立军', role: null, rule: 'person:name-list' },
        { name: '范勇', role: null, rule: 'person:name-list' },
      ],
      note: 'jieba tags some full names as places (马建国/ns): after a title, a three-character one no place is called is a name; 两人 after a list counts its people as 两名 does',
    },
    {
      text: '孟祥林一行实地查看了卫生院。随后孟祥林强调,要抓好落实。会上贺丽娟指出,要加强管理。',
      expect: [
        { name: '孟祥林', role: null },
        { name: '孟祥林', role: null },
        { name: '贺丽娟', role: null },
      ],
      note: 'a party named after its head (孟祥林一行) names a person; so does a speaker after an adverb that opens the clause (随后, 会上)',
    },
    {
      text: '义诊现场\n\n韩立平\n\n县中医院康复科主任\n\n老人腰腿痛比较多,要注意保暖。',
      expect: [{ name: '韩立平', role: '主任', rule: 'person:name-then-posts' }],
      note: 'a caption of a name alone on its row, its posts on the row below',
    },
    {
      text: '发布人:\n\n石 峰 桂林市卫生健康委员会党组书记、主任\n\n莫 兰 桂林市医疗保障局党组成员、副局长,新闻发言人\n\n主持人:\n\n苏 杭 中共桂林市委宣传部新闻发布科科长',
      expect: [
        { name: '石峰', role: '主任', org: '桂林市卫生健康委员会' },
        { name: '莫兰', role: '副局长', org: '桂林市医疗保障局' },
        { name: '苏杭', role: '科长', org: '中共桂林市委宣传部' },
      ],
      note: 'a press conference’s list: the body that opens the posts employs them, posts may be joined by a comma, a label row stands apart',
    },
    {
      text: '乡卫生院副院长曲比拉哈说,村医吉克阿果、海来伍呷每天走访村民。',
      expect: [
        { name: '曲比拉哈', role: '副院长' },
        { name: '吉克阿果', role: '村医' },
        { name: '海来伍呷', role: '村医' },
      ],
      note: 'Yi names: a family name and a given name of their own, no Han surname',
    },
    {
      text: '市领导刘长海、张安国参加活动。\n\n记者|任立华 编辑|高红霞\n\n审核|朱代强 终审|尹浩',
      expect: [
        { name: '刘长海', role: '市领导' },
        { name: '张安国', role: '市领导' },
        { name: '任立华', role: '记者' },
        { name: '高红霞', role: '编辑' },
        { name: '朱代强', role: '审核' },
        { name: '尹浩', role: '终审' },
      ],
      note: 'a list item jieba tags a place (张安国/ns) is a name as after a title; a footer’s roles may be set off by |',
    },
    {
      text: '调研组察看了卫生院。\n\n撰稿:包立军 编辑:韩晓峰 初审:梅英 复审:乔明 终审:贾宝林',
      expect: [
        { name: '包立军', role: '作者' },
        { name: '韩晓峰', role: '编辑' },
        { name: '梅英', role: '初审' },
        { name: '乔明', role: '复审' },
        { name: '贾宝林', role: '终审' },
      ],
      note: 'a government site’s review chain: 初审, 复审, 终审',
    },
    {
      text: '我院神经外科成功完成首例手术,患者已康复出院。\n\n(神经外科 邹晓明 黎娜)',
      expect: [
        { name: '邹晓明', role: '作者' },
        { name: '黎娜', role: '作者' },
      ],
      note: 'a credit in brackets on a row of its own at a story’s end, the department first',
    },
    {
      text: '义诊现场\n\n县人民医院心内科主任、主任医师 邝立新\n高血压患者要按时服药,不能随意停药。',
      expect: [{ name: '邝立新', role: '主任医师', org: '县人民医院' }],
      note: 'a caption’s posts and name end their row, though the quote under it follows with no blank line',
    },
    {
      text: '法国总统马克龙与德国总理朔尔茨举行会谈。',
      expect: [
        { name: '马克龙', role: '总统' },
        { name: '朔尔茨', role: '总理' },
      ],
      note: 'transliteration characters: 朔, 茨',
    },
    {
      text: '县卫生局组织两个专班开展督导,要求各单位迅速整改。 (戚忠奎)',
      expect: [{ name: '戚忠奎', role: '作者' }],
      note: 'one name alone in brackets after the last sentence of its row credits the writer',
    },
    {
      text: '记者采访了县人民医院内分泌科主任——邝立群,请他谈谈糖尿病的预防。',
      expect: [{ name: '邝立群', role: '主任', org: '县人民医院' }],
      note: 'a dash between a title and the name',
    },
    {
      text: '乡村振兴专干蒋立、退役军人邱国华、快递小哥程明和外卖骑手邬迪参加了急救培训。',
      expect: [
        { name: '蒋立', role: '专干' },
        { name: '邱国华', role: '退役军人' },
        { name: '程明', role: '快递小哥' },
        { name: '邬迪', role: '外卖骑手' },
      ],
      note: 'occupations of people in community health stories as titles',
    },
    {
      text: '急救医生姚斌、公卫医生戚琼、母婴护理师殷静、康复师柏雪和保育员卫兰参加培训。',
      expect: [
        { name: '姚斌', role: '医生' },
        { name: '戚琼', role: '公卫医生' },
        { name: '殷静', role: '母婴护理师' },
        { name: '柏雪', role: '康复师' },
        { name: '卫兰', role: '保育员' },
      ],
      note: 'a title that opens the next item of a list (公卫医生) is no name of the list; 护理师 is no 护理 before a name 师…',
    },
    {
      text: '甘孜州州长刘志强、副州长严晓琴出席仪式。镇里副乡长周国平,公司副总工程师马建业一同参加。',
      expect: [
        { name: '刘志强', role: '州长' },
        { name: '严晓琴', role: '副州长' },
        { name: '周国平', role: '副乡长' },
        { name: '马建业', role: '副总工程师' },
      ],
      note: "autonomous prefectures' governors and a deputy's chief engineer are posts",
    },
    {
      text: '本案由审判员主审。辩护人韩晓东、委托代理人冯丽丽到庭,被上诉人郝建军未到庭。',
      expect: [
        { name: '韩晓东', role: '辩护人' },
        { name: '冯丽丽', role: '委托代理人' },
        { name: '郝建军', role: '被上诉人' },
      ],
      note: "a case's other parties and counsel are named after their part",
    },
    {
      text: '诊室里排起长队。孟庆丰向记者介绍,今年新建了三个诊室。邓雅琴对本报记者说,孩子恢复得很好。骆志坚向《健康报》表示,将扩大试点。贺立新在会上强调,要抓好落实。',
      expect: [
        { name: '孟庆丰', role: null },
        { name: '邓雅琴', role: null },
        { name: '骆志坚', role: null },
        { name: '贺立新', role: null },
      ],
      note: 'whom or where a speaker spoke (向记者, 对本报记者, 向《健康报》, 在会上) stands between the name and the verb',
    },
    {
      text: '本届市级技能大师工作室领衔人为:韦立群(竹编)、覃秀英(壮锦织造)、蒙德清(铜鼓制作)。',
      expect: [{ name: '韦立群' }, { name: '覃秀英' }, { name: '蒙德清' }],
      note: 'names listed each with an aside in brackets (what each is known for), three at least',
    },
    {
      text: '调研期间,钟立平、侯佳、鲍晓峰陪同调研。会见结束后,聂德明、柯佳、汤小峰参加座谈。',
      expect: [
        { name: '钟立平' },
        { name: '侯佳' },
        { name: '鲍晓峰' },
        { name: '聂德明' },
        { name: '柯佳' },
        { name: '汤小峰' },
      ],
      note: 'a verb of attending (陪同, 参加, 出席, 列席) ends a list of names as 等 does',
    },
    {
      text: '同龄人还在玩耍,初二学生邱涛却每天早起做饭,村民范立仍坚持上山巡护。',
      expect: [
        { name: '邱涛', role: '学生' },
        { name: '范立', role: '村民' },
      ],
      note: 'the adverbs 却 and 仍 after a subject end its name (jieba glues them to a name it does not know)',
    },
    {
      text: '驻村第一书记尚立涵走访农户。项目总指挥宁炳友说,工期不变。董事会秘书柯文涛、护林员白建国参加座谈。',
      expect: [
        { name: '尚立涵', role: '第一书记' },
        { name: '宁炳友', role: '总指挥' },
        { name: '柯文涛', role: '董事会秘书' },
        { name: '白建国', role: '护林员' },
      ],
      note: "a seconded village secretary, a works' commander, a listed firm's secretary and a forest ranger are posts",
    },
    {
      text: '医院组织专家下乡义诊。\n(文/殷志成  摄/殷志成、万丽)',
      expect: [
        { name: '殷志成', role: '作者' },
        { name: '殷志成', role: '作者' },
        { name: '万丽', role: '作者' },
      ],
      note: 'a closing credit of a writer and photographers, each role with a slash (摄/)',
    },
    {
      text: '列车长邵世信和乘务长田晓燕向旅客致意。',
      expect: [
        { name: '邵世信', role: '列车长' },
        { name: '田晓燕', role: '乘务长' },
      ],
      note: "a train's and a crew's heads are posts",
    },
    {
      text: '院长带领邬彬、柏田丽、蒋富强、何胜利等医护人员下乡义诊。',
      expect: [{ name: '邬彬' }, { name: '柏田丽' }, { name: '蒋富强' }, { name: '何胜利' }],
      note: 'after two names, an item of a surname and a word of any kind (胜利/vn) is a name of the list too',
    },
    {
      text: '都市报记者 邝敏 编辑 柯杨 校对 费兴发\n当天上午,一男子落水。',
      expect: [
        { name: '邝敏', role: '记者' },
        { name: '柯杨', role: '编辑' },
        { name: '费兴发', role: '校对' },
      ],
      note: "a paper's credit line names its proofreader after the editor",
    },
    {
      text: '她搭档孙闻获得亚军,同事柏立新说,恩师邬建国很欣慰,邻居宁晓梅也来了,战友邹立军赶来。',
      expect: [
        { name: '孙闻', role: '搭档' },
        { name: '柏立新', role: '同事' },
        { name: '邬建国', role: '恩师' },
        { name: '宁晓梅', role: '邻居' },
        { name: '邹立军', role: '战友' },
      ],
      note: "the people around a story's subject are named after what they are to it",
    },
    {
      text: '伤者邹立新已脱离危险,实际控制人柏建国持股,带头人宁晓梅说,裁判邬立军判罚有效,举报人韦丽娜获奖励。',
      expect: [
        { name: '邹立新', role: '伤者' },
        { name: '柏建国', role: '实际控制人' },
        { name: '宁晓梅', role: '带头人' },
        { name: '邬立军', role: '裁判' },
        { name: '韦丽娜', role: '举报人' },
      ],
      note: 'the hurt, those who report, lead, control or judge are named after what they are',
    },
    {
      text: '宁晓梅提醒,夏季要注意防暑。邹立军建议,市民少去人多的地方。柏建国回忆,当年条件很艰苦。邬立新称,将依法处理。',
      expect: [
        { name: '宁晓梅', role: null },
        { name: '邹立军', role: null },
        { name: '柏建国', role: null },
        { name: '邬立新', role: null },
      ],
      note: 'advice, memories and claims are quoted as speech is (提醒, 建议, 回忆, 称)',
    },
    {
      text: '宁晓梅在检查时强调,要注意防暑。邹立军在座谈中指出,要加强管理。柏建国告诉本报记者,条件很艰苦。邬立新告诉笔者,将依法处理。',
      expect: [
        { name: '宁晓梅', role: null },
        { name: '邹立军', role: null },
        { name: '柏建国', role: null },
        { name: '邬立新', role: null },
      ],
      note: 'where a speaker spoke (在…时, 在…中) stands before the verb; whoever tells (告诉) speaks',
    },
    {
      text: '口述人:邝德明,1962年出生,退休教师。\n讲述人柏丽华说,当年很苦;受访者宁晓峰也这样认为。',
      expect: [
        { name: '邝德明', role: '口述人' },
        { name: '柏丽华', role: '讲述人' },
        { name: '宁晓峰', role: '受访者' },
      ],
      note: "an oral history's or interview's subject, after a label or as a title",
    },
    {
      text: '当日下午,家住梵瑞社区的邝兰芳(女,89岁)在小区里走失,路过的柏建强(男)报了警。',
      expect: [{ name: '邝兰芳' }, { name: '柏建强' }],
      note: "a person's sex and age in brackets after a name are evidence of it",
    },
    {
      text: '航天员柏立平协助完成实验,乘务员田晓梅引导旅客,驾驶员宁建国受轻伤,讲解员柏丽华介绍展品,连长邹立军带队,消防队员韦志强冲进火场。',
      expect: [
        { name: '柏立平', role: '航天员' },
        { name: '田晓梅', role: '乘务员' },
        { name: '宁建国', role: '驾驶员' },
        { name: '柏丽华', role: '讲解员' },
        { name: '邹立军', role: '连长' },
        { name: '韦志强', role: '消防队员' },
      ],
      note: 'crews, drivers, guides, firefighters and officers of small units are named after their post',
    },
    {
      text: '他协助师兄邬立涛开展研究,导师柏丽华研究员很满意,师妹宁晓燕也加入了课题组,恩师邹建国教授发来贺信。',
      expect: [
        { name: '邬立涛', role: '师兄' },
        { name: '柏丽华', role: '研究员' },
        { name: '宁晓燕', role: '师妹' },
        { name: '邹建国', role: '教授' },
      ],
      note: "a lab's seniors and juniors are named after what they are; what someone is to another yields to a post after the name",
    },
    {
      text: '经选举,韩立新、邹振华、马文涛、聂德明等四人当选常务委员。',
      expect: [{ name: '韩立新' }, { name: '邹振华' }, { name: '马文涛' }, { name: '聂德明' }],
      note: 'items before the first name jieba reads (韩|立新/d) belong to the list when a surname opens them',
    },
    {
      text: '该国总统泽莉维基当天出席活动,总理蕾薇娜随后讲话。',
      expect: [
        { name: '泽莉维基', role: '总统' },
        { name: '蕾薇娜', role: '总理' },
      ],
      note: '娜, 莉, 妮, 娃, 琪, 蕾, 薇, 丝, 黛 write transliterated names too',
    },
    {
      text: '医院专家走进村委开展义诊。\n图文:医联办邝婷\n供稿:护理部 柏丽娜\n编辑:宣传科',
      expect: [
        { name: '邝婷', role: '作者' },
        { name: '柏丽娜', role: '作者' },
      ],
      note: "a credit's office before the name, glued or spaced, is no part of it; an office alone is no name",
    },
    {
      text: '有一名叫柏立泽的县委书记来了,一位名叫邝丽华的患者出院,一个叫宁小东的孩子笑了。',
      expect: [
        { name: '柏立泽', role: '县委书记' },
        { name: '邝丽华', role: '患者' },
        { name: '宁小东', role: null },
      ],
      note: "a title after 名叫X的 is the named person's",
    },
    {
      text: '光华公益基金会驻村队员邝阳(左)与柏俊美院长(右)交流。',
      expect: [
        { name: '邝阳', role: '队员', org: '光华公益基金会' },
        { name: '柏俊美', role: '院长', org: null },
      ],
      note: "a person after 与 is another party: the body before the first is not the second's",
    },
    {
      text: '义诊现场 柏程摄\n\n村医们走村入户。\n\n村医在巡诊 邝明 摄影\n\n群众排队问诊。',
      expect: [
        { name: '柏程', role: '作者' },
        { name: '邝明', role: '作者' },
      ],
      note: 'a caption line with no sentence mark ends with its photo credit after a space',
    },
  ],
  negative: [
    '中医护理师资培训班开班,治疗师资队伍壮大。',
    '快递小哥们很辛苦,外卖骑手都说好,专干工作多,退役军人事务局发文。',
    '他当上主任——这很难,院长——我们的好院长。',
    '患者出院了。(化名)活动结束。(2023年5月)这是好事。(完)',
    '我院完成手术12例。\n\n(王晓明)\n\n(2023年5月)',
    '健康讲座\n\n高血压\n\n社区卫生服务中心主任\n\n刘大爷\n\n村卫生室医生\n\n老人要注意保暖。',
    '调研组一行实地查看了卫生院。随后专家强调,要注意休息。会上高血压患者说。',
    '主任来到黄土坡,院长来到马鞍山参观。张家、李家两人都来了。',
    '门诊开设内科、外科、儿科等科室,医院的技术骨干都来了。',
    '一位大妈张口就问价格,老人也说不清楚。',
    '首页|专家|作者|张家港|编辑|联系我们',
    '为落实市级领导包抓乡村振兴示范村的要求,各部门积极响应。',
    '当地为新进人员提供安家补贴及教师周转房等支持措施。',
    '本文由(特约记者)整理发布,仅供参考。',
    '更多消息请继续关注报道:明天起开放预约。',
    // A surname alone (祁姓先生: a gentleman named 祁) is no name.
    '接受手术的是一位72岁的柯姓先生,术后第二天即可下床。',
    // Generic forms of address are not names.
    '一大早,前来复诊的高血压患者张大爷问道。不到两秒,张大爷在县医院的检查结果已清晰呈现。',
    '76岁的王大爷正在医护人员指导下进行训练。“孩子们都很放心。”王大爷满意地表示。',
    '63岁的辛阿姨因持续头晕被收治入院。术后,辛阿姨的头晕症状得到缓解。',
    '刚做完膝关节置换的张先生由衷赞叹。',
    '“真得感谢国家的好政策!”大店子村村民刁大爷感慨道。',
    // Words that begin with a surname character.
    '要建立常态化交流学习机制,推动高质量发展,全市托育服务机构发展到501家。',
    '打造“聊惠托”服务品牌,让大爱在阿胶故里持续传递。',
    '正在聊城万达广场购物,华灯初上。',
    // Titles followed by ordinary words.
    '护理不是冰冷的操作,而是对患者信任的回应。',
    '东阿县红十字会将持续做好捐献者关怀保障工作。',
    '服务站将“守护居民全周期健康”作为核心使命,让患者安心、家属放心。',
    '血液病患者成功配型后,群众关心的热点问题得到解决,群众满意度提升。',
    '明确村级计生协工作人员劳务补贴,院长(主任)能力提质增效培训班开班。',
    '该院有关负责人表示,医院将持续优化医疗服务流程。',
    '患者所在社区开展随访,医生所在科室负责复诊。',
    // Verbs and common nouns after a title are no names.
    '院长来院检查指导工作,望广大患者周知。',
    '相关专家、国内外专家和高级主任医师参加了会诊。',
    '在党委书记带领下,常务副院长和支部书记走访了患者。',
    '医院邀请高水平专家和高年资医生坐诊。',
    '“专家大老远赶来,我们太感激了。”',
    '这位72岁的老人每天坚持锻炼,15岁的孩子也来了。',
    '患者多为高血压、冠心病、糖尿病人群,主任医师逐一讲解。',
    '对于美国总统的这番言论,专家认为并不意外。',
    '在院长的带领下,群众的满意度提升,患者的安全和村民的钱袋子都有保障,书记的常态化调研和主任的高度重视分不开。',
    '专家组成员由国内知名专家组成,村医王大夫说。',
    '老人时常来检查,职工何时能休假?',
    '院长高兴地说,医生耐心解释。',
    '周末:义诊进社区\n\n高考:考生注意防暑',
    '35岁的白领突发心梗,2岁的龙凤胎顺利出院,45岁的司机晕倒在路边。',
    // Headlines that end a body's name with a verb; measure words and common nouns after a title.
    '泸州市妇幼保健院揭牌\n\n本报讯 近日,该院新大楼正式启用。',
    '来自省内外的12位专家医师到场义诊,每周三开设专家门诊。',
    '村民戚阿婆连声道谢,附属医院全体院领导班子参加活动。',
    '村民郑叔叔和村民王伯说,义诊很方便。',
    '他们一位是麻醉医生,一位是外科医生。',
    '李家村村民都来了,居民都说好。',
    '本届大赛,参赛运动员,裁判员和教练员共计300人。',
    '在全院的共同努力下,在党委的领导下,在县委县政府的支持下,在上级医院的指导下,在大家的帮助下,科室发展迅速。',
    '【健康提示】近日气温骤降,请注意保暖。义诊时间:每周三。',
    '这两位医生和三名护士值得表扬。',
    '护理人员、护理管理、护理费用、护理质量、护理单元都有提升,护理部主任讲话,护理王阿姨。',
    '健康讲座 专家、主任医师\n\n近日,讲座走进社区。',
    '这项任务是医生的职责,我们的目标是成为专家,王刚是医生推荐来的。',
    // A title glued to a surname in a word, then a common word; a function word after a surname.
    '轮值主席国代表在会上发言,“老师都这么辛苦,我们更要努力。”',
    '这种病名叫高血压,那个地方名叫黄土坡。',
    '新华社电 据外媒报道:当地发生地震。',
    '欢迎拨打院长信箱和市长热线,院长查房时发现问题。',
    '达沃市市长杜特尔特大幅领先。',
    '在手术室护士的默契配合下完成手术。',
    '主演阵容强大,编剧团队由三人组成,监制工作顺利,艺术家们登台,摄影师拍照。',
    '经济学家认为,分析师预计,首席经济学家们普遍乐观,经济学家们表示。',
    '对此,公司回应称,将依法处理。专家呼吁,全社会都应关注。他直言不讳。有关部门回应,群众呼吁多年。',
    '他被选举为人大代表,后被任命为副局长。会议选举产生了新一届领导班子。免去其职务后,他获得提名奖,任命书已下发。',
    '选举工作圆满完成,提名方式不变,聘任制度改革,会议选举王国的代表参加,任免事项已公示。',
    '被告人张某某犯盗窃罪,原告诉称,被告未按约定付款。受害人家属情绪激动,当事人双方达成和解,证人证言相互印证。',
    // A place joined by 和 or 与 before a dot is no name.
    '活动和中国·喀什健康节同期举办,与新疆·和田玉展一起开幕。',
    // Words jieba tags names (满怀, 师生, 龙芯), a body's 校 after a preposition, a plural (师生们).
    '老师满怀热情地讲课,典礼由校党委书记主持,院长与师生们座谈,龙芯中科董事长出席。',
    // Teams, places and pronouns win prizes too.
    '中国队获得冠军,江苏队夺得金牌,全市获得金牌12枚,我们获得了冠军,该校获得亚军,他们获得冠军。',
    // Places listed (villages, towns) are no list of names.
    '义诊还将走进金郝庄、康庄、刘垓子等乡镇,以及石梁州、韩俊营、宋恩庄三地。',
    // Kin and graduates in general, with no name after them.
    '哥哥姐姐们都来了,弟弟妹妹很开心,毕业生就业率提高,校友会成立,校友们捐款。',
    // 叫 after a count of one, before no name.
    '这个叫法不对,那位叫好声不断,这个叫卖声很响。',
    // The same words before no name (店员向顾客: 顾客 is tagged a name by jieba).
    '农户增收明显,商户经营有序,店员向顾客介绍,家属院改造,学员们毕业,考生须知,烈士陵园,病友会成立,骑手们很辛苦。',
    // A space after a short word before a title is no name with its posts.
    '会场内外:人山 人海欢声笑语,大家点赞:真好 主任医师太好了。',
    // A count of comrades with no name before it.
    '全市共有1200名同志参加,共表彰等5名同志和等12个单位。',
    // Brackets that open a line with 报道 but name no one.
    '(详见本报相关报道)医院开展义诊,主 编者按语见下。',
    // A group's members are no names where no colon labels them.
    '领导小组成员单位参加,组员都来了,成员们很满意。',
    // A country before a shared title holds it (伊拉克两位总统); 管床医师 is a title, 管 no surname there.
    '伊拉克两位总统候选人举行辩论,管床医师的工作很辛苦。',
    // 州长 and court parties inside other words or before no name.
    '杭州长江路上车流不断,温州长期坚持改革,荆州长江大桥通车,上诉人不服一审判决,被执行人财产不足。',
    // Speakers who are no names, before whom or where they spoke.
    '他向记者介绍,情况良好。医院方面对记者说,将全力救治。县卫健局在会上强调,要加强管理。居民们向媒体表示满意。',
    // Diseases, places and firms listed with asides in brackets.
    '病种包括高血压(12例)、糖尿病(8例)、冠心病(5例),金牌榜前三为北京(12金)、上海(10金)、广东(9金)。',
    // Places and bodies listed before a verb of attending.
    '东昌府、临清、冠县参加评比,团市委、市妇联、市残联参加活动,张庄、李村、王屯参加比赛。',
    // The same posts before no name.
    '防汛抗旱总指挥部召开会议,护林员队伍不断壮大,班长会议在值班室召开,第一书记们深入田间,调解员制度不断完善。',
    // A list of things whose items begin with surnames' characters.
    '检查项目包括高血压、糖尿病、骨密度等,活动走进江庄、刘集、高唐等地。',
    '校对工作很重要,校对人员要细心,校对稿件三遍。',
    // The same words before no name.
    '同事们都很关心他,邻居家的孩子来了,好友圈里都在转发,战友情深,师父领进门,弟子规很有名,搭档默契。',
    // The same words before no name.
    '死者家属情绪稳定,伤者伤势较轻,股东权益受到保护,股东大会召开,裁判员执裁,获奖者名单公布,监护人责任重大,会计师事务所审计,举报人信息保密,裁判长宣布结果。',
    // The same verbs after no name, and 称 inside words.
    '专家提醒,市民要注意。医生建议多喝水。名称变更后,职称评审开始,这里堪称典范,院方称将调查,他回忆当年,老人感慨万千。',
    '会议在北京召开时指出方向。请告诉我们。他在会上强调。大家在活动中表示满意。',
    '讲述人的故事感人,受访者普遍认为满意,口述人回忆往事。',
    '患者(男,30岁)入院,一名游客(女)受伤,报警人(男,50岁)称。',
    '驾驶员培训开始,讲解员队伍壮大,航天员们训练,连长们开会,安全员制度落实,质检员岗位空缺。',
    // A verb and its particle after a word for people (来了 is no name).
    '姐姐来了,弟弟来了,妹妹也来过。',
    '师兄们都很热心,导师制改革推进,师姐妹们合影,师弟师妹都来了。',
    '该国总统连任成功,总理赛后表示满意,美国总统连续三次否决。',
    '优秀作品展 航拍摄影\n\n共展出作品百幅。',
    '业主委员会召开会议,车主们纷纷表示满意,游客中心人头攒动,乘客安全有保障,保安公司派出人员,工人阶级是领导阶级。',
  ],
};

export default corpus;
