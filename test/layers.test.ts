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
const STATIC_IMPORT = /^(?:import|export)(?:\s+type)?\s*[\w$*\s,]*(?:\{[^}]*\})?[\w$\s,]*?\s*from\s*(['"])([^'"\n]+)\1/gm;
const SIDE_EFFECT_IMPORT = /^import\s*(['"])([^'"\n]+)\1/gm;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** The module specifiers a TypeScript source imports: static, re-exported and dynamic; comments left out. */
function importsOf(source: string): string[] {
  const found: { at: number; specifier: string }[] = [];
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, DYNAMIC_IMPORT]) {
    for (const m of source.matchAll(pattern)) {
      if (!inComment(source, m.index)) found.push({ at: m.index, specifier: m[2] });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.specifier);
}

/** Whether `at` is inside a comment: after // on its line, or between /* and its end. */
function inComment(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(lineStart, at);
  if (/^\s*\*/.test(before) || before.includes('//')) return true;
  return source.lastIndexOf('/*', at) > source.lastIndexOf('*/', at);
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
      "import g, { h } from \"./g.js\";",
      "export { i } from './i.js';",
      "export * from './j.js';",
      "import './k.js';",
      'export function run() {',
      "  const later = import('./l.js');",
      '  return Array.from(later);',
      '}',
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', '../b.js', './e.js', './f.js', './g.js', './i.js', './j.js', './k.js', './l.js']);
  });

  it('leaves out what comments say', () => {
    const source = [
      "// import { x } from './line-comment.js';",
      "const url = 'http://example'; // import('./after-code.js')",
      '/*',
      "import { y } from './block-comment.js';",
      '*/',
      "/** See import('./doc-comment.js'). */",
      " * import { z } from './star-line.js';",
      "import { kept } from './kept.js';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./kept.js']);
  });

  it('takes no function, interface or assignment for an import clause', () => {
    const source = ['export interface Options {', '  from: string;', '}', "export const from = 'x';", 'export function f() {', "  return g(from, 'y');", '}'].join('\n');
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
