import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import type { Chart, ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

/** Every drawn string with the page it is on. */
async function drawn(model: ReportModel): Promise<{ texts: { text: string; page: number }[]; pages: number; pageOf: (text: string) => number }> {
  const texts: { text: string; page: number }[] = [];
  await renderPdf(model, { onText: (text, page) => texts.push({ text, page }) });
  const pages = Math.max(...texts.map((t) => t.page));
  const pageOf = (text: string): number => texts.find((t) => t.text === text)?.page ?? -1;
  return { texts, pages, pageOf };
}

const onePoint: Chart = {
  id: 'co2-trajectory',
  title: 'CO2 woon-werk tegen het pad naar het doel',
  kind: 'line',
  categories: ['2026'],
  series: [{ name: 'gemeten', values: [1508.1] }],
  yLabel: 'ton CO2',
  yFormat: 'decimal1',
  sentence: 'Nog maar één meting, daarom geen grafiek. 2026: gemeten 1.508,1 (ton CO2).',
};

describe('charts in the PDF', () => {
  it('give a one-point chart a sentence under the chart before it, not a page of its own', async () => {
    const without = await drawn(sampleModel);
    const withThin = await drawn({ ...sampleModel, charts: [...sampleModel.charts, onePoint] });
    expect(withThin.pages).toBe(without.pages);
    const lastChart = sampleModel.charts.at(-1)!.title;
    expect(withThin.pageOf(onePoint.sentence!)).toBe(withThin.pageOf(lastChart));
    expect(withThin.pageOf(onePoint.title)).toBe(withThin.pageOf(lastChart));
  });

  it('put the charts part on the goals page when all it has is sentences', async () => {
    const empty: Chart = { ...onePoint, id: 'empty', title: 'Spitsmijdingen per werkdag', categories: [], series: [], sentence: 'Nog geen cijfers om te tonen.' };
    const model: ReportModel = { ...sampleModel, charts: [onePoint, empty] };
    const { pageOf, texts } = await drawn(model);
    const goals = texts.find((t) => t.text === sampleModel.labels.goals && t.page > 1)!.page;
    expect(pageOf(onePoint.sentence!)).toBe(goals);
    expect(pageOf(empty.sentence!)).toBe(goals);
    // the part still has its heading (and its entry in the contents)
    expect(texts.filter((t) => t.text === sampleModel.labels.charts).map((t) => t.page)).toContain(goals);
    const noCharts = await drawn({ ...sampleModel, charts: [] });
    expect(Math.max(...texts.map((t) => t.page))).toBe(noCharts.pages);
  });

  it('mark measure starts on a trend with numbered lines and a key that names them in full', async () => {
    const trend = sampleModel.charts.find((c) => c.kind === 'line')!;
    const marked: Chart = { ...trend, markers: [{ index: 2, label: 'E-bike-proefpool' }, { index: 2, label: 'Fietsplan' }, { index: 4, label: 'Parkeerbeleid met een heel lange naam die de hele breedte van de grafiek zou vullen' }] };
    const { texts } = await drawn({ ...sampleModel, charts: [marked] });
    const all = texts.map((t) => t.text);
    expect(all).toContain(`${trend.categories[2]}: E-bike-proefpool, Fietsplan`);
    expect(all).toContain(`${trend.categories[4]}: Parkeerbeleid met een heel lange naam die de hele breedte van de grafiek zou vullen`);
    const page = texts.find((t) => t.text === marked.title)!.page;
    const onPage = texts.filter((t) => t.page === page).map((t) => t.text);
    // a numbered badge on the line and one in the key, for each period
    expect(onPage.filter((t) => t === '1').length).toBe(2);
    expect(onPage.filter((t) => t === '2').length).toBe(2);
    expect(onPage).not.toContain('3');
    expect(all).toContain(sampleModel.labels.chartMarkers);
  });
});
