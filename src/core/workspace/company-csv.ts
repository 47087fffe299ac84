import { parse } from 'csv-parse/sync';
import { csvCell } from '../format/csv-cell.js';
import { restoreCsvCell } from '../track/neutralise-csv-cell.js';
import { text as deferred, type Text } from '../i18n/index.js';
import type { Checked } from './checked.js';
import { validateCompany } from './validate-company.js';
import type { Company, CompanyInput } from './types.js';
import { validationMessages as m } from './validation-messages.js';

/** The columns of a company CSV: one row per location, company fields repeated. */
export const COMPANY_CSV_COLUMNS = [
  'id', 'name', 'sector', 'headcount', 'declaration_signed', 'shares',
  'location_name', 'address', 'postcode', 'lat', 'lon',
] as const;

type Row = Partial<Record<(typeof COMPANY_CSV_COLUMNS)[number], string>>;

/** Reads a company CSV (`;` as Dutch Excel writes it, or `,`); rows of one id form one company. */
export function parseCompanyCsv(text: string): Checked<CompanyInput[]> {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let rows: Row[];
  try {
    rows = parse(text, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), delimiter, skip_empty_lines: true, trim: true, cast: (value: string) => restoreCsvCell(value) });
  } catch (error) {
    return { ok: false, errors: [deferred(m, 'csvBroken', { reason: (error as Error).message })] };
  }
  if (rows.length > 0 && !('id' in rows[0]!)) return { ok: false, errors: [deferred(m, 'csvNoId', { columns: COMPANY_CSV_COLUMNS.join(delimiter) })] };

  const byId = new Map<string, { row: Row; line: number; locations: Row[] }>();
  rows.forEach((row, index) => {
    const id = row.id ?? '';
    const entry = byId.get(id) ?? { row, line: index + 2, locations: [] };
    if (row.location_name) entry.locations.push(row);
    byId.set(id, entry);
  });
  // Decimal commas are common in Dutch CSV; they are only unambiguous when `;` separates columns.
  const decimal = (v: string | undefined) => (delimiter === ';' && v ? v.replace(',', '.') : v);
  const errors: Text[] = [];
  const companies: CompanyInput[] = [];
  for (const [id, { row, line, locations }] of byId) {
    const checked = validateCompany(
      {
        id, name: row.name, sector: row.sector, headcount: row.headcount,
        declarationSigned: row.declaration_signed, sharesWithAlliance: row.shares ?? '',
        locations: locations.map((l) => ({ name: l.location_name, address: l.address, postcode: l.postcode, lat: decimal(l.lat), lon: decimal(l.lon) })),
      },
      id ? deferred(m, 'entityCsvCompany', { line, id }) : deferred(m, 'entityCsvCompanyNoId', { line }),
    );
    if (checked.ok) companies.push(checked.value);
    else errors.push(...checked.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: companies };
}

// The shared cell writer: text a spreadsheet would run as a formula gets a leading quote, which
// reading it back removes; numbers keep their point, as the import reads them.
const cell = (value: string | number | boolean | null): string => csvCell(value, { decimalPoint: true, reversible: true });

/** Writes companies as a `;` CSV that parseCompanyCsv reads back to the same companies. */
export function formatCompanyCsv(companies: readonly Company[]): string {
  const lines = [COMPANY_CSV_COLUMNS.join(';')];
  for (const c of companies) {
    const head = [c.id, c.name, c.sector, c.headcount, c.declarationSigned, c.sharesWithAlliance];
    const locations = c.locations.length > 0 ? c.locations : [null];
    for (const l of locations) {
      const tail = l ? [l.name, l.address, l.postcode, l.lat, l.lon] : [null, null, null, null, null];
      lines.push([...head, ...tail].map(cell).join(';'));
    }
  }
  return lines.join('\n') + '\n';
}
