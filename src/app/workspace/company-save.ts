import { UsageError } from '../../core/errors.js';
import { orThrow } from '../../core/workspace/checked.js';
import { locationKey } from '../../core/workspace/location-key.js';
import type { Company, LocationInput } from '../../core/workspace/types.js';
import { validateCompany } from '../../core/workspace/validate-company.js';
import type { CommandContext } from '../command-context.js';
import { askCompany, companyFromFlags, requireFlags, type CompanyFlags } from './company-form.js';
import { fillCoordinates } from './fill-coordinates.js';
import { messageLang, text, translator } from '../../core/i18n/index.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { useWorkspace } from './use-workspace.js';

/** Flags of `company add` and `company edit`. */
export interface CompanySaveFlags extends CompanyFlags {
  workspace?: string;
  removeLocation?: string[];
}

/** Finds coordinates for the locations and warns about those still without. */
async function placed(ctx: CommandContext, locations: readonly LocationInput[]): Promise<LocationInput[]> {
  const { locations: filled, unplaced } = await fillCoordinates(locations, ctx.locator);
  if (unplaced.length > 0) ctx.out.warn(translator(companyMessages, ctx.lang ?? messageLang())('unplaced', { names: unplaced.join(', ') }));
  return filled;
}

const summary = (ctx: CommandContext, verb: 'added' | 'updated', c: Company) =>
  translator(companyMessages, ctx.lang ?? messageLang())(verb, { id: c.id, name: c.name, locations: c.locations.length });

/** `company add`: flags first, a wizard for the rest on a terminal, else the flags must suffice. */
export async function runCompanyAdd(ctx: CommandContext, flags: CompanySaveFlags): Promise<void> {
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    let raw = companyFromFlags(flags);
    if (ctx.prompter) raw = await askCompany(ctx.prompter, raw);
    else requireFlags(raw, [['id', '--id'], ['name', '--name']]);
    const company = orThrow(validateCompany(raw));
    const saved = ws.companies.add({ ...company, locations: await placed(ctx, company.locations) });
    ctx.out.result({ company: saved }, () => summary(ctx, 'added', saved));
  });
}

/**
 * `company edit ID`: changes what the flags say; `--location` adds or replaces a location by
 * name, `--remove-location` drops one. On a terminal without flags, a wizard with the current values.
 */
export async function runCompanyEdit(ctx: CommandContext, id: string, flags: CompanySaveFlags): Promise<void> {
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const current = ws.companies.require(id);
    let raw = companyFromFlags({ ...flags, id: undefined });
    const removing = (flags.removeLocation ?? []).map(locationKey);
    const nothing = Object.keys(raw).length === 0 && removing.length === 0;
    if (nothing && ctx.prompter) raw = await askCompany(ctx.prompter, raw, current);
    else if (nothing) throw new UsageError(text(companyMessages, 'nothingToChange', { id }), text(companyMessages, 'nothingToChangeHint'));
    else {
      // Flag locations are merged by name into the current ones, so one can be added without repeating the others.
      const incoming = raw.locations ?? [];
      const keep = current.locations.filter((l) => !removing.includes(l.key) && !incoming.some((n) => locationKey(n.name) === l.key));
      const unknown = removing.filter((key) => !current.locations.some((l) => l.key === key));
      if (unknown.length > 0) throw new UsageError(text(companyMessages, 'unknownLocation', { id, names: `'${unknown.join("', '")}'` }));
      raw.locations = [...keep, ...incoming];
    }
    const { id: _same, ...patch } = orThrow(validateCompany({ ...current, ...raw, id }));
    const saved = ws.companies.update(id, { ...patch, locations: await placed(ctx, patch.locations) });
    ctx.out.result({ company: saved }, () => summary(ctx, 'updated', saved));
  });
}
