import { renderText } from '../../../src/core/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';
import type { ColumnMapping } from '../../../src/core/ingest/types.js';

const column = (mapping: ColumnMapping, index: number) => mapping.columns[index];

describe('detectColumns by content, ambiguity and overrides', () => {
  it('recognises a header-less export by its values, with lower confidence', () => {
    const headers = ['', 'Kolom2', 'Kolom3', 'Kolom4', 'Kolom5', 'Kolom6'];
    const samples = [
      ['3311 AB', '07:30', 'fiets', 'Diesel', 'km-vergoeding', 'Jansen'],
      ['3312CD', '8:00', 'auto', 'benzine', 'OV-vergoeding', 'de Vries'],
      ['2000', '16.45', 'OV', 'elektrisch', 'geen', 'Bakker'],
      ['3319 XZ', '', 'e-bike', '', 'km-vergoeding', 'Smit'],
    ];
    const mapping = detectColumns(headers, samples);
    expect(mapping.roles).toEqual({ homePostcode: 0, startTime: 1, mode: 2, fuel: 3, allowance: 4 });
    for (const index of [0, 1, 2, 3, 4]) {
      const c = column(mapping, index);
      expect(c).toMatchObject({ kind: 'role', by: 'content' });
      if (c?.kind === 'role') expect(c.confidence).toBeLessThan(0.8);
    }
    expect(column(mapping, 5)).toMatchObject({ kind: 'ignored' });
    expect(mapping.unresolved).toEqual([]);
  });

  it('marks a column of e-mail addresses as personal whatever its header', () => {
    const mapping = detectColumns(['Postcode', 'Vestiging'], [['3311 AB', 'a.jansen@ziekenhuis.nl'], ['3312 CD', 'p.smit@ziekenhuis.nl']]);
    expect(column(mapping, 1)).toMatchObject({ kind: 'personal', personal: 'email' });
    expect(mapping.roles.workLocation).toBeUndefined();
  });

  it('marks a column of BSNs (11-proef) as personal whatever its header', () => {
    const mapping = detectColumns(['Nummer', 'Postcode'], [['111222333', '3311 AB'], ['123456782', '3312 CD']]);
    expect(column(mapping, 0)).toMatchObject({ kind: 'personal', personal: 'bsn' });
    expect(mapping.roles.employeeId).toBeUndefined();
  });

  it('keeps 9-digit personnel numbers that fail the 11-proef', () => {
    const mapping = detectColumns(['Nummer', 'Postcode'], [['123456789', '3311 AB'], ['100000001', '3312 CD'], ['200000005', '3313 EF']]);
    expect(mapping.roles.employeeId).toBe(0);
  });

  it('reports two equal candidates for the home postcode as ambiguous', () => {
    const mapping = detectColumns(['PC', 'Postcode', 'Vestiging'], []);
    expect(mapping.unresolved).toEqual([{ role: 'homePostcode', problem: 'ambiguous', candidates: [0, 1] }]);
    expect(mapping.roles.homePostcode).toBeUndefined();
    expect(column(mapping, 0)).toMatchObject({ kind: 'ignored' });
  });

  it('reports two equal candidates for the work location as ambiguous', () => {
    const mapping = detectColumns(['Postcode', 'Vestiging', 'Locatie'], []);
    expect(mapping.unresolved).toEqual([{ role: 'workLocation', problem: 'ambiguous', candidates: [1, 2] }]);
  });

  it('lets the better header win and ignores the second candidate', () => {
    const mapping = detectColumns(['Postcode', 'Postcode 2', 'Woonplaats', 'Plaats'], []);
    expect(mapping.roles).toEqual({ homePostcode: 0, homePlace: 2 });
    expect(column(mapping, 1)).toEqual({ kind: 'ignored', index: 1, header: 'Postcode 2', reason: 'second candidate for homePostcode' });
    expect(column(mapping, 3)).toMatchObject({ kind: 'ignored', reason: 'second candidate for homePlace' });
    expect(mapping.unresolved).toEqual([]);
  });

  it('reports a missing home location', () => {
    const mapping = detectColumns(['Naam', 'Vestiging', 'FTE'], [['Jansen', 'Dordrecht', '0,8']]);
    expect(mapping.unresolved).toEqual([{ role: 'homePostcode', problem: 'missing', candidates: [] }]);
  });

  it('accepts a home place without a postcode', () => {
    expect(detectColumns(['Woonplaats', 'Vestiging'], []).unresolved).toEqual([]);
  });

  it('lets overrides win, matched case-insensitively, and resolves an ambiguity', () => {
    const mapping = detectColumns(['PC', 'Postcode', 'Code', 'Opmerking'], [], { roles: { homePostcode: 'postcode', workLocation: 'CODE' }, ignore: ['opmerking'] });
    expect(mapping.roles).toEqual({ homePostcode: 1, workLocation: 2 });
    expect(column(mapping, 1)).toMatchObject({ kind: 'role', by: 'mapping', confidence: 1 });
    expect(column(mapping, 0)).toMatchObject({ kind: 'ignored', reason: 'second candidate for homePostcode' });
    expect(column(mapping, 3)).toMatchObject({ kind: 'ignored', reason: 'ignored by --columns' });
    expect(mapping.unresolved).toEqual([]);
    expect(mapping.overrideProblems).toEqual([]);
  });

  it('lets an override give a role to a column the header tables call something else', () => {
    const mapping = detectColumns(['Postcode', 'Afdeling', 'Vestiging'], [], { roles: { workLocation: 'Afdeling' } });
    expect(mapping.roles.workLocation).toBe(1);
    expect(column(mapping, 2)).toMatchObject({ kind: 'ignored', reason: 'second candidate for workLocation' });
  });

  it('reports override entries that cannot be applied instead of dropping them', () => {
    const overrides = { roles: { homePostcode: 'Postkode', teleport: 'Postcode', workLocation: 'Vestiging', fte: 'vestiging' }, ignore: ['Bestaat niet'] };
    const mapping = detectColumns(['Postcode', 'Vestiging'], [], overrides as never);
    expect(mapping.overrideProblems?.map((p) => renderText(p, 'en'))).toEqual([
      'role homePostcode: no column "Postkode" in this export',
      expect.stringContaining('unknown role "teleport"'),
      'role fte: column "vestiging" is already mapped to workLocation',
      'ignore: no column "Bestaat niet" in this export',
    ]);
    expect(mapping.overrideProblems?.map((p) => renderText(p, 'nl'))).toEqual([
      'rol homePostcode: geen kolom "Postkode" in deze export',
      expect.stringContaining('onbekende rol "teleport"'),
      'rol fte: kolom "vestiging" hoort al bij workLocation',
      'ignore: geen kolom "Bestaat niet" in deze export',
    ]);
    expect(mapping.roles).toEqual({ homePostcode: 0, workLocation: 1 });
  });

  it('never gives a role to a column of e-mail addresses, even by override', () => {
    const mapping = detectColumns(['Postcode', 'Contact'], [['3311 AB', 'x@y.nl']], { roles: { employeeId: 'Contact' } });
    expect(column(mapping, 1)).toMatchObject({ kind: 'personal', personal: 'email' });
    expect(renderText(mapping.overrideProblems![0]!, 'en')).toContain('personal data (e-mail address)');
    expect(renderText(mapping.overrideProblems![0]!, 'nl')).toBe('rol employeeId: kolom "Contact" bevat persoonsgegevens (e-mailadres) en wordt nooit gelezen');
  });
});
