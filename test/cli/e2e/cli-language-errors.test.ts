import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

/** No MOBISCAN_LANG: Dutch unless --lang en. */
const dutch = { MOBISCAN_LANG: '' };

describe('errors about what a user typed speak Dutch by default and English with --lang en', () => {
  const ws = tempDir('nl-errors');
  const nl = (...args: string[]) => runCli([...args, '--workspace', ws], { env: dutch });
  const en = (...args: string[]) => runCli([...args, '--workspace', ws, '--lang', 'en'], { env: dutch });

  beforeAll(() => {
    expect(runCli(['init', ws, '--name', 'Alliantie'], { env: dutch }).code).toBe(0);
  });

  it('company add: a bad headcount, a bad id and a location without a postcode', () => {
    const headcount = nl('company', 'add', '--id', 'bouw', '--name', 'Bouw', '--headcount', '-5');
    expect(headcount.code).toBe(1);
    expect(headcount.stderr).toContain('fout: bedrijf, aantal medewerkers (headcount): -5 is geen heel aantal groter dan 0');
    expect(en('company', 'add', '--id', 'bouw', '--name', 'Bouw', '--headcount', '-5').stderr).toContain('error: company headcount: -5 is not a whole number above 0');
    expect(nl('company', 'add', '--id', 'B!', '--name', 'Bouw').stderr).toContain('fout: bedrijf, id: ‘B!’ is geen geldige id');
    expect(nl('company', 'add', '--id', 'bouw', '--name', 'Bouw', '--location', 'Werf=ergens').stderr).toContain('fout: locatie Werf: ‘ergens’ bevat geen postcode');
  });

  it('company add without a terminal: the missing flag', () => {
    const missing = nl('company', 'add', '--id', 'bouw');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fout: --name ontbreekt');
    expect(missing.stderr).toContain('tip: geef --name mee');
    expect(en('company', 'add', '--id', 'bouw').stderr).toContain('error: missing --name');
  });

  it('goal set and init: a bad percentage and a bad peak window', () => {
    const goal = nl('goal', 'set', '--alliance', '--kind', 'peak-avoidance', '--target-pct', '150');
    expect(goal.stderr).toContain('fout: doel, doelpercentage (target-pct): 150 is meer dan 100');
    expect(en('goal', 'set', '--alliance', '--kind', 'peak-avoidance', '--target-pct', '150').stderr).toContain('error: goal target-pct: 150 is more than 100');
    const peak = runCli(['init', tempDir('nl-peak'), '--name', 'X', '--peak', '9-7'], { env: dutch });
    expect(peak.stderr).toContain('fout: spitsvenster ‘9-7’ is niet UU:MM-UU:MM');
  });
});
