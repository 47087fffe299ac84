import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('CLI conventions', () => {
  it('prints the version and exits 0', () => {
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('lists the commands with examples in --help', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['columns', 'scan', 'geodata', 'init', 'company', 'goal', 'track', 'measure', 'wpm', 'report', 'batch', 'demo']) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain('Examples:');
  });

  it.each(['columns', 'scan', 'geodata', 'init', 'company', 'goal', 'track', 'measure', 'wpm', 'report', 'batch', 'demo'])('gives %s --help with examples', (command) => {
    const run = runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
  });

  it('exits 2 on an unknown command or flag', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    const run = runCli(['columns', 'x.csv', '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option');
  });

  it('exits 2 when a required argument is missing', () => {
    expect(runCli(['scan']).code).toBe(2);
  });

  it('turns a missing file into one message with a hint, exit 1, no stack trace', () => {
    const run = runCli(['columns', 'no-such-file.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: .*no-such-file\.csv/m);
    expect(run.stderr).toMatch(/^hint: /m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes no colour codes when NO_COLOR is set', () => {
    const run = runCli(['columns', 'no-such-file.csv']);
    expect(run.stderr).not.toMatch(/\u001b\[/);
  });
});
