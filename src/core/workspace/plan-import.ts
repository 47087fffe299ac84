import { locationKey } from './location-key.js';
import type { Company, CompanyInput } from './types.js';

/** What importing a set of companies will do; each company lands in exactly one list. */
export interface ImportPlan {
  added: CompanyInput[];
  changed: CompanyInput[];
  unchanged: CompanyInput[];
}

/** A company's content in one canonical form, so two descriptions of it can be compared. */
export function canonicalCompany(company: Company | CompanyInput): string {
  const locations = company.locations
    .map((l) => ({ key: locationKey(l.name), name: l.name, address: l.address, postcode: l.postcode, lat: l.lat, lon: l.lon }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return JSON.stringify([
    company.id,
    company.name,
    company.sector,
    company.headcount,
    company.declarationSigned,
    company.sharesWithAlliance,
    locations,
  ]);
}

/**
 * Sorts incoming companies into added, changed and unchanged against what is stored, so that
 * importing the same file twice changes nothing. Companies missing from the file are left alone:
 * an import sets up or updates, it never removes.
 */
export function planImport(existing: readonly Company[], incoming: readonly CompanyInput[]): ImportPlan {
  const stored = new Map(existing.map((c) => [c.id, canonicalCompany(c)]));
  const plan: ImportPlan = { added: [], changed: [], unchanged: [] };
  for (const company of incoming) {
    const before = stored.get(company.id);
    if (before === undefined) plan.added.push(company);
    else if (before === canonicalCompany(company)) plan.unchanged.push(company);
    else plan.changed.push(company);
  }
  return plan;
}
