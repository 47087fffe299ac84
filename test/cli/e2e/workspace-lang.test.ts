import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

/** No MOBISCAN_LANG: the language comes from the flag, the workspace or the default. */
const unset = { MOBISCAN_LANG: '' };

describe('the workspace language (init --lang)', () => {
  it('is stored by init --lang and follows precedence: --lang > MOBISCAN_LANG > workspace > Dutch', () => {
    const dir = tempDir('ws-lang');
    const init = runCli(['init', dir, '--name', 'Alliantie', '--lang', 'en'], { env: unset });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('language of this workspace: English (en)');

    // The workspace says English: errors and output follow it, found from the folder or --workspace.
    const fromCwd = runCli(['company', 'show', 'nope'], { cwd: dir, env: unset });
    expect(fromCwd.stderr).toMatch(/^error: /m);
    const fromFlag = runCli(['company', 'show', 'nope', '--workspace', dir], { env: unset });
    expect(fromFlag.stderr).toMatch(/^error: /m);
    const fromEnvDir = runCli(['company', 'show', 'nope'], { env: { ...unset, MOBISCAN_WORKSPACE: dir } });
    expect(fromEnvDir.stderr).toMatch(/^error: /m);

    // MOBISCAN_LANG beats the workspace; --lang beats both.
    const env = runCli(['company', 'show', 'nope'], { cwd: dir, env: { MOBISCAN_LANG: 'nl' } });
    expect(env.stderr).toMatch(/^fout: /m);
    const flag = runCli(['company', 'show', 'nope', '--lang', 'nl'], { cwd: dir, env: { MOBISCAN_LANG: 'en' } });
    expect(flag.stderr).toMatch(/^fout: /m);

    // Outside the workspace: Dutch.
    const elsewhere = runCli(['columns', 'geen-bestand.csv'], { cwd: tempDir('elsewhere'), env: unset });
    expect(elsewhere.stderr).toMatch(/^fout: /m);

    // init --lang nl on the existing workspace changes it back, keeping the rest.
    const back = runCli(['init', dir, '--lang', 'nl'], { env: unset });
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('werkmap van Alliantie bijgewerkt');
    expect(back.stdout).toContain('taal van deze werkmap: Nederlands (nl)');
    expect(runCli(['company', 'show', 'nope'], { cwd: dir, env: unset }).stderr).toMatch(/^fout: /m);
  });

  it('is not stored when init runs without --lang (MOBISCAN_LANG is for one shell, not the workspace)', () => {
    const dir = tempDir('ws-lang');
    expect(runCli(['init', dir, '--name', 'Alliantie'], { env: { MOBISCAN_LANG: 'en' } }).code).toBe(0);
    const run = runCli(['company', 'show', 'nope'], { cwd: dir, env: unset });
    expect(run.stderr).toMatch(/^fout: /m);
  });
});
