import { formatValue } from './format-value.js';
import type { Chart } from './report-model.js';
import { text, type ReportTexts } from './report-texts.js';
import { chartSentence, isThinChart } from './chart-sentence.js';

/**
 * A chart in words, for the PDF's alternative text: its kind and title, then per category the
 * value of each series ("Staafdiagram: ... 0-2,5 km: auto 67, fiets 295; ..."), then the measures
 * marked on it. Empty values are left out, so the sentence says what the picture shows.
 */
export function chartAlt(chart: Chart, t: ReportTexts): string {
  const kind = text(t, chart.kind === 'line' ? 'altLine' : 'altBar');
  const parts = chart.categories.flatMap((category, i) => {
    const values = chart.series.flatMap((s) => {
      const v = s.values[i];
      return v === null || v === undefined || v === 0 ? [] : [`${s.name} ${formatValue(v, chart.yFormat, t.lang)}`];
    });
    return values.length === 0 ? [] : [`${category}: ${values.join(', ')}`];
  });
  const markers = (chart.markers ?? []).map((m) => `${chart.categories[m.index] ?? ''} ${m.label}`.trim());
  const started = markers.length > 0 ? ` ${text(t, 'altMarkers', { list: markers.join('; ') })}` : '';
  return `${kind}: ${chart.title} (${chart.yLabel}). ${parts.join('; ')}.${started}`;
}

/** The charts with their alternative texts, and a sentence in place of each chart too thin to draw. */
export function withAlt(charts: Chart[], t: ReportTexts): Chart[] {
  return charts.map((c) => ({ ...c, alt: chartAlt(c, t), ...(isThinChart(c) ? { sentence: chartSentence(c, t) } : {}) }));
}
