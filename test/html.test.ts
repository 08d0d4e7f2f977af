// The HTML report as a string: every group, value and mention is on the page, every piece of
// input text is escaped, nothing is fetched from anywhere, and a report without differences
// still says what was read.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { FigureGroup, GroupValue } from '../src/check/groups.js';
import {
  axisLabels,
  documentEntries,
  escapeHtml,
  formatHtml,
  highlight,
  qualifierAsWritten,
} from '../src/check/html.js';
import { checkRecords, type CheckReport } from '../src/check/report.js';
import { run } from '../src/cli.js';
import { extractRecords } from '../src/engine/extract.js';
import type { LiaohealthRecord } from '../src/records.js';

const SEEDS = 'fixtures/seeds';
const seedDocs = readdirSync(SEEDS).sort();
const seedRecords: LiaohealthRecord[] = seedDocs.flatMap((doc) =>
  extractRecords(readFileSync(path.join(SEEDS, doc), 'utf8'), { doc, types: ['figure', 'person', 'date'] }),
);
const seedReport = checkRecords(seedRecords, { documents: seedDocs.length });
const seedPage = formatHtml(seedReport, {
  documents: documentEntries(seedDocs, seedRecords),
  pathOf: (d) => `${SEEDS}/${d}`,
});

function value(fields: Partial<GroupValue> & { text: string; sentence: string }): GroupValue {
  return {
    value: 1,
    min: null,
    max: null,
    approx: 'exact',
    unit: '家',
    doc: 'a.txt',
    line: 1,
    article: 0,
    headline: null,
    period: null,
    periodStart: null,
    periodEnd: null,
    asOf: null,
    ...fields,
  };
}

function group(values: GroupValue[], fields: Partial<FigureGroup> = {}): FigureGroup {
  return {
    severity: 'error',
    metric: '托育机构',
    scope: '聊城市',
    unit: '家',
    kind: 'count',
    aspect: 'state',
    key: 'k',
    values,
    ...fields,
  };
}

function report(groups: FigureGroup[], extra: Partial<CheckReport> = {}): CheckReport {
  const errors = groups.filter((g) => g.severity === 'error').length;
  return {
    groups,
    arithmetic: [],
    names: [],
    baselineGone: [],
    summary: {
      documents: 2,
      figures: 10,
      errors,
      warnings: groups.length - errors,
      suppressed: 0,
      inputErrors: 0,
    },
    ...extra,
  };
}

/** The text between an element's opening tag and its closing tag, for each such element. */
function contents(page: string, tag: string): string[] {
  return [...page.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
}

describe('the HTML report of the seed pages', () => {
  it('has one card per group, arithmetic finding and name warning, and a chart per group', () => {
    expect(seedReport.groups.length).toBeGreaterThan(0);
    expect(seedReport.names.length).toBeGreaterThan(0);
    expect(seedReport.arithmetic.length).toBeGreaterThan(0);
    expect(seedPage.match(/<article class="card /g)).toHaveLength(
      seedReport.groups.length + seedReport.arithmetic.length + seedReport.names.length,
    );
    expect(seedPage).toContain('arithmetic · share · 托育机构');
    expect(seedPage.match(/<svg class="chart"/g)).toHaveLength(seedReport.groups.length);
    for (const g of seedReport.groups)
      expect(seedPage).toContain(escapeHtml([g.metric, g.scope, g.unit].filter(Boolean).join(' · ')));
  });

  it('shows every value with its source, headline and its figure marked in the sentence', () => {
    for (const v of seedReport.groups.flatMap((g) => g.values)) {
      expect(seedPage).toContain(`${escapeHtml(`${SEEDS}/${v.doc}`)}:${v.line}</code>`);
      if (v.headline) expect(seedPage).toContain(escapeHtml(v.headline));
      expect(seedPage).toContain(`<mark>${escapeHtml(v.text)}</mark>`);
    }
  });

  it('shows every mention of a name warning with the name marked', () => {
    for (const n of seedReport.names) {
      expect(seedPage).toContain(escapeHtml(`${n.names[0]} / ${n.names[1]}`));
      for (const m of n.mentions) {
        expect(seedPage).toContain(`${escapeHtml(`${SEEDS}/${m.doc}`)}:${m.line}</code>`);
        expect(seedPage).toContain(`<mark>${escapeHtml(m.name)}</mark>`);
      }
    }
  });

  it('states the summary and lists every document read', () => {
    const s = seedReport.summary;
    expect(seedPage).toContain(`<b>${s.documents}</b>documents read`);
    expect(seedPage).toContain(`<b>${s.figures}</b>figures compared`);
    expect(seedPage).toContain(`<b>${s.errors}</b>errors`);
    for (const doc of seedDocs) expect(seedPage).toContain(`<code>${SEEDS}/${doc}</code>`);
  });

  it('loads nothing from anywhere: no URL, no src or href, and a policy that allows nothing else', () => {
    expect(seedPage).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(seedPage).not.toMatch(/\s(src|href|srcset|action|xlink:href)=/i);
    expect(seedPage).not.toMatch(/url\(|@import/i);
    expect(seedPage).toContain("default-src 'none'");
  });

  it('allows its own style and script by their hashes (and nothing else runs)', () => {
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const [style] = contents(seedPage, 'style');
    const scripts = contents(seedPage, 'script');
    expect(scripts).toHaveLength(1);
    expect(seedPage).toContain(`style-src ${hash(style)}; script-src ${hash(scripts[0])}`);
  });
});

describe('escaping untrusted text', () => {
  const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
  const page = formatHtml(
    report(
      [
        group(
          [
            value({
              text: '5<b>家',
              sentence: `全市${hostile}有5<b>家。`,
              headline: `"><script>alert(2)</script>`,
              doc: `'><svg onload=alert(3)>.txt`,
            }),
            value({ value: 6, text: '6家', sentence: '全市有6家。', doc: 'b.txt', period: '<i>2025</i>' }),
          ],
          { metric: '<script>alert(4)</script>', scope: 'a&b' },
        ),
      ],
      {
        names: [
          {
            severity: 'warning',
            names: ['<u>甲</u>', '乙'],
            reason: 'same co-author <s>丙</s>',
            key: 'n',
            mentions: [
              {
                name: '<u>甲</u>',
                role: '<em>作者</em>',
                org: null,
                doc: 'c.txt',
                line: 2,
                article: 0,
                headline: hostile,
                sentence: `■ <u>甲</u> 丙 ${hostile}`,
              },
            ],
          },
        ],
        baselineGone: [{ key: 'g', description: '<script>alert(5)</script>' }],
      },
    ),
    { documents: [{ doc: '<script>.txt', figures: 1, headline: hostile }] },
  );

  it('shows markup in the input as text: the page has only its own script and no element from the input', () => {
    expect(contents(page, 'script')).toHaveLength(1);
    expect(page).not.toMatch(/<(img|svg onload|u>|i>|s>|em>)|5<b>/);
    expect(page).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(page).toContain('&lt;script&gt;alert(4)&lt;/script&gt; · a&amp;b');
    expect(page).toContain('&#39;&gt;&lt;svg onload=alert(3)&gt;.txt:1');
    expect(page).toContain('&lt;script&gt;alert(5)&lt;/script&gt;');
  });

  it('escapes what it marks, and marks the figure as written', () => {
    expect(page).toContain('有<mark>5&lt;b&gt;家</mark>。');
    expect(page).toContain('■ <mark>&lt;u&gt;甲&lt;/u&gt;</mark> 丙');
  });

  it('keeps escaped text inside the attributes the search reads', () => {
    for (const attribute of page.matchAll(/data-search="([^"]*)"/g)) expect(attribute[1]).not.toMatch(/[<>]/);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, keeps CJK and emoji, and replaces NUL and lone surrogates', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('托育😀')).toBe('托育😀');
    expect(escapeHtml('a\u0000b\ud800c')).toBe('a\ufffdb\ufffdc');
  });
});

describe('highlight', () => {
  it('marks the first occurrence of a figure, or every occurrence of a name, and escapes the rest', () => {
    expect(highlight('a<5家 and 5家', ['5家'], false)).toBe('a&lt;<mark>5家</mark> and 5家');
    expect(highlight('张三说，张三', ['张三'], true)).toBe('<mark>张三</mark>说，<mark>张三</mark>');
    expect(highlight('nothing here', ['5家'], false)).toBe('nothing here');
  });
});

describe('axisLabels', () => {
  it('writes axis numbers with 万 and 亿, in full when the short forms would look equal', () => {
    expect(axisLabels([29000, 31200])).toEqual(['2.9万', '3.12万']);
    expect(axisLabels([477, 1234567890])).toEqual(['477', '12.35亿']);
    expect(axisLabels([31210, 31240])).toEqual(['31,210', '31,240']);
  });
});

describe('periods and changes over time', () => {
  it('shows the as-of date when the report resolves periods, and charts by it', () => {
    const later = {
      ...value({ value: 477, text: '477家', sentence: '现有477家。', doc: 'a.txt', period: '现有' }),
      periodStart: '2026-03-11',
      periodEnd: '2026-03-11',
    };
    const earlier = {
      ...value({ value: 501, text: '501家', sentence: '目前501家。', doc: 'b.txt', period: '目前' }),
      periodStart: '2025-04-23',
      periodEnd: '2025-04-23',
    };
    const page = formatHtml(report([group([later, earlier], { severity: 'warning' })]));
    expect(page).toContain('目前 · as of 2025-04-23');
    expect(page).toContain('by as-of date');
    const [svg] = contents(page, 'svg');
    expect(svg.indexOf('2025-04-23')).toBeLessThan(svg.indexOf('2026-03-11'));
    expect(page).toContain('<b>1</b>changes over time');
  });

  it('charts by document and says the period is unknown when nothing resolves it', () => {
    const page = formatHtml(
      report([
        group([
          value({ text: '1家', sentence: '1家。' }),
          value({ value: 2, text: '2家', sentence: '2家。', doc: 'b.txt' }),
        ]),
      ]),
    );
    expect(page).toContain('by document');
    expect(page).toContain('period unknown');
  });

  it('shows a change over time (a warning group) as a change card', () => {
    const change = group(
      [
        value({ text: '1家', sentence: '1家。', asOf: '2024-12-31' }),
        value({ value: 2, text: '2家', sentence: '2家。', doc: 'b.txt', asOf: '2025-12-31' }),
      ],
      { severity: 'warning', metric: '托位' },
    );
    const page = formatHtml(report([change]));
    expect(page).toContain('<span class="badge">change</span>托位 · 聊城市 · 家');
    expect(page).toContain('<b>1</b>changes over time');
  });
});

describe('the summary', () => {
  it('counts suppressed entries and unreadable inputs only when there are some', () => {
    const plain = formatHtml(report([]));
    expect(plain).not.toContain('suppressed by the baseline');
    expect(plain).not.toContain('inputs not read');
    const page = formatHtml(
      report([], {
        summary: { documents: 3, figures: 9, errors: 0, warnings: 0, suppressed: 2, inputErrors: 1 },
      }),
    );
    expect(page).toContain('<b>2</b>suppressed by the baseline');
    expect(page).toContain('<li class="error"><b>1</b>inputs not read');
  });
});

describe('a report without differences', () => {
  it('says how many figures in how many documents agree, lists the documents and needs no script', () => {
    const page = formatHtml(checkRecords([], { documents: 2 }), {
      documents: [
        { doc: 'a.txt', figures: 0, headline: '标题' },
        { doc: 'b.txt', figures: 0, headline: null },
      ],
    });
    expect(page).toContain('No differences among 0 figures in 2 documents.');
    expect(page).toContain('<details open><summary>2 documents read</summary>');
    expect(page).toContain('<code>a.txt</code> · 0 figures · 标题');
    expect(page).not.toContain('<script>');
  });
});

describe('liaohealth check --format html', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'liaohealth-html-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the page to --out and exits 1 on the differences of the seed pages', async () => {
    const stderr = new PassThrough();
    const out = path.join(work, 'report.html');
    const code = await run(['check', '--quiet', '-f', 'html', '-o', out, SEEDS], {
      stdout: new PassThrough(),
      stderr,
      stdin: Readable.from([]),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      stdinIsTTY: false,
    });
    expect(code).toBe(1);
    expect(stderr.read()).toBeNull();
    expect(readFileSync(out, 'utf8')).toBe(seedPage);
  });
});

describe('qualifierAsWritten', () => {
  it('finds the word that qualifies a figure before it, inside it or after it, as written', () => {
    expect(
      qualifierAsWritten({ approx: 'more_than', text: '1700万人', sentence: '服务对象超过1700万人。' }),
    ).toBe('超过');
    expect(
      qualifierAsWritten({ approx: 'at_most', text: '3名', sentence: '每名保育员最多看护3名幼儿。' }),
    ).toBe('最多');
    expect(qualifierAsWritten({ approx: 'at_most', text: '5天', sentence: '办结时间不超过5天。' })).toBe(
      '不超过',
    );
    expect(qualifierAsWritten({ approx: 'more_than', text: '160余家', sentence: '签约160余家。' })).toBe(
      '余',
    );
    expect(qualifierAsWritten({ approx: 'about', text: '3000人', sentence: '参加3000人左右。' })).toBe(
      '左右',
    );
    expect(qualifierAsWritten({ approx: 'exact', text: '3000人', sentence: '约3000人。' })).toBeNull();
    expect(qualifierAsWritten({ approx: 'about', text: '3000人', sentence: '共3000人。' })).toBeNull();
  });

  it('shows the word on the page, with its meaning, or the meaning alone when the word is not found', () => {
    const page = formatHtml(
      report([
        group([
          value({ approx: 'more_than', text: '1700万人', sentence: '超过1700万人。' }),
          value({ approx: 'about', text: '2000万人', sentence: '2000万人。', doc: 'b.txt' }),
        ]),
      ]),
    );
    expect(page).toContain('<span class="qualifier" title="more than">超过</span>');
    expect(page).toContain('<span class="qualifier" title="about">about</span>');
  });
});
