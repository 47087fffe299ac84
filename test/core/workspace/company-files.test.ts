import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText, type Lang } from '../../../src/core/i18n/index.js';
import type { Checked } from '../../../src/core/workspace/checked.js';
import { formatCompanyCsv, parseCompanyCsv } from '../../../src/core/workspace/company-csv.js';
import { formatCompanyYaml, parseCompanyYaml } from '../../../src/core/workspace/company-yaml.js';
import { locationKey } from '../../../src/core/workspace/location-key.js';
import { canonicalCompany, planImport } from '../../../src/core/workspace/plan-import.js';
import type { Company } from '../../../src/core/workspace/types.js';

const asz: Company = {
  id: 'asz', name: 'Albert Schweitzer; ziekenhuis "ASz"', sector: 'zorg', headcount: 3000, declarationSigned: '2023-05-11', sharesWithAlliance: true,
  locations: [
    { key: 'dordwijk', name: 'Dordwijk', address: 'Albert Schweitzerplaats 25, 3318 AT Dordrecht', postcode: '3318AT', lat: 51.7955, lon: 4.6761 },
    { key: 'zwijndrecht', name: 'Zwijndrecht', address: null, postcode: '3331', lat: null, lon: null },
  ],
};
const bare: Company = { id: 'bouw', name: 'Dordtse Bouw', sector: null, headcount: null, declarationSigned: null, sharesWithAlliance: false, locations: [] };
const rendered = (checked: Checked<unknown>, lang: Lang = 'en') => (checked.ok ? checked : { ok: false, errors: checked.errors.map((e) => renderText(e, lang)) });
const same = (a: readonly Company[], b: unknown) => planImport(a, b as Company[]).unchanged.length === a.length;

describe('company files', () => {
  it('CSV written by export reads back to the same companies', () => {
    const back = parseCompanyCsv(formatCompanyCsv([asz, bare]));
    expect(back.ok && same([asz, bare], back.value)).toBe(true);
  });

  it('CSV export neutralises formulas (=, @, +, -) so Excel shows them as text, and reads them back unchanged', () => {
    const hostile: Company = {
      ...bare, id: 'evil', name: "=cmd|' /C calc'!A0", sector: '@SUM(1+1)*cmd|/C calc!A0',
      locations: [{ key: 'x', name: '+31 plaats', address: '-2+3', postcode: '3318AT', lat: 51.8, lon: -0.5 }],
    };
    const csv = formatCompanyCsv([hostile]);
    const cells = csv.split('\n')[1]!.split(';');
    const texts = cells.filter((c) => c !== '' && Number.isNaN(Number(c)));
    expect(texts.length).toBeGreaterThan(4);
    for (const cell of texts) expect(cell, cell).not.toMatch(/^[=+\-@]/);
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    const back = parseCompanyCsv(csv);
    expect(back.ok && same([hostile], back.value)).toBe(true);
  });

  it('YAML written by export reads back to the same companies', () => {
    const back = parseCompanyYaml(formatCompanyYaml([asz, bare]));
    expect(back.ok && same([asz, bare], back.value)).toBe(true);
  });

  it('reads Dutch Excel CSV: decimal commas, ja/nee, one row per location', () => {
    const csv = 'id;name;sector;headcount;declaration_signed;shares;location_name;postcode;lat;lon\r\n' +
      'asz;ASz;zorg;3000;2023-05-11;ja;Dordwijk;3318 AT;51,7955;4,6761\r\nasz;ASz;zorg;3000;2023-05-11;ja;Zwijndrecht;3331;;\r\n';
    const checked = parseCompanyCsv(csv);
    expect(checked.ok && checked.value).toEqual([
      { id: 'asz', name: 'ASz', sector: 'zorg', headcount: 3000, declarationSigned: '2023-05-11', sharesWithAlliance: true, locations: [
        { name: 'Dordwijk', address: null, postcode: '3318AT', lat: 51.7955, lon: 4.6761 },
        { name: 'Zwijndrecht', address: null, postcode: '3331', lat: null, lon: null },
      ] },
    ]);
  });

  it('names the line and field of every bad row', () => {
    const csv = 'id;name;headcount\nasz;ASz;-1\nBAD;X;5\n';
    expect(rendered(parseCompanyCsv(csv))).toEqual({ ok: false, errors: [
      'line 2: company asz headcount: -1 is not a whole number above 0',
      "line 3: company BAD id: 'BAD' is not a valid id: use 2-24 lower-case letters, digits or '-', starting with a letter or digit",
    ] });
    expect(rendered(parseCompanyCsv(csv), 'nl')).toMatchObject({ ok: false, errors: [
      'regel 2: bedrijf asz, aantal medewerkers (headcount): -1 is geen heel aantal groter dan 0; typ bijvoorbeeld 4500',
      expect.stringMatching(/^regel 3: bedrijf BAD, id: ‘BAD’ is geen geldige id/),
    ] });
  });

  it('refuses a YAML file that lists one company twice', () => {
    const yaml = 'companies:\n  - {id: asz, name: A}\n  - {id: asz, name: B}\n';
    expect(rendered(parseCompanyYaml(yaml))).toEqual({ ok: false, errors: ['company asz: appears twice'] });
    expect(rendered(parseCompanyYaml(yaml), 'nl')).toEqual({ ok: false, errors: ['bedrijf asz: komt twee keer voor in het bestand'] });
  });

  it('any company survives a CSV and a YAML round trip', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && /[a-z0-9]/i.test(s));
    const location = fc.record({
      name: text, address: fc.option(text, { nil: null }), postcode: fc.option(fc.constantFrom('3318AT', '3331', '1012AB'), { nil: null }),
      coords: fc.option(fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })), { nil: null }),
    });
    const company = fc.record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,10}$/), name: text, sector: fc.option(text, { nil: null }),
      headcount: fc.option(fc.integer({ min: 1, max: 100000 }), { nil: null }), declarationSigned: fc.option(fc.constantFrom('2023-05-11', '2016-01-01'), { nil: null }),
      sharesWithAlliance: fc.boolean(), locations: fc.uniqueArray(location, { maxLength: 3, selector: (l) => locationKey(l.name) }),
    });
    fc.assert(
      fc.property(company, (raw) => {
        const c: Company = { ...raw, locations: raw.locations.filter((l) => locationKey(l.name) !== '').map(({ coords, ...l }) => ({ ...l, key: locationKey(l.name), lat: coords?.[0] ?? null, lon: coords?.[1] ?? null })) };
        for (const back of [parseCompanyCsv(formatCompanyCsv([c])), parseCompanyYaml(formatCompanyYaml([c]))]) {
          expect(back.ok).toBe(true);
          if (back.ok) expect(canonicalCompany(back.value[0]!)).toBe(canonicalCompany(c));
        }
      }),
    );
  });
});
