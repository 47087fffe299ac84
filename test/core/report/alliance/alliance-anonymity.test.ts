import { describe, expect, it, vi } from 'vitest';
import { renderWorkbook } from '../../../../src/adapters/report/xlsx/render-workbook.js';
import { buildAllianceReport } from '../../../../src/core/report/build-alliance-report.js';
import { loadWorkbook } from '../../../adapters/report/xlsx/load-workbook.js';
import { type MemberSpec, scenario } from './anonymity-scenarios.js';
import { isDerivable, jacobian, publishedNumbers, rowBasis, unit } from './derivable.js';

// numbers inside texts are printed exactly and marked, so the derivation sees them at full precision
vi.mock('../../../../src/core/report/format-value.js', async (original) => {
  const actual = await original<typeof import('../../../../src/core/report/format-value.js')>();
  return { ...actual, formatValue: (v: unknown, f: string, lang: 'nl' | 'en') => (typeof v === 'number' ? `⟦${v}⟧` : actual.formatValue(v as never, f as never, lang)) };
});

/** For each reader (every member, knowing its own figures, and an outsider), the inputs of non-sharing members it can derive. */
function leaks(specs: MemberSpec[]): string[] {
  const { variables, values, input } = scenario(specs);
  const J = jacobian(values, (x) => publishedNumbers(buildAllianceReport(input(x))));
  const found: string[] = [];
  for (const reader of [null, ...specs.map((s) => s.id)]) {
    const own = variables.flatMap((v, j) => (v.member === reader ? [unit(j, variables.length)] : []));
    const basis = rowBasis([...own, ...J]);
    variables.forEach((v, j) => {
      const secret = !specs.find((s) => s.id === v.member)!.shares;
      if (secret && v.member !== reader && isDerivable(basis, j)) found.push(`${reader ?? 'outsider'} derives ${v.member}: ${v.what}`);
    });
  }
  return found;
}

const all = [0, 1, 2, 3, 4, 5];
const full = (id: string, shares: boolean, extra: Partial<MemberSpec> = {}): MemberSpec => ({ id, shares, quarters: all, co2Years: [2016, 2023, 2026], scan: true, ...extra });

describe('alliance anonymity: nothing of a member that does not share can be derived', () => {
  it('detects a leak when one exists (the check itself can fail)', () => {
    // a "report" that publishes named rows and the totals: the old behaviour with one non-sharing member
    const specs = [full('a', true), full('b', true), full('x', false)];
    const { variables, values, input } = scenario(specs);
    const leaky = (x: number[]) => {
      const members = input(x).members;
      const out = new Map<string, number>();
      members.forEach((m) => m.shares && out.set(m.id, m.employees!));
      out.set('total', members.reduce((s, m) => s + m.employees!, 0));
      return out;
    };
    const basis = rowBasis(jacobian(values, leaky));
    expect(isDerivable(basis, variables.findIndex((v) => v.member === 'x' && v.what === 'employees'))).toBe(true);
  });

  it('with one non-sharing member', () => {
    expect(leaks([full('a', true), full('b', true, { quarters: [0, 1, 2, 3] }), full('c', true), full('x', false)])).toEqual([]);
  });

  it('with one non-sharing member beside one named member (each knows its own figures)', () => {
    expect(leaks([full('a', true), full('x', false)])).toEqual([]);
  });

  it('with two non-sharing members, neither can work out the other', () => {
    expect(leaks([full('a', true), full('b', true, { quarters: [2, 3, 4, 5] }), full('x', false), full('y', false, { quarters: [1, 2, 3, 4, 5] })])).toEqual([]);
  });

  it('with three non-sharing members, grouped as "overige deelnemers"', () => {
    expect(leaks([full('a', true), full('b', true), full('x', false), full('y', false), full('z', false, { quarters: [3, 4, 5] })])).toEqual([]);
  });

  it('with three non-sharing members of which only two have counts or a base year (the example alliance)', () => {
    const specs: MemberSpec[] = [
      full('asz', true, { co2Years: [2016, 2019, 2023, 2026] }),
      full('college', true, { co2Years: [2026] }),
      full('gemdor', true, { quarters: [0, 1, 2, 3], co2Years: [2026] }),
      full('dcbp', false, { co2Years: [2026] }),
      full('hoofd', false, { co2Years: [2016, 2019, 2023, 2026] }),
      full('zorg2', false, { quarters: [], co2Years: [2026] }),
    ];
    expect(leaks(specs)).toEqual([]);
  });

  it('with no member that shares', () => {
    expect(leaks([full('x', false), full('y', false)])).toEqual([]);
  });
});

describe('the alliance workbook', () => {
  it('publishes no number that the model does not, so the derivation above covers it', async () => {
    const { values, input } = scenario([full('a', true), full('b', true), full('x', false)]);
    const model = buildAllianceReport(input(values));
    // the years a chart runs over are published too: as categories in the model, as numbers in the workbook
    const years = model.charts.flatMap((c) => c.categories.filter((x) => /^\d{4}$/.test(x)).map(Number));
    const known = [...publishedNumbers(model).values(), ...years];
    const workbook = await loadWorkbook(await renderWorkbook(model));
    const extra: string[] = [];
    let checked = 0;
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      const numbers = typeof cell.value === 'number' ? [cell.value] : [...String(cell.text).matchAll(/⟦([^⟧]+)⟧/g)].map((m) => Number(m[1]));
      checked += numbers.length;
      for (const n of numbers) if (!known.some((k) => Math.abs(k - n) <= 1e-9 * Math.max(1, Math.abs(k)))) extra.push(`${sheet.name}!${cell.address}: ${n}`);
    })));
    expect(checked).toBeGreaterThan(50);
    expect(extra).toEqual([]);
  });
});
