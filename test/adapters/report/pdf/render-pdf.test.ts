import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import type { ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';
import { bareModel, englishModel, longTable } from './pdf-test-models.js';

async function render(model: ReportModel): Promise<{ pdf: Buffer; raw: string; texts: string[]; pages: number }> {
  const texts: string[] = [];
  const pdf = await renderPdf(model, { onText: (t) => texts.push(t) });
  const raw = pdf.toString('latin1');
  const pages = (raw.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  // Set MOBISCAN_PDF_OUT to keep the rendered files for a look (scripts/render-pdf-pages.sh).
  const out = process.env.MOBISCAN_PDF_OUT;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${model.lang}-${model.fileBase}-${pages}.pdf`), pdf);
  }
  return { pdf, raw, texts, pages };
}

describe('renderPdf', () => {
  it('renders the sample model as a complete PDF with embedded Inter fonts', async () => {
    const { pdf, raw, pages } = await render(sampleModel);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(pages).toBeLessThanOrEqual(14);
    expect(raw).toMatch(/\/FontFile[23]/);
    expect(raw).toMatch(/\+Inter-Regular/);
    expect(raw).toMatch(/\+Inter-Bold/);
    expect(raw).not.toMatch(/Helvetica/);
  });

  it('draws the key figures, goals, advice titles, warnings and attributions', async () => {
    const { texts } = await render(sampleModel);
    const all = texts.join('\n');
    for (const expected of ['2.994', '1.923,4', '180', 'gehaald', 'Achter op schema: verwacht -32% in 2030 (doel -50%).']) expect(texts).toContain(expected);
    for (const item of sampleModel.advice) expect(texts).toContain(item.title);
    expect(all).toContain('berust op één regionale pilot (IJmond)');
    expect(texts).toContain('middel (€ 15.000-40.000 per jaar)');
    for (const attribution of sampleModel.method.attributions) expect(texts).toContain(attribution);
    expect(texts).toContain(sampleModel.map?.attribution);
    expect(texts).toContain('Huidige vervoerwijze per afstandsklasse');
    expect(texts).toContain('Dordrecht');
    expect(texts).toContain('<5');
    expect(texts).toContain('53,2%');
    // each share of the gap to a goal names its goal on its own line
    expect(texts).toContain('spits: 17%\nCO2: 9%');
  });

  it('says on the advice cards why a goal has no share: met, not set, or no baseline yet; a dash only for a gap the measure does not touch', async () => {
    const advice = sampleModel.advice.map((item) => ({ ...item, shareOfPeakGap: null }));
    const met = await render({ ...sampleModel, advice, adviceGoals: { peak: 'met', co2: 'open' } });
    expect(met.texts).toContain('spits: doel gehaald\nCO2: 9%');
    const none = await render({ ...sampleModel, advice, adviceGoals: { peak: 'none', co2: 'open' } });
    expect(none.texts).toContain('spits: geen doel\nCO2: 9%');
    expect(none.texts.join('\n')).not.toContain('spits: doel gehaald');
    const unmeasured = await render({ ...sampleModel, advice, adviceGoals: { peak: 'no-baseline', co2: 'open' } });
    expect(unmeasured.texts).toContain('spits: nog geen nulmeting\nCO2: 9%');
    const untouched = await render({ ...sampleModel, advice, adviceGoals: { peak: 'open', co2: 'open' } });
    expect(untouched.texts).toContain('spits: –\nCO2: 9%');
  });

  it('numbers every page but the cover and lists the parts on the cover', async () => {
    const { texts, pages } = await render(sampleModel);
    for (let n = 2; n <= pages; n++) expect(texts).toContain(`pagina ${n} van ${pages}`);
    expect(texts).not.toContain(`pagina 1 van ${pages}`);
    expect(texts).toContain('Inhoud');
    expect(texts.filter((t) => t === sampleModel.labels.method).length).toBeGreaterThanOrEqual(2);
  });

  it('sets the document info from the model, so the same model gives the same bytes', async () => {
    const first = await renderPdf(sampleModel);
    const second = await renderPdf(sampleModel);
    expect(first.equals(second)).toBe(true);
    const raw = first.toString('latin1');
    const author = /\/Author (\d+) 0 R/.exec(raw)?.[1];
    const created = /\/CreationDate (\d+) 0 R/.exec(raw)?.[1];
    expect(raw.includes(`\n${author} 0 obj\n(mobiscan)`)).toBe(true);
    expect(raw.includes(`\n${created} 0 obj\n(D:20261127000000Z)`)).toBe(true);
  });

  it('renders an English model with English page numbers and dates', async () => {
    const { texts, pages } = await render(englishModel);
    expect(texts).toContain(`page 2 of ${pages}`);
    expect(texts).toContain('27 Nov 2026');
    expect(texts).toContain('met');
  });

  it('leaves out the map, charts and advice when the model has none', async () => {
    const { pdf, texts, pages } = await render(bareModel);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(texts).not.toContain(sampleModel.labels.map);
    expect(texts).not.toContain(sampleModel.labels.charts);
    expect(texts).not.toContain(sampleModel.labels.advice);
  });

  it('spreads a 300-row table over pages and repeats its header row on each', async () => {
    const model: ReportModel = { ...bareModel, fileBase: 'long', sections: [{ id: 'long', title: 'Postcodes', intro: ['Een lange tabel.'], tables: [longTable(300)] }] };
    const { texts, pages } = await render(model);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(texts).toContain('1299');
    expect(texts).toContain('12.345');
    // The header repeats on every page the table spans (at least 6 of them).
    expect(texts.filter((t) => t === 'Woonplaats').length).toBeGreaterThanOrEqual(6);
  });

  it('lets long paragraphs and skipped empty charts through without failing', async () => {
    const long = 'Een lange alinea met ë, é en € die over de pagina heen loopt. '.repeat(200);
    const model: ReportModel = {
      ...sampleModel,
      fileBase: 'long-text',
      charts: [{ id: 'empty', title: 'Leeg', kind: 'bar', categories: [], series: [], yLabel: '', yFormat: 'int' }, ...sampleModel.charts],
      sections: [{ id: 'text', title: 'Tekst', intro: [long], tables: [] }],
    };
    const { texts } = await render(model);
    expect(texts).toContain(long);
    expect(texts).not.toContain('Leeg');
  });

  it('leaves the workbook-only columns out of a PDF table, cells and totals alike', async () => {
    const [section, ...rest] = sampleModel.sections;
    const table = section!.tables[0]!;
    const wide = {
      ...table,
      columns: [...table.columns, { key: 'extra', label: 'Alleen-in-de-werkmap', format: 'text' as const, excelOnly: true }],
      rows: table.rows.map((r) => [...r, 'werkmapcel']),
      ...(table.totals && { totals: [...table.totals, 'werkmaptotaal'] }),
    };
    const { texts } = await render({ ...sampleModel, sections: [{ ...section!, tables: [wide, ...section!.tables.slice(1)] }, ...rest] });
    expect(texts).toContain(table.columns[0]!.label);
    expect(texts.join('\n')).not.toMatch(/Alleen-in-de-werkmap|werkmapcel|werkmaptotaal/);
  });

  it('opens the first data section below a short advice part instead of on a page of its own', async () => {
    const model: ReportModel = { ...sampleModel, advice: sampleModel.advice.slice(0, 1) };
    const seen: { text: string; page: number }[] = [];
    await renderPdf(model, { onText: (text, page) => seen.push({ text, page }) });
    const pageOf = (text: string): number => seen.find((s) => s.text === text)!.page;
    expect(pageOf(model.sections[0]!.title)).toBe(pageOf(model.advice[0]!.title));
  });

  it('gives each percentage column of a table one form: one decimal for all when any value needs one', async () => {
    const table = {
      id: 'shares',
      title: 'Aandelen',
      columns: [
        { key: 'name', label: 'Groep', format: 'text' as const },
        { key: 'mixed', label: 'Gemengd', format: 'pct' as const },
        { key: 'whole', label: 'Heel', format: 'pct' as const },
      ],
      rows: [
        ['a', 0.66, 0.1],
        ['b', 0.571, 0.2],
        ['c', null, 0.3],
      ],
      totals: ['Totaal', 0.5, 0.25],
    };
    const { texts } = await render({ ...bareModel, summary: null, sections: [{ id: 'shares', title: 'Aandelen', intro: [], tables: [table] }] });
    for (const shown of ['66,0%', '57,1%', '50,0%', '10%', '20%', '30%', '25%']) expect(texts).toContain(shown);
    for (const mixed of ['66%', '50%', '10,0%']) expect(texts).not.toContain(mixed);
  });
});
