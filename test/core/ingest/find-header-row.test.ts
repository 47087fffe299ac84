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

  it('returns -1 when no row has a known header', () => {
    expect(findHeaderRow([['3311 AB', '07:30', 'fiets'], ['3312 CD', '08:00', 'auto']])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
    expect(findHeaderRow([[], []])).toBe(-1);
  });

  it('never takes a data row for the header, even when a value contains a header word (a file without a header row)', () => {
    const employee = ['Lotte Mulder', 'Dorpsstraat 1', '3315 CH', 'Dordrecht', '12-03-1985', 'lotte.mulder@example.nl', 'auto'];
    expect(findHeaderRow([employee, ['Jan Smit', 'Kerkweg 3', '3316 AB', 'Dordrecht', '01-02-1970', 'jan@example.nl', 'fiets']])).toBe(-1);
    for (const cell of ['3315 CH', '12-03-1985', '1985-03-12', 'a@b.nl', '12,5', 'B-2000']) {
      expect(findHeaderRow([['Straat', 'Postcode', cell]]), cell).toBe(-1);
    }
  });

  it('looks no further than 30 rows', () => {
    const rows = [...Array.from({ length: 30 }, () => ['x']), hospitalHeader];
    expect(findHeaderRow(rows)).toBe(-1);
  });
});
