import { describe, expect, it } from 'vitest';
import { MODES } from '../../../../src/core/ingest/types.js';
import { colours } from '../../../../src/adapters/report/pdf/pdf-theme.js';
import { modeColours, referenceColour, seriesColour, seriesPalette, textOn } from '../../../../src/adapters/report/pdf/series-colour.js';
import { statusShape } from '../../../../src/adapters/report/pdf/status-symbol.js';
import { statusColours } from '../../../../src/adapters/report/xlsx/status-style.js';
import { exampleReportModel } from '../../../app/report-fixture.js';
import { carShareClasses } from '../../../../src/adapters/report/pdf/map-style.js';
import { confusablePairs, labAs, leastDistance, visions } from './colour-vision.js';

describe('chart colours', () => {
  it('give every travel mode its own colour, one no reader confuses with another mode (all can share one stacked chart)', () => {
    const named = Object.fromEntries(MODES.map((m) => [m, modeColours[m]]));
    expect(new Set(Object.values(named)).size).toBe(MODES.length);
    // e-bike and speed pedelec, and ov, trein and bus, once shared one colour
    expect(confusablePairs(named, 12)).toEqual([]);
  });

  it('keep series that are not modes apart as well, and apart from the goal line', () => {
    expect(confusablePairs(Object.fromEntries(seriesPalette.map((c, i) => [`series${i}`, c])), 12)).toEqual([]);
    expect(leastDistance(seriesPalette[0]!, referenceColour('goal')).distance).toBeGreaterThan(12);
  });

  it('colour a mode the same in every language and chart, by its key and not its translated name', async () => {
    const [nl, en] = await Promise.all([exampleReportModel('nl'), exampleReportModel('en')]);
    const colourOf = (chart: (typeof nl.charts)[number]) => Object.fromEntries(chart.series.map((s, i) => [s.key, seriesColour(s, i)]));
    const byBandNl = nl.charts.find((c) => c.id === 'mode-by-band')!;
    const byBandEn = en.charts.find((c) => c.id === 'mode-by-band')!;
    expect(byBandNl.series.every((s) => s.key !== undefined && s.key in modeColours)).toBe(true);
    expect(colourOf(byBandEn)).toEqual(colourOf(byBandNl));
    expect(byBandNl.series.find((s) => s.key === 'auto')!.name).toBe('auto');
    expect(byBandEn.series.find((s) => s.key === 'auto')!.name).toBe('car');
    // reordering the series does not change a mode's colour
    const reversed = [...byBandNl.series].reverse();
    expect(Object.fromEntries(reversed.map((s, i) => [s.key, seriesColour(s, i)]))).toEqual(colourOf(byBandNl));
  });

  it('put labels in ink on light segments and in white on dark ones', () => {
    expect(textOn(modeColours.lopen)).toBe(colours.ink);
    expect(textOn(modeColours.onbekend)).toBe(colours.ink);
    expect(textOn(modeColours.trein)).toBe(colours.white);
    expect(textOn(modeColours.motor)).toBe(colours.white);
  });
});

describe('status colours', () => {
  it('tell met from behind for colour-blind readers, in the PDF and in the workbook', () => {
    expect(leastDistance(colours.status.met, colours.status.behind).distance).toBeGreaterThan(30);
    expect(leastDistance(statusColours.met.fill, statusColours.behind.fill).distance).toBeGreaterThan(15);
    expect(leastDistance(statusColours.met.font, statusColours.behind.font).distance).toBeGreaterThan(20);
  });

  it('never rest on colour alone: each status has its own symbol', () => {
    const shapes = (['met', 'on-track', 'behind', 'no-data'] as const).map(statusShape);
    expect(new Set(shapes).size).toBe(4);
  });
});

describe('the car-share scale on the map', () => {
  /** Whether a scale reads light to dark for every reader: each step darker than the one before by a clear margin. */
  const readsByLightness = (scale: readonly string[]): boolean =>
    visions.every((vision) => scale.every((colour, i) => i === 0 || labAs(scale[i - 1]!, vision)[0] - labAs(colour, vision)[0] >= 8));

  it('is sequential, light to dark, for normal and colour-blind vision alike (not red against green)', () => {
    expect(readsByLightness(carShareClasses.map((c) => c.colour))).toBe(true);
    // the scale it replaced, green to red, fails the same check
    expect(readsByLightness(['#3b8e5a', '#8cb369', '#e9c46a', '#e07a3f', '#b83a3a'])).toBe(false);
  });
});
