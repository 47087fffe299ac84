/**
 * What a campaign saved, per member and for the alliance: registrations, participants, km, kg CO2
 * (well-to-wheel and tank-to-wheel, with the member's own car fuel mix) and peak car trips avoided
 * per working day of the campaign, with the counted peak trips during it and in the same weeks a year
 * earlier when a member has counts (docs/method.md, "Campagnes").
 */
import type { Campaign, CampaignRegistration } from './types.js';

/** g CO2 per km, both bases. */
export interface GramsPerKm {
  wtw: number;
  ttw: number;
}

/** What the calculation needs of one member. */
export interface CampaignMemberInput {
  id: string;
  name: string;
  sharesWithAlliance: boolean;
  /** g CO2 per car-km with this member's own fuel mix (from its latest scan), or the unknown-fuel factor. */
  carGPerKm: GramsPerKm;
  /** Different people who registered, summed over the imported files (null: no personnel numbers). */
  participants: number | null;
  /** Counted peak car trips per working day (garage or barrier logs) during the campaign and the same weeks a year earlier. */
  counts: { beforePerDay: number; duringPerDay: number; daysBefore: number; daysDuring: number } | null;
}

/** Figures of one member, or of a group of members. */
export interface CampaignFigures {
  registrations: number;
  trips: number;
  participants: number | null;
  km: number;
  /** Trips whose km is not known (no distance and no lookup): not in km or CO2. */
  tripsWithoutKm: number;
  co2KgWtw: number;
  co2KgTtw: number;
  peakTrips: number;
  peakTripsPerWorkingDay: number;
}

/** One member's result. */
export interface CampaignMemberResult extends CampaignFigures {
  id: string;
  name: string;
  sharesWithAlliance: boolean;
  /** Registrations dated outside the campaign period: counted apart, never in the figures above. */
  outside: { registrations: number; trips: number; km: number };
  counts: CampaignMemberInput['counts'];
}

/** The alliance view: named members who share, a group of the others when there are 3 or more. */
export interface CampaignAllianceView {
  named: CampaignMemberResult[];
  /** Members who do not share, together; only when there are at least 3 of them. */
  others: (CampaignFigures & { members: number }) | null;
  /** Members who do not share and are left out of the total (1 or 2: a group would reveal them). */
  leftOut: number;
  total: CampaignFigures & { members: number };
}

/** The whole result. */
export interface CampaignResult {
  campaign: Campaign;
  workingDays: number;
  members: CampaignMemberResult[];
  alliance: CampaignAllianceView;
}

/** The fewest non-sharing members that may be shown as a group (docs/method.md, alliance anonymity). */
export const MIN_GROUP = 3;

/** Computes the campaign's results; `modeGPerKm` gives the emissions of the mode used instead (per person-km, for a one-way trip of that length). */
export function computeCampaignResults(input: {
  campaign: Campaign;
  members: readonly CampaignMemberInput[];
  registrations: readonly CampaignRegistration[];
  modeGPerKm: (mode: string | null, oneWayKm: number) => GramsPerKm;
  workingDays: number;
}): CampaignResult {
  const { campaign, workingDays } = input;
  const inPeriod = (date: string) => date >= campaign.period.from && date <= campaign.period.to;
  const members = input.members.map((member): CampaignMemberResult => {
    const own = input.registrations.filter((r) => r.companyId === member.id);
    const inside = own.filter((r) => inPeriod(r.date));
    const outside = own.filter((r) => !inPeriod(r.date));
    return {
      id: member.id,
      name: member.name,
      sharesWithAlliance: member.sharesWithAlliance,
      ...figures(inside, member, input.modeGPerKm, workingDays),
      outside: { registrations: outside.length, trips: sum(outside, (r) => r.trips), km: sum(outside, (r) => r.km ?? 0) },
      counts: member.counts,
    };
  });
  return { campaign, workingDays, members, alliance: allianceView(members, workingDays) };
}

function figures(
  rows: readonly CampaignRegistration[],
  member: CampaignMemberInput,
  modeGPerKm: (mode: string | null, oneWayKm: number) => GramsPerKm,
  workingDays: number,
): CampaignFigures {
  let co2KgWtw = 0;
  let co2KgTtw = 0;
  for (const r of rows) {
    if (r.km === null) continue;
    const instead = modeGPerKm(r.modeInstead, r.trips > 0 ? r.km / r.trips : r.km);
    // never negative: a registration "by bus instead of an electric car" saves nothing, it does not cost
    co2KgWtw += (r.km * Math.max(0, member.carGPerKm.wtw - instead.wtw)) / 1000;
    co2KgTtw += (r.km * Math.max(0, member.carGPerKm.ttw - instead.ttw)) / 1000;
  }
  const peakTrips = sum(rows, (r) => (r.peak === true ? r.trips : 0));
  return {
    registrations: rows.length,
    trips: sum(rows, (r) => r.trips),
    participants: rows.length === 0 ? 0 : member.participants,
    km: sum(rows, (r) => r.km ?? 0),
    tripsWithoutKm: sum(rows, (r) => (r.km === null ? r.trips : 0)),
    co2KgWtw,
    co2KgTtw,
    peakTrips,
    peakTripsPerWorkingDay: workingDays > 0 ? peakTrips / workingDays : 0,
  };
}

function allianceView(members: readonly CampaignMemberResult[], workingDays: number): CampaignAllianceView {
  const named = members.filter((m) => m.sharesWithAlliance);
  const hidden = members.filter((m) => !m.sharesWithAlliance);
  const grouped = hidden.length >= MIN_GROUP;
  const others = grouped ? { ...addUp(hidden, workingDays), members: hidden.length } : null;
  const counted = grouped ? members : named;
  return { named, others, leftOut: grouped ? 0 : hidden.length, total: { ...addUp(counted, workingDays), members: counted.length } };
}

function addUp(rows: readonly CampaignFigures[], workingDays: number): CampaignFigures {
  const participants = rows.some((r) => r.participants === null) ? null : sum(rows, (r) => r.participants ?? 0);
  const peakTrips = sum(rows, (r) => r.peakTrips);
  return {
    registrations: sum(rows, (r) => r.registrations),
    trips: sum(rows, (r) => r.trips),
    participants,
    km: sum(rows, (r) => r.km),
    tripsWithoutKm: sum(rows, (r) => r.tripsWithoutKm),
    co2KgWtw: sum(rows, (r) => r.co2KgWtw),
    co2KgTtw: sum(rows, (r) => r.co2KgTtw),
    peakTrips,
    peakTripsPerWorkingDay: workingDays > 0 ? peakTrips / workingDays : 0,
  };
}

function sum<T>(rows: readonly T[], of: (row: T) => number): number {
  let total = 0;
  for (const row of rows) total += of(row);
  return total;
}
