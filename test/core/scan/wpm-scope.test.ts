import { describe, expect, it } from 'vitest';
import { createScan } from '../../../src/core/scan/create-scan.js';
import type { Employee } from '../../../src/core/ingest/types.js';
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
    expect(made.wpm.notes.join(' ')).toMatch(/2 out/);
  });

  it('counts everyone, and says so, when the export has no allowance column', () => {
    const result = scanOf([
      { ...base, row: 1, mode: 'auto', fuel: 'benzine' },
      { ...base, row: 2, mode: 'fiets' },
    ]);
    expect(result.wpmScope).toMatchObject({ basis: 'everyone', inScope: 2 });
    const made = wpmFromScan({ id: 1, companyId: 'x', exportDate: '2025-12-31', contentHash: 'h', employees: 2, settingsHash: 's', scannedAt: '', result }, factorFile, 2025)!;
    expect(made.wpm.assumptions.join(' ')).toContain('no travel-allowance column');
  });
});
