import { FUELS, MODES, type Employee, type Fuel, type Mode } from '../ingest/types.js';
import type { EmployeeAssessment } from './assess-employee.js';

/**
 * Who counts in the commuting part of the Dutch WPM report (RVO WPM rules, docs/method.md: only employees with a
 * travel allowance or a PT pass; a lease car counts too, its commute is the employer's), and
 * their km a year by mode and fuel. Without an allowance column in the export nobody can be told
 * apart, so everyone counts and the basis says so.
 */
export interface WpmScope {
  basis: 'allowance' | 'everyone';
  inScope: number;
  outOfScope: { noAllowance: number; allowanceUnknown: number };
  kmPerYear: { mode: Mode; fuel: Fuel | null; km: number }[];
}

const FUELED: ReadonlySet<Mode> = new Set(['auto', 'carpool', 'motor', 'scooter']);
const MODE_INDEX = new Map<Mode, number>(MODES.map((m, i) => [m, i]));
const FUEL_INDEX = new Map<Fuel, number>(FUELS.map((f, i) => [f, i]));
const COLUMNS = FUELS.length + 1; // column 0: modes without a fuel

/** Km by mode x fuel, as a flat array (a million employees: no string keys per employee). */
const kmTable = (): Float64Array => new Float64Array(MODES.length * COLUMNS);

/** Accumulates the WPM scope over all employees of a scan. */
export class WpmScopeAccumulator {
  private sawAllowance = false;
  private readonly all = { count: 0, km: kmTable() };
  private readonly scoped = { count: 0, km: kmTable() };
  private noAllowance = 0;
  private unknown = 0;

  /** Adds one employee with its assessment. */
  add(a: EmployeeAssessment, e: Pick<Employee, 'allowance' | 'leaseCar'>): void {
    if (e.allowance !== undefined && e.allowance !== 'onbekend') this.sawAllowance = true;
    const cell = MODE_INDEX.get(a.mode)! * COLUMNS + (FUELED.has(a.mode) ? FUEL_INDEX.get(a.fuel ?? 'onbekend')! + 1 : 0);
    const addKm = (into: { count: number; km: Float64Array }) => {
      into.count++;
      into.km[cell]! += a.kmPerYear;
    };
    addKm(this.all);
    if (e.allowance === 'km' || e.allowance === 'ov' || e.leaseCar === true) addKm(this.scoped);
    else if (e.allowance === 'geen') this.noAllowance++;
    else this.unknown++;
  }

  /** The scope, on the allowance basis when the export said anything about allowances. */
  finish(): WpmScope {
    const from = this.sawAllowance ? this.scoped : this.all;
    const kmPerYear = [...from.km].flatMap((km, i) => {
      const column = i % COLUMNS;
      return km > 0 ? [{ mode: MODES[Math.floor(i / COLUMNS)]!, fuel: column === 0 ? null : FUELS[column - 1]!, km: Math.round(km) }] : [];
    });
    return this.sawAllowance
      ? { basis: 'allowance', inScope: this.scoped.count, outOfScope: { noAllowance: this.noAllowance, allowanceUnknown: this.unknown }, kmPerYear }
      : { basis: 'everyone', inScope: this.all.count, outOfScope: { noAllowance: 0, allowanceUnknown: 0 }, kmPerYear };
  }
}
