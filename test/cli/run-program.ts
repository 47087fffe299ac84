import { Command } from 'commander';
import { vi } from 'vitest';

type Register = (program: Command) => void;

/** A program like main.ts builds, with only the given commands. */
export function programWith(registers: readonly Register[]): Command {
  const p = new Command('mobiscan').option('--json').option('-q, --quiet').option('--no-color').option('--debug').exitOverride();
  p.configureOutput({ writeOut: () => {}, writeErr: () => {} });
  for (const register of registers) register(p);
  return p;
}

/** Runs argv in-process and returns stdout, stderr and the exit code the command asked for. */
export async function runProgram(registers: readonly Register[], ...argv: string[]) {
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
