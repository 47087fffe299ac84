import { z } from 'zod';
import { parseHeadcount } from '../answers/parse-headcount.js';
import { text as deferred, type Text } from '../i18n/index.js';
import { check, checkProblems, type Checked } from './checked.js';
import { degrees, emptyToNull, isoDate, postcode, wholeNumber, wrong, yesNo } from './fields.js';
import { locationKey } from './location-key.js';
import type { CompanyInput, LocationInput } from './types.js';
import { validationMessages as m, type ValidationKey } from './validation-messages.js';

/** Short ids such as `asz`: what advisors type in every command. */
export const COMPANY_ID = /^[a-z0-9][a-z0-9-]{1,23}$/;

/** Checks a company id on its own (for `show`, `edit`, `--company`). */
export const companyId = z
  .string({ error: wrong('notId') })
  .refine((id) => COMPANY_ID.test(id), { error: wrong('badId') });

const text = (max: number) => z.string({ error: wrong('notText') }).trim().min(1, { error: 'empty' satisfies ValidationKey }).max(max, { error: 'tooLong' satisfies ValidationKey });

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
      ctx.addIssue({ code: 'custom', path: ['lat'], message: 'latLonPair' satisfies ValidationKey });
    }
    if (locationKey(location.name) === '') {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'needsCharacter' satisfies ValidationKey, input: location.name });
    }
  });

const companySchema = z
  .object({
    id: companyId,
    name: text(120),
    sector: z.preprocess(emptyToNull, text(80).nullable()),
    headcount: z.preprocess(emptyToNull, z.preprocess(headcountish, wholeNumber(1, 1_000_000, 'notHeadcount')).nullable()),
    declarationSigned: z.preprocess(emptyToNull, isoDate.nullable()),
    sharesWithAlliance: z.preprocess((v) => v ?? false, yesNo),
    locations: z.array(locationSchema).default([]),
  })
  .superRefine((company, ctx) => {
    const seen = new Set<string>();
    company.locations.forEach((location, index) => {
      const key = locationKey(location.name);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['locations', index, 'name'], message: 'appearsTwice' satisfies ValidationKey, input: location.name });
      seen.add(key);
    });
  });

/** Checks a company from flags, a wizard or an import file; messages name the entity and field. */
export function validateCompany(input: unknown, entity: Text = deferred(m, 'entityCompany')): Checked<CompanyInput> {
  return check(companySchema, entity, input) as Checked<CompanyInput>;
}

/** What is wrong with one company field on its own (a wizard shows it under the prompt), or undefined. */
export function companyFieldProblem(field: string, value: unknown): Text | string | undefined {
  const checked = checkProblems(companySchema, { id: 'check', name: 'check', [field]: value });
  return checked.ok ? undefined : checked.problems[0]?.problem;
}

/** Checks one location on its own. */
export function validateLocation(input: unknown, entity: Text = deferred(m, 'entityLocation')): Checked<LocationInput> {
  return check(locationSchema, entity, input) as Checked<LocationInput>;
}
