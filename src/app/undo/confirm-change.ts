import { UsageError } from '../../core/errors.js';
import { DEFAULT_LANG, translator } from '../../core/i18n/index.js';
import type { CommandContext } from '../command-context.js';
import { undoMessages } from './undo-messages.js';

/**
 * Asks before a change to stored data: `--yes` goes ahead, a terminal asks (default no), and
 * a script without `--yes` is refused with exit 2 and the flag to use, before anything changed.
 * Returns false when the person said no.
 */
export async function confirmChange(ctx: CommandContext, what: string, options: { yes?: boolean; question?: string }): Promise<boolean> {
  if (options.yes === true) return true;
  const t = translator(undoMessages, ctx.lang ?? DEFAULT_LANG);
  if (ctx.prompter === undefined) throw new UsageError(t('needsYes', { what }), t('needsYesHint'));
  return ctx.prompter.confirm({ message: options.question ?? t('confirmRemove', { what }), default: false });
}

/** A record number from the command line (`scan remove 3`), or a UsageError naming the flag. */
export function recordId(value: string | undefined, flag: string, ctx: CommandContext): number {
  const n = Number(value?.trim());
  if (value === undefined || !Number.isInteger(n) || n <= 0) {
    const t = translator(undoMessages, ctx.lang ?? DEFAULT_LANG);
    throw new UsageError(t('idNotNumber', { flag, value: value ?? '' }), t('idNotNumberHint'));
  }
  return n;
}
