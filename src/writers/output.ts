// Where output goes: stdout, or a file written atomically (a temporary file beside it, renamed
// into place only when the run completes, so an interrupted run never leaves half a file).

import { createWriteStream, promises as fs, unlinkSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { describeFsError } from '../pipeline/read.js';

export interface Output {
  write(text: string): Promise<void>;
  /** Finish: rename the file into place. */
  commit(): Promise<void>;
  /** Give up: remove the temporary file. */
  abort(): Promise<void>;
  /** True once the reader went away (stdout closed by `head`). */
  readonly closed: boolean;
}

/**
 * Output to a stream that may be closed early by its reader (EPIPE): then writing stops quietly.
 * With `owned`, the stream is ours to end when the output is committed (a device opened for --out).
 */
export function streamOutput(stream: Writable, owned = false): Output {
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw e;
  };
  stream.on('error', onError);
  const finish = async () => {
    stream.off('error', onError);
    stream.on('error', () => undefined);
    if (owned) await new Promise<void>((resolve) => stream.end(resolve));
  };
  return {
    get closed() {
      return closed;
    },
    write: (text) => writeTo(stream, text, () => closed),
    commit: finish,
    abort: finish,
  };
}

/**
 * Output to `file` through a temporary file in the same directory. Opening it is the check
 * that the destination is writable, done before any work.
 */
export async function fileOutput(file: string): Promise<Output | { error: string }> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let handle;
  try {
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) return { error: `${file}: is a directory` };
    // A device or a pipe (/dev/null, /dev/stdout, a fifo) is written to as it is: renaming a
    // file over it would replace it.
    if (stat && !stat.isFile()) return streamOutput(createWriteStream(file), true);
    handle = await fs.open(temp, 'wx');
  } catch (e) {
    return { error: `${file}: cannot write: ${describeFsError(e)}` };
  }
  const stream: WriteStream = createWriteStream('', { fd: handle.fd, autoClose: false });
  let finished = false;
  const removeTemp = () => {
    if (!finished) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const close = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await new Promise<void>((resolve) => stream.end(resolve));
    await handle.close();
  };
  return {
    closed: false,
    write: (text) => writeTo(stream, text, () => false),
    commit: async () => {
      await close();
      await fs.rename(temp, file);
      finished = true;
    },
    abort: async () => {
      await close();
      await fs.rm(temp, { force: true });
      finished = true;
    },
  };
}

function writeTo(stream: Writable, text: string, closed: () => boolean): Promise<void> {
  if (closed() || text === '') return Promise.resolve();
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * Run `body` with the output the user asked for (a file with --out, else stdout): committed
 * when it returns, removed if it throws. An unwritable file is reported before any work.
 */
export async function withOutput(file: string | undefined, stdout: Writable, onError: (message: string) => void, body: (output: Output) => Promise<number>): Promise<number> {
  let output: Output;
  if (file) {
    const opened = await fileOutput(file);
    if ('error' in opened) {
      onError(opened.error);
      return 2;
    }
    output = opened;
  } else {
    output = streamOutput(stdout);
  }
  try {
    const code = await body(output);
    await output.commit();
    return code;
  } catch (e) {
    await output.abort();
    throw e;
  }
}
