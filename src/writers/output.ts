// Where output goes: stdout, or a file written atomically (a temporary file beside it, renamed
// into place only when the run completes, so an interrupted run never leaves half a file).

import { createWriteStream, promises as fs, unlinkSync, type WriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describeFsError } from '../basics.js';

export interface Output {
  /** Text, or UTF-8 bytes written as they are. */
  write(text: string | Uint8Array): Promise<void>;
  /** Finish: rename the file into place. */
  commit(): Promise<void>;
  /** Give up: remove the temporary file. */
  abort(): Promise<void>;
  /** True once the reader went away (stdout closed by `head`). */
  readonly closed: boolean;
}

/** Writing the output failed (a full disk, a broken device): reported in one line, exit 2. */
export class OutputError extends Error {}

/** What a stream has told us so far. */
interface StreamState {
  /** Where the text goes, for messages. */
  name: string;
  /** The reader went away (EPIPE): stop writing, quietly. */
  closed: boolean;
  failure: OutputError | null;
}

function watch(stream: Writable, name: string): StreamState {
  const state: StreamState = { name, closed: false, failure: null };
  stream.on('error', (e: NodeJS.ErrnoException) => failed(state, e));
  return state;
}

/**
 * End the stream and wait until its last bytes are written or it fails: `end`'s callback may come
 * before the error of the last write (a small report to /dev/full), `finished` does not.
 */
async function end(stream: Writable, state: StreamState): Promise<void> {
  if (!stream.writableEnded) stream.end();
  try {
    await finished(stream);
  } catch (e) {
    failed(state, e as NodeJS.ErrnoException);
  }
  if (state.failure) throw state.failure;
}

/** Wait until what was written to a stream we do not end (stdout) is out, or has failed. */
function flushed(stream: Writable, state: StreamState): Promise<void> {
  if (state.closed || state.failure || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) =>
    stream.write('', (e) => {
      if (e) failed(state, e as NodeJS.ErrnoException);
      resolve();
    }),
  );
}

function failed(state: StreamState, e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || e.code === 'ERR_STREAM_PREMATURE_CLOSE')
    state.closed = true;
  else state.failure ??= new OutputError(`${state.name}: cannot write: ${describeFsError(e)}`);
}

/**
 * Output to a stream that may be closed early by its reader (EPIPE): then writing stops quietly.
 * With `owned`, the stream is ours to end when the output is committed (a device opened for --out).
 */
export function streamOutput(stream: Writable, name = 'stdout', owned = false): Output {
  const state = watch(stream, name);
  const finish = async () => {
    await (owned ? end(stream, state) : flushed(stream, state));
    if (state.failure) throw state.failure;
  };
  return {
    get closed() {
      return state.closed;
    },
    write: (text) => writeTo(stream, text, state),
    commit: finish,
    abort: async () => {
      if (owned && !stream.writableEnded) stream.end();
    },
  };
}

/**
 * Output to `file` through a temporary file in the same directory. Opening it is the check
 * that the destination is writable, done before any work.
 */
export async function fileOutput(file: string): Promise<Output | { error: string }> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let handle: FileHandle;
  try {
    const stat = await fs.stat(file).catch(() => null);
    if (stat?.isDirectory()) return { error: `${file}: is a directory` };
    // A device or a pipe (/dev/null, /dev/stdout, a fifo) is written to as it is: renaming a
    // file over it would replace it.
    if (stat && !stat.isFile()) return streamOutput(createWriteStream(file), file, true);
    handle = await fs.open(temp, 'wx');
  } catch (e) {
    return { error: `${file}: cannot write: ${describeFsError(e)}` };
  }
  const stream: WriteStream = createWriteStream('', { fd: handle.fd, autoClose: false });
  const state = watch(stream, file);
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
    try {
      await end(stream, state);
    } finally {
      await handle.close();
    }
  };
  const abort = async () => {
    await close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    finished = true;
  };
  return {
    closed: false,
    write: (text) => writeTo(stream, text, state),
    commit: async () => {
      try {
        await close();
        await fs.rename(temp, file);
        finished = true;
      } catch (e) {
        await abort();
        throw e instanceof OutputError ? e : new OutputError(`${file}: cannot write: ${describeFsError(e)}`);
      }
    },
    abort,
  };
}

function writeTo(stream: Writable, text: string | Uint8Array, state: StreamState): Promise<void> {
  if (state.failure) return Promise.reject(state.failure);
  if (state.closed || text.length === 0) return Promise.resolve();
  try {
    if (stream.write(text)) return Promise.resolve();
  } catch (e) {
    state.failure ??= new OutputError(`${state.name}: cannot write: ${describeFsError(e)}`);
    return Promise.reject(state.failure);
  }
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      if (state.failure) reject(state.failure);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * Run `body` with the output the user asked for (a file with --out, else stdout or `-o -`): committed
 * when it returns, removed if it throws. An unwritable destination is reported before any work;
 * a failure while writing (a full disk) is reported in one line; both exit 2.
 */
export async function withOutput(
  file: string | undefined,
  stdout: Writable,
  onError: (message: string) => void,
  body: (output: Output) => Promise<number>,
): Promise<number> {
  let output: Output;
  // `-o -` is stdout, as for the inputs.
  if (file && file !== '-') {
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
    if (e instanceof OutputError) {
      onError(e.message);
      return 2;
    }
    throw e;
  }
}
