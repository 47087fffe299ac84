import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../../src/core/ingest/find-header-row.js';

const hospitalHeader = ['Personeelsnummer', 'Achternaam', 'Postcode', 'Woonplaats', 'Vestiging', 'FTE', 'Vervoerwijze'];
const dataRow = ['10023', 'Jansen', '3311 AB', 'Dordrecht', 'Locatie Noord', '0,8', 'fiets'];

describe('findHeaderRow', () => {
  it('finds the header on the first row', () => {
    expect(findHeaderRow([hospitalHeader, dataRow, dataRow])).toBe(0);
  });

  it('skips title, date and blank rows above the header', () => {
    const rows = [
      ['Personeelsbestand Albert Schweitzer ziekenhuis', '', ''],
      ['Peildatum: 01-03-2026'],
      [],
      ['', '', ''],
      hospitalHeader,
      dataRow,
      ['10024', 'de Vries', '3317 KL', 'Dordrecht', 'Locatie Zuid', '1', 'auto'],
    ];
    expect(findHeaderRow(rows)).toBe(4);
  });

  it('finds an AFAS header below an export banner', () => {
    const rows = [['AFAS Profit export', 'Medewerkers'], ['Gegenereerd op', '2026-03-01 08:15'], ['EmId', 'ZpCd', 'Rs', 'HrWk'], ['1001', '3311AB', 'Dordrecht', '36']];
    expect(findHeaderRow(rows)).toBe(2);
  });

  it('prefers the header over a data row whose values contain header words', () => {
    const rows = [['Medewerker', 'Postcode', 'Vestiging', 'Dienst'], ['1001', '3311 AB', 'Vestiging Dordrecht', 'Vroege dienst']];
    expect(findHeaderRow(rows)).toBe(0);
  });

  it('returns 0 when no row has a known header', () => {
    expect(findHeaderRow([['3311 AB', '07:30', 'fiets'], ['3312 CD', '08:00', 'auto']])).toBe(0);
    expect(findHeaderRow([])).toBe(0);
    expect(findHeaderRow([[], []])).toBe(0);
  });

  it('looks no further than 30 rows', () => {
    const rows = [...Array.from({ length: 30 }, () => ['x']), hospitalHeader];
    expect(findHeaderRow(rows)).toBe(0);
  });
});
