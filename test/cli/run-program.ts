import { Command } from 'commander';
import { vi } from 'vitest';
import { setCliLang } from '../../src/cli/cli-lang.js';
import { parseLang } from '../../src/core/i18n/index.js';

type Register = (program: Command) => void;

/** A program like main.ts builds, with only the given commands. */
export function programWith(registers: readonly Register[]): Command {
  const p = new Command('mobiscan').option('--json').option('-q, --quiet').option('--no-color').option('--debug').option('--lang <lang>').exitOverride();
  p.configureOutput({ writeOut: () => {}, writeErr: () => {} });
  for (const register of registers) register(p);
  return p;
}

/**
 * Runs argv in-process and returns stdout, stderr and the exit code the command asked for. The run
 * speaks English unless argv says `--lang nl` (as main.ts would decide it before parsing).
 */
export async function runProgram(registers: readonly Register[], ...argv: string[]) {
  const langAt = argv.indexOf('--lang');
  setCliLang(parseLang(langAt >= 0 ? argv[langAt + 1] : 'en') ?? 'en');
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  process.exitCode = undefined;
  try {
    await programWith(registers).parseAsync(argv, { from: 'user' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { stdout: out.join(''), stderr: err.join(''), code };
}
