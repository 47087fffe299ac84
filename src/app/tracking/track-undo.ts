import type { TrackImportRecord } from '../../adapters/store/tracking-types.js';
import { InputError } from '../../core/errors.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { renderTable } from '../../core/format/table.js';
import { DEFAULT_LANG, translator, type Lang } from '../../core/i18n/index.js';
import type { CommandContext } from '../command-context.js';
import { confirmChange, recordId } from '../undo/confirm-change.js';
import { undoMessages } from '../undo/undo-messages.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { requireCompanyFlag } from './track-import.js';

/** Flags of `track imports`, `track remove` and `track baseline --remove`. */
export interface TrackUndoFlags {
  workspace?: string;
  company?: string;
  yes?: boolean;
}

const describeImport = (t: ReturnType<typeof translator<keyof (typeof undoMessages)['messages']['nl']>>, i: TrackImportRecord, lang: Lang) =>
  t('importWhat', { id: i.id, company: i.companyId, file: i.fileName, source: i.source, first: formatIsoDate(i.firstDate ?? '', lang), last: formatIsoDate(i.lastDate ?? '', lang) });

/** `track imports -c X`: the files imported for a member, with their numbers for `track remove`. */
export async function runTrackImports(ctx: CommandContext, flags: TrackUndoFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track imports');
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(undoMessages, lang);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    const imports = ws.tracking.imports(companyId);
    ctx.out.result({ company: companyId, imports }, () => {
      if (imports.length === 0) return t('importsEmpty', { company: companyId });
      const rows = imports.map((i) => [String(i.id), i.fileName, i.kind, i.source, formatIsoDate(i.firstDate ?? '', lang), formatIsoDate(i.lastDate ?? '', lang), String(i.rowsUsed), formatIsoDate(i.importedAt, lang)]);
      const stale = imports.filter((i) => i.needsReimport).map((i) => t('importsStale', { id: i.id, file: i.fileName }));
      return [renderTable(t('importsHeader').split('|'), rows, ['right', 'left', 'left', 'left', 'left', 'left', 'right', 'left']), ...stale].join('\n');
    });
  });
}

/** `track remove ID -c X`: removes one import with exactly the days it brought in, after confirmation. */
export async function runTrackRemove(ctx: CommandContext, idArg: string, flags: TrackUndoFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track remove');
  const id = recordId(idArg, 'import', ctx);
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(undoMessages, lang);
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    ws.companies.require(companyId, '--company');
    const found = ws.tracking.imports(companyId).find((i) => i.id === id);
    if (!found) throw new InputError(t('importUnknown', { company: companyId, id }), t('importUnknownHint', { company: companyId }));
    const what = describeImport(t, found, lang);
    if (!(await confirmChange(ctx, what, flags))) return ctx.out.result({ removed: null }, () => t('cancelled'));
    const removal = ws.tracking.removeImport(companyId, id)!;
    for (const e of removal.toReimport) {
      ctx.out.warn(t('reimport', { file: e.fileName, company: companyId, kind: e.kind, source: e.source }));
    }
    ctx.out.result(removal, () => t('importRemoved', { what, days: removal.daysRemoved }));
  });
}

/** `track baseline -c X --remove`: removes the member's baseline after confirmation. */
export async function runBaselineRemove(ctx: CommandContext, flags: TrackUndoFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track baseline --remove');
  const t = translator(undoMessages, ctx.lang ?? DEFAULT_LANG);
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    ws.companies.require(companyId, '--company');
    const baseline = ws.tracking.baseline(companyId);
    if (!baseline) return ctx.out.result({ removed: null }, () => t('baselineNone', { company: companyId }));
    const what = t('baselineWhat', { company: companyId, perDay: baseline.totalPerDay });
    if (!(await confirmChange(ctx, what, flags))) return ctx.out.result({ removed: null }, () => t('cancelled'));
    ws.tracking.removeBaseline(companyId);
    ctx.out.result({ removed: baseline }, () => t('baselineRemoved', { what }));
  });
}
