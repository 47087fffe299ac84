import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseCompany } from '../../../src/core/advice/advise-company.js';
import { arbitraryAdviceInput, farOffice, hospital, loadCatalogue } from './fixtures.js';

const catalogue = loadCatalogue();
const all = { top: Number.POSITIVE_INFINITY };
const BIKE_MEASURES = ['bike-plan', 'ebike-trial-pool', 'discount-bike'];

describe('adviseCompany', () => {
  it('recommends no bike measure to a company without car commuters under 15 km', () => {
    const advice = adviseCompany(catalogue, farOffice, { lang: 'en', ...all });
    const ids = advice.measures.map((m) => m.id);
    for (const id of BIKE_MEASURES) expect(ids).not.toContain(id);
    expect(advice.notRecommended.filter((n) => BIKE_MEASURES.includes(n.id)).map((n) => n.reason)).toEqual(['group-empty', 'group-empty', 'group-empty']);
  });

  it('gives a hospital a top 5 led by cycling and the programme, with the e-bike pool in it', () => {
    const advice = adviseCompany(catalogue, hospital, { lang: 'nl' });
    const ids = advice.measures.map((m) => m.id);
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 3)).toEqual(['bike-plan', 'declaration-of-intent', 'ebike-trial-pool']);
    expect(ids).not.toContain('zero-emission-lease'); // 25 lease cars move no peak trips
    expect(advice.measures.map((m) => m.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(advice.measures.find((m) => m.id === 'ebike-trial-pool')?.explanation).toMatch(/UMC Utrecht/);
  });

  it('ranks by avoidances, then CO2', () => {
    const advice = adviseCompany(catalogue, hospital, { lang: 'en', ...all });
    for (let i = 1; i < advice.measures.length; i++) {
      const [a, b] = [advice.measures[i - 1]?.sized, advice.measures[i]?.sized];
      if (!a || !b) throw new Error('missing');
      expect(a.avoidancesPerDay > b.avoidancesPerDay || (a.avoidancesPerDay === b.avoidancesPerDay && a.co2TonnesPerYear >= b.co2TonnesPerYear)).toBe(true);
    }
  });

  it('never recommends a measure whose group is empty or unknown, for any company', () => {
    fc.assert(
      fc.property(arbitraryAdviceInput, (input) =>
        adviseCompany(catalogue, input, { lang: 'en', ...all }).measures.every((m) => m.sized.group.known && m.sized.group.count >= 0.5 && m.sized.participants >= 0.5),
      ),
      { numRuns: 60 },
    );
  });

  it('leaves out measures the input cannot size, and says why', () => {
    const { homeworkEligible: _, ...unknownHomework } = hospital;
    const advice = adviseCompany(catalogue, unknownHomework, { lang: 'en', ...all });
    expect(advice.notRecommended).toEqual(
      expect.arrayContaining([
        { id: 'flexible-hours-homework', title: 'Flexible hours and working from home against the peak', reason: 'group-unknown' },
        { id: 'train-instead-of-short-flights', title: 'Train instead of short flights', reason: 'group-unknown' },
      ]),
    );
  });

  it('warns in plain words when the evidence behind a measure is thin, and only then', () => {
    const advice = adviseCompany(catalogue, hospital, { lang: 'nl', ...all });
    const parking = advice.measures.find((m) => m.id === 'parking-policy');
    expect(parking?.warning).toBe('Let op: voor de deelname en het effect per deelnemer bestaat geen stevig publiek cijfer; dit is een voorzichtige aanname, geen gemeten effect.');
    expect(advice.measures.find((m) => m.id === 'flexible-hours-homework')?.warning).toBeUndefined();
    for (const m of advice.measures) expect(m.warning !== undefined).toBe(m.sized.evidence === 'thin');
  });

  it('explains with the numbers that triggered the measure, in Dutch number format', () => {
    const pool = adviseCompany(catalogue, hospital, { lang: 'nl', ...all }).measures.find((m) => m.id === 'ebike-trial-pool');
    expect(pool?.explanation).toMatch(/^412 medewerkers rijden 7,5-15 km met de auto naar het werk/);
    expect(pool?.explanation).toContain('Met een e-bike-proefpool verwacht de PCT-curve voor de e-bike dat 105 van hen overstappen.');
    expect(pool?.explanation).toContain('19,9 spitsmijdingen per werkdag en 15,5 ton CO2 per jaar');
    expect(pool?.explanation).toContain('11% van de 180 spitsmijdingen per dag');
    const budget = adviseCompany(catalogue, hospital, { lang: 'nl', ...all }).measures.find((m) => m.id === 'mobility-budget');
    expect(budget?.explanation).toMatch(/^1\.900 medewerkers komen met de auto/);
  });

  it('writes English with British number format', () => {
    const advice = adviseCompany(catalogue, hospital, { lang: 'en', ...all });
    const pool = advice.measures.find((m) => m.id === 'ebike-trial-pool');
    expect(pool?.explanation).toMatch(/^412 employees drive 7\.5-15 km to work/);
    expect(pool?.explanation).toContain('19.9 peak-hour car trips avoided per working day and 15.5 tonnes of CO2');
    expect(advice.measures.find((m) => m.id === 'mobility-budget')?.explanation).toMatch(/^1,900 employees come by car/);
    expect(advice.notes[0]).toMatch(/should not simply be added up/);
  });

  it('attaches supporting measures to the measure they support', () => {
    const bike = adviseCompany(catalogue, hospital, { lang: 'en' }).measures.find((m) => m.id === 'bike-plan');
    expect(bike?.supportedBy.map((s) => s.id)).toEqual(['bike-mechanic', 'cyclist-breakfast', 'posters', 'european-mobility-week']);
    expect(bike?.explanation).toContain('Support it with: Bike mechanic on site, Breakfast for cyclists');
  });
});
