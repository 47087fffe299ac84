import { UsageError } from '../../core/errors.js';
import { messageLang, text, translator } from '../../core/i18n/index.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { trackMessages } from './track-messages.js';
import { appErrorMessages } from '../app-error-messages.js';
import { renderTable } from '../../core/format/table.js';
import { bulkMessages } from '../bulk/bulk-messages.js';
import { measureCatalogue, measureProblem } from '../bulk/known-measure.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { dateFlag } from './parse-flags.js';
import { requireCompanyFlag } from './track-import.js';
import { measureTitle } from '../../core/advice/measure-title.js';

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
  if (measure === '') throw new UsageError(text(trackMessages, 'measureMissing'), text(trackMessages, 'measureMissingHint'));
  if (measure.length > MAX_TEXT) throw new UsageError(text(trackMessages, 'tooLong', { flag: '--measure', max: MAX_TEXT }));
  const problem = measureProblem(measure, await measureCatalogue(), ctx.lang);
  if (problem) throw new UsageError(text(appErrorMessages, 'flagProblem', { flag: '--measure', problem: problem.message }), problem.hint);
  const startDate = dateFlag(flags.start, '--start');
  if (startDate === undefined) throw new UsageError(text(trackMessages, 'measureMissingStart'), text(trackMessages, 'measureMissingStartHint'));
  const note = flags.note?.trim() || null;
  if (note !== null && note.length > MAX_TEXT) throw new UsageError(text(trackMessages, 'tooLong', { flag: '--note', max: MAX_TEXT }));
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const { record, created } = ws.measures.add({ companyId, measure, startDate, note });
    const values = { company: companyId, measure, date: formatIsoDate(startDate, ctx.lang ?? messageLang()) };
    ctx.out.result({ measure: record, created }, () => translator(trackMessages, ctx.lang ?? messageLang())(created ? 'measureRecorded' : 'measureAgain', values));
  });
}

/** `measure list`: a company's measures by start date. */
export async function runMeasureList(ctx: CommandContext, flags: { workspace?: string; company?: string }): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'measure list');
  const lang = ctx.lang ?? messageLang();
  // a catalogue measure by its name in the reader's language, free text as typed (--json keeps the ids)
  const title = measureTitle(await measureCatalogue(), lang);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    const measures = ws.measures.list(companyId);
    ctx.out.result({ measures }, () =>
      measures.length === 0
        ? translator(trackMessages, lang)('measuresNone', { company: companyId })
        : measures.map((m) => `${String(m.id).padStart(4)}  ${formatIsoDate(m.startDate, lang)}  ${title(m.measure)}${m.note ? ` (${m.note})` : ''}`).join('\n'),
    );
  });
}

/** `measure catalogue`: the measures of the advice catalogue, their ids for `measure add`, in the reader's language. */
export async function runMeasureCatalogue(ctx: CommandContext): Promise<void> {
  const lang = ctx.lang ?? messageLang();
  const t = translator(bulkMessages, lang);
  const catalogue = await measureCatalogue();
  const measures = catalogue.measures.map((m) => ({ id: m.id, kind: m.kind, title: m.title[lang] }));
  ctx.out.result({ measures }, () =>
    renderTable(t('catalogueHeader').split('|'), measures.map((m) => [m.id, m.title, t(`kind_${m.kind}`)])),
  );
}
