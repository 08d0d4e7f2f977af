import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWrapWidth, normalise, toOriginal } from '../src/pipeline/normalise.js';
import { SourceText } from '../src/pipeline/source.js';

const seeds = readdirSync('fixtures/seeds')
  .sort()
  .map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));

/** The original text of a normalised span, line breaks removed, spaces kept. */
function originalOf(original: string, normalisedStart: number, normalisedEnd: number): string {
  const norm = normalise(original);
  const span = toOriginal(norm, normalisedStart, normalisedEnd);
  return new SourceText(original).slice(span.start, span.end);
}

describe('normalise: joining OCR hard wraps', () => {
  // A hard-wrapped column: every line about as wide as the others.
  const column = [
    '近年来，聊城市坚持夯基础、建体系、',
    '塑格局，打造“聊惠托”服务品牌，深化全',
    '国婴幼儿照护服务示范城市建设成果，推',
    '动普惠托育服务高质量发展。目前，全市',
    '托育服务机构发展到 501 家，建成托位',
    '3.12万个，千人口托位数达5.22个，居全省',
    '前列。',
  ].join('\n');

  it('joins a number wrapped away from its noun', () => {
    expect(normalise(column).text).toContain('建成托位3.12万个');
  });

  it('joins a number wrapped at its decimal point, on a short line of its own too', () => {
    expect(normalise('全市累计建成托位3.\n12万个,千人口托位数达5.\n22个。').text).toBe(
      '全市累计建成托位3.12万个,千人口托位数达5.22个。',
    );
  });

  it("keeps a web page's date line apart from its headline and its text", () => {
    expect(
      normalise('国家卫健委:婴儿死亡率降至4.5‰\n2024-03-18 09:30\n17日,国家卫健委通报').text.split('\n'),
    ).toEqual(['国家卫健委:婴儿死亡率降至4.5‰', '2024-03-18 09:30', '17日,国家卫健委通报']);
  });

  it("keeps a web page's header row apart from the text after it, a blank line between", () => {
    const row = '健康频道|来源:某某日报2023-06-02 08:15:20|网络编辑:陈晓';
    expect(normalise(`${row}\n\n5月30日,市疾控中心发布提醒,气温回升。`).text.split('\n')).toEqual([
      row,
      '',
      '5月30日,市疾控中心发布提醒,气温回升。',
    ]);
  });

  it('keeps a short headline that opens with its place apart from the brief under it', () => {
    expect(normalise('德阳:村医培训再添新招\n今年以来,全市培训村医300人次。').text.split('\n')).toEqual([
      '德阳:村医培训再添新招',
      '今年以来,全市培训村医300人次。',
    ]);
  });

  it('keeps a label row (主持人:) apart from the line before it, a blank line between or not', () => {
    const before = '覃 明 柳州市医疗保障局党组成员、副局长,新闻发言人';
    expect(
      normalise(`${before}\n\n主持人:\n\n黄 敏 市委宣传部科长`).text.split('\n').filter(Boolean),
    ).toEqual([before, '主持人:', '黄 敏 市委宣传部科长']);
    expect(normalise(`记者走进社区,为居民\n主持人:`).text.split('\n')).toEqual([
      '记者走进社区,为居民',
      '主持人:',
    ]);
  });

  it('keeps short rows of a label and its value apart, one field a row', () => {
    const page = [
      '市卫生健康委召开会议,研究部署今年的健康促进工作,并成立工作领导小组,名单如下。',
      '组长:周海涛',
      '副组长:吴敏、郑晓东',
      '成员:冯刚 蒋丽 韩雪',
      '领导小组办公室设在市卫生健康委,负责日常工作,办公室主任由冯刚兼任。',
    ];
    expect(normalise(page.join('\n')).text.split('\n')).toEqual(page);
    // A long row that wraps after a colon's value runs on.
    const wrapped = '会议指出:各地要把健康促进工作摆上重要议程,主要负责同志要亲自抓,分管负责同志要具体';
    expect(normalise(`${wrapped}\n抓,确保各项任务落到实处。`).text.split('\n')).toEqual([
      `${wrapped}抓,确保各项任务落到实处。`,
    ]);
  });

  it("keeps a caption's posts and name apart from the quote under it", () => {
    expect(normalise('市中医院骨科主任、主任医师 段文华\n山区老人腰腿痛比较多。').text.split('\n')).toEqual([
      '市中医院骨科主任、主任医师 段文华',
      '山区老人腰腿痛比较多。',
    ]);
    // A row that ends in a word after a space that no title precedes runs on.
    expect(normalise('今年新建托育机构 十家\n以上。').text.split('\n')).toEqual([
      '今年新建托育机构 十家以上。',
    ]);
  });

  it("joins a speaker's words wrapped after a colon (no place before it)", () => {
    expect(normalise('主任柯敏:我们将继续加大投入力\n度,确保完成任务。').text).toBe(
      '主任柯敏:我们将继续加大投入力度,确保完成任务。',
    );
  });

  it('joins a word wrapped inside itself', () => {
    expect(normalise(column).text).toContain('深化全国婴幼儿');
  });

  it('joins across a blank line when the line before stops mid-sentence', () => {
    const text =
      '作为集托育服务、早期发展、人员培训的综合体,该中心依托优质医疗资源,为孩子们提供日常体检、成长监测等\n\n免费保健服务。';
    expect(normalise(text).text).toBe(
      '作为集托育服务、早期发展、人员培训的综合体,该中心依托优质医疗资源,为孩子们提供日常体检、成长监测等免费保健服务。',
    );
  });

  it('keeps a headline apart from its subtitle a blank line below (short lines are no narrow column across a blank)', () => {
    const text = [
      '全县托育机构达到86家',
      '',
      '普惠托位4600个',
      '',
      '2024年05月20日',
      '',
      '本报讯(记者 韩梅)记者从县卫生健康局获悉,截至目前,全县共有托育机构86家,其中普惠性托育机构52家,提供普惠托位4600个。',
    ].join('\n');
    expect(normalise(text).text.split('\n').filter(Boolean).slice(0, 2)).toEqual([
      '全县托育机构达到86家',
      '普惠托位4600个',
    ]);
  });

  it('joins a double-spaced narrow column of running text across its blank lines', () => {
    const text = [
      '截至目前,全县累计完成体检,老年',
      '',
      '人数8.6万人,其中,体检率较上年',
      '',
      '提高了2个百分点。',
    ].join('\n');
    expect(normalise(text).text).toBe(
      '截至目前,全县累计完成体检,老年人数8.6万人,其中,体检率较上年提高了2个百分点。',
    );
  });

  it('keeps the break after a finished sentence', () => {
    expect(normalise('第一句话结束了。\n\n第二句话。').text).toBe('第一句话结束了。\n\n第二句话。');
  });

  it('keeps headlines apart from the text around them', () => {
    const text =
      '这是正文的最后一句话，已经说完了。\n\n我市开启医保刷脸支付模式\n\n本报讯（鞠圣娇 杨宁宁）4月23日，笔者在东阿县政府网站看到。';
    expect(normalise(text).text.split('\n\n')).toEqual([
      '这是正文的最后一句话,已经说完了。',
      '我市开启医保刷脸支付模式',
      '本报讯(鞠圣娇 杨宁宁)4月23日,笔者在东阿县政府网站看到。',
    ]);
  });

  it('keeps list items and a notice date on their own lines (a number after a character is no wrap there)', () => {
    const text = [
      '根据《关于开展2025年度聊城市优秀乡村医生评选活动的通知》要求,经各县',
      '(市、区)推荐、市级评审,拟表彰以下10名同志为2025年度聊城市优秀乡村',
      '医生,现予以公示。',
      '1.张文华 男 东阿县刘集镇前王村卫生室',
      '2.李秀云 女 阳谷县阎楼镇后孙村卫生室',
      '',
      '聊城市卫生健康委员会',
      '2025年6月16日',
    ].join('\n');
    expect(normalise(text).text.split('\n').slice(1)).toEqual([
      '1.张文华 男 东阿县刘集镇前王村卫生室',
      '2.李秀云 女 阳谷县阎楼镇后孙村卫生室',
      '',
      '聊城市卫生健康委员会',
      '2025年6月16日',
    ]);
  });

  it("keeps the rows of a layout set in columns of spaces on their own lines (a press conference's guests)", () => {
    const text = [
      '嘉  宾: 邝志远   市卫生健康委副主任、市疾控局局长',
      '',
      '         柯  敏   市医疗保障局副局长',
      '         宋晓东   市人民医院院长',
      '会上,邝志远介绍了全市传染病防控情况。',
    ].join('\n');
    expect(normalise(text).text.split('\n')).toEqual([
      '嘉 宾: 邝志远 市卫生健康委副主任、市疾控局局长',
      '',
      '柯 敏 市医疗保障局副局长',
      '宋晓东 市人民医院院长',
      '会上,邝志远介绍了全市传染病防控情况。',
    ]);
  });

  it('keeps a byline on its own line', () => {
    const text = '双擎聚力助好“孕”全程守护启新程\n聊城江北水城旅游度假区卫生和计划生育局局长 王锋';
    expect(normalise(text).text).toBe(
      '双擎聚力助好“孕”全程守护启新程\n聊城江北水城旅游度假区卫生和计划生育局局长 王锋',
    );
  });

  it('joins a lead credit wrapped inside its brackets (本报讯(记者 王晓 / 东)近日)', () => {
    const text = '本报讯（记者 王晓\n东）近日，市人民医院开展义诊。';
    expect(normalise(text).text).toBe('本报讯(记者 王晓东)近日,市人民医院开展义诊。');
  });

  it('finds the wrap width of a hard-wrapped page, and none on a page with a paragraph per line', () => {
    expect(estimateWrapWidth(seeds[0].split('\n'))).toBeGreaterThan(30);
    expect(estimateWrapWidth(seeds[1].split('\n'))).toBe(Infinity);
  });
});

describe('normalise: characters and spaces', () => {
  it('folds full-width digits, letters and punctuation', () => {
    expect(normalise('ＡＢＣ１２３，（测试）：；！？').text).toBe('ABC123,(测试):;!?');
  });

  it('reads a page in traditional characters in simplified ones, offsets unchanged', () => {
    const page = '國家衛生健康委員會發布統計公報,這個數據顯示,我國醫療衛生機構總診療人次達83.1億人次。';
    const norm = normalise(page);
    expect(norm.text).toBe(
      '国家卫生健康委员会发布统计公报,这个数据显示,我国医疗卫生机构总诊疗人次达83.1亿人次。',
    );
    const at = norm.text.indexOf('83.1亿人次');
    expect(originalOf(page, at, at + '83.1亿人次'.length)).toBe('83.1億人次');
  });

  it('leaves a simplified page that quotes a few traditional characters as written', () => {
    const page = '台湾著名画家的展览名为“這個世界”,吸引了不少市民。';
    expect(normalise(page).text).toBe(page);
    const titled = '乾县人民医院昨日举办新书《這個時代的醫療與衛生》分享会,该院今年接诊患者3.5万人次。';
    expect(normalise(titled).text).toBe(titled);
  });

  it("converts a traditional page's line that a character would reshape character by character, the others whole", () => {
    const page = '乾隆年間,這個醫院的院長說明了情況。\n大廈的𨋢壞了,這個月會修好,醫院說。';
    const norm = normalise(page);
    expect(norm.text.split('\n')[0]).toBe('乾隆年间,这个医院的院长说明了情况。');
    const at = norm.text.indexOf('修好');
    expect(originalOf(page, at, at + 2)).toBe('修好');
  });

  it('drops layout spaces between digits and Chinese', () => {
    expect(normalise('发展到 501 家，投入资金 1.9 亿元，4 月 21 日，占比 28%').text).toBe(
      '发展到501家,投入资金1.9亿元,4月21日,占比28%',
    );
  });

  it('drops spaces inside a number: groups of thousands, around a decimal point (OCR)', () => {
    expect(normalise('投入资金1 000 000元,共12 500人,受益 1 . 2 万人次,达 3 .5%').text).toBe(
      '投入资金1000000元,共12500人,受益1.2万人次,达3.5%',
    );
    // A qualifier after digits, then a space before the unit.
    expect(normalise('发放资料 300余 份,接诊100多 人次').text).toBe('发放资料300余份,接诊100多人次');
    // Decimals grouped by three, as statistics print them.
    expect(normalise('人口达到14.117 8亿,占0.123 45%').text).toBe('人口达到14.1178亿,占0.12345%');
    // Not a group of thousands: four digits, or a phone number's parts; nor a second number after decimals.
    expect(normalise('2024 2025两年,电话0635 8888888').text).toBe('2024 2025两年,电话0635 8888888');
    expect(normalise('比分1.250 3845号').text).toBe('比分1.250 3845号');
  });

  it('keeps spaces between names and between Latin words', () => {
    expect(normalise('■ 金增秀 周长才').text).toBe('■ 金增秀 周长才');
    expect(normalise('ICBC 中国工商银行 聊城分行').text).toBe('ICBC 中国工商银行 聊城分行');
  });

  it('drops a byte order mark and carriage returns', () => {
    expect(normalise('\ufeff第一行，\r\n第二行。\r\n').text).toBe('第一行,第二行。');
  });
});

describe('normalise: the offset map', () => {
  it('maps every normalised character back to the character it came from', () => {
    for (const original of seeds) {
      const norm = normalise(original);
      const codePoints = [...original];
      for (let i = 0; i < norm.text.length; i++) {
        const c = norm.text[i];
        if (c === '\n') continue;
        const from = codePoints[norm.origin[i]];
        expect(c === from || fold(from) === c || (c === ' ' && /\s/.test(from))).toBe(true);
      }
    }
  });

  it('round-trips a span: the original characters, line breaks removed', () => {
    const text = '建成托位\n3.12万个，千人口托位数达5.22个，普\n惠补贴 1000 万元';
    const norm = normalise(text);
    const at = norm.text.indexOf('托位3.12万个');
    expect(originalOf(text, at, at + '托位3.12万个'.length)).toBe('托位3.12万个');
    const money = norm.text.indexOf('1000万元');
    expect(originalOf(text, money, money + '1000万元'.length)).toBe('1000 万元');
  });

  it('counts in code points when the text has characters beyond the BMP', () => {
    const text = '𠮷野家开业，投入资金100万元。';
    const norm = normalise(text);
    const at = norm.text.indexOf('100万元');
    const span = toOriginal(norm, at, at + 5);
    expect([...text].slice(span.start, span.end).join('')).toBe('100万元');
  });

  it('never maps out of the original, whatever the text', () => {
    const pieces = fc.constantFrom(
      '托位',
      '3.12',
      '万个',
      ' ',
      '\n',
      '\n\n',
      '，',
      '。',
      '１',
      '𠮷',
      '■ 金增秀',
      '本报讯',
      '\r\n',
      '　',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const norm = normalise(text);
        const length = [...text].length;
        expect(norm.origin.length).toBe(norm.text.length + 1);
        for (let i = 0; i < norm.text.length; i++) {
          expect(norm.origin[i]).toBeGreaterThanOrEqual(0);
          expect(norm.origin[i]).toBeLessThan(length);
          if (i > 0) expect(norm.origin[i]).toBeGreaterThanOrEqual(norm.origin[i - 1]);
        }
      }),
    );
  });
});

function fold(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
}

describe('SourceText', () => {
  it('slices code points with the line breaks removed, wherever the breaks stand', () => {
    const line = fc
      .array(fc.constantFrom('聊', '城', 'a', ' ', '𠀀', '\r'), { maxLength: 8 })
      .map((units) => units.join(''));
    const text = fc.array(line, { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const points = [...t];
        const start = points.length ? a % points.length : 0;
        const end = start + (points.length ? b % (points.length - start + 1) : 0);
        const expected = points
          .slice(start, end)
          .join('')
          .replace(/[\r\n]/g, '');
        expect(new SourceText(t).slice(start, end)).toBe(expected);
      }),
    );
  });
});
