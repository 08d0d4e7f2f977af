import type { PersonCorpus } from './corpus.js';

const corpus: PersonCorpus = {
  type: 'person',
  examples: [
    // Credits: bylines, leads and photo credits (role 作者 unless the credit names one).
    { text: '■ 金增秀 周长才\n\n近年来,聊城市推动普惠托育服务高质量发展。', expect: [{ name: '金增秀', role: '作者' }, { name: '周长才', role: '作者' }] },
    { text: '□ 金增秀\n\n运河汤汤,水韵绵长。', expect: [{ name: '金增秀', role: '作者' }] },
    { text: '本报讯(鞠圣娇 杨宁宁)4月23日,笔者在东阿县政府网站看到。', expect: [{ name: '鞠圣娇', role: '作者' }, { name: '杨宁宁', role: '作者' }] },
    { text: '本报讯 (文/图 刘庆功)“以前看病得带着身份证。”', expect: [{ name: '刘庆功', role: '作者' }] },
    { text: '本报讯(记者 王晓东 通讯员 孙丽)近日,莘县召开会议。', expect: [{ name: '王晓东', role: '记者' }, { name: '孙丽', role: '通讯员' }] },
    { text: '吸引了大量来自外省市的患者前来就诊。■ 刘庆功', expect: [{ name: '刘庆功', role: '作者' }] },
    // Photo credits: ■ … 摄 on a line of its own, …■ 李明摄 after a caption, (张明 摄) inside one.
    { text: '义诊活动受到群众欢迎\n\n■ 张明 摄\n\n本报讯 近日,莘县开展义诊。', expect: [{ name: '张明', role: '作者' }] },
    { text: '■ 记者 王刚 摄\n\n群众排队就诊。', expect: [{ name: '王刚', role: '记者' }] },
    { text: '群众排队就诊。■ 李明摄', expect: [{ name: '李明', role: '作者' }] },
    { text: '义诊现场(张明 摄)\n\n本报讯 近日,莘县开展义诊。', expect: [{ name: '张明', role: '作者', headline: null }], note: 'a credited caption is no headline' },
    { text: '记者 陶春燕\n\n针对群众看病就医不便问题,全市卫健系统四级联动。', expect: [{ name: '陶春燕', role: '记者' }] },
    { text: '免陪照护走进病房\n\n陶春燕 聊城报道\n\n“一人住院,全家受累”,是许多家庭面临的难题。', expect: [{ name: '陶春燕', role: '记者' }] },
    { text: '城区一路口实现“多车联动式掉头”\n\n李怀磊 通讯员 张亚林 聊城报道\n\n您是否曾在高峰时段为路口掉头排队而烦恼?', expect: [{ name: '李怀磊', role: '记者' }, { name: '张亚林', role: '通讯员' }] },
    {
      text: '双擎聚力助好“孕”\n聊城江北水城旅游度假区卫生和计划生育局局长 王锋\n\n近年来,度假区创新构建工作体系。',
      expect: [{ name: '王锋', role: '局长', org: '聊城江北水城旅游度假区卫生和计划生育局' }],
    },
    // Title + name.
    { text: '近日,市政府召开新闻发布会,副市长马卫红介绍了相关情况。', expect: [{ name: '马卫红', role: '副市长', org: null }] },
    {
      text: '聊城市卫生健康委党组书记、主任,市中医药管理局局长张月莲表示,下一步将深化品牌建设。',
      expect: [{ name: '张月莲', role: '主任', org: '聊城市卫生健康委' }],
      note: 'a chain of posts: the first body and its last title are the main post; org as written (the institution record has the full name)',
    },
    { text: '东昌府区妇幼保健院小儿外科主任冯书龙介绍,手术花费大概在六七千元。冯书龙表示,今后将继续推进救治。', expect: [{ name: '冯书龙', role: '主任', org: '东昌府区妇幼保健院' }, { name: '冯书龙', role: '主任' }] },
    { text: '东阿县铜城街道社区卫生服务中心负责人李凤鸣表示,下一步将开展更多活动。', expect: [{ name: '李凤鸣', role: '负责人', org: '东阿县铜城街道社区卫生服务中心' }] },
    { text: '当日,聊城市人民医院肌骨疼痛康复门诊揭牌成立。该门诊由该院康复医学科副主任康复治疗师张永胜主诊。', expect: [{ name: '张永胜', role: '副主任康复治疗师', org: '聊城市人民医院' }] },
    { text: '药剂科主管药师王芳提醒,用药要遵医嘱。', expect: [{ name: '王芳', role: '主管药师' }], note: 'a rank before a profession is part of the title' },
    { text: '3月9日,全市首例造血干细胞捐献者刘毅圆满完成捐献。刘毅曾在东阿县卫生健康局工作。', expect: [{ name: '刘毅', role: '捐献者' }, { name: '刘毅', role: '捐献者' }] },
    { text: '家住东昌府区博济桥社区的居民王树新对刚刚投入运营的服务中心赞不绝口。', expect: [{ name: '王树新', role: '居民' }] },
    { text: '莘县人民医院院长李建国说,医院将持续优化服务流程。', expect: [{ name: '李建国', role: '院长', org: '莘县人民医院' }] },
    { text: '冠县中医医院护士长欧阳娜带领团队开展义诊。', expect: [{ name: '欧阳娜', role: '护士长', org: '冠县中医医院' }] },
    { text: '据了解,冠县烟庄街道社区卫生服务站站长宋丽丽坚守岗位十年。', expect: [{ name: '宋丽丽', role: '站长', org: '冠县烟庄街道社区卫生服务站' }] },
    { text: '村医张秀英每天为村民量血压。', expect: [{ name: '张秀英', role: '村医' }] },
    // jieba glues an unknown name to the verb after it (张月莲到) or tags the next word oddly (一行/m, 通报/n).
    { text: '副市长张月莲到市人民医院调研。', expect: [{ name: '张月莲', role: '副市长' }] },
    { text: '县长孙丽到卫生院看望医护人员。', expect: [{ name: '孙丽', role: '县长' }] },
    { text: '副市长张月莲一行参观了展厅。', expect: [{ name: '张月莲', role: '副市长' }] },
    { text: '市卫健委副主任李涛通报了情况。', expect: [{ name: '李涛', role: '副主任', org: '市卫健委' }] },
    {
      text: '冠县人民医院医共体第三次理事会召开。县卫健局局长王洪涛出席。该院院长刘建华介绍了情况。',
      expect: [{ name: '王洪涛', org: '县卫健局' }, { name: '刘建华', org: '冠县人民医院' }],
      note: '该院 is the last 院 named, not the bureau in between',
    },
    { text: '护士长孟凡荣耐心讲解喂养知识。校医刘敏给学生讲解。', expect: [{ name: '孟凡荣', role: '护士长' }, { name: '刘敏', role: '校医' }] },
    { text: '市人民医院心内科主任、主任医师王建国介绍。', expect: [{ name: '王建国', role: '主任医师', org: '市人民医院' }], note: 'the body stands before the chain of titles' },
    { text: '茌平区人民医院党委副书记、院长张振华说。', expect: [{ name: '张振华', role: '院长', org: '茌平区人民医院' }] },
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
    { text: '莘县卫生健康局局长吴建军,副局长郑丽出席会议。', expect: [{ name: '吴建军', org: '莘县卫生健康局' }, { name: '郑丽', role: '副局长', org: '莘县卫生健康局' }] },
    { text: '市政府副秘书长王晓东、常务副院长李强、一级调研员赵刚出席。', expect: [{ role: '副秘书长' }, { role: '常务副院长' }, { role: '一级调研员' }] },
    { text: '副局长欧阳明辉说,今年将继续推进。', expect: [{ name: '欧阳明辉', role: '副局长' }], note: 'jieba: 欧阳明|辉说' },
    { text: '骨科副主任医师、医学博士陈志刚介绍,手术很成功。', expect: [{ name: '陈志刚', role: '副主任医师' }], note: 'a degree is no post' },
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
    // Pseudonyms.
    { text: '在北京积水潭医院聊城医院,患者王龙(化名)体验了“医保刷脸支付”。', expect: [{ name: '王龙', role: '患者', pseudonym: true }] },
    { text: '3月8日,在聊城市中心医院神经内科病房,患者辛华(化名)的家属向医护人员表达感激之情。', expect: [{ name: '辛华', pseudonym: true }] },
    {
      text: '患者小李(化名,下同)今年56岁。张某(化名)和王女士(化名)也来了。张大爷说很好。',
      expect: [{ name: '小李', role: '患者', pseudonym: true }, { name: '张某', pseudonym: true }, { name: '王女士', pseudonym: true }],
      note: 'a form of address is a person only when the text gives it as a pseudonym',
    },
    {
      text: '专家组成员张伟、李娜、王磊分别来自省立医院。院长刘强、冠县人民医院代表出席。',
      expect: [{ name: '张伟', role: '成员' }, { name: '李娜', role: '成员' }, { name: '王磊', role: '成员' }, { name: '刘强', role: '院长' }],
      note: 'names listed after a titled one share its title; a place after 、 is no name',
    },
    // A notice about a person, and the name again in its text.
    {
      text: '张祁帅,男,汉族,群众,2002年9月出生,聊城市公安局茌平区分局博平派出所辅警。\n\n正在购物的张祁帅听到呼喊声,迅速冲向逃跑男子。',
      expect: [{ name: '张祁帅', role: '辅警', org: '聊城市公安局茌平区分局博平派出所' }, { name: '张祁帅', role: '辅警' }],
      note: 'the post as written: the 分局 and its 派出所, two bodies of one kind',
    },
    { text: '拟表彰以下同志:\n1.张文华 男 东阿县刘集镇前王村卫生室\n2.李秀云 女 阳谷县阎楼镇后孙村卫生室', expect: [{ name: '张文华' }, { name: '李秀云' }], note: 'a list of people in a notice' },
    // org is the body as the text names it; which 市 it is, the institution record's canonical says.
    { text: '本报讯 临清市卫健局召开会议。市卫健局局长王强表示,将推进改革。', expect: [{ name: '王强', role: '局长', org: '市卫健局' }] },
    // Where someone works now ties them to it in every mention; a past post does not.
    {
      text: '3月9日,捐献者刘毅完成捐献。刘毅曾在东阿县卫生健康局工作,现就职于东阿县疾病预防控制中心。刘毅表示,将继续宣传。',
      expect: [{ name: '刘毅', org: '东阿县疾病预防控制中心' }, { name: '刘毅', org: '东阿县疾病预防控制中心' }, { name: '刘毅', org: '东阿县疾病预防控制中心' }],
    },
    { text: '志愿者王磊曾就职于莘县人民医院,后回乡创业。王磊说,家乡需要医生。', expect: [{ name: '王磊', org: null }, { name: '王磊', org: null }] },
    { text: '护士李娜供职于冠县中医医院已有十年。', expect: [{ name: '李娜', role: '护士', org: '冠县中医医院' }] },
    { text: '临清市召开会议。据县疾控中心主任刘军介绍,筛查已覆盖全市。', expect: [{ name: '刘军', role: '主任', org: '县疾控中心' }] },
    { text: '健康报聊城市人民医院通讯员刘敏报道。', expect: [{ name: '刘敏', org: '聊城市人民医院' }], note: 'a paper and a hospital are not one post' },
  ],
  negative: [
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
  ],
};

export default corpus;
