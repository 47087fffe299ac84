import type { MeasureRecord } from '../../adapters/store/tracking-types.js';
import { type PeriodUnit, periodRanges } from '../../core/track/period-ranges.js';
import { translator, type Lang } from '../../core/i18n/index.js';
import { formatIsoDate } from '../../core/format/format-date.js';
import { renderTable } from '../../core/format/table.js';

import { peakTableMessages } from './peak-table-messages.js';
import { formatPeriod } from '../../core/format/format-period.js';

/**
 * The measures taken, as a table of period (month or quarter), start date and name: the period
 * ties each measure to its row in the peak table above, where a column of names would not fit
 * 80 columns beside the figures.
 */
export function renderMeasures(
  measures: readonly MeasureRecord[],
  unit: PeriodUnit,
  lang: Lang,
  measureTitle: (measure: string) => string,
): string[] {
  if (measures.length === 0) return [];
  const t = translator(peakTableMessages, lang);
  const rows = [...measures]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((m) => {
      const period = periodRanges(m.startDate, m.startDate, unit)[0]!;
      return [formatPeriod(period.label, lang), formatIsoDate(m.startDate, lang), `${measureTitle(m.measure)}${m.note ? ` (${m.note})` : ''}`];
    });
  return ['', t('measuresTitle'), renderTable([t('period'), t('started'), t('measure')], rows, ['left', 'left', 'left'])];
}
