import { basename } from 'node:path';
import { trackingContentHash } from '../../adapters/store/tracking-content-hash.js';
import { TRACK_KINDS, type TrackKind } from '../../adapters/store/tracking-types.js';
import { InputError, UsageError } from '../../core/errors.js';
import { DEFAULT_LANG, formatDate, translator } from '../../core/i18n/index.js';
import { peakWindowsFromList } from '../../core/track/peak-windows-from-list.js';
import { formatWindow } from '../../core/track/peak-windows.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { describeProblemGroup, groupProblems } from './describe-problems.js';
import { importOverlapMessages } from './import-overlap-messages.js';
import { parseTrackFile } from './parse-track-file.js';
import { readTrackTable } from './read-track-table.js';
import { type OverlapFlags, overlapChoice, saveTrackImport } from './save-track-import.js';
import { joinTexts, text } from '../../core/i18n/index.js';
import { trackMessages } from './track-messages.js';
import { userErrorMessages } from '../../core/user-error-messages.js';
import { appErrorMessages } from '../app-error-messages.js';

/** Flags of `track import`. */
export interface TrackImportFlags extends OverlapFlags {
  workspace?: string;
  company?: string;
  kind?: string;
  source?: string;
  /** `--columns`: a mapping file and/or ROLE=HEADER pairs (parseColumnsFlag). */
  columns?: string | string[];
}

/** The company flag every tracking command needs. */
export function requireCompanyFlag(company: string | undefined, command: string): string {
  if (company === undefined || company.trim() === '') throw new UsageError(text(trackMessages, 'missingCompany', { command }), text(trackMessages, 'missingCompanyHint'));
  return company;
}

function kindOf(kind: string | undefined): TrackKind {
  if (kind === undefined) throw new UsageError(text(appErrorMessages, 'trackMissingKind'), text(appErrorMessages, 'trackMissingKindHint', { kinds: TRACK_KINDS.join('|') }));
  if (!(TRACK_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(text(userErrorMessages, 'badKind', { value: `'${kind}'`, kinds: TRACK_KINDS.join(', ') }), text(userErrorMessages, 'badKindHint', { kinds: TRACK_KINDS.join('|') }));
  }
  return kind as TrackKind;
}

/**
 * `track import FILE`: a parking log, daily counts or registrations into daily aggregates. What
 * the source already holds is skipped (the same file twice changes nothing), other records add,
 * and days that overlap are refused, asked about, or replaced or added with --replace or --add.
 */
export async function runTrackImport(ctx: CommandContext, file: string, flags: TrackImportFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track import');
  const kind = kindOf(flags.kind);
  const source = (flags.source ?? kind).trim() || kind;
  overlapChoice(flags); // both flags at once: a usage error before anything is read
  const contentHash = await trackingContentHash(file);
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    ws.companies.require(companyId, '--company');
    const { windows, notes } = peakWindowsFromList(ws.alliance.get()?.peakWindows);
    const { readTrackColumnsFlag } = await import('../../adapters/config/read-columns-flag.js');
    const table = await readTrackTable(file, kind, await readTrackColumnsFlag(flags.columns));
    const parsed = await parseTrackFile(table, kind, windows);
    const problems = groupProblems(parsed.problems);
    const dates = [...parsed.counts.map((c) => c.date), ...parsed.registrations.map((r) => r.date)].sort();
    if (dates.length === 0) {
      const why = problems.length > 0 ? problems.map((g) => describeProblemGroup(g, ctx.lang ?? DEFAULT_LANG)) : [text(appErrorMessages, 'noWorkdayRows')];
      throw new InputError(joinTexts([text(appErrorMessages, 'nothingToImport', { file }), ...why]), text(appErrorMessages, 'nothingToImportHint'));
    }
    const outcome = await saveTrackImport(ctx, ws, companyId, {
      kind, source, contentHash, fileName: basename(file),
      rowsUsed: parsed.rowsUsed, rowsRejected: parsed.rowsRead - parsed.rowsUsed,
      firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null,
      ...(kind === 'registrations'
        ? { registrations: parsed.registrations }
        : { counts: parsed.counts.map((c) => ({ ...c, source })), records: parsed.records }),
    }, flags);
    const record = outcome.record;
    const lang = ctx.lang ?? DEFAULT_LANG;
    const t = translator(importOverlapMessages, lang);
    if (outcome.daysChanged === 0) {
      // The same file again, or one whose records are all there already: nothing to add.
      if (record !== undefined) {
        const when = record.importedAt.slice(0, 10);
        ctx.out.result({ imported: false, alreadyImported: record, days: outcome.days }, () => t('alreadyImported', { when: formatDate(when, lang), file: record.fileName, source }));
      } else {
        ctx.out.result({ imported: false, alreadyImported: null, days: outcome.days }, () => t('nothingNew', { file: basename(file), source }));
      }
      return;
    }
    if (record === undefined) throw new Error('an import that changed days has a record');
    const windowText = `${formatWindow(windows.morning)} and ${formatWindow(windows.evening)}`;
    const data = {
      imported: true, import: record, days: outcome.days, daysChanged: outcome.daysChanged, workingDays: kind === 'registrations' ? new Set(dates).size : parsed.counts.length,
      skippedNonWorkingDays: parsed.skippedNonWorkingDays, problems, warnings: [...table.notes, ...notes, ...parsed.warnings],
      assumptions: parsed.assumptions, ...(kind === 'log' && { peakWindows: windowText }),
    };
    ctx.out.result(data, () => {
      const range = { file: record.fileName, from: formatDate(record.firstDate ?? '', lang), to: formatDate(record.lastDate ?? '', lang), source };
      const lines = [
        kind === 'registrations' ? t('importedRegistrations', { n: parsed.registrations.length, ...range }) : t('importedCounts', { days: parsed.counts.length, ...range }),
        t('rows', { read: parsed.rowsRead, used: parsed.rowsUsed, left: parsed.rowsRead - parsed.rowsUsed }),
      ];
      const d = outcome.days;
      lines.push(t('days', { added: d.new, completed: d.completes, apart: d.apart, there: d.same + d.contained }));
      if (d.overlaps > 0) lines.push(t('overlapDone', { n: d.overlaps, how: outcome.onOverlap }));
      if (kind === 'log') lines.push(t('peakWindows', { windows: t('windowsJoin', { morning: formatWindow(windows.morning), evening: formatWindow(windows.evening) }) }));
      if (parsed.skippedNonWorkingDays > 0) lines.push(t('nonWorkingDays', { n: parsed.skippedNonWorkingDays }));
      lines.push(...problems.map((g) => t(g.severity === 'error' ? 'problemRejected' : 'problemNote', { text: describeProblemGroup(g, lang) })));
      lines.push(...data.warnings.map((w) => t('warning', { text: w })), ...parsed.assumptions.map((a) => t('assumed', { text: a })));
      return lines.join('\n');
    });
  });
}
