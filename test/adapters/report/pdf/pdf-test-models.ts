import type { ReportModel, Table } from '../../../../src/core/report/report-model.js';
import { sampleLabels, sampleModel } from '../../../fixtures/report/sample-model.js';

/** The sample model in English, with the labels the writer shows translated. */
export const englishModel: ReportModel = {
  ...sampleModel,
  lang: 'en',
  title: 'Mobility scan Albert Schweitzer hospital',
  labels: { ...sampleLabels('en'), confidentialityNote: 'Aggregated figures; groups smaller than 5 employees are left out.' },
};

/** A model without map, charts or advice: the writer must leave those parts out. */
export const bareModel: ReportModel = { ...sampleModel, map: null, charts: [], advice: [], keyFigures: [], goals: [] };

/** A table of `rows` rows, long enough to span several pages. */
export function longTable(rows: number): Table {
  return {
    id: 'long',
    title: 'Lange tabel',
    columns: [
      { key: 'pc4', label: 'PC4', format: 'text' },
      { key: 'place', label: 'Woonplaats', format: 'text', width: 24 },
      { key: 'employees', label: 'Medewerkers', format: 'int', visual: 'dataBar' },
      { key: 'share', label: 'Aandeel auto', format: 'pct' },
    ],
    rows: Array.from({ length: rows }, (_, i) => [String(1000 + i), i % 7 === 0 ? '’s-Hertogenbosch, Île-de-Ré' : 'Dordrecht', i % 11 === 0 ? { suppressed: true } : i, i % 5 === 0 ? null : (i % 100) / 100]),
    totals: ['Totaal', null, 12345, 0.5],
    note: 'Rij per postcodegebied.',
  };
}
