import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, listInputs, type Input } from '../src/pipeline/read.js';

const text = '托育机构达477家。';

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(Buffer.from(text))).toEqual({ text });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text });
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text });
  });

  it('reads GBK when the bytes are not UTF-8', () => {
    expect(decode(Buffer.from('cdd0d3fdbbfab9b9b4ef343737bcd2a1a3', 'hex'))).toEqual({ text });
  });

  it('refuses NUL bytes and undecodable bytes with a reason', () => {
    expect(decode(Buffer.from([0x41, 0x00, 0x42]))).toEqual({ error: 'binary file (contains NUL bytes)' });
    expect(decode(Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x80]))).toHaveProperty('error');
  });
});

describe('listInputs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'liaohealth-read-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function list(args: string[], ext = ['.txt']): Promise<Input[]> {
    const out: Input[] = [];
    for await (const input of listInputs(args, ext)) out.push(input);
    return out;
  }

  it('walks directories in sorted order, names files relative to the argument, and visits a symlink loop once', async () => {
    mkdirSync(path.join(root, 'b'), { recursive: true });
    writeFileSync(path.join(root, 'b', 'z.txt'), text);
    writeFileSync(path.join(root, 'a.txt'), text);
    writeFileSync(path.join(root, 'c.csv'), text);
    symlinkSync(root, path.join(root, 'b', 'loop'));
    const docs = (await list([root])).map((i) => i.doc);
    expect(docs).toEqual(['a.txt', 'b/z.txt']);
  });

  it('reports a path that does not exist and keeps going', async () => {
    const inputs = await list([path.join(root, 'missing'), path.join(root, 'a.txt')]);
    expect(inputs).toEqual([
      { doc: path.join(root, 'missing'), error: 'no such file or directory' },
      { doc: path.join(root, 'a.txt'), path: path.join(root, 'a.txt') },
    ]);
  });
});
