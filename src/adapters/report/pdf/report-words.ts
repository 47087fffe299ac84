import type { AdviceItem, GoalStatus, Lang } from '../../../core/report/report-model.js';

/** The few words the PDF needs that the report model does not carry as labels (yet). */
export interface ReportWords {
  /** 'pagina 3 van 12': the word between the page numbers. */
  of: string;
  /** Caption under the two shares of the gap (peak goal, CO2 goal). */
  gapShares: string;
  /** Headings of the attributions and notes in the method appendix. */
  attributions: string;
  notes: string;
  evidence: Record<AdviceItem['evidence'], string>;
  status: Record<GoalStatus, string>;
}

/** Writer-side words by language; kept small on purpose, everything else comes from the model. */
export const reportWords: Record<Lang, ReportWords> = {
  nl: {
    of: 'van',
    gapShares: 'spits · CO2',
    attributions: 'Bronvermelding',
    notes: 'Opmerkingen',
    evidence: { measured: 'gemeten', indicative: 'indicatief', thin: 'dun' },
    status: { met: 'gehaald', 'on-track': 'op koers', behind: 'achter', 'no-data': 'geen gegevens' },
  },
  en: {
    of: 'of',
    gapShares: 'peak · CO2',
    attributions: 'Attributions',
    notes: 'Notes',
    evidence: { measured: 'measured', indicative: 'indicative', thin: 'thin' },
    status: { met: 'met', 'on-track': 'on track', behind: 'behind', 'no-data': 'no data' },
  },
};
