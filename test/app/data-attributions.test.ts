import { describe, expect, it } from 'vitest';
import { dataAttributions } from '../../src/app/data-attributions.js';
import type { GeodataInfo } from '../../src/core/geo/postcode-info.js';
import { reportAttributions } from '../../src/core/report/report-attributions.js';
import { reportTexts } from '../../src/core/report/report-texts.js';

const info = (attribution: string[], licenceNotStated: boolean): GeodataInfo => ({
  version: 1, table: 'postcodes-1.json', importedAt: '2026-11-30T10:00:00Z', counts: { pc4: 1, pc6: 0, foreign: 0 },
  sources: [{ file: 'eigen-postcodes.csv', format: 'csv', coordinates: 'rd', rowsRead: 1, rowsAccepted: 1, rejects: {}, attribution: null }],
  countries: ['NL'], corrections: [], attribution, licenceNotStated,
});

describe('the attribution of an imported postcode table in a report', () => {
  it('says in the report’s language that the licence was not stated, without the file name', () => {
    const lines = dataAttributions(info([], true));
    const nl = reportAttributions(lines, reportTexts('nl'));
    const en = reportAttributions(lines, reportTexts('en'));
    expect(nl).toContain('Postcodes: een postcodebestand dat de gebruiker zelf heeft ingelezen; de licentie is niet vermeld.');
    expect(en).toContain('Postcodes: a postcode file the user imported; its licence is not stated.');
    for (const line of [...nl, ...en]) expect(line).not.toMatch(/eigen-postcodes|\.csv|imported by the user; licence/);
    expect(nl.join('\n')).not.toMatch(/licence|imported/);
  });

  it('quotes a stated attribution as its importer wrote it, and says nothing about a licence then', () => {
    const nl = reportAttributions(dataAttributions(info(['CBS, CC BY 4.0'], false)), reportTexts('nl'));
    expect(nl).toContain('Postcodes: CBS, CC BY 4.0');
    expect(nl.join('\n')).not.toMatch(/niet vermeld/);
  });
});
