import type { GroupRule } from './catalogue-schema.js';
import type { AdviceInput } from './types.js';

/** The employees a rule selects, with what the sizing needs about them. */
export interface SelectedGroup {
  label: string;
  count: number;
  /** false when the input does not say (homework eligibility, flights): never recommended then. */
  known: boolean;
  /** true when the count is derived rather than given. */
  estimated: boolean;
  avgOneWayKm: number;
  expectedSwitchers: { goDutch?: number; ebike?: number; pt?: number };
  /** Label parameters for the explanation templates. */
  fromKm?: number;
  toKm?: number | null;
}

const EPSILON_KM = 1e-9; // band bounds are settings in km; tolerate float noise when comparing

/** Sums a field over the bands, or undefined as soon as one band with car commuters lacks it. */
function sumKnown(values: { n: number; v: number | undefined }[]): number | undefined {
  let total = 0;
  for (const { n, v } of values) {
    if (n <= 0) continue;
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

const simple = (label: string, count: number, avgOneWayKm: number, known = true, estimated = false): SelectedGroup => ({
  label,
  count: Number.isFinite(count) ? Math.max(0, count) : 0,
  known,
  estimated,
  avgOneWayKm,
  expectedSwitchers: {},
});

/** Applies one target-group rule to a company's aggregates. */
export function selectGroup(rule: GroupRule, input: AdviceInput): SelectedGroup {
  switch (rule.kind) {
    case 'carDistance': {
      const upper = rule.toKm ?? Number.POSITIVE_INFINITY;
      const bands = input.carBands.filter((b) => b.fromKm >= rule.fromKm - EPSILON_KM && (b.toKm ?? Number.POSITIVE_INFINITY) <= upper + EPSILON_KM);
      const count = bands.reduce((s, b) => s + Math.max(0, b.carCommuters), 0);
      const km = count > 0 ? bands.reduce((s, b) => s + Math.max(0, b.carCommuters) * b.avgOneWayKm, 0) / count : 0;
      const label = `car commuters ${rule.fromKm}${rule.toKm === null ? '+' : `-${rule.toKm}`} km`;
      const goDutch = sumKnown(bands.map((b) => ({ n: b.carCommuters, v: b.expectedBikeSwitchers })));
      const ebike = sumKnown(bands.map((b) => ({ n: b.carCommuters, v: b.expectedEbikeSwitchers })));
      const expectedSwitchers = { ...(goDutch === undefined ? {} : { goDutch }), ...(ebike === undefined ? {} : { ebike }) };
      return { ...simple(label, count, km), expectedSwitchers, fromKm: rule.fromKm, toKm: rule.toKm };
    }
    case 'goodPt': {
      const g = simple('car commuters with good PT', input.goodPt.carCommuters, input.goodPt.avgOneWayKm);
      return input.goodPt.expectedSwitchers === undefined ? g : { ...g, expectedSwitchers: { pt: input.goodPt.expectedSwitchers } };
    }
    case 'carpool':
      return simple('carpool candidates', input.carpool.candidates, input.carpool.avgOneWayKm);
    case 'carInPeak': {
      // at least the larger window's drivers drive in a peak; the overlap is unknown
      const { morning, evening } = input.carCommutersInPeak;
      return simple('car commuters in the peak', Math.max(morning, evening), input.carAvgOneWayKm);
    }
    case 'homeworkEligible': {
      const h = input.homeworkEligible;
      if (h === undefined) return simple('car commuters who could work from home', 0, input.carAvgOneWayKm, false);
      const carShare = input.employees > 0 ? Math.min(1, input.carCommuters / input.employees) : 0;
      const count = h.carCommuters ?? h.employees * carShare;
      return simple('car commuters who could work from home', count, input.carAvgOneWayKm, true, h.carCommuters === undefined);
    }
    case 'leaseCars': {
      const count = rule.fuels.reduce((s, f) => s + (input.leaseCars.byFuel[f] ?? 0), 0);
      return simple(`lease cars (${rule.fuels.join(', ')})`, count, input.leaseCars.avgOneWayKm);
    }
    case 'carCommuters':
      return simple('car commuters', input.carCommuters, input.carAvgOneWayKm);
    case 'shortFlights': {
      const flights = input.shortBusinessFlightsPerYear;
      return simple('short business flights a year', flights ?? 0, 0, flights !== undefined);
    }
  }
}
