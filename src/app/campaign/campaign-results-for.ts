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
import { workingDaysBetween } from '../../core/track/working-days.js';
import { loadCo2FactorFile } from '../tracking/load-co2-factors.js';

/** Working days before the campaign that its counts are compared with: four working weeks. */
export const COMPARE_WORKING_DAYS = 20;

/** A campaign's results from the workspace: registrations, each member's fuel mix and counts. */
export async function campaignResultsFor(ws: Workspace, campaignId: string): Promise<CampaignResult> {
  const campaign = ws.campaigns.get(campaignId);
  if (campaign === undefined) throw new InputError(text(campaignCoreMessages, 'unknownCampaign', { id: campaignId }), text(campaignCoreMessages, 'unknownCampaignHint'));
  const file = await loadCo2FactorFile();
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

/** Counted peak car trips per working day during the campaign and in the four working weeks before it. */
export function countsAround(counts: readonly SourcedDailyCount[], campaignDays: readonly string[]): CampaignMemberInput['counts'] {
  if (counts.length === 0 || campaignDays.length === 0) return null;
  const byDate = new Map<string, number>();
  for (const c of counts) byDate.set(c.date, (byDate.get(c.date) ?? 0) + c.morning + c.evening);
  const first = campaignDays[0]!;
  const before = workingDaysBetween(addDays(first, -60), addDays(first, -1)).slice(-COMPARE_WORKING_DAYS);
  const average = (days: readonly string[]) => {
    const measured = days.filter((d) => byDate.has(d));
    return { n: measured.length, avg: measured.length === 0 ? 0 : measured.reduce((s, d) => s + byDate.get(d)!, 0) / measured.length };
  };
  const during = average(campaignDays);
  const earlier = average(before);
  if (during.n === 0 || earlier.n === 0) return null;
  return { beforePerDay: earlier.avg, duringPerDay: during.avg, daysBefore: earlier.n, daysDuring: during.n };
}
