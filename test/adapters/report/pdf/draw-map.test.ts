import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/adapters/report/pdf/render-pdf.js';
import type { ReportModel } from '../../../../src/core/report/report-model.js';
import { sampleModel } from '../../../fixtures/report/sample-model.js';

async function mapTexts(model: ReportModel): Promise<string[]> {
  const texts: string[] = [];
  await renderPdf({ ...model, charts: [], advice: [], sections: [] }, { onText: (t) => texts.push(t) });
  return texts;
}

describe('the PDF map', () => {
  it('names Zwijndrecht once although it is a location, a place and a station', async () => {
    const texts = await mapTexts(sampleModel);
    expect(texts.filter((t) => t === 'Zwijndrecht')).toHaveLength(1);
    expect(texts.filter((t) => t === 'Dordrecht')).toHaveLength(1);
    expect(texts).toContain('Rotterdam');
  });

  it('prints the size legend, the rings legend, who is not on the map and the data sources', async () => {
    const map = sampleModel.map!;
    const texts = await mapTexts(sampleModel);
    for (const step of map.sizeSteps) expect(texts).toContain(String(step));
    for (const ring of map.legend.rings) expect(texts).toContain(ring);
    expect(texts).toContain(`${map.shownNote} ${map.notShownNote}`);
    expect(texts).toContain(map.attribution);
  });

  it('names every location: one whose name finds no room gets a number in its marker and its name in the legend', async () => {
    const crowded = ['Dordrecht Noord', 'Dordrecht Crabbehof', 'Zwijndrecht', 'Papendrecht', 'Sliedrecht', 'Hendrik-Ido-Ambacht', 'Alblasserdam'];
    const locations = crowded.map((name, i) => ({ name, lat: 51.81 + 0.004 * (i % 3), lon: 4.66 + 0.005 * i }));
    const texts = await mapTexts({ ...sampleModel, map: { ...sampleModel.map!, locations, stations: [], places: [] } });
    for (const name of crowded) expect(texts.filter((t) => t === name)).toHaveLength(1);
    // The names after the legend's 'vestiging' are the numbered ones; numbers 1..k, each in its marker and in the legend.
    const numbered = crowded.filter((name) => texts.indexOf(name) > texts.indexOf(sampleModel.map!.legend.location)).length;
    expect(numbered).toBeGreaterThan(0);
    for (let n = 1; n <= numbered; n++) expect(texts.filter((t) => t === String(n)).length).toBeGreaterThanOrEqual(2);
  });

  it('lists many numbered locations in one line under the legend, each name once', async () => {
    const many = Array.from({ length: 16 }, (_, i) => ({ name: `Locatie ${String.fromCharCode(65 + i)}`, lat: 51.81 + 0.002 * (i % 4), lon: 4.66 + 0.003 * i }));
    const texts = await mapTexts({ ...sampleModel, map: { ...sampleModel.map!, locations: many, stations: [], places: [] } });
    const line = texts.find((t) => t.startsWith(`${sampleModel.map!.legend.numbered}: 1\u00a0`));
    expect(line).toBeDefined();
    for (const { name } of many) {
      const asLabel = texts.filter((t) => t === name).length;
      const inLine = line!.includes(`\u00a0${name},`) || line!.includes(`\u00a0${name}.`) ? 1 : 0;
      expect(asLabel + inLine).toBe(1);
    }
  });

  it('draws no circle size below the threshold: a model without steps shows no size legend', async () => {
    const texts = await mapTexts({ ...sampleModel, map: { ...sampleModel.map!, sizeSteps: [] } });
    expect(texts).not.toContain(sampleModel.map!.legend.carCommuters);
  });
});
