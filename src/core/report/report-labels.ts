import type { ReportLabels } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';

const plain = [
  'summary', 'keyFigures', 'goals', 'charts', 'map', 'advice', 'method', 'contents', 'page', 'of', 'notAvailable', 'evidence', 'cost', 'group',
  'participants', 'avoidancesPerDay', 'co2TonnesPerYear', 'shareOfGap', 'peakGap', 'co2Gap', 'goalMet', 'adviceNoGoal', 'adviceNoBaseline', 'rank', 'measure', 'measureSummary',
  'groupSize', 'evidenceWarning', 'explanation', 'source', 'attributions', 'notes', 'advicePackage', 'adviceRunning', 'chartMarkers',
] as const;

/**
 * The fixed words of a company or alliance report, from the one set of report texts; the PDF and
 * the workbook render these and keep no words of their own, so they never disagree.
 */
export function reportLabels(t: ReportTexts, options: { threshold: number; generatedBy: string }): ReportLabels {
  const words = Object.fromEntries(plain.map((key) => [key, text(t, key)])) as Record<(typeof plain)[number], string>;
  return {
    ...words,
    suppressed: `<${options.threshold}`,
    suppressedNote: text(t, 'suppressedNote', { threshold: options.threshold }),
    confidentialityNote: text(t, 'confidentialityNote', { threshold: options.threshold }),
    generatedBy: options.generatedBy,
    evidenceWords: { measured: text(t, 'evidence_measured'), indicative: text(t, 'evidence_indicative'), thin: text(t, 'evidence_thin') },
    statusWords: { met: text(t, 'status_met'), 'on-track': text(t, 'status_on-track'), behind: text(t, 'status_behind'), 'no-data': text(t, 'status_no-data') },
  };
}
