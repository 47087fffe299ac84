import { checkOutputPaths } from '../../adapters/write/check-output-paths.js';
import { writeFileAtomic } from '../../adapters/write/write-file-atomic.js';
import { InputError, UsageError } from '../../core/errors.js';
import { formatWpmCsv } from '../../core/track/format-wpm-csv.js';
import { formatDecimal, formatInt } from '../../core/format/format-nl.js';
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
  if (year === undefined) throw new UsageError('wpm: missing --year', 'pass --year YYYY, the year the report covers');
  if (flags.out !== undefined) checkOutputPaths({ outputs: [{ flag: '--out', path: flags.out }] });
  const factorFile = await loadCo2FactorFile();
  await useWorkspace(ctx, flags.workspace, async (ws) => {
    const company = ws.companies.require(companyId, '--company');
    const scan = ws.scans.latest(companyId);
    const made = scan && wpmFromScan(scan, factorFile, year);
    if (!scan || !made) throw new InputError(`no scan for ${companyId} yet`, 'run a scan of its HR export first');
    const { wpm } = made;
    const figures = { exportDate: made.exportDate };
    const csv = formatWpmCsv(wpm, { companyName: company.name, scanExportDate: figures.exportDate });
    if (flags.out !== undefined) await writeFileAtomic(flags.out, csv);
    ctx.out.result({ companyId, scanExportDate: figures.exportDate, ...wpm, csvFile: flags.out ?? null }, () => {
      const rows = wpm.rows.map((r) => [r.labelNl, formatInt(r.km), formatDecimal(r.co2TtwKg, 0)]);
      rows.push(['Totaal', formatInt(wpm.totalKm), formatDecimal(wpm.totalCo2TtwKg, 0)]);
      return [
        `WPM commuting ${year} for ${company.name} (estimate from the scan of ${figures.exportDate})`,
        renderTable(['category', 'km', 'CO2 TTW kg'], rows, ['left', 'right', 'right']),
        ...wpm.notes.map((n) => `note: ${n}`),
        ...wpm.assumptions.map((a) => `assumed: ${a}`),
        ...wpm.warnings.map((w) => `warning: ${w}`),
        ...(flags.out !== undefined ? [`written to ${flags.out}`] : []),
      ].join('\n');
    });
  });
}
