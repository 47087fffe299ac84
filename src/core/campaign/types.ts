/**
 * Campaigns (a mobility week, the European Mobility Week): a period, the members taking part,
 * and registrations of car trips not made during it. Only aggregates: who registered is never
 * kept, participants are counted per imported file.
 */
import type { DateRange } from '../track/types.js';

/** A campaign of the alliance. */
export interface Campaign {
  /** Short id ('mobiliteitsweek-2026'): lower case, digits and dashes. */
  id: string;
  name: string;
  period: DateRange;
  /** The members taking part; null: every member of the alliance. */
  companyIds: string[] | null;
}

/** One registration of avoided car trips, as stored (no person, no personnel number). */
export interface CampaignRegistration {
  companyId: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** Car trips not made (one way each). */
  trips: number;
  /** Km not driven for this registration, all trips together; null when unknown. */
  km: number | null;
  /** How the trip was made instead, as a mode of the ingest vocabulary ('fiets', 'thuis'), or null. */
  modeInstead: string | null;
  /** Whether the avoided trip would have been in a peak window; null when the file does not say. */
  peak: boolean | null;
}

/** Per imported file: how many different people registered (counted while reading, never stored). */
export interface CampaignImportSummary {
  companyId: string;
  participants: number | null;
}
