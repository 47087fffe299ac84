import { describe, expect, it } from 'vitest';
import { buildAllianceReport, type AllianceMember, type AllianceReportInput } from '../../../src/core/report/build-alliance-report.js';
import type { Lang, ReportModel } from '../../../src/core/report/report-model.js';
import { reportTexts } from '../../../src/core/report/report-texts.js';
import { dataAttributions } from '../../../src/app/data-attributions.js';

const quarter = (label: string, from: string, to: string, avoidedPerDay: number) => ({ label, from, to, avoidedPerDay });
const member = (id: string, shares: boolean, avoided: number, baseline: number, employees = 1000): AllianceMember => ({
  id, name: `Naam ${id}`, shares, employees,
  peak: {
    baselinePerDay: baseline,
    periods: [quarter('2025-Q2', '2025-04-01', '2025-06-30', avoided / 2), quarter('2026-Q1', '2026-01-01', '2026-03-31', avoided)],
    goal: { targetPct: 10, targetYear: 2026, scope: 'company', status: avoided / baseline >= 0.1 ? 'met' : 'behind', projectedShare: null },
  },
  co2: { years: [{ year: 2016, co2Kg: employees * 600 }, { year: 2026, co2Kg: employees * 500 }], goal: null },
  scan: null,
  measures: [{ title: `maatregel van ${id}`, startDate: '2025-09-01' }],
});
const input = (members: AllianceMember[], lang: Lang = 'nl'): AllianceReportInput => ({
  lang, texts: reportTexts(lang), generatedOn: '2026-11-27', version: 't', alliance: { name: 'Alliantie' },
  peakGoal: { targetPct: 10, targetYear: 2026 }, co2Goal: { targetPct: 50, baselineYear: 2016, targetYear: 2030 },
  members, attributions: [], suppressionThreshold: 5,
});
const build = (members: AllianceMember[], lang: Lang = 'nl') => buildAllianceReport(input(members, lang));
const table = (model: ReportModel, id: string) => model.sections.find((s) => s.id === id)!.tables[0]!;
const column = (model: ReportModel, id: string, key: string) => {
  const t = table(model, id);
  const i = t.columns.findIndex((c) => c.key === key);
  return { rows: t.rows.map((r) => (i < 0 ? undefined : r[i])), total: i < 0 ? undefined : t.totals?.[i], shown: i >= 0 };
};

describe('the alliance report model', () => {
  it('shows the hospital of the public case as 10% of its own baseline and 10% of the alliance', () => {
    const model = build([member('asz', true, 180, 1800, 3000), member('b', true, 900, 9000), member('c', true, 720, 7200)]);
    expect(column(model, 'members', 'avoided').rows[0]).toBe(180);
    expect(column(model, 'members', 'ownShare').rows[0]).toBeCloseTo(0.1, 10);
    expect(column(model, 'members', 'shareOfAvoided').rows[0]).toBeCloseTo(0.1, 10); // of the alliance's 1,800
    expect(column(model, 'members', 'avoided').total).toBe(1800);
    expect(model.goals[0]).toMatchObject({ status: 'met' });
    expect(model.subtitle).toBe('3 deelnemers · 5.000 medewerkers');
  });

  it('names its data sources in the report language, without package or file names', () => {
    const members = [member('a', true, 100, 1000), member('b', true, 50, 600)];
    const nl = buildAllianceReport({ ...input(members), attributions: dataAttributions(null) }).method.attributions.join('\n');
    expect(nl).toContain('Feestdagen: date-holidays');
    expect(nl).toContain('Treinstations');
    expect(nl).not.toMatch(/Public holidays|Rail stations|npm package|\.json|built in/);
    // no section numbers of a method document the reader does not have
    expect(JSON.stringify(build(members).method)).not.toContain('§');
    const en = buildAllianceReport({ ...input(members, 'en'), attributions: dataAttributions(null) }).method.attributions.join('\n');
    expect(en).toContain('Public holidays');
    expect(en).not.toMatch(/npm package|\.json/);
  });

  it('has clear, distinct column names', () => {
    const model = build([member('a', true, 100, 1000), member('b', true, 50, 600)]);
    for (const section of model.sections) {
      for (const t of section.tables) {
        const labels = t.columns.map((c) => c.label);
        expect(new Set(labels).size, `${section.id}: ${labels.join(' | ')}`).toBe(labels.length);
        expect(labels).not.toContain('Aandeel');
      }
    }
  });

  it('never names a member that does not share, and with one shows no total it could be subtracted from', () => {
    const model = build([member('a', true, 100, 1000), member('b', true, 80, 900), member('geheim', false, 50, 500, 900)]);
    const json = JSON.stringify(model);
    expect(json).not.toContain('Naam geheim');
    expect(json).not.toContain('maatregel van geheim');
    expect(table(model, 'members').rows).toHaveLength(2);
    for (const key of ['employees', 'baseline', 'avoided', 'co2']) expect(column(model, 'members', key).total, key).toBeNull();
    expect(column(model, 'members', 'shareOfAvoided').shown).toBe(false);
    expect(model.subtitle).toBe('3 deelnemers');
    expect(json).not.toContain('2.900'); // the alliance's employees
    expect(model.sections.find((s) => s.id === 'members')!.intro.join(' ')).toContain('1 deelnemer zijn cijfers niet deelt');
  });

  it('groups three or more non-sharing members into one unnamed row, and the rows add up', () => {
    const model = build([member('a', true, 100, 1000), member('x', false, 50, 500), member('y', false, 30, 600), member('z', false, 20, 400)]);
    const members = column(model, 'members', 'avoided');
    expect(table(model, 'members').rows.map((r) => r[0])).toEqual(['Naam a', 'Overige deelnemers (3, zonder naam)']);
    expect(members.rows).toEqual([100, 100]);
    expect(members.total).toBe(200);
    expect(column(model, 'members', 'employees').total).toBe(4000);
  });

  it('shows what followed each measure as shares of the own baseline, per measure', () => {
    const model = build([member('a', true, 100, 1000)]);
    expect(table(model, 'measures').rows).toEqual([['Naam a', 'maatregel van a', '2025-09-01', 'K2 2025', 0.05, 'K1 2026', 0.1, expect.closeTo(5, 9)]]);
  });

  it('gives the alliance trend per quarter and the CO2 path against its base year', () => {
    const model = build([member('a', true, 100, 1000), member('b', true, 60, 1000)]);
    expect(table(model, 'trend').rows).toEqual([['K2 2025', 0.04, 0.1, 2], ['K1 2026', 0.08, 0.1, 2]]);
    expect(table(model, 'alliance-co2').rows[1]).toEqual([2026, expect.closeTo(500 / 600, 9), expect.closeTo(1 - 0.5 * (10 / 14), 9), 2]);
    expect(model.charts.map((c) => c.id)).toEqual(['members-own-share', 'alliance-trend', 'alliance-co2']);
    expect(model.goals.map((g) => g.label)).toEqual(['Spitsmijdingen van de alliantie', 'CO2 woon-werk van de alliantie']);
  });

  it('says so, without empty tables, for an alliance without members or figures', () => {
    for (const members of [[], [{ ...member('a', true, 0, 0), peak: null, co2: { years: [], goal: null } }]]) {
      const model = build(members);
      expect(model.sections[0]!.id).toBe('no-data');
      expect(model.charts).toEqual([]);
      const tables = [...model.sections.flatMap((s) => s.tables), model.method.settings, model.method.dataQuality];
      for (const t of tables) expect(t.columns.length, t.id).toBeGreaterThan(0);
      expect(JSON.stringify(model)).not.toMatch(/Infinity|NaN/);
    }
  });

  it('speaks English with English plurals', () => {
    const model = build([member('a', true, 100, 1000)], 'en');
    expect(model.subtitle).toBe('1 member · 1,000 employees');
    expect(model.sections.find((s) => s.id === 'status')!.title).toBe('Progress per member');
  });
});
