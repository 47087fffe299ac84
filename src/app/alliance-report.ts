import type { Workspace } from '../adapters/store/workspace.js';
import { allCampaignResults } from './campaign/campaign-results-for.js';
import { buildAllianceReport } from '../core/report/build-alliance-report.js';
import type { ReportModel } from '../core/report/report-model.js';
import type { ScanResult } from '../core/scan/scan-result.js';
import { reportMember } from './alliance-member.js';
import { companyProgress } from './company-progress.js';
import type { ReportResources } from './company-report.js';
import { dataAttributions } from './data-attributions.js';
import { measureTitle } from '../core/advice/measure-title.js';

/** Builds the alliance report model from every member the workspace knows (none is fine). */
export function allianceReportModel(ws: Workspace, res: ReportResources): ReportModel {
  const title = measureTitle(res.catalogue, res.lang);
  const members = ws.companies.list().map((c) => {
    const scan = ws.scans.latest(c.id);
    return reportMember(companyProgress(ws, c.id, 'quarter'), {
      scan: scan ? (scan.result as ScanResult) : null,
      measureTitle: title,
    });
  });
  const goals = ws.goals.list({ companyId: null });
  const peak = goals.find((g) => g.kind === 'peak-avoidance');
  const co2 = goals.find((g) => g.kind === 'co2-reduction');
  const alliance = ws.alliance.get();
  const threshold = members.find((m) => m.scan?.suppression)?.scan?.suppression?.threshold ?? 5;
  return buildAllianceReport({
    lang: res.lang,
    texts: res.texts,
    generatedOn: res.generatedOn,
    version: res.version,
    alliance: { name: alliance?.name ?? '', peakWindows: alliance?.peakWindows.map((w) => `${w.start}-${w.end}`).join(', ') },
    peakGoal: peak ? { targetPct: peak.targetPct, targetYear: peak.targetYear } : null,
    co2Goal: co2 && co2.baselineYear !== null && co2.targetYear !== null ? { targetPct: co2.targetPct, baselineYear: co2.baselineYear, targetYear: co2.targetYear } : null,
    members,
    attributions: dataAttributions(res.geodata),
    suppressionThreshold: threshold,
    campaigns: allCampaignResults(ws, res.factorFile),
  });
}
