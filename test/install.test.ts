// An install that works, and docs that match the code: the README's CI examples run in an empty
// directory with the install line they give, from the tarball `npm pack` makes of this tree
// (built by `npm test` before vitest runs; the dependencies come from npm's cache or registry).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_COLUMNS, RECORD_TYPES, TYPE_COLUMNS } from '../src/records.js';

const README = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let work: string;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'liaohealth-install-'));
  // dist/ is fresh (npm test builds it): no need for the prepare script to build it again.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  tarball = path.join(work, name);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The install and liaohealth lines of the README's YAML block that contains `marker`. */
function ciCommands(marker: string): string[] {
  const block = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .find((b) => b.includes(marker));
  expect(block, `a yaml block with ${marker} in the README`).toBeDefined();
  return [...block!.matchAll(/^\s*-\s+(?:run:\s+)?((?:npm|npx) .*)$/gm)].map((m) => m[1]);
}

describe("the README's CI examples, in an empty repository with pages and the tarball", () => {
  for (const [ci, marker, env] of [
    ['GitHub Actions', 'actions/setup-node', { GITHUB_ACTIONS: 'true' }],
    ['GitLab CI', 'image: node:20', { GITHUB_ACTIONS: '' }],
  ] as const) {
    it(`${ci}: installs, then fails on the conflict with a report CI shows`, () => {
      const repo = path.join(work, ci.replace(/\W/g, ''));
      mkdirSync(path.join(repo, 'pages'), { recursive: true });
      writeFileSync(path.join(repo, 'pages', 'a.txt'), '全市托育机构达477家。聊城市卫生健康委发布。\n');
      writeFileSync(path.join(repo, 'pages', 'b.txt'), '全市托育机构达501家。聊城市卫生健康委发布。\n');
      const [install, check, ...rest] = ciCommands(marker);
      expect(rest).toEqual([]);
      expect(install).toContain(path.basename(tarball));
      copyFileSync(tarball, path.join(repo, path.basename(tarball)));
      const shell = (command: string) =>
        spawnSync('bash', ['-c', command], {
          cwd: repo,
          encoding: 'utf8',
          env: {
            ...process.env,
            ...env,
            npm_config_audit: 'false',
            npm_config_fund: 'false',
            npm_config_prefer_offline: 'true',
          },
        });
      const installed = shell(install);
      expect(installed.status, installed.stderr).toBe(0);
      const checked = shell(check);
      expect(checked.status, checked.stderr).toBe(1);
      if (ci === 'GitHub Actions') expect(checked.stdout).toMatch(/^::error file=pages\/a\.txt,line=1,/m);
      else expect(readFileSync(path.join(repo, 'liaohealth-check.xml'), 'utf8')).toContain('<failure');
    }, 120_000);
  }
});

describe('the package', () => {
  it('has a LICENSE that says what package.json says', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(listed).toContain('package/LICENSE');
  });

  it('exports its library by name (the exports field), and nothing it does not mean to', () => {
    const run = (code: string) =>
      spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    const named = run("const m = await import('liaohealth'); console.log(typeof m.extract, typeof m.check)");
    expect(named.stdout.trim(), named.stderr).toBe('function function');
    expect(run("await import('liaohealth/package.json', { with: { type: 'json' } })").status).toBe(0);
    expect(run("await import('liaohealth/dist/cli.js')").stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('the docs match the code', () => {
  it('shows the default CSV header as the CLI writes it', () => {
    const header = [...new Set([...COMMON_COLUMNS, ...RECORD_TYPES.flatMap((t) => TYPE_COLUMNS[t])])].join(
      ',',
    );
    expect(README).toContain(`\n${header}\n`);
  });

  it('keeps the Speed section as reference, its history in CHANGELOG.md', () => {
    const speed = README.slice(README.indexOf('## Speed'), README.indexOf('## Development'));
    expect(speed).not.toMatch(/start of the day|third run|session/i);
    expect(speed).toMatch(/on one machine/);
    expect(existsSync('CHANGELOG.md')).toBe(true);
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain('## Performance history');
  });
});
