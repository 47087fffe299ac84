import { z } from 'zod';
import { parseHeadcount } from '../answers/parse-headcount.js';
import { check, type Checked } from './checked.js';
import { degrees, emptyToNull, isoDate, postcode, wholeNumber, wrong, yesNo } from './fields.js';
import { locationKey } from './location-key.js';
import type { CompanyInput, LocationInput } from './types.js';

/** Short ids such as `asz`: what advisors type in every command. */
export const COMPANY_ID = /^[a-z0-9][a-z0-9-]{1,23}$/;

/** Checks a company id on its own (for `show`, `edit`, `--company`). */
export const companyId = z
  .string({ error: wrong((value) => `${value} is not a valid id`) })
  .refine((id) => COMPANY_ID.test(id), {
    error: wrong((value) => `${value} is not a valid id: use 2-24 lower-case letters, digits or '-', starting with a letter or digit`),
  });

const text = (max: number) => z.string({ error: wrong((value) => `${value} is not text`) }).trim().min(1, { error: 'is empty' }).max(max, { error: `is longer than ${max} characters` });

/** "4.500" as a Dutch person writes a headcount is 4500 (a thousands dot, never a decimal point). */
const headcountish = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const read = parseHeadcount(value);
  return read.ok ? read.value : value;
};

const locationSchema = z
  .object({
    name: text(80),
    address: z.preprocess(emptyToNull, text(200).nullable()),
    postcode: z.preprocess(emptyToNull, postcode.nullable()),
    lat: z.preprocess(emptyToNull, degrees(90).nullable()),
    lon: z.preprocess(emptyToNull, degrees(180).nullable()),
  })
  .superRefine((location, ctx) => {
    if ((location.lat === null) !== (location.lon === null)) {
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'give both lat and lon, or neither' });
    }
    if (locationKey(location.name) === '') {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `'${location.name}' needs at least one letter or digit` });
    }
  });

const companySchema = z
  .object({
    id: companyId,
    name: text(120),
    sector: z.preprocess(emptyToNull, text(80).nullable()),
    headcount: z.preprocess(emptyToNull, z.preprocess(headcountish, wholeNumber(1, 1_000_000, 'a whole number above 0')).nullable()),
    declarationSigned: z.preprocess(emptyToNull, isoDate.nullable()),
    sharesWithAlliance: z.preprocess((v) => v ?? false, yesNo),
    locations: z.array(locationSchema).default([]),
  })
  .superRefine((company, ctx) => {
    const seen = new Set<string>();
    company.locations.forEach((location, index) => {
      const key = locationKey(location.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['locations', index, 'name'], message: `'${location.name}' appears twice` });
      seen.add(key);
    });
  });

/** Checks a company from flags, a wizard or an import file; messages name the field. */
export function validateCompany(input: unknown, entity = 'company'): Checked<CompanyInput> {
  return check(companySchema, entity, input) as Checked<CompanyInput>;
}

/** Checks one location on its own. */
export function validateLocation(input: unknown, entity = 'location'): Checked<LocationInput> {
  return check(locationSchema, entity, input) as Checked<LocationInput>;
}
