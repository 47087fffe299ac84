import { parse, stringify } from 'yaml';
import { text as deferred, type Text } from '../i18n/index.js';
import { problemText, type Checked } from './checked.js';
import { validateCompany } from './validate-company.js';
import type { Company, CompanyInput } from './types.js';
import { validationMessages as m } from './validation-messages.js';

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `companies:` (a list of companies, each with nested `locations:`) from YAML text. */
export function parseCompanyYaml(text: string): Checked<CompanyInput[]> {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    return { ok: false, errors: [deferred(m, 'yamlBroken', { reason: (error as Error).message })] };
  }
  const list = isRecord(doc) ? doc.companies : doc;
  if (!Array.isArray(list)) return { ok: false, errors: [deferred(m, 'yamlNoList')] };
  const errors: Text[] = [];
  const companies: CompanyInput[] = [];
  list.forEach((raw: unknown, index) => {
    const c = isRecord(raw) ? raw : {};
    const locations = Array.isArray(c.locations) ? c.locations.map((l: unknown) => (isRecord(l) ? l : {})) : [];
    const checked = validateCompany(
      {
        id: c.id, name: c.name, sector: c.sector, headcount: c.headcount,
        declarationSigned: c.declaration_signed, sharesWithAlliance: c.shares_with_alliance,
        locations: locations.map((l) => ({ name: l.name, address: l.address, postcode: l.postcode, lat: l.lat, lon: l.lon })),
      },
      typeof c.id === 'string' ? deferred(m, 'entityCompanyId', { id: c.id }) : deferred(m, 'entityCompanyNumber', { n: index + 1 }),
    );
    if (!checked.ok) errors.push(...checked.errors);
    else if (companies.some((other) => other.id === checked.value.id)) errors.push(problemText(deferred(m, 'entityCompanyId', { id: checked.value.id }), { path: [], problem: deferred(m, 'companyTwice') }));
    else companies.push(checked.value);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: companies };
}

/** Writes companies as YAML that parseCompanyYaml reads back to the same companies. */
export function formatCompanyYaml(companies: readonly Company[]): string {
  const omitNull = (o: Raw): Raw => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));
  return stringify({
    companies: companies.map((c) =>
      omitNull({
        id: c.id, name: c.name, sector: c.sector, headcount: c.headcount,
        declaration_signed: c.declarationSigned, shares_with_alliance: c.sharesWithAlliance,
        locations: c.locations.map((l) => omitNull({ name: l.name, address: l.address, postcode: l.postcode, lat: l.lat, lon: l.lon })),
      }),
    ),
  });
}
