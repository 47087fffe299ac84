import type { CyclingScenario, ScenarioBand, ScenarioFigures } from './scan-result.js';
import type { GroupOutcome } from './scenario-groups.js';

const r2 = (x: number): number => Math.round(x * 100) / 100;

interface Sums {
  groups: number;
  atDutchLevel: number;
  commuters: number;
  cyclistsNow: number;
  carNow: number;
  gdLevel: number;
  gdExtra: number;
  gdCar: number;
  ebLevel: number;
  ebExtra: number;
  ebCar: number;
  ptCommuters: number;
  ptNow: number;
  ptLevel: number;
  ptExtra: number;
  ptCar: number;
}

const zero = (): Sums => ({ groups: 0, atDutchLevel: 0, commuters: 0, cyclistsNow: 0, carNow: 0, gdLevel: 0, gdExtra: 0, gdCar: 0, ebLevel: 0, ebExtra: 0, ebCar: 0, ptCommuters: 0, ptNow: 0, ptLevel: 0, ptExtra: 0, ptCar: 0 });

function addTo(t: Sums, o: GroupOutcome): void {
  t.groups++;
  if (o.atDutchLevel) t.atDutchLevel++;
  t.commuters += o.commuters;
  t.cyclistsNow += o.cyclistsNow;
  t.carNow += o.carNow;
  t.gdLevel += o.goDutchLevel;
  t.gdExtra += o.goDutchExtra;
  t.gdCar += o.goDutchCarDrivers;
  t.ebLevel += o.ebikeLevel;
  t.ebExtra += o.ebikeExtra;
  t.ebCar += o.ebikeCarDrivers;
  t.ptCommuters += o.ptCommuters;
  t.ptNow += o.ptNow;
  t.ptLevel += o.ptLevel;
  t.ptExtra += o.ptExtra;
  t.ptCar += o.ptCarDrivers;
}

const cycling = (level: number, extra: number, car: number): CyclingScenario => ({ levelCyclists: r2(level), extraCyclists: r2(extra), carDrivers: r2(car) });

/** Sums the scenario groups of one aggregate, in total and per distance band. */
export class ScenarioSums {
  private readonly total = zero();
  private readonly bands: Sums[];
  private carpool = 0;

  constructor(private readonly bandIds: string[]) {
    this.bands = bandIds.map(zero);
  }

  /** Adds one location x band group. */
  add(band: number, o: GroupOutcome): void {
    addTo(this.total, o);
    const b = this.bands[band];
    if (b) addTo(b, o);
  }

  /** Adds the expected passenger share of one carpool group member. */
  addCarpool(expected: number): void {
    this.carpool += expected;
  }

  /** The rounded figures. */
  finish(): ScenarioFigures {
    const t = this.total;
    const byBand: ScenarioBand[] = this.bandIds.map((band, i) => {
      const b = this.bands[i]!;
      return {
        band,
        commuters: b.commuters,
        cyclistsNow: b.cyclistsNow,
        carCommuters: b.carNow,
        goDutch: cycling(b.gdLevel, b.gdExtra, b.gdCar),
        ebike: cycling(b.ebLevel, b.ebExtra, b.ebCar),
        pt: { extraUsers: r2(b.ptExtra), carDrivers: r2(b.ptCar) },
        atDutchLevel: b.groups > 0 && b.atDutchLevel === b.groups,
      };
    });
    return {
      commuters: t.commuters,
      cyclistsNow: t.cyclistsNow,
      goDutch: cycling(t.gdLevel, t.gdExtra, t.gdCar),
      ebike: cycling(t.ebLevel, t.ebExtra, t.ebCar),
      pt: { commutersWithEstimate: t.ptCommuters, usersNow: t.ptNow, levelUsers: r2(t.ptLevel), extraUsers: r2(t.ptExtra), carDrivers: r2(t.ptCar) },
      carpool: { carDrivers: r2(this.carpool) },
      carDrivers: r2(t.gdCar + t.ebCar + t.ptCar + this.carpool),
      groupsAtDutchLevel: t.atDutchLevel,
      groups: t.groups,
      byBand,
    };
  }
}
