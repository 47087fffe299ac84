import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { Employee } from '../../../src/core/ingest/types.js';
import { renderText } from '../../../src/core/i18n/index.js';
import { wpmFromScan } from '../../../src/app/wpm-from-scan.js';
import { loadDefaultSettings } from '../settings/load-defaults.js';
import { context } from './scan-fixture.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const factorFile = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/settings/co2-factors.json'), 'utf8'));
const base = { country: 'NL', workLocation: 'Ziekenhuis', distanceKm: 10 } as const;
const scanOf = (people: Employee[]) => {
  const scan = createScan(loadDefaultSettings(), context, { year: 2025 });
  people.forEach((e) => scan.add(e));
  return scan.finish({ rowsRead: people.length, rowsRejected: 0 });
};

describe('the WPM scope of a scan', () => {
  it('counts employees with a km or PT allowance and lease-car drivers, and says why the others are out', () => {
    const result = scanOf([
      { ...base, row: 1, mode: 'auto', fuel: 'benzine', allowance: 'km' },
      { ...base, row: 2, mode: 'trein', allowance: 'ov' },
      { ...base, row: 3, mode: 'auto', fuel: 'elektrisch', leaseCar: true, allowance: 'geen' },
      { ...base, row: 4, mode: 'auto', fuel: 'diesel', allowance: 'geen' },
      { ...base, row: 5, mode: 'fiets' },
    ]);
    expect(result.wpmScope).toMatchObject({ basis: 'allowance', inScope: 3, outOfScope: { noAllowance: 1, allowanceUnknown: 1 } });
    const km = Object.fromEntries(result.wpmScope.kmPerYear.map((k) => [`${k.mode}:${k.fuel}`, k.km]));
    expect(km).toEqual({ 'auto:benzine': 4280, 'trein:null': 4280, 'auto:elektrisch': 4280 }); // 2 x 10 km x 214 days each
    const made = wpmFromScan({ id: 1, companyId: 'x', exportDate: '2025-12-31', contentHash: 'h', employees: 5, settingsHash: 's', scannedAt: '', result }, factorFile, 2025)!;
    expect(made.wpm.totalKm).toBe(3 * 4280);
    expect(made.wpm.scope).toMatchObject({ inScope: 3, outOfScope: 2, outReasons: [{ reason: 'no-allowance', count: 1 }, { reason: 'allowance-unknown', count: 1 }] });
    const nl = made.wpm.notes.map((n) => renderText(n, 'nl'));
    expect(nl).toContain('Buiten de rapportage: 1 medewerker zonder reiskostenvergoeding of OV-kaart.');
    expect(nl).toContain('Buiten de rapportage: 1 medewerker van wie niet bekend is of er een reiskostenvergoeding is.');
    expect(made.wpm.notes.map((n) => renderText(n, 'en'))).toContain('Out of scope: 1 employee whose travel allowance is not known.');
  });

  it('counts everyone, and says so, when the export has no allowance column', () => {
    const result = scanOf([
      { ...base, row: 1, mode: 'auto', fuel: 'benzine' },
      { ...base, row: 2, mode: 'fiets' },
    ]);
    expect(result.wpmScope).toMatchObject({ basis: 'everyone', inScope: 2 });
    const made = wpmFromScan({ id: 1, companyId: 'x', exportDate: '2025-12-31', contentHash: 'h', employees: 2, settingsHash: 's', scannedAt: '', result }, factorFile, 2025)!;
    expect(made.wpm.assumptions.map((a) => renderText(a, 'en')).join(' ')).toContain('no travel-allowance column');
    expect(made.wpm.assumptions.map((a) => renderText(a, 'nl')).join(' ')).toContain('geen kolom voor de reiskostenvergoeding');
  });

  it('says in the reader’s language when the km come from a scan of another year', () => {
    const result = scanOf([{ ...base, row: 1, mode: 'auto', fuel: 'benzine', allowance: 'km' }]);
    const made = wpmFromScan({ id: 1, companyId: 'x', exportDate: '2025-12-31', contentHash: 'h', employees: 1, settingsHash: 's', scannedAt: '', result }, factorFile, 2026)!;
    expect(made.wpm.assumptions.map((a) => renderText(a, 'nl'))).toContain('de kilometers komen uit de scan van 31-12-2025; het personeelsbestand van 2026 wordt gelijk verondersteld');
    expect(made.wpm.assumptions.map((a) => renderText(a, 'en')).join(' ')).toContain('the workforce of 2026 is taken to be the same');
  });
});
