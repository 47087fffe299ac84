import { FUELS, type Employee, type Fuel, type Mode } from '../ingest/types.js';
import type { EmployeeAssessment } from './assess-employee.js';

/**
 * Who counts in the commuting part of the Dutch WPM report (METHOD.md 6: only employees with a
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

/** Accumulates the WPM scope over all employees of a scan. */
export class WpmScopeAccumulator {
  private sawAllowance = false;
  private readonly all = { count: 0, km: new Map<string, number>() };
  private readonly scoped = { count: 0, km: new Map<string, number>() };
  private noAllowance = 0;
  private unknown = 0;

  /** Adds one employee with its assessment. */
  add(a: EmployeeAssessment, e: Pick<Employee, 'allowance' | 'leaseCar'>): void {
    if (e.allowance !== undefined && e.allowance !== 'onbekend') this.sawAllowance = true;
    const key = `${a.mode}|${FUELED.has(a.mode) ? (a.fuel ?? 'onbekend') : ''}`;
    const addKm = (into: { count: number; km: Map<string, number> }) => {
      into.count++;
      if (a.kmPerYear > 0) into.km.set(key, (into.km.get(key) ?? 0) + a.kmPerYear);
    };
    addKm(this.all);
    if (e.allowance === 'km' || e.allowance === 'ov' || e.leaseCar === true) addKm(this.scoped);
    else if (e.allowance === 'geen') this.noAllowance++;
    else this.unknown++;
  }

  /** The scope, on the allowance basis when the export said anything about allowances. */
  finish(): WpmScope {
    const from = this.sawAllowance ? this.scoped : this.all;
    const kmPerYear = [...from.km].map(([key, km]) => {
      const [mode, fuel] = key.split('|') as [Mode, string];
      return { mode, fuel: fuel === '' ? null : (FUELS.find((f) => f === fuel) ?? 'onbekend'), km: Math.round(km) };
    });
    return this.sawAllowance
      ? { basis: 'allowance', inScope: this.scoped.count, outOfScope: { noAllowance: this.noAllowance, allowanceUnknown: this.unknown }, kmPerYear }
      : { basis: 'everyone', inScope: this.all.count, outOfScope: { noAllowance: 0, allowanceUnknown: 0 }, kmPerYear };
  }
}
