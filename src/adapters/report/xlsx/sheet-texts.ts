import type { AdviceItem, Lang } from '../../../core/report/report-model.js';

/** Words the workbook needs that the report model's labels do not carry (yet). */
export interface SheetTexts {
  summary: string;
  rank: string;
  measure: string;
  measureSummary: string;
  groupSize: string;
  peakGap: string;
  co2Gap: string;
  evidenceWarning: string;
  explanation: string;
  source: string;
  attributions: string;
  notes: string;
  evidence: Record<AdviceItem['evidence'], string>;
}

const texts: Record<Lang, SheetTexts> = {
  nl: {
    summary: 'Samenvatting',
    rank: 'Nr.',
    measure: 'Maatregel',
    measureSummary: 'Wat',
    groupSize: 'Groepsgrootte',
    peakGap: 'spits',
    co2Gap: 'CO2',
    evidenceWarning: 'Kanttekening',
    explanation: 'Toelichting',
    source: 'Bron',
    attributions: 'Bronvermelding',
    notes: 'Opmerkingen',
    evidence: { measured: 'gemeten', indicative: 'indicatief', thin: 'beperkt' },
  },
  en: {
    summary: 'Summary',
    rank: 'No.',
    measure: 'Measure',
    measureSummary: 'What',
    groupSize: 'Group size',
    peakGap: 'peak',
    co2Gap: 'CO2',
    evidenceWarning: 'Caveat',
    explanation: 'Explanation',
    source: 'Source',
    attributions: 'Attributions',
    notes: 'Notes',
    evidence: { measured: 'measured', indicative: 'indicative', thin: 'thin' },
  },
};

/** The workbook's own words in the report's language. */
export function sheetTexts(lang: Lang): SheetTexts {
  return texts[lang];
}
