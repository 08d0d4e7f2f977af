// Not written yet: the check command lands in its own commit.
import { Command } from 'commander';
import type { Io } from './io.js';

export function checkCommand(_io: Io, _setExitCode: (code: number) => void): Command {
  return new Command('check');
}
