// The HTML report of the seed pages in a real headless Chromium (Debian's, never a downloaded
// one): the cards, marks and charts are visible, the filter and the search box work, nothing is
// requested but the file itself, and the console stays free of errors. Runs the built binary
// (`npm run build` first). LIAOHEALTH_SCREENSHOT=docs/report.png also writes the README's
// screenshot; LIAOHEALTH_CHROMIUM names another executable.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.LIAOHEALTH_CHROMIUM ?? '/usr/bin/chromium';
const SEEDS = 'fixtures/seeds';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `test/browser.test.ts skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install -y chromium fonts-wqy-microhei\`, as .ci/run does, or set LIAOHEALTH_CHROMIUM)`,
  );
}

interface JsonReport {
  groups: { severity: string; metric: string; values: { doc: string; text: string }[] }[];
  /** Present only when some relation does not add up. */
  arithmetic?: { severity: string; metric: string; figures: { doc: string; text: string }[] }[];
  names: { names: string[]; mentions: { doc: string; name: string }[] }[];
}

function liaohealth(args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/liaohealth.js', 'check', '--quiet', ...args], {
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(1);
  return result.stdout;
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'liaohealth-browser-'));
  const reportFile = path.join(work, 'report.html');
  const problems: string[] = [];
  let json: JsonReport;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    json = JSON.parse(liaohealth(['-f', 'json', SEEDS]));
    liaohealth(['-f', 'html', '-o', reportFile, SEEDS]);
    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1000, height: 900 },
      deviceScaleFactor: 1,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(reportFile).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const cards = () => page.locator('[data-card]:visible');

  const arithmetic = () => json.arithmetic ?? [];
  const allCards = () => json.groups.length + arithmetic().length + json.names.length;

  it('shows a card per difference, per arithmetic finding and per name warning, each with its sources marked', async () => {
    expect(json.groups.length).toBeGreaterThan(0);
    expect(json.names.length).toBeGreaterThan(0);
    const count = allCards();
    await expect.poll(() => cards().count()).toBe(count);
    // Cards off screen are not rendered (content-visibility): look at each as a reader scrolls.
    const marks: string[] = [];
    let charts = 0;
    for (let i = 0; i < count; i++) {
      const card = cards().nth(i);
      await card.scrollIntoViewIfNeeded();
      marks.push(...(await card.locator('mark:visible').allInnerTexts()));
      charts += await card.locator('svg.chart:visible').count();
    }
    for (const v of json.groups.flatMap((g) => g.values)) expect(marks).toContain(v.text);
    for (const f of arithmetic().flatMap((a) => a.figures)) expect(marks).toContain(f.text);
    for (const m of json.names.flatMap((n) => n.mentions)) expect(marks).toContain(m.name);
    expect(charts).toBe(json.groups.length);
    await page.evaluate('window.scrollTo(0, 0)');
    const box = await page.locator('svg.chart').first().boundingBox();
    expect(box!.width).toBeGreaterThan(100);
    expect(box!.height).toBeGreaterThan(100);
  });

  it('filters by severity', async () => {
    const errors = [...json.groups, ...arithmetic()].filter((g) => g.severity === 'error').length;
    await page.selectOption('#severity', 'error');
    expect(await cards().count()).toBe(errors);
    await page.selectOption('#severity', 'warning');
    expect(await cards().count()).toBe(allCards() - errors);
    expect(await page.locator('#shown').textContent()).toBe(String(allCards() - errors));
    await page.selectOption('#severity', 'all');
    expect(await cards().count()).toBe(allCards());
  });

  it('searches metric and file, and says when nothing matches', async () => {
    const metric = json.groups[0].metric;
    await page.fill('#search', metric);
    const withMetric = await cards().allTextContents();
    expect(withMetric.length).toBeGreaterThan(0);
    expect(withMetric.length).toBeLessThan(allCards());
    for (const text of withMetric) expect(text).toContain(metric);

    const doc = json.names[0].mentions[0].doc;
    await page.fill('#search', doc.toUpperCase());
    const inDoc =
      json.groups.filter((g) => g.values.some((v) => v.doc === doc)).length +
      arithmetic().filter((a) => a.figures.some((f) => f.doc === doc)).length +
      json.names.filter((n) => n.mentions.some((m) => m.doc === doc)).length;
    expect(await cards().count()).toBe(inDoc);

    await page.fill('#search', 'no such metric anywhere');
    expect(await cards().count()).toBe(0);
    expect(await page.locator('#no-match').isVisible()).toBe(true);
    await page.fill('#search', '');
    expect(await cards().count()).toBe(allCards());
  });

  it('takes a screenshot, requests nothing but the file and logs no error', async () => {
    const file = process.env.LIAOHEALTH_SCREENSHOT ?? path.join(work, 'report.png');
    await page.locator('#search').blur();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: file });
    expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(problems).toEqual([]);
  });
});
