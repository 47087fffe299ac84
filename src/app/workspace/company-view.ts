import type { Company } from '../../core/workspace/types.js';
import type { ScanRecord } from '../../adapters/store/workspace.js';
import type { CommandContext } from '../command-context.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { messageLang, translator, type Lang } from '../../core/i18n/index.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { useWorkspace } from './use-workspace.js';

const dash = (value: unknown) => (value === null || value === undefined || value === '' ? '-' : String(value));
const pad = (rows: string[][]): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
};

const date = (iso: string | null, lang: Lang) => (iso === null ? '-' : formatIsoDate(iso, lang));

/** The companies as a table: id, name, sector, headcount, locations, signed. */
export function renderCompanyList(companies: readonly Company[], lang: Lang = messageLang()): string {
  const t = translator(companyMessages, lang);
  if (companies.length === 0) return t('listEmpty');
  return pad([
    t('listHeader').split('|'),
    ...companies.map((c) => [c.id, c.name, dash(c.sector), dash(c.headcount), String(c.locations.length), date(c.declarationSigned, lang)]),
  ]);
}

/** One company in full, with its locations and the latest scan. */
export function renderCompany(c: Company, latest: ScanRecord | undefined, lang: Lang = messageLang()): string {
  const t = translator(companyMessages, lang);
  const labels = (['fieldSector', 'fieldHeadcount', 'fieldSigned', 'fieldShares', 'fieldLocations', 'fieldLatestScan'] as const).map((k) => t(k));
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  const field = (i: number, value: string) => `  ${labels[i]!.padEnd(width)}${value}`.trimEnd();
  const lines = [
    `${c.id}  ${c.name}`,
    field(0, dash(c.sector)),
    field(1, dash(c.headcount)),
    field(2, date(c.declarationSigned, lang)),
    field(3, c.sharesWithAlliance ? t('yes') : t('no')),
    field(4, ''),
    ...(c.locations.length === 0 ? [`    ${t('none')}`] : c.locations.map((l) =>
      `    ${l.name}: ${[l.address, l.postcode].filter(Boolean).join(', ') || '-'}  ${l.lat === null ? t('noCoordinates') : `${l.lat.toFixed(5)}, ${l.lon!.toFixed(5)}`}`)),
    field(5, latest ? t('latestScan', { date: formatIsoDate(latest.exportDate, lang), employees: latest.employees }) : '-'),
  ];
  return lines.join('\n');
}

/** `company list`. */
export async function runCompanyList(ctx: CommandContext, flags: { workspace?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const companies = ws.companies.list();
    ctx.out.result({ companies }, () => renderCompanyList(companies, ctx.lang));
  });
}

/** `company show ID`. */
export async function runCompanyShow(ctx: CommandContext, id: string, flags: { workspace?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const company = ws.companies.require(id);
    const latest = ws.scans.latest(id);
    const goals = ws.goals.list({ companyId: id });
    const scan = latest && { id: latest.id, exportDate: latest.exportDate, employees: latest.employees, scannedAt: latest.scannedAt };
    ctx.out.result({ company, goals, latestScan: scan ?? null }, () => renderCompany(company, latest, ctx.lang));
  });
}
