import { reportTexts } from '../../../../src/core/report/report-texts.js';
import type { AllianceMember, AllianceReportInput } from '../../../../src/core/report/build-alliance-report.js';
import type { ScanResult } from '../../../../src/core/scan/scan-result.js';

/** The quarters the scenarios measure in. */
export const QUARTERS = [
  { label: '2025-Q2', from: '2025-04-01', to: '2025-06-30' },
  { label: '2025-Q3', from: '2025-07-01', to: '2025-09-30' },
  { label: '2025-Q4', from: '2025-10-01', to: '2025-12-31' },
  { label: '2026-Q1', from: '2026-01-01', to: '2026-03-31' },
  { label: '2026-Q2', from: '2026-04-01', to: '2026-06-30' },
  { label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' },
];

/** What a member of a scenario has. */
export interface MemberSpec {
  id: string;
  shares: boolean;
  /** Indexes into QUARTERS with a judged period; none means no counts. */
  quarters?: number[];
  co2Years?: number[];
  scan?: boolean;
  employees?: boolean;
}

/** One hidden input: whose it is and what it is. */
export interface Variable {
  member: string;
  what: string;
}

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

/** The scenario's inputs as variables with starting values, and a function from values to the report input. */
export function scenario(specs: MemberSpec[], seed = 7): { variables: Variable[]; values: number[]; input: (x: readonly number[]) => AllianceReportInput } {
  const random = seeded(seed);
  const variables: Variable[] = [];
  const values: number[] = [];
  const add = (member: string, what: string, value: number): number => {
    variables.push({ member, what });
    values.push(value);
    return values.length - 1;
  };
  const plans = specs.map((s) => {
    const employees = 300 + Math.round(random() * 2700);
    const baseline = employees * (0.3 + random() * 0.3);
    return {
      spec: s,
      e: s.employees === false ? null : add(s.id, 'employees', employees),
      b: s.quarters?.length ? add(s.id, 'baseline', baseline) : null,
      a: (s.quarters ?? []).map((q) => ({ q, i: add(s.id, `avoided ${QUARTERS[q]!.label}`, baseline * (0.02 + random() * 0.18)) })),
      c: (s.co2Years ?? []).map((year) => ({ year, i: add(s.id, `co2 ${year}`, employees * (300 + random() * 300)) })),
      near: s.scan ? { car: add(s.id, 'scan car near', 20 + random() * 200), other: add(s.id, 'scan others near', 20 + random() * 200) } : null,
    };
  });
  const input = (x: readonly number[]): AllianceReportInput => ({
    lang: 'nl',
    texts: reportTexts('nl'),
    generatedOn: '2026-11-30',
    version: 'test',
    alliance: { name: 'Testalliantie', peakWindows: '07:00-09:00, 16:30-18:00' },
    peakGoal: { targetPct: 10, targetYear: 2026 },
    co2Goal: { targetPct: 50, baselineYear: 2016, targetYear: 2030 },
    suppressionThreshold: 5,
    attributions: [],
    members: plans.map((p): AllianceMember => ({
      id: p.spec.id,
      name: `Naam ${p.spec.id}`,
      shares: p.spec.shares,
      employees: p.e === null ? null : x[p.e]!,
      peak: p.b === null ? null : {
        baselinePerDay: x[p.b]!,
        periods: p.a.map(({ q, i }) => ({ ...QUARTERS[q]!, avoidedPerDay: x[i]! })),
        goal: { targetPct: 10, targetYear: 2026, scope: 'company', status: 'behind', projectedShare: null },
      },
      co2: {
        years: p.c.map(({ year, i }) => ({ year, co2Kg: x[i]! })),
        goal: p.c.some((c) => c.year === 2016) ? { targetPct: 50, baselineYear: 2016, targetYear: 2030, scope: 'company', status: 'on-track', projectedChange: null } : null,
      },
      scan: p.near === null ? null : fakeScan(x[p.near.car]!, x[p.near.other]!),
      measures: [{ title: `maatregel van ${p.spec.id}`, startDate: '2025-09-15' }],
    })),
  });
  return { variables, values, input };
}

/** The part of a scan the alliance report reads: who lives within 7.5 km and how they travel. */
function fakeScan(car: number, other: number): ScanResult {
  return { overall: { byBandMode: [{ band: '0-2.5', mode: 'auto', employees: car }, { band: '2.5-7.5', mode: 'fiets', employees: other }] } } as unknown as ScanResult;
}
