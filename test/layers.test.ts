// The layers of src/ and the one direction their imports go (docs/architecture.md). Every
// import of every src/**/*.ts file is read with a small parser; an import of a higher layer,
// or folders that import each other round a cycle, fail with the file and the import named.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Top first. A layer is folders under src/ or files directly in it; a layer may import its own
 * and every layer below it, never one above. Layers on one row are peers: neither imports the other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli.ts', 'index.ts'],
  ['commands'],
  ['engine'],
  ['extractors', 'check'],
  ['writers'],
  ['pipeline'],
  ['lexicon'],
  ['basics.ts'],
  ['records.ts'],
];

/** The unit a file of src/ belongs to: its top folder, or the file itself when it is at the top. */
function unitOf(relative: string): string {
  return relative.split('/')[0];
}

/** The row of LAYERS a unit is on (0 at the top), or -1 when it is on none. */
function rankOf(unit: string): number {
  return LAYERS.findIndex((row) => row.includes(unit));
}

/** Static imports and re-exports at the start of a line, the clause without calls or `=`, over several lines. */
const STATIC_IMPORT =
  /^(?:import|export)(?:\s+type)?\s*[\w$*\s,]*(?:\{[^}]*\})?[\w$\s,]*?\s*from\s*(['"])([^'"\n]+)\1/gm;
const SIDE_EFFECT_IMPORT = /^import\s*(['"])([^'"\n]+)\1/gm;
/** import('./x.js') and require('./x.json') (a createRequire). */
const CALLED_IMPORT = /(?<![\w$.])(?:import|require)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** The module specifiers a TypeScript source imports: static, re-exported and called; comments left out. */
function importsOf(source: string): string[] {
  const code = withoutComments(source);
  const found: { at: number; specifier: string }[] = [];
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, CALLED_IMPORT]) {
    for (const m of code.matchAll(pattern)) found.push({ at: m.index, specifier: m[2] });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.specifier);
}

/** After these a slash starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const KEYWORDS_BEFORE_REGEX =
  /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

/**
 * The source with its comments blanked (same length, line breaks kept), strings, template
 * literals and regular expressions skipped whole, so that neither a quote in a regular
 * expression nor a slash-star in a string or a comment's text is taken for what it is not.
 */
function withoutComments(source: string): string {
  const out = [...source];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let significant = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const to = end < 0 ? source.length : end;
      blank(i, to);
      i = to;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const to = end < 0 ? source.length : end + 2;
      blank(i, to);
      i = to;
    } else if (c === "'" || c === '"' || c === '`') {
      i = quotedEnd(source, i, c);
      significant = c;
    } else if (
      c === '/' &&
      (significant === '' ||
        BEFORE_REGEX.has(significant) ||
        KEYWORDS_BEFORE_REGEX.test(source.slice(Math.max(0, i - 8), i).trimEnd()))
    ) {
      i = regexEnd(source, i);
      significant = '/';
    } else {
      if (!/\s/.test(c)) significant = c;
      i++;
    }
  }
  return out.join('');
}

/** Just past the string or template literal that opens at `start` (a template's ${…} skipped by depth). */
function quotedEnd(source: string, start: number, quote: string): number {
  let depth = 0;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (quote === '`' && c === '$' && source[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '}') depth--;
    else if (depth === 0 && c === quote) return i + 1;
    else if (quote !== '`' && c === '\n') return i;
  }
  return source.length;
}

/** Just past the regular expression literal that opens at `start`, its flags included. */
function regexEnd(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '\n') return i;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/.test(source[end])) end++;
      return end;
    }
  }
  return source.length;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

interface Arrow {
  file: string;
  specifier: string;
  /** The imported file, relative to src/. */
  target: string;
}

/** Every import of a file of src/ by a file of src/, with the path it resolves to. */
function arrows(): { arrows: Arrow[]; missing: string[] } {
  const found: Arrow[] = [];
  const missing: string[] = [];
  for (const full of sourceFiles(SRC)) {
    const file = toPosix(path.relative(SRC, full));
    for (const specifier of importsOf(readFileSync(full, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const resolved = path.resolve(path.dirname(full), specifier).replace(/\.js$/, '.ts');
      if (!existsSync(resolved)) missing.push(`src/${file} imports '${specifier}': no such file in src/`);
      else found.push({ file, specifier, target: toPosix(path.relative(SRC, resolved)) });
    }
  }
  return { arrows: found, missing };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Imports that go up a layer or sideways to a peer. */
function upwardArrows(all: Arrow[]): string[] {
  return all.flatMap(({ file, specifier, target }) => {
    const [from, to] = [unitOf(file), unitOf(target)];
    // A unit on no layer is the test below's finding.
    if (from === to || rankOf(from) < 0 || rankOf(to) < 0 || rankOf(to) > rankOf(from)) return [];
    const direction = rankOf(to) < rankOf(from) ? 'a higher layer' : 'a peer on its layer';
    return [`src/${file} imports '${specifier}': ${from} may not import ${to}, ${direction}`];
  });
}

/** A cycle among top folders (and files) of src/, as the imports that close it, or null. */
function folderCycle(all: Arrow[]): string[] | null {
  const edges = new Map<string, Map<string, Arrow>>();
  for (const a of all) {
    const [from, to] = [unitOf(a.file), unitOf(a.target)];
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Map());
    if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, a);
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: Arrow[] = [];
  const visit = (unit: string): string[] | null => {
    state.set(unit, 'open');
    for (const [next, arrow] of edges.get(unit) ?? []) {
      stack.push(arrow);
      if (state.get(next) === 'open') {
        const start = stack.findIndex((a) => unitOf(a.file) === next);
        return stack.slice(start).map((a) => `src/${a.file} imports '${a.specifier}'`);
      }
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
      stack.pop();
    }
    state.set(unit, 'done');
    return null;
  };
  for (const unit of edges.keys()) {
    if (state.has(unit)) continue;
    const cycle = visit(unit);
    if (cycle) return cycle;
  }
  return null;
}

describe('the import parser', () => {
  it('reads static imports over several lines, re-exports, type imports and dynamic imports', () => {
    const source = [
      "import { a, b } from './a.js';",
      'import {',
      '  c,',
      '  d,',
      "} from '../b.js';",
      "import type { E } from './e.js';",
      "import * as f from './f.js';",
      'import g, { h } from "./g.js";',
      "export { i } from './i.js';",
      "export * from './j.js';",
      "import './k.js';",
      'export function run() {',
      "  const later = import('./l.js');",
      '  return Array.from(later);',
      '}',
    ].join('\n');
    expect(importsOf(source)).toEqual([
      './a.js',
      '../b.js',
      './e.js',
      './f.js',
      './g.js',
      './i.js',
      './j.js',
      './k.js',
      './l.js',
    ]);
  });

  it('leaves out what comments say', () => {
    const source = [
      "// import { x } from './line-comment.js';",
      "const url = 'http://example'; // import('./after-code.js')",
      '/*',
      "import { y } from './block-comment.js';",
      '*/',
      "/** See import('./doc-comment.js'). */",
      "import { kept } from './kept.js';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./kept.js']);
  });

  it('is not misled by comment marks in comments, strings and regular expressions', () => {
    const source = [
      '// dispatches to src/commands/* (a slash-star in a line comment opens nothing)',
      "import { a } from './a.js';",
      "const glob = 'src/**/*.ts';",
      'const quote = /["“]/g;',
      'const ratio = total / 2; const half = ratio / 2;',
      "import { b } from './b.js';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, for the parser
      "const template = `${glob} /* ${'*/'}`;",
      "import { c } from './c.js';",
      "const data = require('./data.json');",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', './b.js', './c.js', './data.json']);
  });

  it('takes no function, interface or assignment for an import clause', () => {
    const source = [
      'export interface Options {',
      '  from: string;',
      '}',
      "export const from = 'x';",
      'export function f() {',
      "  return g(from, 'y');",
      '}',
    ].join('\n');
    expect(importsOf(source)).toEqual([]);
  });
});

describe('layers', () => {
  const found = arrows();

  it('every relative import names a file of src/', () => {
    expect(found.missing).toEqual([]);
  });

  it('no import goes up a layer or across to a peer', () => {
    expect(upwardArrows(found.arrows)).toEqual([]);
  });

  it('no folders import each other round a cycle', () => {
    expect(folderCycle(found.arrows)).toBeNull();
  });

  it('puts every file of src/ in a layer', () => {
    const outside = sourceFiles(SRC)
      .map((full) => toPosix(path.relative(SRC, full)))
      .filter((file) => rankOf(unitOf(file)) < 0)
      .map((file) => `src/${file} is in no layer: add it to LAYERS here and to docs/architecture.md`);
    expect(outside).toEqual([]);
  });
});
