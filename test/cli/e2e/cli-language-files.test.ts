import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CSV, runCli, tempDir } from './run-cli.js';

/** No MOBISCAN_LANG: Dutch unless --lang en. */
const dutch = { MOBISCAN_LANG: '' };
const nl = (...args: string[]) => runCli(args, { env: dutch });
const en = (...args: string[]) => runCli([...args, '--lang', 'en'], { env: dutch });

describe('reading files speaks Dutch by default and English with --lang en', () => {
  it('columns: role names, personal data and confidence in words', () => {
    const run = nl('columns', EXAMPLE_CSV);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/scheidingsteken ";"\); kolomnamen op rij 4/);
    expect(run.stdout).toMatch(/Postcode\s+postcode woonadres\s+100% op kolomnaam/);
    // the table wraps to the terminal width: words, not their line breaks
    expect(run.stdout).toMatch(/Geboortedatum\s+weggelaten:/);
    expect(run.stdout).toMatch(/\bgeboortedatum\b/);
    expect(run.stdout).toMatch(/\(persoonsgegeven,\s+niet getoond\)/);
    expect(run.stdout).not.toMatch(/\b(homePostcode|header|dropped|ignored|by header|samples|personal data)\b/);
    const english = en('columns', EXAMPLE_CSV);
    expect(english.stdout).toMatch(/Postcode\s+home postcode\s+100% by header/);
    expect(english.stdout).toContain('dropped: birth date');
  });

  it('scan: rejected rows counted in readable words, not codes', () => {
    const dir = tempDir('nl-scan');
    const file = join(dir, 'hr.csv');
    writeFileSync(file, 'Personeelsnummer;Postcode;Vestiging;Vervoerwijze\n1;3311AB;Dordrecht;Auto\n2;xx;Dordrecht;Fiets\n3;3312AB;Dordrecht;Fiets\n4;3313AB;Dordrecht;raket\n');
    const run = nl('scan', file, '--location', 'Dordrecht=3311AB');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('afgewezen rijen: 1x ongeldige postcode');
    expect(run.stdout).toMatch(/rij 3, kolom "Postcode": postcode: geen Nederlandse postcode \(verwacht 1234 AB of 1234\); ook geen woonplaats/);
    expect(run.stdout).toContain('1x onbekende vervoerwijze');
    expect(run.stdout).not.toMatch(/invalid-postcode|invalid-mode|not a Dutch postcode/);
    expect(en('scan', file, '--location', 'Dordrecht=3311AB').stdout).toContain('rejected rows: 1x invalid postcode');
  });

  it('hardening errors: missing file, an output over the input, limits', () => {
    const missing = nl('columns', 'geen-bestand.csv');
    expect(missing.stderr).toContain('fout: geen-bestand.csv bestaat niet.');
    expect(missing.stderr).toContain('tip: Controleer de spelling van het pad');
    const over = nl('scan', EXAMPLE_CSV, '--rejects', EXAMPLE_CSV);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('dat is het invoerbestand');
    expect(over.stderr).toContain('schrijven zou het vernietigen');
    const dir = tempDir('nl-limits');
    const wide = join(dir, 'breed.csv');
    writeFileSync(wide, 'a;b\n' + ';'.repeat(20_000) + '\n');
    const limit = nl('columns', wide);
    expect(limit.code).toBe(1);
    expect(limit.stderr).toMatch(/fout: .*breed\.csv, rij 2: 20\.001 kolommen, meer dan de 16\.384 die een tabel mag hebben\./);
    expect(en('columns', wide).stderr).toMatch(/error: .*breed\.csv, row 2: 20,001 columns, more than the 16,384 a table may have\./);
  });

  it('geodata status', () => {
    const run = nl('geodata', 'status');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Geen postcodetabel geïmporteerd');
    expect(run.stdout).toMatch(/Ingebouwde PC4-tabel: \d\.\d{3} Nederlandse PC4-gebieden/);
    expect(en('geodata', 'status').stdout).toMatch(/Built-in PC4 table: \d,\d{3} Dutch PC4 areas/);
  });
});
