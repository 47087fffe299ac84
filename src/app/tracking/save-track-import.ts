import type { OverlapChoice, TrackImportInput, TrackImportOutcome } from '../../adapters/store/tracking-types.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import { InputError, UsageError } from '../../core/errors.js';
import { DEFAULT_LANG, formatDate, text, translator } from '../../core/i18n/index.js';
import type { CommandContext } from '../command-context.js';
import { importOverlapMessages } from './import-overlap-messages.js';

/** The flags that say what to do with days a file shares with earlier imports of its source. */
export interface OverlapFlags {
  replace?: boolean;
  add?: boolean;
}

const SHOWN_DATES = 5;

/** The overlap choice the flags give; both at once is a usage error. */
export function overlapChoice(flags: OverlapFlags): OverlapChoice {
  if (flags.replace === true && flags.add === true) throw new UsageError(text(importOverlapMessages, 'bothFlags'), text(importOverlapMessages, 'bothFlagsHint'));
  return flags.replace === true ? 'replace' : flags.add === true ? 'add' : 'refuse';
}

/**
 * Saves what a tracking file adds. Overlapping days without a flag: on a terminal the user is
 * asked; otherwise it is refused with nothing changed (exit 1), naming the flags for scripts.
 */
export async function saveTrackImport(
  ctx: CommandContext, ws: Workspace, companyId: string, input: TrackImportInput, flags: OverlapFlags,
): Promise<TrackImportOutcome> {
  const outcome = ws.tracking.saveImport(companyId, input, overlapChoice(flags));
  if (!outcome.refused) return outcome;
  const lang = ctx.lang ?? DEFAULT_LANG;
  const shown = outcome.overlapping.slice(0, SHOWN_DATES).map((d) => formatDate(d, lang));
  const values = {
    file: input.fileName, source: input.source, company: companyId, n: outcome.overlapping.length,
    dates: shown.join(', ') + (outcome.overlapping.length > SHOWN_DATES ? ', …' : ''),
  };
  if (ctx.prompter) {
    const t = translator(importOverlapMessages, lang);
    const answer = await ctx.prompter.select<OverlapChoice>({
      message: t('ask', values),
      choices: [{ name: t('choiceStop'), value: 'refuse' }, { name: t('choiceReplace'), value: 'replace' }, { name: t('choiceAdd'), value: 'add' }],
      default: 'refuse',
    });
    if (answer !== 'refuse') return ws.tracking.saveImport(companyId, input, answer);
  }
  throw new InputError(text(importOverlapMessages, 'refused', values), text(importOverlapMessages, 'refusedHint', values));
}
