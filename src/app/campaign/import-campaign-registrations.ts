import { basename } from 'node:path';
import { hashFile } from '../../adapters/files/hash-file.js';
import { openTable, type TableRow } from '../../adapters/read/open-table.js';
import type { CampaignImportStatus } from '../../adapters/store/campaign-store.js';
import type { Workspace } from '../../adapters/store/workspace.js';
import { campaignCoreMessages } from '../../core/campaign/campaign-core-messages.js';
import { parseCampaignRegistrations } from '../../core/campaign/parse-campaign-registrations.js';
import { findRegistrationColumns } from '../../core/campaign/registration-columns.js';
import { InputError } from '../../core/errors.js';
import { text, type Lang } from '../../core/i18n/index.js';
import type { RowProblem } from '../../core/ingest/types.js';
import { peakWindowsFromList } from '../../core/track/peak-windows-from-list.js';
import { commuteKmLookup } from './commute-km-lookup.js';

/** What `campaign register` asks for. */
export interface RegisterOptions {
  campaignId: string;
  file: string;
  /** The member of every row, when the file has no member column. */
  companyId?: string;
  /** Where the registrations come from; a new file of the same source replaces the old one (default: the file name). */
  source?: string;
  /** The member's HR export, to find the km of registrations that carry a personnel number. */
  hrExport?: string;
  dataDir?: string;
  lang: Lang;
}

/** What an import did, safe to show (no personnel numbers, no names). */
export interface RegisterOutcome {
  campaign: string;
  source: string;
  status: CampaignImportStatus;
  registrations: number;
  trips: number;
  outsidePeriod: number;
  warnings: RowProblem[];
  errors: RowProblem[];
  /** Other sources of the same campaign with registrations of the same members on the same days. */
  overlapsWith: string[];
}

const HEADER_SEARCH_ROWS = 30;

/** Reads a registration file and stores it for the campaign; the same file again changes nothing. */
export async function importCampaignRegistrations(ws: Workspace, options: RegisterOptions): Promise<RegisterOutcome> {
  const campaign = ws.campaigns.get(options.campaignId);
  if (campaign === undefined) throw new InputError(text(campaignCoreMessages, 'unknownCampaign', { id: options.campaignId }), text(campaignCoreMessages, 'unknownCampaignHint'));
  if (options.companyId !== undefined) ws.companies.require(options.companyId, '--company');
  const companies = ws.companies.list();
  const byKey = new Map<string, string>();
  for (const c of companies) {
    byKey.set(c.id.toLowerCase(), c.id);
    byKey.set(c.name.toLowerCase(), c.id);
    // apps write the name without a suffix such as "(voorbeeld)" or "(Dordrecht)"
    byKey.set(c.name.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase(), c.id);
  }
  const { headers, rows } = await registrationTable(options.file);
  const columns = findRegistrationColumns(headers);
  if (columns.date === undefined) throw new InputError(text(campaignCoreMessages, 'noDateColumn', { file: options.file }));
  const lookup = options.hrExport !== undefined && options.companyId !== undefined
    ? await commuteKmLookup(ws, options.companyId, options.hrExport, options.dataDir)
    : undefined;
  const alliance = ws.alliance.get();
  const cells: string[][] = [];
  let firstRow: number | undefined;
  for await (const row of rows) {
    firstRow ??= row.row;
    cells.push(row.cells);
  }
  const parsed = parseCampaignRegistrations(cells, {
    columns,
    headers,
    lang: options.lang,
    peakWindows: peakWindowsFromList(alliance?.peakWindows).windows,
    ...(options.companyId !== undefined && { defaultCompanyId: options.companyId }),
    resolveCompany: (value) => byKey.get(value.trim().toLowerCase()),
    takesPart: (id) => campaign.companyIds === null || campaign.companyIds.includes(id),
    ...(lookup !== undefined && { commuteKm: (p: string) => lookup.get(p) }),
    ...(firstRow !== undefined && { firstRow }),
  });
  const source = options.source ?? basename(options.file);
  const overlapsWith = overlappingSources(ws, options.campaignId, source, parsed.registrations);
  const { status } = ws.campaigns.importRegistrations({
    campaignId: campaign.id,
    source,
    contentHash: await hashFile(options.file),
    rowsUsed: parsed.registrations.length,
    rowsRejected: parsed.errors.length,
    registrations: parsed.registrations,
    participants: parsed.participants,
  });
  const inPeriod = (d: string) => d >= campaign.period.from && d <= campaign.period.to;
  return {
    campaign: campaign.id,
    source,
    status,
    registrations: parsed.registrations.length,
    trips: parsed.registrations.reduce((s, r) => s + r.trips, 0),
    outsidePeriod: parsed.registrations.filter((r) => !inPeriod(r.date)).length,
    warnings: parsed.warnings,
    errors: parsed.errors,
    overlapsWith,
  };
}

async function registrationTable(path: string): Promise<{ headers: string[]; rows: AsyncIterable<TableRow> }> {
  const table = await openTable(path);
  const iterator = table.rows[Symbol.asyncIterator]();
  for (let i = 0; i < HEADER_SEARCH_ROWS; i++) {
    const next = await iterator.next();
    if (next.done) break;
    if (findRegistrationColumns(next.value.cells).date !== undefined) {
      return { headers: next.value.cells, rows: { [Symbol.asyncIterator]: () => iterator } };
    }
  }
  throw new InputError(text(campaignCoreMessages, 'noDateColumn', { file: path }));
}

function overlappingSources(ws: Workspace, campaignId: string, source: string, registrations: readonly { companyId: string; date: string }[]): string[] {
  const mine = new Set(registrations.map((r) => `${r.companyId} ${r.date}`));
  return ws.campaigns
    .imports(campaignId)
    .filter((i) => i.source !== source && i.firstDate !== null)
    .filter((i) => registrations.some((r) => i.companyIds.includes(r.companyId) && r.date >= i.firstDate! && r.date <= i.lastDate!) && mine.size > 0)
    .map((i) => i.source);
}
