import type Database from 'better-sqlite3';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import { companyMessages } from '../../core/workspace/company-messages.js';
import { locationKey } from '../../core/workspace/location-key.js';
import { planImport } from '../../core/workspace/plan-import.js';
import type { Company, CompanyInput, Location, LocationInput } from '../../core/workspace/types.js';
import type { Workspace } from './workspace.js';

interface CompanyRow {
  id: string;
  name: string;
  sector: string | null;
  headcount: number | null;
  declaration_signed: string | null;
  shares_with_alliance: number;
}
type LocationRow = Location & { company_id: string };

/** Company and location access on one connection; `write` wraps each change in a transaction. */
export function createCompanyStore(
  db: Database.Database,
  write: <T>(work: () => T) => T,
): Pick<Workspace, 'companies' | 'locations'> {
  const selectLocations = db.prepare<[string], LocationRow>(
    'SELECT company_id, key, name, address, postcode, lat, lon FROM locations WHERE company_id = ? ORDER BY position, key',
  );
  const toLocation = ({ key, name, address, postcode, lat, lon }: LocationRow): Location => ({ key, name, address, postcode, lat, lon });
  const toCompany = (row: CompanyRow): Company => ({
    id: row.id,
    name: row.name,
    sector: row.sector,
    headcount: row.headcount,
    declarationSigned: row.declaration_signed,
    sharesWithAlliance: row.shares_with_alliance === 1,
    locations: selectLocations.all(row.id).map(toLocation),
  });
  const selectOne = db.prepare<[string], CompanyRow>('SELECT * FROM companies WHERE id = ?');
  const selectAll = db.prepare<[], CompanyRow>('SELECT * FROM companies ORDER BY id');
  const insert = db.prepare(
    'INSERT INTO companies (id, name, sector, headcount, declaration_signed, shares_with_alliance) VALUES (@id, @name, @sector, @headcount, @declarationSigned, @shares)',
  );
  const updateRow = db.prepare(
    'UPDATE companies SET name = @name, sector = @sector, headcount = @headcount, declaration_signed = @declarationSigned, shares_with_alliance = @shares WHERE id = @id',
  );
  const upsertLocation = db.prepare(
    `INSERT INTO locations (company_id, key, name, address, postcode, lat, lon, position)
     VALUES (@companyId, @key, @name, @address, @postcode, @lat, @lon,
             coalesce((SELECT max(position) + 1 FROM locations WHERE company_id = @companyId), 0))
     ON CONFLICT (company_id, key) DO UPDATE SET name = excluded.name, address = excluded.address,
       postcode = excluded.postcode, lat = excluded.lat, lon = excluded.lon`,
  );
  const deleteLocations = db.prepare('DELETE FROM locations WHERE company_id = ?');

  const get = (id: string): Company | undefined => {
    const row = selectOne.get(id);
    return row ? toCompany(row) : undefined;
  };
  const require = (id: string, field = 'company'): Company => {
    const company = get(id);
    if (!company) throw new InputError(text(companyMessages, 'unknownCompany', { field, id: `'${id}'` }), text(companyMessages, 'unknownCompanyHint'));
    return company;
  };
  const putLocation = (companyId: string, location: LocationInput): Location => {
    const key = locationKey(location.name);
    upsertLocation.run({ companyId, key, ...location });
    return { key, ...location };
  };
  const replace = (company: CompanyInput, exists: boolean): void => {
    const row = { ...company, shares: company.sharesWithAlliance ? 1 : 0 };
    (exists ? updateRow : insert).run(row);
    deleteLocations.run(company.id);
    for (const location of company.locations) putLocation(company.id, location);
  };

  return {
    companies: {
      add: (company) =>
        write(() => {
          if (get(company.id)) throw new InputError(text(companyMessages, 'idExists', { id: `'${company.id}'` }), text(companyMessages, 'idExistsHint', { id: company.id }));
          replace(company, false);
          return get(company.id)!;
        }),
      list: () => selectAll.all().map(toCompany),
      get,
      require,
      update: (id, patch) =>
        write(() => {
          const { locations, ...current } = require(id);
          replace({ ...current, ...patch, id, locations: patch.locations ?? locations }, true);
          return get(id)!;
        }),
      remove: (id) => write(() => db.prepare('DELETE FROM companies WHERE id = ?').run(id).changes > 0),
      import: (companies) =>
        write(() => {
          const plan = planImport(selectAll.all().map(toCompany), companies);
          for (const company of plan.added) replace(company, false);
          for (const company of plan.changed) replace(company, true);
          return plan;
        }),
    },
    locations: {
      list: (companyId) => require(companyId).locations,
      put: (companyId, location) =>
        write(() => {
          require(companyId);
          return putLocation(companyId, location);
        }),
      remove: (companyId, name) =>
        write(() => db.prepare('DELETE FROM locations WHERE company_id = ? AND key = ?').run(companyId, locationKey(name)).changes > 0),
    },
  };
}
