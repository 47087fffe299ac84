import { renderTable } from '../../core/format/table.js';
import type { Company } from '../../core/workspace/types.js';
import type { ScanRecord } from '../../adapters/store/workspace.js';
import type { CommandContext } from '../command-context.js';
import { useWorkspace } from './use-workspace.js';

const dash = (value: unknown) => (value === null || value === undefined || value === '' ? '-' : String(value));
/** The companies as a table: id, name, sector, headcount, locations, signed. */
export function renderCompanyList(companies: readonly Company[]): string {
  if (companies.length === 0) return 'no companies yet: add one with `mobiscan company add` or `mobiscan company import FILE`';
  return renderTable(
    ['ID', 'NAME', 'SECTOR', 'HEADCOUNT', 'LOCATIONS', 'SIGNED'],
    companies.map((c) => [c.id, c.name, dash(c.sector), dash(c.headcount), String(c.locations.length), dash(c.declarationSigned)]),
    ['left', 'left', 'left', 'right', 'right', 'left'],
  );
}

/** One company in full, with its locations and the latest scan. */
export function renderCompany(c: Company, latest: ScanRecord | undefined): string {
  const lines = [
    `${c.id}  ${c.name}`,
    `  sector                ${dash(c.sector)}`,
    `  headcount             ${dash(c.headcount)}`,
    `  declaration signed    ${dash(c.declarationSigned)}`,
    `  shares with alliance  ${c.sharesWithAlliance ? 'yes' : 'no'}`,
    `  locations`,
    ...(c.locations.length === 0 ? ['    (none)'] : c.locations.map((l) =>
      `    ${l.name}: ${[l.address, l.postcode].filter(Boolean).join(', ') || '-'}  ${l.lat === null ? '(no coordinates)' : `${l.lat.toFixed(5)}, ${l.lon!.toFixed(5)}`}`)),
    `  latest scan           ${latest ? `${latest.exportDate} (${latest.employees} employees)` : '-'}`,
  ];
  return lines.join('\n');
}

/** `company list`. */
export async function runCompanyList(ctx: CommandContext, flags: { workspace?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const companies = ws.companies.list();
    ctx.out.result({ companies }, () => renderCompanyList(companies));
  });
}

/** `company show ID`. */
export async function runCompanyShow(ctx: CommandContext, id: string, flags: { workspace?: string }): Promise<void> {
  await useWorkspace(ctx, flags.workspace, (ws) => {
    const company = ws.companies.require(id);
    const latest = ws.scans.latest(id);
    const goals = ws.goals.list({ companyId: id });
    const scan = latest && { id: latest.id, exportDate: latest.exportDate, employees: latest.employees, scannedAt: latest.scannedAt };
    ctx.out.result({ company, goals, latestScan: scan ?? null }, () => renderCompany(company, latest));
  });
}
