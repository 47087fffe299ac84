import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, runCli, tempDir } from './run-cli.js';

describe('wpm speaks the run’s language', () => {
  it('prints its notes and assumptions in Dutch by default and in English with --lang en, in --json too', () => {
    const ws = tempDir('ws');
    expect(runCli(['init', ws, '--name', 'Test alliantie']).code).toBe(0);
    expect(runCli(['company', 'add', '--workspace', ws, '--id', 'asz', '--name', 'Ziekenhuis', '--location', 'Dordrecht=51.7985,4.6681', '--location', 'Zwijndrecht=51.8216,4.6383', '--location', 'Sliedrecht=51.8233,4.7651']).code).toBe(0);
    expect(runCli(['scan', EXAMPLE_CSV, '-c', 'asz', '--workspace', ws, '--export-date', '2026-03-31', '--quiet']).code).toBe(0);
    const dutch = { env: { MOBISCAN_LANG: '' } };

    const nl = runCli(['wpm', '-c', 'asz', '--year', '2027', '--workspace', ws], dutch);
    expect(nl.code, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/let op: Alleen medewerkers met een reiskostenvergoeding, een OV-kaart of een leaseauto tellen mee: [\d.]+ binnen en \d+ buiten de rapportage\./);
    expect(nl.stdout).toContain('let op: Alleen woon-werkverkeer;');
    expect(nl.stdout).toContain('aangenomen: de kilometers komen uit de scan van 31-03-2026; het personeelsbestand van 2027 wordt gelijk verondersteld');
    expect(nl.stdout).not.toMatch(/in scope|employees|the workforce/);

    const en = runCli(['wpm', '-c', 'asz', '--year', '2027', '--workspace', ws, '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/note: Only employees with a travel allowance, a PT pass or a lease car count: [\d,]+ in scope and \d+ out\./);
    expect(en.stdout).toContain('assumed: the kilometres come from the scan of');

    const json = runCli(['wpm', '-c', 'asz', '--year', '2027', '--workspace', ws, '--json'], dutch);
    expect(json.code, json.stderr).toBe(0);
    const data = JSON.parse(json.stdout) as { scope: { inScope: number; outOfScope: number }; notes: string[]; assumptions: string[] };
    expect(data.scope.inScope).toBeGreaterThan(0);
    expect(data.notes).toContain(`Alleen medewerkers met een reiskostenvergoeding, een OV-kaart of een leaseauto tellen mee: ${data.scope.inScope.toLocaleString('nl-NL')} binnen en ${data.scope.outOfScope} buiten de rapportage.`);
    expect(data.assumptions.every((a) => typeof a === 'string')).toBe(true);
  }, 240_000);
});
