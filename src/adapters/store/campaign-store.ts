import type Database from 'better-sqlite3';
import type { Campaign, CampaignRegistration } from '../../core/campaign/types.js';

/** One imported registration file of a campaign. */
export interface CampaignImportInput {
  campaignId: string;
  /** Where the registrations come from ('app', a file name): a new file of the same source replaces the old one. */
  source: string;
  contentHash: string;
  rowsUsed: number;
  rowsRejected: number;
  registrations: readonly CampaignRegistration[];
  /** Different people per member in this file (counted while reading; nobody is stored). */
  participants: ReadonlyMap<string, number>;
}

/** What an import did: a new source, a replaced one, or the same file again (nothing changed). */
export type CampaignImportStatus = 'imported' | 'replaced' | 'unchanged';

/** A stored import, for lists and overlap warnings. */
export interface CampaignImportRecord {
  id: number;
  source: string;
  importedAt: string;
  rowsUsed: number;
  rowsRejected: number;
  firstDate: string | null;
  lastDate: string | null;
  companyIds: string[];
}

/** The campaigns of the alliance and their registrations; every change in one transaction. */
export interface CampaignStore {
  /** Adds a campaign or changes the one with its id; `created` false when it existed. */
  put(campaign: Campaign): { created: boolean; changed: boolean };
  get(id: string): Campaign | undefined;
  list(): Campaign[];
  /** Removes a campaign with all its registrations; false when there was none. */
  remove(id: string): boolean;
  importRegistrations(input: CampaignImportInput): { status: CampaignImportStatus; importId: number };
  imports(campaignId: string): CampaignImportRecord[];
  /** Removes one import (by source) with its registrations; false when there was none. */
  removeImport(campaignId: string, source: string): boolean;
  registrations(campaignId: string): CampaignRegistration[];
  /** Participants per member, summed over the imported files. */
  participants(campaignId: string): Map<string, number>;
}

interface CampaignRow {
  id: string;
  name: string;
  start_date: string;
  end_date: string;
  members_json: string | null;
}

const toCampaign = (r: CampaignRow): Campaign => ({
  id: r.id,
  name: r.name,
  period: { from: r.start_date, to: r.end_date },
  companyIds: r.members_json === null ? null : (JSON.parse(r.members_json) as string[]),
});

/** The campaign tables of the workspace (migration 3). */
export function createCampaignStore(db: Database.Database, write: <T>(work: () => T) => T, now: () => Date): CampaignStore {
  const get = db.prepare<[string], CampaignRow>('SELECT * FROM campaigns WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO campaigns (id, name, start_date, end_date, members_json, created_at) VALUES (@id, @name, @from, @to, @members, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, start_date = excluded.start_date, end_date = excluded.end_date, members_json = excluded.members_json`,
  );
  const findImport = db.prepare<[string, string], { id: number; content_hash: string }>('SELECT id, content_hash FROM campaign_imports WHERE campaign_id = ? AND source = ?');
  const deleteImport = db.prepare('DELETE FROM campaign_imports WHERE id = ?');
  const insertImport = db.prepare(
    'INSERT INTO campaign_imports (campaign_id, source, content_hash, imported_at, rows_used, rows_rejected) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertRegistration = db.prepare(
    'INSERT INTO campaign_registrations (import_id, company_id, date, trips, km, mode_instead, peak) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertParticipants = db.prepare('INSERT INTO campaign_participants (import_id, company_id, participants) VALUES (?, ?, ?)');
  return {
    put: (campaign) =>
      write(() => {
        const before = get.get(campaign.id);
        const members = campaign.companyIds === null ? null : JSON.stringify(campaign.companyIds);
        const same = before !== undefined && before.name === campaign.name && before.start_date === campaign.period.from && before.end_date === campaign.period.to && before.members_json === members;
        if (!same) upsert.run({ id: campaign.id, name: campaign.name, from: campaign.period.from, to: campaign.period.to, members, at: now().toISOString() });
        return { created: before === undefined, changed: before !== undefined && !same };
      }),
    get: (id) => {
      const row = get.get(id);
      return row === undefined ? undefined : toCampaign(row);
    },
    list: () => db.prepare<[], CampaignRow>('SELECT * FROM campaigns ORDER BY start_date, id').all().map(toCampaign),
    remove: (id) => write(() => db.prepare('DELETE FROM campaigns WHERE id = ?').run(id).changes > 0),
    importRegistrations: (input) =>
      write(() => {
        const existing = findImport.get(input.campaignId, input.source);
        if (existing?.content_hash === input.contentHash) return { status: 'unchanged' as const, importId: existing.id };
        if (existing !== undefined) deleteImport.run(existing.id);
        const importId = Number(
          insertImport.run(input.campaignId, input.source, input.contentHash, now().toISOString(), input.rowsUsed, input.rowsRejected).lastInsertRowid,
        );
        for (const r of input.registrations) {
          insertRegistration.run(importId, r.companyId, r.date, r.trips, r.km, r.modeInstead, r.peak === null ? null : r.peak ? 1 : 0);
        }
        for (const [companyId, n] of input.participants) insertParticipants.run(importId, companyId, n);
        return { status: existing === undefined ? ('imported' as const) : ('replaced' as const), importId };
      }),
    imports: (campaignId) =>
      db
        .prepare<[string], { id: number; source: string; imported_at: string; rows_used: number; rows_rejected: number; first: string | null; last: string | null; companies: string | null }>(
          `SELECT i.id, i.source, i.imported_at, i.rows_used, i.rows_rejected, MIN(r.date) AS first, MAX(r.date) AS last, GROUP_CONCAT(DISTINCT r.company_id) AS companies
           FROM campaign_imports i LEFT JOIN campaign_registrations r ON r.import_id = i.id WHERE i.campaign_id = ? GROUP BY i.id ORDER BY i.id`,
        )
        .all(campaignId)
        .map((r) => ({
          id: r.id,
          source: r.source,
          importedAt: r.imported_at,
          rowsUsed: r.rows_used,
          rowsRejected: r.rows_rejected,
          firstDate: r.first,
          lastDate: r.last,
          companyIds: r.companies === null ? [] : r.companies.split(',').sort(),
        })),
    removeImport: (campaignId, source) =>
      write(() => db.prepare('DELETE FROM campaign_imports WHERE campaign_id = ? AND source = ?').run(campaignId, source).changes > 0),
    registrations: (campaignId) =>
      db
        .prepare<[string], { company_id: string; date: string; trips: number; km: number | null; mode_instead: string | null; peak: number | null }>(
          `SELECT r.company_id, r.date, r.trips, r.km, r.mode_instead, r.peak FROM campaign_registrations r
           JOIN campaign_imports i ON i.id = r.import_id WHERE i.campaign_id = ? ORDER BY r.date, r.company_id`,
        )
        .all(campaignId)
        .map((r) => ({ companyId: r.company_id, date: r.date, trips: r.trips, km: r.km, modeInstead: r.mode_instead, peak: r.peak === null ? null : r.peak === 1 })),
    participants: (campaignId) =>
      new Map(
        db
          .prepare<[string], { company_id: string; n: number }>(
            `SELECT p.company_id, SUM(p.participants) AS n FROM campaign_participants p JOIN campaign_imports i ON i.id = p.import_id
             WHERE i.campaign_id = ? GROUP BY p.company_id`,
          )
          .all(campaignId)
          .map((r) => [r.company_id, r.n]),
      ),
  };
}
