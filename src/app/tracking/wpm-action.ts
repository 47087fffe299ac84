import { checkOutputPaths } from '../../adapters/write/check-output-paths.js';
import { writeFileAtomic } from '../../adapters/write/write-file-atomic.js';
import { InputError, UsageError } from '../../core/errors.js';
import { formatWpmCsv } from '../../core/track/format-wpm-csv.js';
import { formatMessage, messageLang, text, translator } from '../../core/i18n/index.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { wpmMessages } from './wpm-messages.js';
import { renderTable } from '../../core/format/table.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { loadCo2FactorFile } from './load-co2-factors.js';
import { yearFlag } from './parse-flags.js';
import { wpmFromScan } from '../wpm-from-scan.js';
import { requireCompanyFlag } from './track-import.js';

/** Flags of `wpm`. */
export interface WpmFlags {
  workspace?: string;
  company?: string;
  year?: string;
  out?: string;
}

/** `wpm`: the commuting part of the WPM report from the latest scan, on the terminal and as CSV. */
export async function runWpm(ctx: CommandContext, flags: WpmFlags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'wpm');
  const year = yearFlag(flags.year, '--year');
  if (year === undefined) throw new UsageError(text(wpmMessages, 'missingYear'), text(wpmMessages, 'missingYearHint'));
  if (flags.out !== undefined) checkOutputPaths({ outputs: [{ flag: '--out', path: flags.out }] });
  const factorFile = await loadCo2FactorFile();
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const company = ws.companies.require(companyId, '--company');
    const scan = ws.scans.latest(companyId);
    const made = scan && wpmFromScan(scan, factorFile, year);
    if (!scan || !made) throw new InputError(text(wpmMessages, 'noScan', { company: companyId }), text(wpmMessages, 'noScanHint', { company: companyId }));
    const { wpm } = made;
    const figures = { exportDate: made.exportDate };
    const csv = formatWpmCsv(wpm, { companyName: company.name, scanExportDate: figures.exportDate });
    if (flags.out !== undefined) await writeFileAtomic(flags.out, csv);
    const lang = ctx.lang ?? messageLang();
    const t = translator(wpmMessages, lang);
    const int = (v: number) => formatMessage(lang, '{v, number}', { v: Math.round(v) });
    ctx.out.result({ companyId, scanExportDate: figures.exportDate, ...wpm, csvFile: flags.out ?? null }, () => {
      const rows = wpm.rows.map((r) => [lang === 'nl' ? r.labelNl : r.labelEn, int(r.km), int(r.co2TtwKg)]);
      rows.push([t('total'), int(wpm.totalKm), int(wpm.totalCo2TtwKg)]);
      return [
        t('title', { year: String(year), company: company.name, date: formatIsoDate(figures.exportDate, lang) }),
        renderTable(t('header').split('|'), rows, ['left', 'right', 'right']),
        ...wpm.notes.map((n) => t('note', { text: n })),
        ...wpm.assumptions.map((a) => t('assumed', { text: a })),
        ...wpm.warnings.map((w) => t('warning', { text: w })),
        ...(flags.out !== undefined ? [t('writtenTo', { file: flags.out })] : []),
      ].join('\n');
    });
  });
}
