import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dutch = { MOBISCAN_LANG: '' };

describe('the terminal language', () => {
  it('speaks Dutch by default: errors, hints and commander messages', () => {
    const missing = runCli(['columns', 'geen-bestand.csv'], { env: dutch });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^fout: /m);
    const unknown = runCli(['scan', '--no-such-flag'], { env: dutch });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("fout: onbekende optie '--no-such-flag'");
    expect(unknown.stderr).toContain('(voeg --help toe voor uitleg)');
  });

  it('speaks English with --lang en, anywhere on the line, and with MOBISCAN_LANG=en', () => {
    const flag = runCli(['scan', '--no-such-flag', '--lang', 'en'], { env: dutch });
    expect(flag.stderr).toContain("error: unknown option '--no-such-flag'");
    const env = runCli(['columns', 'no-file.csv'], { env: { MOBISCAN_LANG: 'en' } });
    expect(env.stderr).toMatch(/^error: /m);
  });

  it('shows Dutch help headings and the global --lang flag on every command', () => {
    const help = runCli(['report', '--help'], { env: dutch });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: mobiscan report');
    expect(help.stdout).toContain('Algemene opties:');
    expect(help.stdout).toContain('--lang <lang>');
  });

  it('refuses an unknown language as a usage error, in Dutch', () => {
    const run = runCli(['--lang', 'fr', 'columns', 'x.csv'], { env: dutch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('fout: --lang fr: kies nl (Nederlands) of en (Engels)');
  });

  it('prints the scan summary in Dutch by default, with Dutch numbers and no English lines', () => {
    const run = runCli(['scan', 'examples/ziekenhuis-hr.csv'], { env: dutch });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/3\.00\d medewerkers gescand/);
    expect(run.stdout).toContain('Binnen bereik: automobilisten naar afstand');
    expect(run.stdout).toMatch(/een voltijder rijdt op 8\d,\d% van de 25\d werkdagen/);
    for (const english of ['employees scanned', 'In reach', 'peak car trips', 'CO2 of commuting', 'small groups']) expect(run.stdout).not.toContain(english);
  });
});
