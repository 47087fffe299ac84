import { describe, expect, it } from 'vitest';
import { buildAllianceReport, type AllianceMember } from '../../../src/core/report/build-alliance-report.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';

const texts = reportTexts('nl');
const member = (id: string, shares: boolean, avoided: number, baseline: number, employees = 1000): AllianceMember => ({
  id, name: `Naam ${id}`, shares, employees, avoidancesPerDay: avoided, baselinePerDay: baseline, co2Kg: employees * 500, period: '2026 K1', scan: null,
  periods: [
    { label: '2025 K2', from: '2025-04-01', to: '2025-06-30', avoidedPerDay: avoided / 2 },
    { label: '2026 K1', from: '2026-01-01', to: '2026-03-31', avoidedPerDay: avoided },
  ],
  measures: [{ title: `maatregel van ${id}`, startDate: '2025-09-01' }],
});
const build = (members: AllianceMember[]) =>
  buildAllianceReport({ lang: 'nl', texts, generatedOn: '2026-11-27', version: 't', alliance: { name: 'Alliantie' }, peakGoal: { targetPct: 10 }, members, attributions: [], suppressionThreshold: 5 });

describe('the alliance report model', () => {
  it('shows the hospital of the public case as 10% of an alliance total of 1,800 avoided trips', () => {
    const model = build([member('asz', true, 180, 1800, 3000), member('b', true, 900, 9000), member('c', true, 720, 7200)]);
    const rows = model.sections.find((s) => s.id === 'members')!.tables[0]!.rows;
    const asz = rows.find((r) => r[0] === 'Naam asz')!;
    expect(asz[2]).toBe(180);
    expect(asz[3]).toBeCloseTo(0.1, 10); // share of the alliance's 1,800
    expect(asz[4]).toBeCloseTo(0.1, 10); // 10.0% of its own baseline
    expect(model.goals[0]).toMatchObject({ status: 'met' });
  });

  it('never names a member that does not share, but counts it in the totals', () => {
    const model = build([member('a', true, 100, 1000), member('geheim', false, 50, 500)]);
    const json = JSON.stringify(model);
    expect(json).not.toContain('Naam geheim');
    expect(json).not.toContain('maatregel van geheim');
    const table = model.sections.find((s) => s.id === 'members')!.tables[0]!;
    expect(table.rows).toHaveLength(1); // a single non-sharing member is not even shown as an unnamed row
    expect(table.totals![2]).toBe(150);
    expect(table.totals![1]).toBe(2000);
  });

  it('groups several non-sharing members into one unnamed row', () => {
    const model = build([member('a', true, 100, 1000), member('x', false, 50, 500), member('y', false, 30, 600)]);
    const rows = model.sections.find((s) => s.id === 'members')!.tables[0]!.rows;
    expect(rows.map((r) => r[0])).toEqual(['Naam a', 'Overige deelnemers (2, zonder naam)']);
    expect(rows[1]![2]).toBe(80);
  });

  it('shows what came after each measure: the last period before its start, and now', () => {
    const model = build([member('a', true, 100, 1000)]);
    const measures = model.sections.find((s) => s.id === 'measures')!.tables[0]!.rows;
    expect(measures).toEqual([['Naam a', 'maatregel van a', '2025-09-01', 50, 100]]);
  });
});
