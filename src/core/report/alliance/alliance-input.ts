import type { Text } from '../../i18n/index.js';
import type { CampaignResult } from '../../campaign/campaign-results.js';
import type { GoalStatus } from '../../track/goal-status.js';
import type { ScanResult } from '../../scan/scan-result.js';
import type { Lang } from '../report-model.js';
import type { ReportTexts } from '../report-texts.js';

/** A member's peak-trip figures: its baseline and the periods judged against it (aggregates only). */
export interface MemberPeak {
  /** Peak car trips per working day in the baseline. */
  baselinePerDay: number;
  /** Periods after the baseline with enough working days, oldest first. */
  periods: { label: string; from: string; to: string; avoidedPerDay: number }[];
  /**
   * The latest provisional period (too few working days measured yet) when it is newer than every
   * period above: shown marked as provisional where no complete period exists, never judged or summed.
   */
  provisional?: { label: string; avoidedPerDay: number; daysWithData: number; workingDays: number } | null;
  /** The member's own goal (or the alliance's, when it has none) and where it stands. */
  goal: { targetPct: number; targetYear: number | null; scope: 'company' | 'alliance'; status: GoalStatus; projectedShare: number | null } | null;
}

/** A member's commuting CO2 per year and its goal. */
export interface MemberCo2 {
  years: { year: number; co2Kg: number }[];
  goal: { targetPct: number; baselineYear: number; targetYear: number; scope: 'company' | 'alliance'; status: GoalStatus; projectedChange: number | null } | null;
}

/** One member as the alliance report sees it. */
export interface AllianceMember {
  id: string;
  name: string;
  /** Whether the member lets the alliance show its own figures; else it is never identifiable. */
  shares: boolean;
  /** Headcount (else the latest scan's); null when unknown. */
  employees: number | null;
  /** Null without a baseline. */
  peak: MemberPeak | null;
  co2: MemberCo2;
  scan: ScanResult | null;
  measures: { title: string; startDate: string }[];
}

/** Everything the alliance report is built from. */
export interface AllianceReportInput {
  lang: Lang;
  texts: ReportTexts;
  generatedOn: string;
  version: string;
  alliance: { name: string; peakWindows?: string };
  peakGoal: { targetPct: number; targetYear: number | null } | null;
  co2Goal: { targetPct: number; baselineYear: number; targetYear: number } | null;
  members: AllianceMember[];
  attributions: (string | Text)[];
  suppressionThreshold: number;
  /** Campaigns with their results; members who do not share stay out of sight (campaign-section.ts). */
  campaigns?: readonly CampaignResult[];
}
