import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, listInputs, openInput, readBlocks, STREAM_BYTES, type Input } from '../src/pipeline/read.js';

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

  it('reads Big5, which GBK would turn into kana and private-use characters', () => {
    // 今年全市托育機構達到477家，醫院床位增加了一成。 in Big5
    const big5 = Buffer.from(
      'a4b5a67ea5fea5aba6aba87cbef7ba63b946a8ec343737ae61a141c2e5b07ca7c9a6ecbc57a55ba446a440a6a8a143',
      'hex',
    );
    expect(decode(big5)).toEqual({ text: '今年全市托育機構達到477家，醫院床位增加了一成。' });
  });

  it('reads UTF-16 without a BOM by where the NUL bytes of its ASCII fall', () => {
    const le = Buffer.from(`${text}\n2026年`, 'utf16le');
    expect(decode(le)).toEqual({ text: `${text}\n2026年` });
    expect(decode(Buffer.from(le).swap16())).toEqual({ text: `${text}\n2026年` });
  });

  it('refuses NUL bytes and undecodable bytes with a reason', () => {
    expect(decode(Buffer.from([0x41, 0x00, 0x42]))).toEqual({
      error: expect.stringMatching(/^binary file \(contains NUL bytes; UTF-16 text is read when/),
    });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]))).toHaveProperty('error');
    expect(decode(Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x80]))).toHaveProperty('error');
  });
});

describe('openInput: a large file is read a block at a time, as decode reads it whole', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'liaohealth-stream-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  // Over STREAM_BYTES, with characters of 1 to 4 bytes across the 1 MB block boundaries.
  const large = '2024年3月11日,托育机构达477家。𠀀 ok\n'.repeat(Math.ceil((STREAM_BYTES * 1.2) / 40));
  const gbk = Buffer.from('cdd0d3fdbbfab9b9b4ef343737bcd2a1a30a', 'hex'); // 托育机构达477家。\n
  const utf16 = Buffer.from(large, 'utf16le');
  const big5 = Buffer.from(
    'a4b5a67ea5fea5aba6aba87cbef7ba63b946a8ec343737ae61a141c2e5b07ca7c9a6ecbc57a55ba446a440a6a8a1430a',
    'hex',
  ); // …一成。\n

  async function both(name: string, bytes: Buffer) {
    const p = path.join(root, name);
    writeFileSync(p, bytes);
    const opened = await openInput({ doc: name, path: p }, process.stdin);
    const streamed = 'file' in opened ? { text: [...readBlocks(opened.file)].join('') } : opened;
    return { streamed, whole: decode(bytes), opened };
  }

  for (const [name, bytes] of [
    ['utf8.txt', Buffer.from(large)],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(large)])],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16])],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16).swap16()])],
    ['gbk.txt', Buffer.concat(Array(Math.ceil((STREAM_BYTES * 1.2) / gbk.length)).fill(gbk))],
    ['big5.txt', Buffer.concat(Array(Math.ceil((STREAM_BYTES * 1.2) / big5.length)).fill(big5))],
    ['utf16le-no-bom.txt', utf16],
  ] as const) {
    it(`the same text: ${name}`, async () => {
      const { streamed, whole, opened } = await both(name, bytes);
      expect(opened).toHaveProperty('file');
      expect(whole).toHaveProperty('text');
      expect(streamed).toEqual(whole);
    });
  }

  for (const [name, bytes] of [
    ['nul-late.txt', Buffer.concat([Buffer.from(large), Buffer.from([0x41, 0x00])])],
    ['nul-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16, Buffer.from([0x00, 0x00])])],
    ['invalid-late.txt', Buffer.concat([Buffer.from(large), Buffer.from([0xa0, 0xff, 0xfe, 0x80])])],
    ['truncated-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16, Buffer.from([0x3d, 0xd8])])],
  ] as const) {
    it(`the same reason, found before any text is given: ${name}`, async () => {
      const { opened, whole } = await both(name, bytes);
      expect(whole).toHaveProperty('error');
      expect(opened).toEqual(whole);
    });
  }

  it('a page is read whole', async () => {
    const { opened } = await both('page.txt', Buffer.from(text));
    expect(opened).toEqual({ text });
  });
});

describe('listInputs', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'liaohealth-read-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function list(args: string[], ext = ['.txt'], exclude: string[] = []): Promise<Input[]> {
    const out: Input[] = [];
    for await (const input of listInputs(args, { extensions: ext, exclude })) out.push(input);
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

  it('leaves out what the globs name: a name at any depth, or a path under the argument', async () => {
    const tree = path.join(root, 'globs');
    for (const file of ['2024/01/a.txt', '2024/02/b.txt', '2025/01/c.txt', 'x1.txt', 'x22.txt']) {
      mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
      writeFileSync(path.join(tree, file), text);
    }
    const docs = async (exclude: string[]) => (await list([tree], ['.txt'], exclude)).map((i) => i.doc);
    expect(await docs(['01'])).toEqual(['2024/02/b.txt', 'x1.txt', 'x22.txt']);
    expect(await docs(['2024/**'])).toEqual(['2025/01/c.txt', 'x1.txt', 'x22.txt']);
    expect(await docs(['**/01/*.txt', 'x?.txt'])).toEqual(['2024/02/b.txt', 'x22.txt']);
    expect(await docs(['/2024/'])).toEqual(['2025/01/c.txt', 'x1.txt', 'x22.txt']);
  });

  it('reports a path that does not exist and keeps going', async () => {
    const inputs = await list([path.join(root, 'missing'), path.join(root, 'a.txt')]);
    expect(inputs).toEqual([
      { doc: path.join(root, 'missing'), error: 'no such file or directory' },
      { doc: path.join(root, 'a.txt'), path: path.join(root, 'a.txt') },
    ]);
  });
});
