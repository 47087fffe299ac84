import type { Workspace } from '../../adapters/store/workspace.js';
import { carGramsPerKm, insteadGramsPerKm } from '../../core/campaign/campaign-co2-factors.js';
import { computeCampaignResults, type CampaignMemberInput, type CampaignResult } from '../../core/campaign/campaign-results.js';
import { campaignCoreMessages } from '../../core/campaign/campaign-core-messages.js';
import { InputError } from '../../core/errors.js';
import { text } from '../../core/i18n/index.js';
import type { ScanResult } from '../../core/scan/scan-result.js';
import { addDays } from '../../core/track/calendar-date.js';
import { co2FactorsForBasis } from '../../core/track/co2-factors-for-basis.js';
import type { SourcedDailyCount } from '../../core/track/types.js';
import { isWorkingDay, workingDaysBetween } from '../../core/track/working-days.js';
import { loadCo2FactorFile } from '../tracking/load-co2-factors.js';
import type { Co2FactorFile } from '../../core/settings/co2-factor-schema.js';

/** The campaign's days are compared with the same weekdays 52 weeks earlier: same season, same school holidays. */
const DAYS_A_YEAR_EARLIER = -364;

/** A campaign's results from the workspace: registrations, each member's fuel mix and counts. */
export async function campaignResultsFor(ws: Workspace, campaignId: string): Promise<CampaignResult> {
  return campaignResultsWith(ws, campaignId, await loadCo2FactorFile());
}

/** Every campaign's results, for the reports (which have the factor file at hand). */
export function allCampaignResults(ws: Workspace, file: Co2FactorFile): CampaignResult[] {
  return ws.campaigns.list().map((c) => campaignResultsWith(ws, c.id, file));
}

/** Like campaignResultsFor, with the CO2 factor file given. */
export function campaignResultsWith(ws: Workspace, campaignId: string, file: Co2FactorFile): CampaignResult {
  const campaign = ws.campaigns.get(campaignId);
  if (campaign === undefined) throw new InputError(text(campaignCoreMessages, 'unknownCampaign', { id: campaignId }), text(campaignCoreMessages, 'unknownCampaignHint'));
  const wtw = co2FactorsForBasis(file, 'wtw').factors;
  const ttw = co2FactorsForBasis(file, 'ttw').factors;
  const participants = ws.campaigns.participants(campaign.id);
  const companies = ws.companies.list().filter((c) => campaign.companyIds === null || campaign.companyIds.includes(c.id));
  const days = workingDaysBetween(campaign.period.from, campaign.period.to);
  const members = companies.map((company): CampaignMemberInput => {
    const scan = ws.scans.latest(company.id)?.result as ScanResult | undefined;
    return {
      id: company.id,
      name: company.name,
      sharesWithAlliance: company.sharesWithAlliance,
      carGPerKm: carGramsPerKm(scan?.wpmScope.kmPerYear.map((l) => ({ mode: l.mode, ...(l.fuel !== null && { fuel: l.fuel }), km: l.km })) ?? [], wtw, ttw),
      participants: participants.get(company.id) ?? null,
      counts: countsAround(ws.tracking.dailyCounts(company.id), days),
    };
  });
  return computeCampaignResults({ campaign, members, registrations: ws.campaigns.registrations(campaign.id), modeGPerKm: insteadGramsPerKm(wtw, ttw), workingDays: days.length });
}

/** Counted peak car trips per working day during the campaign and on the same weekdays a year earlier. */
export function countsAround(counts: readonly SourcedDailyCount[], campaignDays: readonly string[]): CampaignMemberInput['counts'] {
  if (counts.length === 0 || campaignDays.length === 0) return null;
  const byDate = new Map<string, number>();
  for (const c of counts) byDate.set(c.date, (byDate.get(c.date) ?? 0) + c.morning + c.evening);
  const before = campaignDays.map((d) => addDays(d, DAYS_A_YEAR_EARLIER)).filter((d) => isWorkingDay(d));
  const average = (days: readonly string[]) => {
    const measured = days.filter((d) => byDate.has(d));
    return { n: measured.length, avg: measured.length === 0 ? 0 : measured.reduce((s, d) => s + byDate.get(d)!, 0) / measured.length };
  };
  const during = average(campaignDays);
  const earlier = average(before);
  if (during.n === 0 || earlier.n === 0) return null;
  return { beforePerDay: earlier.avg, duringPerDay: during.avg, daysBefore: earlier.n, daysDuring: during.n };
}
