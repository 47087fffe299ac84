import { resolve } from 'node:path';
import type { CommandContext } from '../command-context.js';
import { fillCoordinates, UNPLACED_HINT } from './fill-coordinates.js';
import { useWorkspace } from './use-workspace.js';

/** `company import FILE`: adds and updates companies from CSV or YAML; the same file twice changes nothing. */
export async function runCompanyImport(ctx: CommandContext, file: string, flags: { workspace?: string }): Promise<void> {
  const { readCompanyFile } = await import('../../adapters/store/company-file.js');
  const companies = readCompanyFile(resolve(ctx.cwd, file));
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const unplaced: string[] = [];
    const filled = [];
    for (const company of companies) {
      const result = await fillCoordinates(company.locations, ctx.locator);
      unplaced.push(...result.unplaced.map((name) => `${company.id}/${name}`));
      filled.push({ ...company, locations: result.locations });
    }
    const plan = ws.companies.import(filled);
    if (unplaced.length > 0) ctx.out.warn(`no coordinates yet for ${unplaced.join(', ')}: ${UNPLACED_HINT}`);
    const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
    ctx.out.result(
      { added: ids(plan.added), changed: ids(plan.changed), unchanged: ids(plan.unchanged) },
      () => `${plan.added.length} added, ${plan.changed.length} changed, ${plan.unchanged.length} unchanged`,
    );
  });
}

/** `company export FILE`: writes all companies to CSV or YAML (by extension), atomically. */
export async function runCompanyExport(ctx: CommandContext, file: string, flags: { workspace?: string }): Promise<void> {
  const { companyFileFormat, writeCompanyFile } = await import('../../adapters/store/company-file.js');
  const path = resolve(ctx.cwd, file);
  companyFileFormat(path);
  const { checkOutputPaths } = await import('../../adapters/write/check-output-paths.js');
  checkOutputPaths({ outputs: [{ flag: 'FILE', path }] });
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const companies = ws.companies.list();
    await writeCompanyFile(path, companies);
    ctx.out.result({ file: path, companies: companies.length }, () => `wrote ${companies.length} companies to ${path}`);
  });
}
