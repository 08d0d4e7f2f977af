// What a command needs from the outside world, passed in so that tests can run commands
// without spawning a process.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}

/**
 * Colours for a stream: on a TTY only, off with NO_COLOR (chalk 5 ignores it by itself), forced
 * with FORCE_COLOR.
 */
export function colours(io: Io, stream: 'stdout' | 'stderr'): ChalkInstance {
  const force = io.env.FORCE_COLOR;
  let level: 0 | 1 | 2 | 3 = stream === 'stdout' ? (io.stdoutIsTTY ? 1 : 0) : io.stderrIsTTY ? 1 : 0;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') level = 0;
  if (force !== undefined)
    level =
      force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  return new Chalk({ level });
}

/** A user-facing problem: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

export function report(io: Io, message: string): void {
  const c = colours(io, 'stderr');
  io.stderr.write(`${c.red('liaohealth:')} ${message}\n`);
}
