import { describe, expect, it } from 'vitest';
import { createRowNormaliser } from '../../../src/core/ingest/create-row-normaliser.js';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';
import { DEFAULT_INGEST_SETTINGS, type RowProblem } from '../../../src/core/ingest/types.js';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';

const headers = ['Personeelsnummer', 'Achternaam', 'Straat', 'Huisnummer', 'Postcode', 'Woonplaats', 'Land', 'Vestiging', 'FTE',
  'Werkdagen', 'Thuiswerkdagen', 'Vervoerwijze', 'Leaseauto', 'Brandstof', 'Reiskostenvergoeding', 'Afstand woon-werk (km)', 'Begintijd', 'Dienst'];
type Fields = Partial<Record<(typeof headers)[number], string>>;
const base: Fields = {
  Personeelsnummer: '10023', Achternaam: 'Jansen-Verhoeven', Straat: 'Kerkstraat', Huisnummer: '12a', Postcode: '3311 AB', Woonplaats: 'Dordrecht',
  Land: 'NL', Vestiging: 'Locatie Noord', FTE: '0,8', Werkdagen: '', Thuiswerkdagen: '1', Vervoerwijze: 'fiets', Leaseauto: 'nee',
  Brandstof: '', Reiskostenvergoeding: 'km-vergoeding', 'Afstand woon-werk (km)': '7,5', Begintijd: '07:30', Dienst: 'Dag',
};
const row = (fields: Fields = {}): string[] => headers.map((h) => ({ ...base, ...fields })[h] ?? '');
/** Problems with their reason as a reader in `lang` sees it. */
const read = (problems: RowProblem[], lang: Lang = 'en') => problems.map((p) => ({ ...p, reason: renderText(p.reason, lang) }));
const make = (options = {}) => createRowNormaliser(headers, detectColumns(headers, []), DEFAULT_INGEST_SETTINGS, options);

describe('createRowNormaliser', () => {
  it('turns a full row into a clean employee without personal data', () => {
    const { employee, problems } = make()(row(), 2);
    expect(problems).toEqual([]);
    expect(employee).toMatchObject({
      row: 2, country: 'NL', pc6: '3311AB', pc4: '3311', homePlace: 'Dordrecht', workLocation: 'Locatie Noord', fte: 0.8,
      workdaysPerWeek: 4, homeworkDaysPerWeek: 1, mode: 'fiets', leaseCar: false, allowance: 'km', distanceKm: 7.5, startMinutes: 450, shift: 'Dag',
    });
    expect(employee?.personnelId).toBeUndefined();
    expect(employee?.fuel).toBeUndefined();
  });

  it('keeps a row with only an HR distance for the distance figures, and warns "alleen HR-afstand"', () => {
    const { employee, problems } = make()(row({ Postcode: '', Woonplaats: '' }), 5);
    expect(employee).toMatchObject({ distanceKm: 7.5, pc4: undefined, homePlace: undefined });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['distance-only', 'warning']]);
    expect(read(problems, 'nl')[0]!.reason).toContain('alleen HR-afstand');
    expect(read(problems)[0]!.reason).toContain('HR distance only');
  });

  it('warns "alleen HR-afstand" also when the postcode is unusable and no place is given', () => {
    const { employee, problems } = make()(row({ Postcode: 'onbekend', Woonplaats: '' }), 5);
    expect(employee).toBeDefined();
    expect(problems.map((p) => p.code)).toEqual(['invalid-postcode', 'distance-only']);
  });

  it('rejects a row with no postcode, place or distance', () => {
    const { employee, problems } = make()(row({ Postcode: '', Woonplaats: '', 'Afstand woon-werk (km)': '' }), 5);
    expect(employee).toBeUndefined();
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['no-home-location', 'error']]);
  });

  it('places a postcode with never-issued letters (SA, SD, SS) by its PC4, with a warning, instead of by the town', () => {
    const { employee, problems } = make()(row({ Postcode: '3311 SS' }), 6);
    expect(employee).toMatchObject({ pc4: '3311', pc6: undefined, homePlace: 'Dordrecht' });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['postcode-letters-never-issued', 'warning']]);
  });

  it('keeps the personnel number only when asked', () => {
    expect(make({ keepPersonnelId: true })(row(), 2).employee?.personnelId).toBe('10023');
  });

  it('rejects a duplicate personnel number, naming the first row but not the number', () => {
    const normalise = make();
    expect(normalise(row(), 2).employee).toBeDefined();
    expect(normalise(row({ Personeelsnummer: '10024' }), 3).employee).toBeDefined();
    const duplicate = normalise(row({ Personeelsnummer: '010023' }), 4);
    expect(duplicate.employee).toBeUndefined();
    expect(read(duplicate.problems)).toEqual([
      { row: 4, column: 'Personeelsnummer', code: 'duplicate-id', reason: 'same personnel number as row 2; row skipped', severity: 'error' },
    ]);
    expect(JSON.stringify(read(duplicate.problems, 'nl'))).not.toContain('10023');
    expect(read(duplicate.problems, 'nl')[0]!.reason).toBe('hetzelfde personeelsnummer als rij 2; deze rij is overgeslagen');
  });

  it('does not count a rejected row as seen', () => {
    const normalise = make();
    expect(normalise(row({ Postcode: '', Woonplaats: '', 'Afstand woon-werk (km)': '' }), 2).employee).toBeUndefined();
    expect(normalise(row(), 3).employee).toBeDefined();
  });

  it('rejects a repeated header row mid-file', () => {
    const result = make()(headers.map((h) => ` ${h.toUpperCase()} `), 50);
    expect(read(result.problems)).toEqual([{ row: 50, code: 'repeated-header', reason: 'the header row repeated', severity: 'error' }]);
  });

  it('rejects an empty row with exactly one problem', () => {
    const empty = make()(headers.map(() => '  '), 7);
    expect(empty.employee).toBeUndefined();
    expect(read(empty.problems)).toEqual([{ row: 7, code: 'empty-row', reason: 'empty row', severity: 'error' }]);
    expect(make()([], 8).problems).toHaveLength(1);
  });

  it('rejects a row without any home location', () => {
    const result = make()(row({ Postcode: '', Woonplaats: '', 'Afstand woon-werk (km)': '' }), 9);
    expect(result.employee).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ code: 'no-home-location', severity: 'error' })]);
  });

  it('rejects an invalid postcode with nothing else, keeps it as a warning when a place is known', () => {
    const alone = make()(row({ Postcode: '33 AB', Woonplaats: '', 'Afstand woon-werk (km)': '' }), 3);
    expect(alone.employee).toBeUndefined();
    expect(alone.problems).toEqual([expect.objectContaining({ code: 'invalid-postcode', severity: 'error', column: 'Postcode' })]);
    const withPlace = make()(row({ Postcode: '33 AB' }), 4);
    expect(withPlace.employee).toMatchObject({ homePlace: 'Dordrecht', pc4: undefined });
    expect(withPlace.problems).toEqual([expect.objectContaining({ code: 'invalid-postcode', severity: 'warning' })]);
  });

  it('warns about impossible optional values, drops them and keeps the row', () => {
    const result = make()(row({ FTE: '7', Vervoerwijze: 'hovercraft', Begintijd: '25:99', Thuiswerkdagen: '9', Leaseauto: 'misschien' }), 5);
    expect(result.employee).toMatchObject({ fte: undefined, mode: 'onbekend', startMinutes: undefined, homeworkDaysPerWeek: undefined, leaseCar: undefined });
    expect(result.problems.map((p) => [p.code, p.severity, p.column])).toEqual([
      ['invalid-fte', 'warning', 'FTE'],
      ['invalid-homework-days', 'warning', 'Thuiswerkdagen'],
      ['invalid-mode', 'warning', 'Vervoerwijze'],
      ['invalid-lease-car', 'warning', 'Leaseauto'],
      ['invalid-time', 'warning', 'Begintijd'],
    ]);
    expect(read(result.problems)[0]?.reason).toBe('FTE "7": impossible (expected more than 0 and at most 1.5)');
    expect(read(result.problems, 'nl').map((p) => p.reason)).toEqual([
      'FTE "7": onmogelijk (verwacht meer dan 0 en hoogstens 1,5)',
      'thuiswerkdagen "9": buiten het bereik (verwacht 0 tot 5 dagen)',
      'vervoerwijze (waarde niet getoond): onbekende vervoerwijze',
      'leaseauto (waarde niet getoond): geen ja of nee',
      'begintijd "25:99": geen bestaande tijd (verwacht 00:00 tot 23:59)',
    ]);
  });

  it('derives workdays from FTE x 5 when there is no workdays value', () => {
    const normalise = make();
    expect(normalise(row({ FTE: '0,5' }), 2).employee?.workdaysPerWeek).toBe(3);
    expect(normalise(row({ Personeelsnummer: '2', FTE: '0,1' }), 3).employee?.workdaysPerWeek).toBe(1);
    expect(normalise(row({ Personeelsnummer: '3', FTE: '1,2' }), 4).employee?.workdaysPerWeek).toBe(5);
    expect(normalise(row({ Personeelsnummer: '4', FTE: '0,5', Werkdagen: '4,5' }), 5).employee?.workdaysPerWeek).toBe(4.5);
  });

  it('takes the country from the column, else from a postcode prefix, else the default', () => {
    const normalise = make();
    expect(normalise(row({ Personeelsnummer: '1', Land: 'België', Postcode: '2000' }), 2).employee).toMatchObject({ country: 'BE', foreignPostcode: '2000' });
    expect(normalise(row({ Personeelsnummer: '2', Land: '', Postcode: 'D-47533' }), 3).employee).toMatchObject({ country: 'DE', foreignPostcode: '47533' });
    expect(normalise(row({ Personeelsnummer: '3', Land: '' }), 4).employee).toMatchObject({ country: 'NL', pc6: '3311AB' });
  });

  it('prefers a postcode prefix over a conflicting country column, with a warning', () => {
    const result = make()(row({ Land: 'NL', Postcode: 'B-2000' }), 6);
    expect(result.employee).toMatchObject({ country: 'BE', foreignPostcode: '2000', pc4: undefined });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'country-mismatch', severity: 'warning', column: 'Land' })]);
  });

  it('never reads a personal column, even when a hand-made mapping points a role at it', () => {
    const mapping = detectColumns(headers, []);
    const tampered = { ...mapping, roles: { ...mapping.roles, homePlace: headers.indexOf('Straat') } };
    const result = createRowNormaliser(headers, tampered, DEFAULT_INGEST_SETTINGS, {})(row(), 2);
    expect(result.employee?.homePlace).toBeUndefined();
  });

  it('names a column without a header by its place, in the reader’s language', () => {
    const named = ['Postcode', 'Afstand woon-werk (km)'];
    const normalise = createRowNormaliser(['', 'Afstand woon-werk (km)'], detectColumns(named, []), DEFAULT_INGEST_SETTINGS, {});
    const [problem] = normalise(['33 AB', '5'], 2).problems;
    expect(problem).toMatchObject({ code: 'invalid-postcode' });
    expect(renderText(problem!.column!, 'nl')).toBe('kolom 1');
    expect(renderText(problem!.column!, 'en')).toBe('column 1');
  });

  it('reads hours per week when the export has no FTE column', () => {
    const hoursHeaders = ['Postcode', 'Uren per week'];
    const normalise = createRowNormaliser(hoursHeaders, detectColumns(hoursHeaders, []), DEFAULT_INGEST_SETTINGS, {});
    expect(normalise(['3311 AB', '24'], 2).employee?.fte).toBeCloseTo(24 / 36, 10);
    expect(normalise(['3311 AC', '40'], 3).employee?.fte).toBe(1);
  });

  it('reads a percentage column as a fraction and a shift range as a start time', () => {
    const pctHeaders = ['Postcode', 'Parttime percentage', 'Rooster'];
    const normalise = createRowNormaliser(pctHeaders, detectColumns(pctHeaders, []), DEFAULT_INGEST_SETTINGS, {});
    expect(normalise(['3311 AB', '80', '07:00-15:30'], 2).employee).toMatchObject({ fte: 0.8, startMinutes: 420, shift: '07:00-15:30' });
  });

  it('never lets a personal value into a problem or an employee', () => {
    const personal = { Achternaam: 'Verhoeven-Zwanenburg', Straat: 'Lange Geldersekade', Huisnummer: '117bis', Personeelsnummer: '98765' };
    const normalise = make();
    const outputs = [
      normalise(row(personal), 2),
      normalise(row(personal), 3),
      normalise(row({ ...personal, Postcode: 'Lange Geldersekade 117bis', Woonplaats: '', 'Afstand woon-werk (km)': '' }), 4),
      normalise(row({ ...personal, Personeelsnummer: '5', Postcode: 'Lange Geldersekade', FTE: 'x', Vervoerwijze: 'y' }), 5),
    ];
    const text = JSON.stringify(outputs);
    for (const value of Object.values(personal)) expect(text).not.toContain(value);
    expect(outputs[0]?.employee).toBeDefined();
  });
});
