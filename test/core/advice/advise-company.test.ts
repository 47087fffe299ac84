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

  it('gives a hospital a top 5 led by cycling, with the e-bike pool in it', () => {
    const advice = adviseCompany(catalogue, hospital, { lang: 'nl' });
    const ids = advice.measures.map((m) => m.id);
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 2)).toEqual(['bike-plan', 'ebike-trial-pool']);
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

  it('explains with the numbers that triggered the measure, in Dutch number format, people and trips whole', () => {
    const advice = adviseCompany(catalogue, { ...hospital, carGramsPerKm: 175 }, { lang: 'nl', ...all });
    const pool = advice.measures.find((m) => m.id === 'ebike-trial-pool');
    expect(pool?.explanation).toMatch(/^412 medewerkers rijden 7,5-15 km met de auto naar het werk \(gemiddeld 11 km enkele reis\)/);
    expect(pool?.explanation).toContain('Met een e-bike-proefpool gaan in het e-bikescenario bij een Nederlands fietsniveau 105 van hen over.');
    // 105 x 0.4 = 42 avoidances; 42 x 255 days x 11 km x (175 - 3.3) g = 20.2 t
    expect(pool?.explanation).toContain('42 spitsmijdingen per werkdag en 20,2 ton CO2 per jaar');
    expect(pool?.explanation).toContain('23,3% van de 180 spitsmijdingen per dag');
    const budget = advice.measures.find((m) => m.id === 'mobility-budget');
    expect(budget?.explanation).toMatch(/^1\.900 medewerkers komen met de auto/);
    // 1,900 x 5% = 95 participants, 95 x 0.2 x 1,520 / 1,900 = 15.2 avoidances: whole in text
    expect(budget?.sized.avoidancesPerDay).toBeCloseTo(15.2, 9);
    expect(budget?.explanation).toContain('naar schatting 15 spitsmijdingen per werkdag');
    for (const m of advice.measures) {
      expect(m.explanation, m.id).not.toMatch(/\d,\d+ (spitsmijdingen|medewerkers|automobilisten|van hen)/);
    }
  });

  it('writes English with British number format', () => {
    const advice = adviseCompany(catalogue, { ...hospital, carGramsPerKm: 175 }, { lang: 'en', ...all });
    const pool = advice.measures.find((m) => m.id === 'ebike-trial-pool');
    expect(pool?.explanation).toMatch(/^412 employees drive 7\.5-15 km to work/);
    expect(pool?.explanation).toContain('42 peak-hour car trips avoided per working day and 20.2 tonnes of CO2');
    expect(pool?.groupLabel).toBe('car commuters 7.5-15 km');
    expect(advice.measures.find((m) => m.id === 'mobility-budget')?.explanation).toMatch(/^1,900 employees come by car/);
    expect(advice.notes[0]).toMatch(/must not be added up/);
    expect(advice.notes[1]).toBe("CO2 per car-km: 175 g, the average over the fuels of this employer's own car commuters in the scan.");
  });

  it('gives the group labels and sources in both languages from the catalogue', () => {
    const nl = adviseCompany(catalogue, hospital, { lang: 'nl', ...all });
    expect(nl.measures.find((m) => m.id === 'bike-plan')?.groupLabel).toBe('autoforenzen 0-7,5 km');
    expect(nl.measures.find((m) => m.id === 'lease-car-reward')?.groupLabel).toBe('leaserijders (benzine, diesel, hybride, plug-inhybride, elektrisch, brandstof onbekend)');
    expect(nl.measures.find((m) => m.id === 'bike-plan')?.sources.join(' ')).toMatch(/beloningsprojecten voor de fiets gaven 0,4-0,6 spitsmijdingen/);
    const en = adviseCompany(catalogue, hospital, { lang: 'en', ...all });
    expect(en.measures.find((m) => m.id === 'lease-car-reward')?.groupLabel).toBe('lease-car drivers (petrol, diesel, hybrid, plug-in hybrid, electric, fuel unknown)');
  });

  it('attaches supporting measures to the measure they support', () => {
    const bike = adviseCompany(catalogue, hospital, { lang: 'en' }).measures.find((m) => m.id === 'bike-plan');
    expect(bike?.supportedBy.map((s) => s.id)).toEqual(['bike-mechanic', 'cyclist-breakfast', 'posters', 'european-mobility-week']);
    expect(bike?.explanation).toContain('Support it with: Bike mechanic on site, Breakfast for cyclists');
  });

  describe('measures the company already takes', () => {
    const recorded = [
      { measure: 'bike-plan', startDate: '2025-04-01' },
      { measure: 'Ontbijt voor fietsers', startDate: '2025-06-05' }, // free text naming a catalogue title
      { measure: 'Eigen fietsdag', startDate: '2025-09-20' }, // free text outside the catalogue
    ];
    const periods = [
      { label: '2025-Q1', from: '2025-01-01', to: '2025-03-31', avoidedPerDay: 0, share: 0 },
      { label: '2025-Q2', from: '2025-04-01', to: '2025-06-30', avoidedPerDay: 61.4, share: 0.034 },
      { label: '2026-Q3', from: '2026-07-01', to: '2026-09-30', avoidedPerDay: 280.7, share: 0.156 },
    ];

    it('a recorded measure is not advised again, but shown as running with what the counts show since', () => {
      const advice = adviseCompany(catalogue, hospital, { lang: 'nl', ...all, recorded, periods });
      expect(advice.measures.map((m) => m.id)).not.toContain('bike-plan');
      expect(advice.notRecommended).toContainEqual({ id: 'bike-plan', title: 'Fietsplan en fietsbeleid', reason: 'running' });
      const bike = advice.running.find((r) => r.id === 'bike-plan');
      expect(bike?.text).toBe(
        'Loopt sinds 01-04-2025. De tellingen: 0 spitsmijdingen per werkdag in K1 2025 (voor de start), 281 in K3 2026 (15,6% van de nulmeting). ' +
          'Ze tonen alles wat sindsdien veranderde, niet deze maatregel alleen. Versterken kan met: Fietsenmaker op locatie, Posters bij parkeerplaats en fietsenstalling, Meedoen aan de Europese Mobiliteitsweek.',
      );
      expect(advice.running.map((r) => r.title)).toEqual(['Fietsplan en fietsbeleid', 'Ontbijt voor fietsers', 'Eigen fietsdag']);
      expect(advice.running.find((r) => r.title === 'Eigen fietsdag')?.text).toBe('Loopt sinds 20-09-2025. De tellingen: 61 spitsmijdingen per werkdag in K2 2025 (voor de start), 281 in K3 2026 (15,6% van de nulmeting). Ze tonen alles wat sindsdien veranderde, niet deze maatregel alleen.');
      // a supporting measure already taken is not suggested again either
      const pool = advice.measures.find((m) => m.id === 'ebike-trial-pool');
      expect(pool?.supportedBy.map((s) => s.id)).not.toContain('cyclist-breakfast');
    });

    it('says so when there are no counts from after the start', () => {
      const advice = adviseCompany(catalogue, hospital, { lang: 'en', recorded: [{ measure: 'parking-policy', startDate: '2027-01-04' }], periods });
      expect(advice.running[0]?.text).toBe('Running since 04/01/2027. There are no counts from after the start yet. It can be strengthened with: Posters at the car park and bike shed.');
      expect(advice.measures.map((m) => m.id)).not.toContain('parking-policy');
    });
  });

  describe('the package of the top measures', () => {
    it('combines them without double counting and says so beside the list', () => {
      const advice = adviseCompany(catalogue, { ...hospital, carGramsPerKm: 175 }, { lang: 'nl' });
      const top = advice.measures.slice(0, 3);
      const pack = advice.package;
      expect(pack?.ids).toEqual(top.map((m) => m.id));
      const sum = top.reduce((s, m) => s + m.sized.avoidancesPerDay, 0);
      const largest = Math.max(...top.map((m) => m.sized.avoidancesPerDay));
      expect(pack!.avoidancesPerDay).toBeLessThan(sum);
      expect(pack!.avoidancesPerDay).toBeGreaterThanOrEqual(largest);
      expect(pack!.participants).toBeLessThan(top.reduce((s, m) => s + m.sized.participants, 0));
      expect(pack!.text).toMatch(/^Samen geven de eerste 3 maatregelen \(Fietsplan en fietsbeleid, E-bike-proefpool, .*\) naar schatting \d+ spitsmijdingen per werkdag \(\d+(,\d)?% van de autoritten in de spits\)/);
      expect(pack!.text).toContain('minder dan de losse effecten opgeteld');
    });

    it('counts a switcher once: the same measure twice adds what the first left, and never more than the peak trips', () => {
      const c = { ...catalogue, measures: catalogue.measures.flatMap((m) => (m.id === 'bike-plan' ? [m, { ...m, id: 'bike-plan-again' }] : [m])) };
      const bands = hospital.carBands.map((b) => ({ ...b, expectedBikeSwitchers: b.carCommuters * 0.9 }));
      const advice = adviseCompany(c, { ...hospital, carBands: bands }, { lang: 'en', settings: { defaultCarGramsPerKm: 190, tripsPerCommutingDay: 2, packageSize: 2 } });
      const [first, second] = advice.measures;
      expect([first?.id, second?.id].sort()).toEqual(['bike-plan', 'bike-plan-again']);
      // 450 switchers x 0.4 = 180 avoidances each; the second reaches only the trips the first left
      const bandTrips = 500 * (1520 / 1900);
      const expected = 180 + 180 * ((bandTrips - 180) / bandTrips);
      expect(advice.package!.avoidancesPerDay).toBeCloseTo(expected, 6);
      expect(advice.package!.avoidancesPerDay).toBeLessThan(360);
    });

    it('never exceeds the peak trips, for any company', () => {
      fc.assert(
        fc.property(arbitraryAdviceInput, (input) => {
          const p = adviseCompany(catalogue, input, { lang: 'en' }).package;
          return p === null || (p.avoidancesPerDay <= Math.max(0, input.peakCarTripsPerWorkingDay) + 1e-9 && p.avoidancesPerDay >= 0);
        }),
        { numRuns: 60 },
      );
    });
  });
});
