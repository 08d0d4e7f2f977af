// Issue 16, "a CLI a newsroom can trust in CI": the real binary (built by `npm test`) on small
// trees made here, one describe per concern of the issue.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/liaohealth.js');
let dir: string;

function cli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input, cwd: options.cwd ?? dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function docsOf(stdout: string): string[] {
  return [...new Set(stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line).doc as string))];
}

/** A page with one figure: the same metric, scope and unit on every page, the value differs. */
function page(value: number): string {
  return `全市托育机构达${value}家。\n`;
}

function tree(name: string, files: Record<string, string | Buffer>): string {
  const root = path.join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaohealth-trust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs: each file once, under a name of its own', () => {
  it('keeps files with the same relative path under two directory arguments apart, so check sees the conflict', () => {
    tree('same', { 'a/page.txt': page(477), 'b/page.txt': page(501) });
    const extracted = cli(['extract', '-t', 'figure', 'same/a', 'same/b/']);
    expect(docsOf(extracted.stdout)).toEqual(['same/a/page.txt', 'same/b/page.txt']);
    const checked = cli(['check', '-q', 'same/a', 'same/b/']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('same/a/page.txt:1');
    expect(checked.stdout).toContain('same/b/page.txt:1');
  });

  it('still names files relative to a single directory argument', () => {
    tree('single', { 'sub/page.txt': page(477) });
    expect(docsOf(cli(['extract', '-t', 'figure', 'single']).stdout)).toEqual(['sub/page.txt']);
  });

  it('reads the same file given twice once', () => {
    tree('twice', { 'page.txt': page(477) });
    const { stdout } = cli(['extract', '-t', 'figure', 'twice/page.txt', 'twice/page.txt', 'twice', './twice']);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('skips node_modules and hidden files and folders, and what --exclude or .liaohealthignore names', () => {
    tree('repo', {
      'pages/page.txt': page(477),
      'node_modules/jieba/dict.txt': page(1),
      '.git/notes.txt': page(2),
      '.draft.txt': page(3),
      'drafts/old.txt': page(4),
      'pages/scratch/x.txt': page(5),
      'pages/skip-me.txt': page(6),
      '.liaohealthignore': '# not pages\nskip-*.txt\n',
    });
    expect(docsOf(cli(['extract', '-t', 'figure', 'repo', '--exclude', 'drafts', '--exclude', 'pages/scratch/']).stdout)).toEqual(['pages/page.txt']);
    expect(docsOf(cli(['extract', '-t', 'figure', '--exclude', '**/*.txt', 'repo']).stdout)).toEqual([]);
    // Named on the command line, a hidden file is read.
    expect(docsOf(cli(['extract', '-t', 'figure', 'repo/.draft.txt']).stdout)).toEqual(['repo/.draft.txt']);
  });

  it('refuses an --out that is also an input (exit 2, the page intact), and never reads its own output back', () => {
    tree('out', { 'same.txt': page(477) });
    for (const command of ['extract', 'tokenize', 'check']) {
      const { code, stderr } = cli([command, '-o', 'out/same.txt', 'out/same.txt']);
      expect(code).toBe(2);
      expect(stderr).toMatch(/out\/same\.txt: the output is also an input/);
      expect(readFileSync(path.join(dir, 'out/same.txt'), 'utf8')).toBe(page(477));
    }
    for (let run = 0; run < 2; run++) expect(cli(['extract', '-t', 'figure', '-o', 'out/records.txt', 'out']).code).toBe(0);
    expect(docsOf(readFileSync(path.join(dir, 'out/records.txt'), 'utf8'))).toEqual(['same.txt']);
  });
});
