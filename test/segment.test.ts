import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../src/pipeline/normalise.js';
import { segment } from '../src/pipeline/segment.js';

function headlines(page: string): (string | null)[] {
  return segment(normalise(page).text).map((a) => a.headline);
}

function firstWords(page: string): string[] {
  const { text } = normalise(page);
  return segment(text).map((a) => text.slice(a.start, a.end).replace(/\n+/g, '|').slice(0, 12));
}

describe('segment: articles on a page', () => {
  it('headlines above their text, each article opened by a lead', () => {
    const page = [
      '聊城市中心医院',
      '',
      '支架植入术打通“生命通道”',
      '',
      '本报讯(贾子国 蔡茜)3月8日,在聊城市中心医院神经内科病房,患者辛华(化名)的家属向医护人员表达感激之情。支架手术很顺利。',
      '',
      '此次手术的成功实施,是聊城市中心医院在心脑血管介入技术方面的能力展现。',
      '',
      '梁水镇中心卫生院',
      '',
      '开展职业暴露与防护应急处置',
      '',
      '本报讯(吕婷婷 王泽刚)3月11日上午,梁水镇中心卫生院组织开展职业暴露专项培训。',
    ].join('\n');
    expect(headlines(page)).toEqual([
      '聊城市中心医院 支架植入术打通“生命通道”',
      '梁水镇中心卫生院 开展职业暴露与防护应急处置',
    ]);
  });

  it('headlines under their text: each goes to the article it resembles', () => {
    const page = [
      '本报讯(刘庆功)近日,北京积水潭医院聊城医院成功上线“医保刷脸支付”功能,患者刷脸即可完成医保结算。',
      '',
      '医保刷脸支付让患者少跑腿,医院将持续优化服务。',
      '',
      '我市开启医保刷脸支付模式',
      '',
      '本报讯(鞠圣娇 杨宁宁)4月23日,东阿县疾控中心将传染病防控作为工作重点之一,切实做好传染病防控工作。',
      '',
      '东阿县疾控中心按照方案要求及时规范处置疫情,做好传染病防控。',
      '',
      '东阿县疾控中心',
      '',
      '扎实做好传染病防控',
    ].join('\n');
    expect(headlines(page)).toEqual(['我市开启医保刷脸支付模式', '东阿县疾控中心 扎实做好传染病防控']);
  });

  it("other papers' and agencies' datelines open articles as 本报讯 does", () => {
    const page = [
      '本报讯(记者 邝明)12月3日,广州市卫生健康委召开新闻发布会。市卫健委副主任黄科介绍了有关情况。',
      '',
      '会上还通报了全市托育服务的进展。',
      '',
      '成都日报讯 昨日,成都市第三人民医院举行院庆活动,全市三级医院达到60家。',
      '',
      '新华社北京12月3日电(记者 王敏)国家卫生健康委3日发布统计公报。',
      '',
      '聊城融媒讯 近日,东阿县开展义诊。',
      '',
      '本报绵阳讯 近日,全市新增社区卫生服务站6个。',
      '',
      '广元日报苍溪讯(通讯员 岳宁)县医院开展义诊。',
    ].join('\n');
    expect(firstWords(page)).toEqual([
      '本报讯(记者 邝明)12',
      '成都日报讯 昨日,成都市',
      '新华社北京12月3日电(',
      '聊城融媒讯 近日,东阿县',
      '本报绵阳讯 近日,全市新',
      '广元日报苍溪讯(通讯员 ',
    ]);
  });

  it('a line that opens like a dateline but names no place and no date opens no article', () => {
    const page = [
      '本报讯 近日,市气象台发布预警,提醒市民注意出行安全。',
      '',
      '台风过境导致停电,医院启用备用电源保障手术。',
      '',
      '网络平台发布资讯,提醒市民及时接种疫苗。',
    ].join('\n');
    expect(firstWords(page)).toEqual(['本报讯 近日,市气象台发']);
  });

  it("a dateline under a web page's header lines continues the article the headline opens", () => {
    const page = [
      '市人民医院新手术室今日启用',
      '',
      '2024-01-24 15:01:00    作者:邝明   来源:某某网',
      '',
      '[提要]24日上午,市人民医院新手术室迎来了第一例手术。',
      '',
      '某某网1月24日讯(记者 邝明)24日上午,市人民医院新手术室正式启用。',
    ].join('\n');
    expect(headlines(page)).toEqual(['市人民医院新手术室今日启用']);
  });

  it('keeps parallel section headings inside their article', () => {
    const page = [
      '■ 金增秀 周长才',
      '',
      '近年来,聊城市坚持夯基础、建体系、塑格局,推动普惠托育服务高质量发展。',
      '',
      '突出“三个加强”',
      '夯实“一体化”发展根基',
      '',
      '聊城将托育工作纳入市委常委会重点研究事项,高质量建设普惠托育机构。',
      '',
      '突出“双向赋能”',
      '构建“1+N”服务体系',
      '',
      '我市将托育综合服务中心建设列入十大民生项目,统筹资金2.15亿元。',
    ].join('\n');
    expect(segment(normalise(page).text)).toHaveLength(1);
  });

  it('markdown headlines start articles; ### headings are sections', () => {
    const page = [
      '## 聊城优化健康服务',
      '',
      '记者 陶春燕',
      '',
      '### 聚焦群众关切',
      '',
      '针对群众看病就医不便问题,全市卫健系统四级联动。',
      '',
      '### 聚焦健康需求',
      '',
      '针对老年人、孕产妇、儿童等医疗服务重点人群,加强健康管理。',
      '',
      '## 张祁帅见义勇为事迹',
      '',
      '张祁帅,男,汉族,群众,2002年9月出生。',
    ].join('\n');
    expect(headlines(page)).toEqual(['聊城优化健康服务', '张祁帅见义勇为事迹']);
  });

  it("a notice's title starts the notice, with no lead under it", () => {
    const page = [
      '全市推进基层卫生人才改革',
      '',
      '本报讯(陶春燕)近日,全市推进改革,成效明显。',
      '',
      '关于2025年度聊城市优秀乡村医生拟表彰人选的公示',
      '',
      '经各县推荐、市级评审,拟表彰以下同志,现予以公示。',
    ].join('\n');
    expect(segment(normalise(page).text).map((a) => a.headline)).toEqual([
      '全市推进基层卫生人才改革',
      '关于2025年度聊城市优秀乡村医生拟表彰人选的公示',
    ]);
  });

  it("a notice's footer (联系电话:…, its date alone) is no headline of the next article", () => {
    const page = [
      '公示期间,如有异议,请向市卫生健康委反映。',
      '',
      '联系电话:0635-8273456',
      '',
      '2025年6月16日',
      '',
      '临清市开展职业健康宣传周活动',
      '',
      '本报讯(宋佳)4月25日,临清市卫生健康局开展宣传活动。',
    ].join('\n');
    expect(segment(normalise(page).text).map((a) => a.headline)).toEqual([
      null,
      '临清市开展职业健康宣传周活动',
    ]);
  });

  it('a ■ photo credit closes its caption', () => {
    const page = [
      '本报讯(贾子国)3月6日,聊城市疾病预防控制中心组织开展健步走活动。女职工们踊跃参与。',
      '',
      '此次健步走活动丰富了女职工的精神文化生活,增强了团队凝聚力。',
      '',
      '4月21日,聊城市人民医院脑科医院多学科专家在会诊。■ 刘庆功',
      '',
      '近年来,聊城江北水城旅游度假区以“双擎驱动、全程守护”为主线,形成新型婚育文化建设模式。',
    ].join('\n');
    expect(firstWords(page)).toEqual(['本报讯(贾子国)3月6日', '近年来,聊城江北水城旅游']);
  });

  it('web articles one after another: each headline over its date line opens an article, the date line no part of it', () => {
    const page = [
      '省卫健委:三年来基层首诊率提高近5个百分点',
      '2024-03-18 09:30',
      '17日,省卫健委举行新闻发布会。会上介绍,全省基层医疗卫生机构诊疗量占比达到56%。',
      '',
      '市一院新院区投用,新增床位800张',
      '2024-03-20健康新闻网',
      '市第一人民医院新院区昨日正式投用,新增床位800张。',
      '作者:韩梅',
      '编辑:李强',
      '责任编辑:周敏',
    ].join('\n');
    expect(headlines(page)).toEqual([
      '省卫健委:三年来基层首诊率提高近5个百分点',
      '市一院新院区投用,新增床位800张',
    ]);
    expect(firstWords(page)).toEqual(['省卫健委:三年来基层首诊', '市一院新院区投用,新增床']);
  });

  it("an e-paper's furniture is rows of its own that head no story, and its list of headlines runs into nothing", () => {
    const page = [
      '当前版: 06版 上一版  下一版',
      '',
      '全市新增普惠托位1200个',
      '日期:03-18',
      '字号:',
      '版面:第06版:民生       上一篇    下一篇',
      '  本报讯(记者 韩梅)记者从市卫生健康委获悉,今年全市新增普惠托位1200个。',
      '     标题导航',
      '   第05版:综合',
      '   第06版:民生',
      '春季义诊走进社区',
      '全市新增普惠托位1200个',
      '老年食堂开进村里',
    ].join('\n');
    const { text } = normalise(page);
    const articles = segment(text);
    expect(articles.map((a) => a.headline)).toEqual(['全市新增普惠托位1200个']);
    const lines = articles.flatMap((a) => a.blocks.map((b) => text.slice(b.start, b.end).trim()));
    expect(lines).toContain('日期:03-18');
    expect(lines).toContain('字号:');
    expect(lines.slice(-3)).toEqual(['春季义诊走进社区', '全市新增普惠托位1200个', '老年食堂开进村里']);
  });

  it("a lead under a headline and its reporters' byline opens no article of its own", () => {
    const page = [
      '全市开展春季义诊',
      '本报讯 日前,市卫健委组织专家下乡义诊。活动持续一周。',
      '',
      '我市新增三家胸痛中心',
      '本报记者 韩冬 温晴',
      '本报讯 日前,市卫健委公布,全市新增胸痛中心3家。',
    ].join('\n');
    expect(headlines(page)).toEqual(['全市开展春季义诊', '我市新增三家胸痛中心']);
  });

  it("an e-paper's list of headlines ends at a blank line: the story after it keeps its headline and its wrapped lines", () => {
    const page = [
      '第03版:健康',
      '标题导航',
      '我市新增三家胸痛中心',
      '家庭医生签约率再创新高',
      '',
      '我市新增三家胸痛中心',
      '本报记者 韩冬 温晴',
      '本报讯 日前,市卫健委公布,全市新增胸痛中心3家,',
      '累计建成胸痛中心15家。',
    ].join('\n');
    const { text } = normalise(page);
    const articles = segment(text);
    expect(articles.map((a) => a.headline)).toEqual([null, '我市新增三家胸痛中心']);
    expect(text).toContain('全市新增胸痛中心3家,累计建成胸痛中心15家。');
  });

  it('finds the articles of the seed pages', () => {
    const page = readFileSync('fixtures/seeds/001_2e190e5f2b7d8412.txt', 'utf8');
    expect(headlines(page)).toEqual([
      '医育融合守健康 社区嵌入暖万家 ——聊城双擎驱动构建普惠托育新格局',
      '我市 多措并举夯实卫健发展根基',
      '聊城市中心医院 支架植入术打通“生命通道”',
      '2026年全市首例 东阿志愿者成功捐献造血干细胞',
      '梁水镇中心卫生院 开展职业暴露与防护应急处置',
      '市疾控中心 健步走活动展风采',
      '博济桥街道社区卫生服务中心 医院“搬”进社区 健康送进家门',
      '仁术薪火永相传 ——记市二院乳腺甲状腺外科护理团队',
    ]);
    const after = readFileSync('fixtures/seeds/000_fadbb070a4a8fd50.txt', 'utf8');
    expect(headlines(after).slice(0, 6)).toEqual([
      '托起千万家庭稳稳的幸福——关注“聊惠托”服务品牌建设',
      '我市开启医保刷脸支付模式',
      '东阿县疾控中心 扎实做好传染病防控',
      '我市培训基层卫生机构负责人',
      '老人身边的健康“守门人”',
      '东昌府区妇幼保健院 救助医疗基金惠及患儿',
    ]);
  });
});

describe('segment: sentences', () => {
  it('ends sentences at 。!? with their closing quotes', () => {
    const { text } = normalise('“真是太方便了!”4月22日,患者体验了刷脸支付。这是第二句?是的');
    const [article] = segment(text);
    expect(article.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      '“真是太方便了!”',
      '4月22日,患者体验了刷脸支付。',
      '这是第二句?',
      '是的',
    ]);
  });

  it('never lets a sentence cross a paragraph', () => {
    const { text } = normalise('第一段没有句号\n\n第二段。');
    const [article] = segment(text);
    for (const s of article.sentences) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });
});
