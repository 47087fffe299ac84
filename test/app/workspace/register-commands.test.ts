import { afterEach, describe, expect, it } from 'vitest';
import { programWith, runProgram } from '../../cli/run-program.js';
import { registerCompany } from '../../../src/cli/commands/company.js';
import { registerGoal } from '../../../src/cli/commands/goal.js';
import { registerInit } from '../../../src/cli/commands/init.js';
import { tempDir } from './fake-context.js';

const COMMANDS = [registerInit, registerCompany, registerGoal];
const program = () => programWith(COMMANDS);
const run = (...argv: string[]) => runProgram(COMMANDS, ...argv);

afterEach(() => {
  process.exitCode = undefined;
});

describe('the workspace commands on the command line', () => {
  it('init, company add, company list --json and goal set run end to end with --workspace', async () => {
    const dir = tempDir();
    expect((await run('init', dir, '--name', 'Drechtsteden')).code).toBe(0);
    const add = await run('company', 'add', '--workspace', dir, '--id', 'asz', '--name', 'ASz', '--headcount', '3000', '--location', 'Dordwijk=51.79,4.67', '--location', 'Poli=51.8,4.6');
    expect(add).toMatchObject({ code: 0, stdout: 'added asz (ASz) with 2 locations\n' });
    const list = await run('--json', 'company', 'list', '--workspace', dir);
    expect(JSON.parse(list.stdout).companies[0]).toMatchObject({ id: 'asz', headcount: 3000, sharesWithAlliance: false });
    const goal = await run('goal', 'set', '--workspace', dir, '--company', 'asz', '--kind', 'peak-avoidance', '--target-pct', '150');
    expect(goal).toMatchObject({ code: 1, stderr: expect.stringContaining('goal target-pct: 150 is more than 100') });
  });

  it('exits 1 with how to create a workspace when none is found, and 2 for a missing flag', async () => {
    const dir = tempDir();
    const none = await run('company', 'list', '--workspace', dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`mobiscan init ${dir}`);
    await run('init', dir, '--name', 'X');
    const missing = await run('company', 'add', '--workspace', dir, '--id', 'asz');
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('missing --name') });
  });

  it('gives every command examples in its help', () => {
    const p = program();
    const commands = p.commands.flatMap((c) => (c.commands.length > 0 ? c.commands : [c]));
    expect(commands.map((c) => c.name()).sort()).toEqual(['add', 'edit', 'export', 'import', 'import', 'init', 'list', 'list', 'remove', 'remove', 'set', 'show']);
    for (const command of commands) {
      let help = '';
      command.configureOutput({ writeOut: (s) => (help += s) });
      command.outputHelp();
      expect(help, command.name()).toContain('Examples:');
    }
  });
});
