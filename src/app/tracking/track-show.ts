import { UsageError } from '../../core/errors.js';
import type { PeriodUnit } from '../../core/track/period-ranges.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { companyProgress } from '../company-progress.js';
import { renderCompanyProgress } from './render-progress.js';
import { requireCompanyFlag } from './track-import.js';
import { messageLang, text } from '../../core/i18n/index.js';
import { loadCatalogue } from '../../adapters/templates/load-templates.js';
import { trackMessages } from './track-messages.js';
import { measureTitle } from '../../core/advice/measure-title.js';

/** Flags of `track show`. */
export interface TrackShowFlags {
  workspace?: string;
  company?: string;
  by?: string;
}

/** 'quarter' (default) or 'month'. */
export function periodUnitFlag(by: string | undefined): PeriodUnit {
  const unit = by ?? 'quarter';
  if (unit !== 'month' && unit !== 'quarter') throw new UsageError(text(trackMessages, 'badBy', { value: `'${unit}'` }));
  return unit;
}

/** `track show`: per period the peak car trips, avoidances and goal status; CO2 per year against its trajectory. */
export async function runTrackShow(ctx: CommandContext, flags: TrackShowFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track show');
  const unit = periodUnitFlag(flags.by);
  const lang = ctx.lang ?? messageLang();
  // measures by their name in the reader's language; free-text measures as written (--json keeps the ids)
  const title = measureTitle(await loadCatalogue(), lang);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const progress = companyProgress(ws, companyId, unit);
    ctx.out.result(progress, () => renderCompanyProgress(progress, lang, { unit, measureTitle: title }));
  });
}
