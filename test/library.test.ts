// The library API, as a program that does not use the CLI would call it.
import { describe, expect, it } from 'vitest';
import { check, extract, LiaohealthRecord } from '../src/index.js';

describe('library', () => {
  it('extracts validated records from a text', () => {
    const records = extract('目前,全市托育服务机构发展到 501 家。', { doc: 'page.txt' });
    expect(records.map((r) => r.type)).toEqual(['date', 'figure']);
    for (const r of records) expect(LiaohealthRecord.safeParse(r).success).toBe(true);
    expect(records[1]).toMatchObject({
      doc: 'page.txt',
      value: 501,
      unit: '家',
      metric: '托育服务机构',
      text: '501 家',
    });
  });

  it('checks figures across articles', () => {
    const records = [
      ...extract('本报讯(甲)全市托育机构达477家。', { doc: 'a.txt', city: '聊城市' }),
      ...extract('本报讯(乙)全市托育服务机构发展到501家。', { doc: 'b.txt', city: '聊城市' }),
      ...extract('本报讯(丙)全市托育机构达320家。', { doc: 'c.txt', city: '济宁市' }),
    ];
    const report = check(records);
    expect(report.groups.map((g) => g.values.map((v) => v.value).sort())).toEqual([[477, 501]]);
  });

  it('says which city it cannot place', () => {
    expect(() => extract('全市托育机构达477家。', { city: '不存在市' })).toThrow(
      /不存在市 is no division of China/,
    );
  });
});
