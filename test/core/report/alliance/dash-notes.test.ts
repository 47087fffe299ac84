import { describe, expect, it } from 'vitest';
import { buildAllianceReport, type AllianceMember } from '../../../../src/core/report/build-alliance-report.js';
import type { Lang, ReportModel, Table } from '../../../../src/core/report/report-model.js';
import { reportTexts } from '../../../../src/core/report/report-texts.js';

const quarter = (label: string, from: string, to: string, avoidedPerDay: number) => ({ label, from, to, avoidedPerDay });

/** A member with two measured quarters, a goal and CO2 figures; `change` takes parts away. */
function member(id: string, shares: boolean, change: Partial<AllianceMember> = {}): AllianceMember {
  return {
    id, name: `Naam ${id}`, shares, employees: 1000,
    peak: {
      baselinePerDay: 900,
      periods: [quarter('2025-Q2', '2025-04-01', '2025-06-30', 40), quarter('2026-Q1', '2026-01-01', '2026-03-31', 90)],
      goal: { targetPct: 10, targetYear: 2026, scope: 'company', status: 'met', projectedShare: null },
    },
    co2: { years: [{ year: 2016, co2Kg: 600_000 }, { year: 2026, co2Kg: 500_000 }], goal: { targetPct: 50, baselineYear: 2016, targetYear: 2030, scope: 'company', status: 'behind', projectedChange: null } },
    scan: null,
    measures: [{ title: `maatregel van ${id}`, startDate: '2025-09-01' }],
    ...change,
  };
}

const build = (members: AllianceMember[], lang: Lang): ReportModel =>
  buildAllianceReport({
    lang, texts: reportTexts(lang), generatedOn: '2026-11-27', version: 't', alliance: { name: 'Alliantie' },
    peakGoal: { targetPct: 10, targetYear: 2026 }, co2Goal: null, members, attributions: [], suppressionThreshold: 5,
  });

const tables = (model: ReportModel): Table[] => model.sections.flatMap((s) => s.tables).filter((t) => !t.excelOnly);
const showsDash = (t: Table): boolean => [...t.rows, t.totals ?? []].some((r) => r.some((c, i) => c === null && !t.columns[i]?.excelOnly));
const table = (model: ReportModel, id: string): Table => model.sections.find((s) => s.id === id)!.tables[0]!;

// as in the demo: a member with a baseline and only a provisional measurement, one without a
// baseline or a CO2 goal, and three that do not share, one of them with peak counts (a closed family)
const members = [
  member('a', true),
  member('gemdor', true, {
    peak: { baselinePerDay: 500, periods: [], provisional: { label: '2026-Q1', avoidedPerDay: 50, daysWithData: 22, workingDays: 63 }, goal: { targetPct: 10, targetYear: 2026, scope: 'company', status: 'on-track', projectedShare: null } },
  }),
  member('c', true, { peak: null, co2: { years: [], goal: null } }),
  member('x', false),
  member('y', false, { peak: null }),
  member('z', false, { peak: null }),
];

describe('dashes in the alliance report', () => {
  it('explain every dash in every table with a note, in Dutch and English', () => {
    for (const [lang, dash] of [['nl', 'Waar een cijfer ontbreekt (–)'], ['en', 'Where a figure is missing (–)']] as const) {
      const withDash = tables(build(members, lang)).filter(showsDash);
      expect(withDash.map((t) => t.id)).toEqual(expect.arrayContaining(['status', 'members', 'benchmark', 'measures']));
      for (const t of withDash) expect(t.note ?? '', `${lang}: ${t.title}`).toContain(dash);
    }
  });

  it('say why a member with only a provisional measurement, or without a baseline, has no avoidances', () => {
    const note = table(build(members, 'nl'), 'members').note!;
    expect(note).toContain('nog geen volledige meetperiode na de nulmeting (een voorlopige meting telt in deze tabel niet mee)');
    expect(note).toContain('nog geen nulmeting van de spitsritten');
    expect(note).toContain('geen CO2-cijfers');
    // the group and the total hide the peak figures: 1 of 3 non-sharing members has them
    expect(note).toContain('niet getoond');
    expect(table(build(members, 'en'), 'members').note).toContain('no complete measurement period after the baseline yet');
  });

  it('add no dash note to a table without a dash', () => {
    const model = build([member('a', true), member('b', true)], 'nl');
    expect(showsDash(table(model, 'members'))).toBe(false);
    expect(table(model, 'members').note).toBeUndefined();
  });
});
