import { describe, expect, it } from 'vitest';
import { classifyHeader } from '../../../src/core/ingest/classify-header.js';
import { detectColumns } from '../../../src/core/ingest/detect-columns.js';
import type { ColumnMapping } from '../../../src/core/ingest/types.js';

const headerOf = (mapping: ColumnMapping, index: number | undefined) => (index === undefined ? undefined : mapping.columns[index]?.header);
const rolesByHeader = (mapping: ColumnMapping) =>
  Object.fromEntries(Object.entries(mapping.roles).map(([role, index]) => [role, headerOf(mapping, index)]));
const personalHeaders = (mapping: ColumnMapping) => mapping.columns.filter((c) => c.kind === 'personal').map((c) => c.header);

describe('detectColumns on real-looking exports', () => {
  it('reads an AFAS Profit export by its field names', () => {
    const headers = ['EmId', 'Nm', 'ZpCd', 'Rs', 'CoId', 'HrWk', 'DyWk', 'Ad', 'HmNr', 'EmAd'];
    const samples = [['1001', 'Jansen', '3311 AB', 'Dordrecht', 'NL', '36', '4,5', 'Kerkstraat', '12', 'j.jansen@example.nl']];
    const mapping = detectColumns(headers, samples);
    expect(rolesByHeader(mapping)).toEqual({ employeeId: 'EmId', homePostcode: 'ZpCd', homePlace: 'Rs', country: 'CoId', hoursPerWeek: 'HrWk', workdaysPerWeek: 'DyWk' });
    expect(personalHeaders(mapping)).toContain('EmAd');
    expect(mapping.unresolved).toEqual([]);
  });

  it('reads a SAP HCM export, preferring the personnel subarea as the work location', () => {
    const headers = ['PERNR', 'NACHN', 'VORNA', 'GBDAT', 'PSTLZ', 'ORT01', 'LAND1', 'WERKS', 'BTRTL', 'WKWDY'];
    const samples = [['00012345', 'Bakker', 'Piet', '1980-04-01', '3072 AP', 'Rotterdam', 'NL', '1000', 'RTD1', '5']];
    const mapping = detectColumns(headers, samples);
    expect(rolesByHeader(mapping)).toEqual({
      employeeId: 'PERNR', homePostcode: 'PSTLZ', homePlace: 'ORT01', country: 'LAND1', workLocation: 'BTRTL', workdaysPerWeek: 'WKWDY',
    });
    expect(personalHeaders(mapping)).toEqual(['NACHN', 'VORNA', 'GBDAT']);
    expect(mapping.columns[7]).toMatchObject({ kind: 'ignored', reason: 'second candidate for workLocation' });
  });

  it('reads a Dutch hospital export with personal columns around the useful ones', () => {
    const headers = ['Personeelsnummer', 'Achternaam', 'Voorletters', 'Tussenvoegsel', 'Geboortedatum', 'Adres', 'Huisnummer', 'Toevoeging',
      'Postcode', 'Woonplaats', 'Land', 'Vestiging', 'Afdeling', 'Functie', 'FTE', 'Uren per week', 'Thuiswerkdagen', 'Vervoerwijze',
      'Leaseauto', 'Brandstof', 'Reiskostenvergoeding', 'Afstand woon-werk (km)', 'Begintijd', 'Dienst', 'E-mail', 'Telefoon', 'BSN',
      'IBAN', 'Kenteken', 'Datum in dienst'];
    const mapping = detectColumns(headers, []);
    expect(rolesByHeader(mapping)).toEqual({
      employeeId: 'Personeelsnummer', homePostcode: 'Postcode', homePlace: 'Woonplaats', country: 'Land', workLocation: 'Vestiging',
      fte: 'FTE', hoursPerWeek: 'Uren per week', homeworkDaysPerWeek: 'Thuiswerkdagen', mode: 'Vervoerwijze', leaseCar: 'Leaseauto',
      fuel: 'Brandstof', allowance: 'Reiskostenvergoeding', distanceKm: 'Afstand woon-werk (km)', startTime: 'Begintijd', shift: 'Dienst',
    });
    expect(personalHeaders(mapping)).toEqual(['Achternaam', 'Voorletters', 'Tussenvoegsel', 'Geboortedatum', 'Adres', 'Huisnummer',
      'Toevoeging', 'E-mail', 'Telefoon', 'BSN', 'IBAN', 'Kenteken']);
    const kinds = Object.fromEntries(mapping.columns.filter((c) => c.kind === 'personal').map((c) => [c.header, c.kind === 'personal' && c.personal]));
    expect(kinds).toMatchObject({ Achternaam: 'name', Adres: 'street', Huisnummer: 'houseNumber', Geboortedatum: 'birthDate', BSN: 'bsn', Kenteken: 'licencePlate' });
    expect(mapping.columns.find((c) => c.header === 'Afdeling')).toMatchObject({ kind: 'ignored' });
    expect(mapping.unresolved).toEqual([]);
  });

  it('reads an English export', () => {
    const headers = ['Employee ID', 'First name', 'Last name', 'Street address', 'Postal code', 'City', 'Country', 'Work location',
      'Hours per week', 'Days per week', 'Work from home days', 'Mode of transport', 'Company car', 'Fuel type', 'Commute distance (km)', 'Start time', 'Shift', 'Date of birth', 'Phone'];
    const mapping = detectColumns(headers, []);
    expect(rolesByHeader(mapping)).toEqual({
      employeeId: 'Employee ID', homePostcode: 'Postal code', homePlace: 'City', country: 'Country', workLocation: 'Work location',
      hoursPerWeek: 'Hours per week', workdaysPerWeek: 'Days per week', homeworkDaysPerWeek: 'Work from home days', mode: 'Mode of transport',
      leaseCar: 'Company car', fuel: 'Fuel type', distanceKm: 'Commute distance (km)', startTime: 'Start time', shift: 'Shift',
    });
    expect(personalHeaders(mapping)).toEqual(['First name', 'Last name', 'Street address', 'Date of birth', 'Phone']);
  });

  it.each([
    ['POSTCODE', 'homePostcode'], ['post code', 'homePostcode'], ['postal_code', 'homePostcode'], ['Zip', 'homePostcode'], ['PC', 'homePostcode'],
    ['Postcode woonadres', 'homePostcode'], ['Postcode (thuisadres)', 'homePostcode'], ['Postcode medewerker', 'homePostcode'],
    ['Postcode vestiging', 'workLocation'], ['Vestiging postcode', 'workLocation'], ['Werkplaats', 'workLocation'], ['Vestigingsplaats', 'workLocation'],
    ['Standplaats', 'workLocation'], ['Locatie', 'workLocation'], ['Naam vestiging', 'workLocation'], ['Werklocatie', 'workLocation'],
    ['Plaats', 'homePlace'], ['Woonplaats', 'homePlace'], ['Woonplaats medewerker', 'homePlace'], ['Landcode', 'country'],
    ['Medewerker', 'employeeId'], ['Medewerkernummer', 'employeeId'], ['Pers. nr.', 'employeeId'],
    ['Deeltijdfactor', 'fte'], ['Parttime percentage', 'fte'], ['Dienstverband %', 'fte'], ['Uren per week', 'hoursPerWeek'], ['Contracturen', 'hoursPerWeek'],
    ['Werkdagen', 'workdaysPerWeek'], ['Dagen per week', 'workdaysPerWeek'], ['Thuiswerkdagen', 'homeworkDaysPerWeek'], ['Aantal thuiswerkdagen per week', 'homeworkDaysPerWeek'],
    ['Modaliteit', 'mode'], ['Vervoermiddel woon-werk', 'mode'], ['Lease auto (ja/nee)', 'leaseCar'], ['Brandstof leaseauto', 'fuel'],
    ['Type reiskostenvergoeding', 'allowance'], ['Km-vergoeding', 'allowance'], ['Reisafstand', 'distanceKm'], ['Enkele reisafstand in km', 'distanceKm'],
    ['Aanvangstijd', 'startTime'], ['Shift start', 'startTime'], ['Begin dienst', 'startTime'], ['Rooster', 'shift'], ['Roosternaam', 'shift'],
    ['Ploegendienst', 'shift'], ['Work postcode', 'workLocation'], ['Gemeente', 'homePlace'], ['AFSTAND WOON/WERK IN KM', 'distanceKm'],
  ])('recognises the header %j as %s', (header, role) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'role', role });
    expect(detectColumns([header], []).columns[0]).toMatchObject({ kind: 'role', role, by: 'header' });
  });

  it.each(['Naam', 'Achternaam partner', 'Roepnaam', 'Straat', 'Straatnaam + huisnummer', 'Huisnr. toevoeging', 'Geboortedatum', 'DOB',
    'E-mailadres werk', 'Mobiel nummer', 'Sofinummer', 'Burgerservicenummer', 'IBAN', 'Kenteken leaseauto', 'Licence plate', 'Geslacht', 'Ziekteverzuim',
    'Postcode + huisnummer', 'Land van herkomst', 'Naam leidinggevende', 'Employee name'])(
    'marks %j as personal',
    (header) => {
      expect(detectColumns([header, 'Postcode'], []).columns[0]).toMatchObject({ kind: 'personal' });
    },
  );

  it.each(['Afdeling', 'Functienaam', 'Kostenplaats', 'Parkeerplaats', 'Datum in dienst', 'Soort dienstverband', 'Verlofuren', 'Salaris'])(
    'ignores %j, which mobiscan does not use',
    (header) => {
      expect(detectColumns([header, 'Postcode'], []).columns[0]).toMatchObject({ kind: 'ignored' });
    },
  );

  it('keeps "Postcode" as the home postcode beside a personal "Adres"', () => {
    const mapping = detectColumns(['Adres', 'Postcode', 'Plaats', 'Postcode vestiging'], [['Kerkstraat 1', '3311 AB', 'Dordrecht', '3318 AT']]);
    expect(rolesByHeader(mapping)).toEqual({ homePostcode: 'Postcode', homePlace: 'Plaats', workLocation: 'Postcode vestiging' });
    expect(mapping.columns[0]).toMatchObject({ kind: 'personal', personal: 'street' });
  });
});
