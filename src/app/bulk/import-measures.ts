import { basename, resolve } from 'node:path';
import type { MeasureRecord } from '../../adapters/store/tracking-types.js';
import { InputError } from '../../core/errors.js';
import { DEFAULT_LANG, joinTexts, translator } from '../../core/i18n/index.js';
import { parseDateText } from '../../core/track/parse-date-time.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { bulkMessages } from './bulk-messages.js';
import { measureCatalogue, measureProblem } from './known-measure.js';
import { readRecords } from './read-records.js';

/** The columns of a measures file and the other names they go by. */
export const MEASURE_COLUMNS = {
  company: ['bedrijf', 'companyid', 'lid'],
  measure: ['maatregel', 'id'],
  start: ['startdatum', 'start_date', 'vanaf', 'datum'],
  note: ['notitie', 'opmerking', 'toelichting'],
} as const;

const MAX_TEXT = 200; // as `measure add`: a measure is a name or a line, not a report

/**
 * `measure import FILE`: one measure a member took per row, checked as `measure add` checks it
 * (a catalogue id or free text; an id with a typo is refused with the nearest id). Any unusable
 * row refuses the whole file with every row's reason; a good file is stored in one transaction,
 * and a measure with the same start recorded before is kept once, so the same file twice changes nothing.
 */
export async function runMeasureImport(ctx: CommandContext, file: string, flags: { workspace?: string }): Promise<void> {
  const lang = ctx.lang ?? DEFAULT_LANG;
  const t = translator(bulkMessages, lang);
  const path = resolve(ctx.cwd, file);
  const [records, catalogue] = await Promise.all([readRecords(path, MEASURE_COLUMNS), measureCatalogue()]);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const rows: Array<Omit<MeasureRecord, 'id' | 'addedAt'>> = [];
    const problems: string[] = [];
    for (const { row, fields } of records) {
      const fail = (message: string) => problems.push(t('rowError', { row, message }));
      const companyId = fields.company ?? '';
      const measure = fields.measure ?? '';
      const start = fields.start ?? '';
      const note = fields.note || null;
      if (companyId === '') fail(t('missingField', { field: 'company' }));
      else if (!ws.companies.get(companyId)) fail(t('unknownCompany', { company: companyId }));
      if (measure === '') fail(t('missingField', { field: 'measure' }));
      else if (measure.length > MAX_TEXT) fail(t('tooLong', { field: 'measure', max: MAX_TEXT }));
      else {
        const problem = measureProblem(measure, catalogue, lang);
        if (problem) fail(`${problem.message}; ${problem.hint}`);
      }
      const startDate = parseDateText(start);
      if (start === '') fail(t('missingField', { field: 'start' }));
      else if (startDate === null) fail(t('badDate', { field: 'start', value: start }));
      if (note !== null && note.length > MAX_TEXT) fail(t('tooLong', { field: 'note', max: MAX_TEXT }));
      if (startDate !== null && companyId !== '' && measure !== '') rows.push({ companyId, measure, startDate, note });
    }
    if (problems.length > 0) {
      const rowsWithProblems = new Set(problems.map((p) => p.split(':')[0])).size;
      throw new InputError(joinTexts([t('rowsRefused', { file: basename(path), n: rowsWithProblems }), ...problems]), t('rowsRefusedHint'));
    }
    const added = ws.transaction(() => rows.filter((r) => ws.measures.add(r).created).length);
    ctx.out.result({ file: path, added, known: rows.length - added }, () => t('measuresImported', { file: basename(path), added, known: rows.length - added }));
  });
}
