import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { parseLocationSpec } from '../../core/workspace/parse-location-spec.js';
import type { Company, LocationInput } from '../../core/workspace/types.js';
import { validateCompany } from '../../core/workspace/validate-company.js';
import type { Prompter } from './prompter.js';

/** The company flags of `add` and `edit`, as commander hands them over. */
export interface CompanyFlags {
  id?: string;
  name?: string;
  sector?: string;
  headcount?: string;
  signed?: string;
  shares?: boolean;
  location?: string[];
}

/** The raw (unchecked) company fields, keyed as validateCompany expects them. */
export type RawCompany = Record<string, unknown> & { locations?: LocationInput[] };

/** Reads the flags into raw fields; `--location` values are parsed and checked here. */
export function companyFromFlags(flags: CompanyFlags): RawCompany {
  const raw: RawCompany = {};
  if (flags.id !== undefined) raw.id = flags.id;
  if (flags.name !== undefined) raw.name = flags.name;
  if (flags.sector !== undefined) raw.sector = flags.sector;
  if (flags.headcount !== undefined) raw.headcount = flags.headcount;
  if (flags.signed !== undefined) raw.declarationSigned = flags.signed;
  if (flags.shares !== undefined) raw.sharesWithAlliance = flags.shares;
  if (flags.location !== undefined) raw.locations = flags.location.map((spec) => orThrow(parseLocationSpec(spec)));
  return raw;
}

/** Makes an id suggestion from a name: "Albert Schweitzer ziekenhuis" -> "albert-schweitzer-zi". */
export function suggestId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 20).replace(/-+$/, '') || 'company';
}

/** Turns a zod-style check into an inquirer validate function that shows the field's message. */
const validator = (field: string) => (value: string) => {
  const checked = validateCompany({ id: 'check', name: 'check', [field]: value });
  return checked.ok ? true : (checked.errors[0] ?? 'invalid').replace(/^company [\w-]+: /, '');
};

/**
 * Asks for every field the flags left out, with the current values as defaults (for `edit`).
 * Locations are asked one by one until the user has none to add.
 */
export async function askCompany(prompter: Prompter, given: RawCompany, current?: Company): Promise<RawCompany> {
  const raw: RawCompany = { ...given };
  raw.name ??= await prompter.input({ message: 'Name', default: current?.name, validate: validator('name') });
  if (!current) raw.id ??= await prompter.input({ message: 'Short id (used in every command)', default: suggestId(String(raw.name)), validate: validator('id') });
  raw.sector ??= await prompter.input({ message: 'Sector (optional)', default: current?.sector ?? '' });
  raw.headcount ??= await prompter.input({ message: 'Headcount (optional)', default: current?.headcount?.toString() ?? '', validate: validator('headcount') });
  raw.declarationSigned ??= await prompter.input({ message: 'Declaration of intent signed on (YYYY-MM-DD, optional)', default: current?.declarationSigned ?? '', validate: validator('declarationSigned') });
  raw.sharesWithAlliance ??= await prompter.confirm({ message: 'Share its figures with the other members?', default: current?.sharesWithAlliance ?? false });
  if (raw.locations === undefined) {
    const locations: LocationInput[] = [...(current?.locations ?? [])];
    const more = () => prompter.confirm({ message: locations.length === 0 ? 'Add a work location?' : 'Add another work location?', default: locations.length === 0 });
    while (await more()) {
      const name = await prompter.input({ message: 'Location name', validate: (v) => (v.trim() ? true : 'is empty') });
      const place = await prompter.input({
        message: 'Postcode, "address, postcode" or "lat,lon"',
        validate: (v) => { const c = parseLocationSpec(`${name}=${v}`); return c.ok ? true : (c.errors[0] ?? 'invalid'); },
      });
      locations.push(orThrow(parseLocationSpec(`${name}=${place}`)));
    }
    raw.locations = locations;
  }
  return raw;
}

/** Without a terminal every required field must come as a flag. */
export function requireFlags(raw: RawCompany, required: ReadonlyArray<[key: string, flag: string]>): void {
  for (const [key, flag] of required) {
    if (raw[key] === undefined) throw new UsageError(`missing ${flag}`, `pass ${flag} (prompts only appear on a terminal)`);
  }
}
