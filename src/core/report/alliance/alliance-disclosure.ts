/**
 * Which alliance figures may be shown without making a member that does not share identifiable
 * (docs/method.md section 8), also not by subtraction.
 *
 * The figures come in three families: employees ('size'), peak trips ('peak': baseline and
 * avoidances) and CO2 ('co2'). For each family we count the non-sharing members that have the
 * figure. With none, or with at least MIN_GROUP, the family is 'open': named members show their
 * figures, the non-sharing ones form one "overige deelnemers" row, and the totals are shown, so
 * the rows add up and subtraction gives only the group. With 1 or 2 the family is 'closed': named
 * members still show their own figures, but no total, no group row and no share of the total is
 * shown for it, and alliance-wide figures of that family appear only as one ratio series (share
 * of the baseline per quarter, CO2 against the base year), which always leaves one unknown more
 * than there are equations. test/core/report/alliance-anonymity.test.ts checks this by linear
 * algebra on the published numbers.
 */
import type { AllianceMember } from './alliance-input.js';

/** The smallest group of non-sharing members shown as one row (docs/method.md section 8). */
export const MIN_GROUP = 3;

export type Family = 'size' | 'peak' | 'co2';
export type FamilyClass = 'open' | 'closed';

/** What the report may show of each family. */
export interface AllianceDisclosure {
  named: AllianceMember[];
  others: AllianceMember[];
  /** Show an "overige deelnemers" row (MIN_GROUP or more members do not share). */
  groupRow: boolean;
  classes: Record<Family, FamilyClass>;
  /** Non-sharing members that have each family's figures. */
  contributors: Record<Family, number>;
}

/** Whether a member has a family's figures. */
export function hasFigures(member: AllianceMember, family: Family): boolean {
  if (family === 'size') return (member.employees ?? 0) > 0;
  if (family === 'peak') return member.peak !== null && member.peak.periods.length > 0 && member.peak.baselinePerDay > 0;
  return member.co2.years.length > 0;
}

/** Decides per family what the alliance report may show. */
export function allianceDisclosure(members: readonly AllianceMember[]): AllianceDisclosure {
  const named = members.filter((m) => m.shares);
  const others = members.filter((m) => !m.shares);
  const count = (family: Family): number => others.filter((m) => hasFigures(m, family)).length;
  const contributors = { size: count('size'), peak: count('peak'), co2: count('co2') };
  const classOf = (n: number): FamilyClass => (n === 0 || n >= MIN_GROUP ? 'open' : 'closed');
  return {
    named,
    others,
    groupRow: others.length >= MIN_GROUP,
    classes: { size: classOf(contributors.size), peak: classOf(contributors.peak), co2: classOf(contributors.co2) },
    contributors,
  };
}
