import { describe, expect, it } from 'vitest';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import { companyFieldProblem, validateCompany } from '../../../src/core/workspace/validate-company.js';

const base = { id: 'asz', name: 'Albert Schweitzer ziekenhuis' };
const errorsOf = (input: unknown, lang: Lang = 'en') => {
  const checked = validateCompany(input);
  return checked.ok ? [] : checked.errors.map((e) => renderText(e, lang));
};

describe('validateCompany', () => {
  it('fills what is not given with null, no locations and not sharing', () => {
    expect(validateCompany(base)).toEqual({
      ok: true,
      value: { ...base, sector: null, headcount: null, declarationSigned: null, sharesWithAlliance: false, locations: [] },
    });
  });

  it('reads flag strings: headcount, ja/nee, postcode with a space', () => {
    const checked = validateCompany({ ...base, headcount: '3000', sharesWithAlliance: 'ja', locations: [{ name: 'Dordwijk', postcode: '3318 at' }] });
    expect(checked.ok && checked.value).toMatchObject({ headcount: 3000, sharesWithAlliance: true, locations: [{ postcode: '3318AT', lat: null }] });
  });

  it('names each bad field', () => {
    expect(errorsOf({ id: 'a', name: '', headcount: -3, declarationSigned: '2023-02-30' })).toEqual([
      "company id: 'a' is not a valid id: use 2-24 lower-case letters, digits or '-', starting with a letter or digit",
      'company name: is empty',
      'company headcount: -3 is not a whole number above 0',
      "company declaration-signed: '2023-02-30' is not a date (YYYY-MM-DD)",
    ]);
  });

  it('names the location of a bad coordinate and of a duplicate name', () => {
    expect(
      errorsOf({ ...base, locations: [{ name: 'A', lat: 95, lon: 4 }, { name: 'B', lat: 51 }, { name: 'a ' }] }),
    ).toEqual([
      'company locations 1 lat: 95 is not a coordinate between -90 and 90',
      'company locations 2 lat: give both lat and lon, or neither',
      "company locations 3 name: 'a' appears twice",
    ]);
  });

  it('says the same in Dutch, naming the field in Dutch beside its column', () => {
    expect(errorsOf({ id: 'a', name: '', headcount: -3, declarationSigned: '2023-02-30' }, 'nl')).toEqual([
      'bedrijf, id: ‘a’ is geen geldige id: gebruik 2 tot 24 kleine letters, cijfers of ‘-’, te beginnen met een letter of cijfer',
      'bedrijf, naam (name): is leeg',
      'bedrijf, aantal medewerkers (headcount): -3 is geen heel aantal groter dan 0; typ bijvoorbeeld 4500',
      'bedrijf, intentie getekend (declaration_signed): ‘2023-02-30’ is geen datum; typ bijvoorbeeld 11-05-2023 of 2023-05-11',
    ]);
    expect(errorsOf({ ...base, locations: [{ name: 'A', lat: 95, lon: 4 }] }, 'nl')).toEqual([
      'bedrijf, locatie 1 breedtegraad (lat): 95 is geen breedtegraad tussen -90 en 90',
    ]);
  });

  it('gives one field\'s problem without the prefix, for a wizard, in the reader\'s language', () => {
    expect(renderText(companyFieldProblem('id', 'A!')!, 'nl')).toMatch(/^‘A!’ is geen geldige id: gebruik/);
    expect(renderText(companyFieldProblem('id', 'A!')!, 'en')).toMatch(/^'A!' is not a valid id: use/);
    expect(companyFieldProblem('id', 'asz')).toBeUndefined();
  });
});
