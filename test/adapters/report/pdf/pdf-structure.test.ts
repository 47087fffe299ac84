import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import type { ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

/** The PDF's bytes with uncompressed streams, so the structure and marked content can be read. */
async function raw(model: ReportModel): Promise<string> {
  return (await renderPdf(model, { compress: false })).toString('latin1');
}

const withAlt: ReportModel = {
  ...sampleModel,
  charts: sampleModel.charts.map((c, i) => ({ ...c, alt: `Grafiek ${i + 1} in woorden` })),
  map: sampleModel.map && { ...sampleModel.map, alt: 'Kaart in woorden' },
};

describe('the tagged PDF', () => {
  it('is marked as tagged, with a structure tree under a Document element and the report language', async () => {
    const pdf = await raw(sampleModel);
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toMatch(/\/S \/Document/);
    expect(pdf).toMatch(/\/Lang \(nl-NL\)/);
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
  });

  it('tags headings, paragraphs and tables with header cells, and marks running headers as artifacts', async () => {
    const pdf = await raw(sampleModel);
    for (const type of ['H1', 'H2', 'P', 'Sect', 'Table', 'TR', 'TH', 'TD']) expect(pdf, type).toMatch(new RegExp(`/S /${type}\\b`));
    expect(pdf).toMatch(/\/Artifact BMC/);
  });

  it('gives every chart and the map one figure with its alternative text', async () => {
    const pdf = await raw(withAlt);
    const figures = pdf.match(/\/S \/Figure/g) ?? [];
    expect(figures.length).toBe(withAlt.charts.length + 1);
    for (let i = 1; i <= withAlt.charts.length; i++) expect(pdf).toContain(`/Alt (Grafiek ${i} in woorden)`);
    expect(pdf).toContain('/Alt (Kaart in woorden)');
  });

  it('has a bookmark per part and a contents list that links to each part', async () => {
    const pdf = await raw(sampleModel);
    expect(pdf).toMatch(/\/Outlines \d+ 0 R/);
    for (const title of [sampleModel.labels.summary, sampleModel.labels.keyFigures, sampleModel.labels.method]) {
      if (title === sampleModel.labels.summary && !sampleModel.summary) continue;
      expect(pdf).toContain(`/Title (${title})`);
    }
    const links = pdf.match(/\/Subtype \/Link/g) ?? [];
    const parts = pdf.match(/\/Dests/g) ?? [];
    expect(parts.length).toBeGreaterThan(0);
    // each contents entry links twice (title and page number)
    expect(links.length).toBeGreaterThanOrEqual(2 * 5);
    expect(pdf).toMatch(/\/S \/TOC\b/);
    expect(pdf).toMatch(/\/S \/TOCI\b/);
  });
});
