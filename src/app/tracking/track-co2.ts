import { openTable } from '../../adapters/read/open-table.js';
import { InputError, UsageError } from '../../core/errors.js';
import { co2FactorsForBasis } from '../../core/track/co2-factors-for-basis.js';
import { co2FromKm } from '../../core/track/co2-from-km.js';
import { parseKmTable } from '../../core/track/parse-km-table.js';
import { joinTexts, messageLang, renderText, text, translator } from '../../core/i18n/index.js';
import { trackMessages } from './track-messages.js';
import { appErrorMessages } from '../app-error-messages.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from '../workspace/use-workspace.js';
import { loadCo2FactorFile } from './load-co2-factors.js';
import { yearFlag } from './parse-flags.js';
import { requireCompanyFlag } from './track-import.js';

/** Flags of `track co2`. */
export interface TrackCo2Flags {
  workspace?: string;
  company?: string;
  year?: string;
  kmFile?: string;
  basis?: string;
}

/** `track co2`: a year's commuting CO2 from typed yearly km per mode and fuel (mode;fuel;km). */
export async function runTrackCo2(ctx: CommandContext, flags: TrackCo2Flags): Promise<void> {
  const companyId = requireCompanyFlag(flags.company, 'track co2');
  const year = yearFlag(flags.year, '--year');
  if (year === undefined) throw new UsageError(text(trackMessages, 'co2MissingYear'), text(trackMessages, 'co2MissingYearHint'));
  if (flags.kmFile === undefined) throw new UsageError(text(trackMessages, 'co2MissingFile'), text(trackMessages, 'co2MissingFileHint'));
  const basis = flags.basis ?? 'wtw';
  if (basis !== 'wtw' && basis !== 'ttw') throw new UsageError(text(trackMessages, 'co2BadBasis', { value: `'${basis}'` }));
  const table = await openTable(flags.kmFile);
  const rows: string[][] = [];
  for await (const row of table.rows) rows.push(row.cells);
  const parsed = parseKmTable(rows);
  if (parsed.errors.length > 0) throw new InputError(joinTexts([text(appErrorMessages, 'fileProblems', { file: flags.kmFile }), ...parsed.errors]), text(trackMessages, 'nothingChanged'));
  const factors = co2FactorsForBasis(await loadCo2FactorFile(), basis);
  const co2 = co2FromKm(parsed.lines, factors.factors, basis);
  await useWorkspace(ctx, flags.workspace, (ws) => {
    ws.companies.require(companyId, '--company');
    const record = ws.tracking.setCo2Year(companyId, { year, co2Kg: co2.co2Kg, basis, km: parsed.lines });
    for (const w of co2.warnings) ctx.out.warn(renderText(w, ctx.lang ?? messageLang()));
    ctx.out.result({ co2Year: record, lines: co2.lines.map(({ factor, ...l }) => ({ ...l, factorSource: factor?.source ?? null })), assumptions: co2.assumptions, warnings: co2.warnings }, () =>
      [
        translator(trackMessages, ctx.lang ?? messageLang())('co2Saved', { company: companyId, year: String(year), kg: Math.round(co2.co2Kg), basis, lines: parsed.lines.length }),
        ...co2.assumptions.map((a) => translator(trackMessages, ctx.lang ?? messageLang())('assumed', { text: a })),
      ].join('\n'),
    );
  });
}
