import type { Alliance, Company, CompanyInput, Goal, GoalKind, Location, LocationInput } from '../../core/workspace/types.js';
import type { ImportPlan } from '../../core/workspace/plan-import.js';
import type { CampaignStore } from './campaign-store.js';
import type { MeasureStore, TrackingStore } from './tracking-types.js';

/** A company's fields that `update` may change; `locations`, when given, replaces them all. */
export type CompanyPatch = Partial<Omit<CompanyInput, 'id'>>;

/** What a scan leaves behind: its aggregate result and where it came from. Never employee rows. */
export interface ScanInput {
  /** The HR export's date (YYYY-MM-DD). */
  exportDate: string;
  /** Hash of the export's content: the same file scanned twice is one scan. */
  contentHash: string;
  /** How many employees the aggregates describe. */
  employees: number;
  /** Hash of the settings the scan ran with, so a result can be told apart from a rerun with other settings. */
  settingsHash: string;
  /** The aggregate scan result, stored as JSON. */
  result: unknown;
}

/** A stored scan. */
export interface ScanRecord extends ScanInput {
  id: number;
  companyId: string;
  scannedAt: string;
}

/** The open workspace: typed access to the database; every change runs in one transaction. */
export interface Workspace {
  readonly dir: string;
  readonly path: string;
  /** Set when opening migrated an existing database; the copy made beforehand. */
  readonly backup: string | undefined;
  alliance: {
    get(): Alliance | undefined;
    /** Changes the given fields; the first call must name the alliance. */
    set(patch: Partial<Alliance>): Alliance;
  };
  companies: {
    add(company: CompanyInput): Company;
    list(): Company[];
    get(id: string): Company | undefined;
    /** Like get, but an unknown id is an InputError naming the field. */
    require(id: string, field?: string): Company;
    update(id: string, patch: CompanyPatch): Company;
    /** Removes the company with its locations, goals and scans; false when it did not exist. */
    remove(id: string): boolean;
    /** Adds new and replaces changed companies; reports what it did. */
    import(companies: readonly CompanyInput[]): ImportPlan;
  };
  locations: {
    list(companyId: string): Location[];
    /** Adds the location, or replaces the one with the same name. */
    put(companyId: string, location: LocationInput): Location;
    remove(companyId: string, name: string): boolean;
  };
  goals: {
    /** Sets the goal of its kind for its company (or the alliance), replacing an earlier one. */
    set(goal: Goal): Goal;
    /** All goals, or those of one company (`null`: the alliance's own). */
    list(filter?: { companyId?: string | null }): Goal[];
    remove(companyId: string | null, kind: GoalKind): boolean;
  };
  scans: {
    /**
     * Saves a scan; `created` is false when a scan of the same content was saved before, unless
     * `replace` is set: then that scan is replaced (`replaced` is its id).
     */
    save(companyId: string, scan: ScanInput, options?: { replace?: boolean }): { id: number; created: boolean; replaced?: number };
    latest(companyId: string): ScanRecord | undefined;
    list(companyId: string): ScanRecord[];
    get(companyId: string, id: number): ScanRecord | undefined;
    /** Removes one scan; undefined when the company has no scan with that id. */
    remove(companyId: string, id: number): ScanRecord | undefined;
  };
  /** Measurements, baselines, headcounts and CO2 per year (aggregates only). */
  tracking: TrackingStore;
  /** The measures members took, with their start dates. */
  measures: MeasureStore;
  /** Campaigns (a mobility week) and the registrations of trips not made during them. */
  campaigns: CampaignStore;
  /** Runs `work` in one write transaction: all of it lands, or none. */
  transaction<T>(work: () => T): T;
  close(): void;
}
