import { InputError, UsageError } from '../../core/errors.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { DEFAULT_LANG, text, translator } from '../../core/i18n/index.js';
import { GOAL_KINDS, type GoalKind } from '../../core/workspace/types.js';
import type { CommandContext } from '../command-context.js';
import { requireCompanyFlag } from '../tracking/track-import.js';
import { confirmChange, recordId } from '../undo/confirm-change.js';
import { undoMessages } from '../undo/undo-messages.js';
import { useWorkspace } from './use-workspace.js';
import { userErrorMessages as um } from '../../core/user-error-messages.js';

/** Flags of `measure remove`. */
export interface RemoveFlags {
  workspace?: string;
  company?: string;
  yes?: boolean;
}

/** `measure remove ID -c X`: removes one recorded measure after confirmation (or --yes). */
export async function runMeasureRemove(ctx: CommandContext, idArg: string, flags: RemoveFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'measure remove');
  const id = recordId(idArg, 'measure', ctx);
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(undoMessages, lang);
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    ws.companies.require(companyId, '--company');
    const found = ws.measures.list(companyId).find((m) => m.id === id);
    if (!found) throw new InputError(t('measureUnknown', { company: companyId, id }), t('measureUnknownHint', { company: companyId }));
    const what = t('measureWhat', { id, company: companyId, measure: found.measure, date: formatIsoDate(found.startDate, lang) });
    if (!(await confirmChange(ctx, what, flags))) return ctx.out.result({ removed: null }, () => t('cancelled'));
    const removed = ws.measures.remove(companyId, id);
    ctx.out.result({ removed }, () => t('measureRemoved', { what }));
  });
}

/** Flags of `goal remove`. */
export interface GoalRemoveFlags extends RemoveFlags {
  alliance?: boolean;
  kind?: string;
}

/** `goal remove -c X --kind K` (or `--alliance`): removes one goal after confirmation. */
export async function runGoalRemove(ctx: CommandContext, flags: GoalRemoveFlags): Promise<void> {
  if ((flags.company === undefined) === (flags.alliance !== true)) {
    throw new UsageError(text(um, 'goalRemoveEither'), text(um, 'goalRemoveEitherHint'));
  }
  if (flags.kind === undefined || !(GOAL_KINDS as readonly string[]).includes(flags.kind)) {
    throw new UsageError(text(um, 'badKind', { value: `'${flags.kind ?? ''}'`, kinds: GOAL_KINDS.join(', ') }), text(um, 'badKindHint', { kinds: GOAL_KINDS.join('|') }));
  }
  const kind = flags.kind as GoalKind;
  const t = translator(undoMessages, ctx.lang ?? DEFAULT_LANG);
  const companyId = flags.company ?? null;
  const owner = companyId ?? t('theAlliance');
  const kindKey = kind === 'co2-reduction' ? 'co2' : 'peak';
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    if (companyId !== null) ws.companies.require(companyId, '--company');
    const goal = ws.goals.list({ companyId }).find((g) => g.kind === kind);
    if (!goal) return ctx.out.result({ removed: null }, () => t('goalNone', { owner, kind: kindKey }));
    const what = t('goalWhat', { owner, kind: kindKey });
    if (!(await confirmChange(ctx, what, flags))) return ctx.out.result({ removed: null }, () => t('cancelled'));
    ws.goals.remove(companyId, kind);
    ctx.out.result({ removed: goal }, () => t('goalRemoved', { what }));
  });
}
