import type { Workspace } from '../adapters/store/workspace.js';
import { allCampaignResults } from './campaign/campaign-results-for.js';
import { buildAllianceReport, type AllianceMember } from '../core/report/build-alliance-report.js';
import type { ReportModel } from '../core/report/report-model.js';
import type { ScanResult } from '../core/scan/scan-result.js';
import { memberInput } from './alliance-member.js';
import { companyProgress } from './company-progress.js';
import type { ReportResources } from './company-report.js';
import { dataAttributions } from './data-attributions.js';

/** Builds the alliance report model from every member the workspace knows. */
export function allianceReportModel(ws: Workspace, res: ReportResources): ReportModel {
  const titles = new Map(res.catalogue.measures.map((m) => [m.id, m.title[res.lang]]));
  const members: AllianceMember[] = ws.companies.list().map((c) => {
    const progress = companyProgress(ws, c.id, 'quarter');
    const { input, basis } = memberInput(progress);
    const scan = ws.scans.latest(c.id);
    return {
      ...input,
      name: c.name,
      shares: c.sharesWithAlliance,
      period: basis.period,
      scan: scan ? (scan.result as ScanResult) : null,
      periods: progress.peak.periods.filter((p) => !p.inBaseline).map((p) => ({ label: p.label, from: p.from, to: p.to, avoidedPerDay: p.avoidedPerDay })),
      measures: progress.measures.map((m) => ({ title: titles.get(m.measure) ?? m.measure, startDate: m.startDate })),
    };
  });
  const goal = ws.goals.list({ companyId: null }).find((g) => g.kind === 'peak-avoidance');
  const threshold = members.find((m) => m.scan?.suppression)?.scan?.suppression?.threshold ?? 5;
  return buildAllianceReport({
    campaigns: allCampaignResults(ws, res.factorFile),
    lang: res.lang,
    texts: res.texts,
    generatedOn: res.generatedOn,
    version: res.version,
    alliance: { name: ws.alliance.get()?.name ?? '' },
    peakGoal: goal ? { targetPct: goal.targetPct } : null,
    members,
    attributions: dataAttributions(res.geodata),
    suppressionThreshold: threshold,
  });
}
