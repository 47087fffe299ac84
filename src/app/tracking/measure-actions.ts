import { UsageError } from '../../core/errors.js';
import { DEFAULT_LANG, translator } from '../../core/i18n/index.js';
import { renderTable } from '../../core/format/table.js';
import { bulkMessages } from '../bulk/bulk-messages.js';
import { measureCatalogue, measureProblem } from '../bulk/known-measure.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { dateFlag } from './parse-flags.js';
import { requireCompanyFlag } from './track-import.js';

/** Flags of `measure add`. */
export interface MeasureAddFlags {
  workspace?: string;
  company?: string;
  measure?: string;
  start?: string;
  note?: string;
}

const MAX_TEXT = 200; // a measure is a name or a line, not a report

/** `measure add`: a measure a member took (a catalogue id or free text) with its start date. */
export async function runMeasureAdd(ctx: CommandContext, flags: MeasureAddFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'measure add');
  const measure = flags.measure?.trim() ?? '';
  if (measure === '') throw new UsageError('measure add: missing --measure', 'an id from the advice catalogue, or a short text');
  if (measure.length > MAX_TEXT) throw new UsageError(`--measure: at most ${MAX_TEXT} characters`);
  const problem = measureProblem(measure, await measureCatalogue(), ctx.lang);
  if (problem) throw new UsageError(`--measure: ${problem.message}`, problem.hint);
  const startDate = dateFlag(flags.start, '--start');
  if (startDate === undefined) throw new UsageError('measure add: missing --start', 'pass --start YYYY-MM-DD, the day the measure began');
  const note = flags.note?.trim() || null;
  if (note !== null && note.length > MAX_TEXT) throw new UsageError(`--note: at most ${MAX_TEXT} characters`);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const { record, created } = ws.measures.add({ companyId, measure, startDate, note });
    ctx.out.result({ measure: record, created }, () =>
      created ? `recorded for ${companyId}: ${measure} from ${startDate}` : `already recorded for ${companyId}: ${measure} from ${startDate}; nothing changed`,
    );
  });
}

/** `measure list`: a company's measures by start date. */
export async function runMeasureList(ctx: CommandContext, flags: { workspace?: string; company?: string }): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'measure list');
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    const measures = ws.measures.list(companyId);
    ctx.out.result({ measures }, () =>
      measures.length === 0
        ? `no measures recorded for ${companyId} yet: add one with \`mobiscan measure add\``
        : measures.map((m) => `${String(m.id).padStart(4)}  ${m.startDate}  ${m.measure}${m.note ? ` (${m.note})` : ''}`).join('\n'),
    );
  });
}

/** `measure catalogue`: the measures of the advice catalogue, their ids for `measure add`, in the reader's language. */
export async function runMeasureCatalogue(ctx: CommandContext): Promise<void> {
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(bulkMessages, lang);
  const catalogue = await measureCatalogue();
  const measures = catalogue.measures.map((m) => ({ id: m.id, kind: m.kind, title: m.title[lang] }));
  ctx.out.result({ measures }, () =>
    renderTable(t('catalogueHeader').split('|'), measures.map((m) => [m.id, m.title, t(`kind_${m.kind}`)])),
  );
}
