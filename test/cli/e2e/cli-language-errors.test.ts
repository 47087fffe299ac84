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

  it('tracking, campaign and report errors: what is missing and what to do', () => {
    expect(nl('company', 'add', '--id', 'asz', '--name', 'ASZ', '--location', 'Dordwijk=51.8,4.67').code).toBe(0);
    const kind = nl('track', 'import', 'tellingen.csv', '--company', 'asz');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('fout: track import: --kind ontbreekt');
    expect(kind.stderr).toContain('tip: geef --kind ');
    expect(en('track', 'import', 'counts.csv', '--company', 'asz').stderr).toContain('error: track import: missing --kind');
    const campaign = nl('campaign', 'add', '--id', 'week', '--name', 'Week', '--from', '16-09-2026');
    expect(campaign.code).toBe(2);
    expect(campaign.stderr).toContain('fout: campaign add: --to ontbreekt; een campagne heeft een id (--id), een naam (--name) en een periode (--from en --to)');
    expect(campaign.stderr).toContain('tip: voeg --to toe, bijvoorbeeld: npx mobiscan campaign add');
    expect(en('campaign', 'register', 'r.csv').stderr).toContain('error: campaign register: missing --campaign; mobiscan needs to know');
    const report = nl('report', '--company', 'asz');
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('fout: er is nog geen scan van asz: een rapport heeft er een nodig');
    expect(report.stderr).toContain('tip: maak eerst een scan: npx mobiscan scan HR-EXPORT --company asz');
    expect(en('report', '--company', 'asz').stderr).toContain('error: no scan for asz yet: a report needs one');
  });
});
