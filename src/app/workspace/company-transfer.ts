import { resolve } from 'node:path';
import { messageLang, translator } from '../../core/i18n/index.js';
import { companyChanges } from '../../core/workspace/company-changes.js';
import { planImport } from '../../core/workspace/plan-import.js';
import { confirmChange } from '../undo/confirm-change.js';
import { undoMessages } from '../undo/undo-messages.js';
import type { CommandContext } from '../command-context.js';
import { fillCoordinates } from './fill-coordinates.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { useWorkspace } from './use-workspace.js';

/** Flags of `company import`. */
export interface CompanyImportFlags {
  workspace?: string;
  /** Apply changes to existing companies without asking. */
  yes?: boolean;
}

/**
 * `company import FILE`: adds and updates companies from CSV or YAML; the same file twice changes
 * nothing. What would change in existing companies (a rename included) is shown field by field
 * first and needs a yes on the terminal or `--yes`; new companies alone are added without asking.
 */
export async function runCompanyImport(ctx: CommandContext, file: string, flags: CompanyImportFlags): Promise<void> {
  const { readCompanyFile } = await import('../../adapters/store/company-file.js');
  const companies = readCompanyFile(resolve(ctx.cwd, file));
  const t = translator(undoMessages, ctx.lang ?? messageLang());
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const unplaced: string[] = [];
    const filled = [];
    for (const company of companies) {
      const result = await fillCoordinates(company.locations, ctx.locator);
      unplaced.push(...result.unplaced.map((name) => `${company.id}/${name}`));
      filled.push({ ...company, locations: result.locations });
    }
    const preview = planImport(ws.companies.list(), filled);
    const changes = preview.changed.map((c) => ({ id: c.id, fields: companyChanges(ws.companies.require(c.id), c) }));
    if (changes.length > 0) {
      const lines = changes.flatMap((c) => [
        t('companyChanged', { id: c.id }),
        ...c.fields.map((f) => t('companyField', { field: f.field, before: f.before || t('empty'), after: f.after || t('empty') })),
      ]);
      for (const line of [...preview.added.map((c) => t('companyAdded', { id: c.id, name: c.name })), ...lines]) ctx.out.info(line);
      const what = t('companyPlan', { added: preview.added.length, changed: preview.changed.length, unchanged: preview.unchanged.length });
      if (!(await confirmChange(ctx, what, { ...flags, question: t('confirmImport') }))) {
        return ctx.out.result({ added: [], changed: [], unchanged: [], cancelled: true, wouldChange: changes }, () => t('cancelled'));
      }
    }
    const plan = ws.companies.import(filled);
    if (unplaced.length > 0) ctx.out.warn(translator(companyMessages, ctx.lang ?? messageLang())('unplaced', { names: unplaced.join(', ') }));
    const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
    ctx.out.result(
      { added: ids(plan.added), changed: ids(plan.changed), unchanged: ids(plan.unchanged), changes },
      () => translator(companyMessages, ctx.lang ?? messageLang())('imported', { added: plan.added.length, changed: plan.changed.length, unchanged: plan.unchanged.length }),
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
    ctx.out.result({ file: path, companies: companies.length }, () => translator(companyMessages, ctx.lang ?? messageLang())('exported', { n: companies.length, file: path }));
  });
}
