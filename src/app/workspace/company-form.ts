import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { parseLocationSpec } from '../../core/workspace/parse-location-spec.js';
import type { Company, LocationInput } from '../../core/workspace/types.js';
import { companyFieldProblem } from '../../core/workspace/validate-company.js';
import { parseDutchDate } from '../../core/answers/parse-dutch-date.js';
import { parseHeadcount } from '../../core/answers/parse-headcount.js';
import { DEFAULT_LANG, renderText, text, translator, type Lang } from '../../core/i18n/index.js';
import { askAnswer } from './ask-answer.js';
import type { Prompter } from './prompter.js';
import { wizardMessages } from './wizard-messages.js';
import { formatIsoDate } from '../../core/format/format-date.js';

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

/** A validate function that shows what is wrong with one field, in the reader's language. */
const validator = (field: string, lang: Lang) => (value: string): true | string => {
  const problem = companyFieldProblem(field, value);
  return problem === undefined ? true : renderText(problem, lang);
};

/**
 * Asks for every field the flags left out, with the current values as defaults (for `edit`).
 * Each answer is checked as it is typed ("4.500" is a headcount of 4500, "11-5-2023" a date),
 * so a typo is asked again and the earlier answers stay. Locations are asked one by one.
 */
export async function askCompany(prompter: Prompter, given: RawCompany, current?: Company, lang: Lang = DEFAULT_LANG): Promise<RawCompany> {
  const t = translator(wizardMessages, lang);
  const raw: RawCompany = { ...given };
  raw.name ??= await prompter.input({ message: t('companyName'), default: current?.name, validate: (v) => (v.trim() ? validator('name', lang)(v) : t('empty')) });
  if (!current) raw.id ??= await prompter.input({ message: t('companyId'), default: suggestId(String(raw.name)), validate: validator('id', lang) });
  raw.sector ??= await prompter.input({ message: t('sector'), default: current?.sector ?? '' });
  raw.headcount ??= await askAnswer(prompter, lang, { message: t('headcount'), default: current?.headcount?.toString() ?? '', optional: true }, parseHeadcount);
  raw.declarationSigned ??= await askAnswer(
    prompter, lang,
    { message: t('signed'), default: current?.declarationSigned ? formatIsoDate(current.declarationSigned, lang) : '', optional: true },
    parseDutchDate,
  );
  raw.sharesWithAlliance ??= await prompter.confirm({ message: t('shares'), default: current?.sharesWithAlliance ?? false });
  if (raw.locations === undefined) {
    const locations: LocationInput[] = [...(current?.locations ?? [])];
    const more = () => prompter.confirm({ message: locations.length === 0 ? t('addFirstLocation') : t('addLocation'), default: locations.length === 0 });
    while (await more()) {
      const name = await prompter.input({ message: t('locationName'), validate: (v) => (v.trim() ? true : t('empty')) });
      const place = await prompter.input({
        message: t('locationPlace'),
        validate: (v) => { const c = parseLocationSpec(`${name}=${v}`); return c.ok ? true : renderText(c.errors[0]!, lang); },
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
    if (raw[key] === undefined) throw new UsageError(text(wizardMessages, 'missingFlag', { flag }), text(wizardMessages, 'missingFlagHint', { flag }));
  }
}
