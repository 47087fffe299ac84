import type { Cell, Column, Section } from '../report-model.js';
import { tableSection } from '../table-section.js';
import { type AllianceDisclosure, type Family, hasFigures, MIN_GROUP } from './alliance-disclosure.js';
import type { AllianceText } from './alliance-messages.js';
import { type MemberFigures, memberFigures, missingReason, ratio, sumFigures } from './member-figures.js';
import type { AllianceDashText } from './alliance-dash-messages.js';
import { dashNote } from '../dash-note.js';

const per100 = (a: number | null, b: number | null): number | null => {
  const r = ratio(a, b);
  return r === null ? null : r * 100;
};
const tonnes = (kg: number | null): number | null => (kg === null ? null : kg / 1000);

/** The figures of the non-sharing group and of all members, with what may be shown of each family. */
export function groupAndTotals(d: AllianceDisclosure): { group: MemberFigures | null; all: MemberFigures } {
  const hide = (f: MemberFigures, families: Family[]): MemberFigures => ({
    ...f,
    ...(families.includes('size') && { employees: null }),
    ...(families.includes('peak') && { baselinePerDay: null, avoidedPerDay: null }),
    ...(families.includes('co2') && { co2Kg: null }),
  });
  const closed = (['size', 'peak', 'co2'] as const).filter((f) => d.classes[f] === 'closed');
  const all = hide(sumFigures([...d.named, ...d.others].map(memberFigures)), closed);
  if (!d.groupRow) return { group: null, all };
  const scans = d.others.filter((m) => m.scan !== null).length;
  const group = hide(sumFigures(d.others.map(memberFigures)), closed);
  return { group: scans >= MIN_GROUP ? group : { ...group, near: null }, all };
}

/** Names the closed families in a sentence ("het aantal medewerkers en de CO2"). */
function closedFigures(d: AllianceDisclosure, t: AllianceText): string {
  const words = (['size', 'peak', 'co2'] as const)
    .filter((f) => d.classes[f] === 'closed')
    .map((f) => t(f === 'size' ? 'figureSize' : f === 'peak' ? 'figurePeak' : 'figureCo2'));
  return words.reduce((list, w, i) => (i === 0 ? w : i === words.length - 1 ? t('listAnd', { a: list, b: w }) : `${list}, ${w}`), '');
}

/** The table of each member's size, avoided trips and CO2, the unnamed group and the totals. */
export function figuresSection(d: AllianceDisclosure, t: AllianceText, dt: AllianceDashText): Section {
  const { group, all } = groupAndTotals(d);
  const openPeak = d.classes.peak === 'open';
  const openCo2 = d.classes.co2 === 'open';
  const columns: Column[] = [
    { key: 'member', label: t('colMember'), format: 'text', width: 30 },
    { key: 'employees', label: t('colEmployees'), format: 'int' },
    { key: 'baseline', label: t('colBaseline'), format: 'count' },
    { key: 'avoided', label: t('colAvoided'), format: 'count' },
    { key: 'ownShare', label: t('colPeakReached'), format: 'pct', visual: 'dataBar' },
    ...(openPeak ? [{ key: 'shareOfAvoided', label: t('colShareOfAvoided'), format: 'pct' as const }] : []),
    { key: 'co2', label: t('colCo2'), format: 'decimal1' },
    ...(openCo2 ? [{ key: 'shareOfCo2', label: t('colShareOfCo2'), format: 'pct' as const }] : []),
  ];
  const row = (name: string, f: MemberFigures): Cell[] => [
    name,
    f.employees,
    f.baselinePerDay,
    f.avoidedPerDay,
    ratio(f.avoidedPerDay, f.baselinePerDay),
    ...(openPeak ? [ratio(f.avoidedPerDay, all.avoidedPerDay)] : []),
    tonnes(f.co2Kg),
    ...(openCo2 ? [ratio(f.co2Kg, all.co2Kg)] : []),
  ];
  const rows = d.named.map((m) => row(m.name, memberFigures(m)));
  if (group) rows.push(row(t('others', { n: d.others.length }), group));
  const totals = row(t('allMembers'), all);
  const intro = [t('figuresIntro')];
  if (d.groupRow) intro.push(t('figuresGroup', { n: d.others.length }));
  const closed = closedFigures(d, t);
  if (closed) intro.push(t('figuresClosed', { n: d.others.length, figures: closed }));
  const needs: Needs[] = [null, ['size'], ['peak'], ['peak'], ['peak'], ...(openPeak ? [['peak'] as const] : []), ['co2'], ...(openCo2 ? [['co2'] as const] : [])];
  const note = dashNote((reasons) => dt('means', { reasons }), dashReasons(d, [...rows, totals], needs, dt));
  return tableSection('members', t('figuresTitle'), intro, { columns, rows, totals, ...(note && { note }) });
}

/** What a column's figure rests on: families of figures, or the scan (null: never missing). */
type Needs = readonly (Family | 'scan')[] | null;

/**
 * The reasons behind each '–' of a table whose rows are the named members, then the group and
 * totals rows: a member lacks a figure the column needs; a group or total is hidden (a closed
 * family) or lacks some member's figure.
 */
function dashReasons(d: AllianceDisclosure, rows: Cell[][], needs: Needs[], dt: AllianceDashText): string[] {
  return rows.flatMap((cells, r) => {
    const m = d.named[r];
    return needs.flatMap((need, c) => {
      if (need === null || cells[c] !== null) return [];
      if (m) {
        const lacking = need.find((f) => (f === 'scan' ? m.scan === null : !hasFigures(m, f)));
        return lacking === undefined ? [] : [dt(lacking === 'scan' ? 'noScan' : missingReason(m, lacking))];
      }
      // the group's scan figure is hidden below MIN_GROUP scans, as a closed family is
      const hidden = need.some((f) => (f === 'scan' ? d.groupRow && r === d.named.length && d.others.some((o) => o.scan !== null) : d.classes[f] === 'closed'));
      return [dt(hidden ? 'closed' : 'incomplete')];
    });
  });
}

/** Members compared on figures that do not depend on size. */
export function benchmarkSection(d: AllianceDisclosure, t: AllianceText, dt: AllianceDashText): Section {
  const { group, all } = groupAndTotals(d);
  const members = [...d.named, ...d.others];
  // a ratio over the group or the alliance only where every member in it has both figures
  const both = (a: Family, b: Family, list = members): boolean => list.every((m) => hasFigures(m, a) === hasFigures(m, b));
  const row = (name: string, f: MemberFigures, ok: { peak: boolean; co2: boolean }): Cell[] => [
    name,
    f.near ? f.near.car / f.near.all : null,
    ok.peak ? per100(f.avoidedPerDay, f.employees) : null,
    ok.co2 ? ratio(f.co2Kg, f.employees) : null,
  ];
  const rows = d.named.map((m) => row(m.name, memberFigures(m), { peak: true, co2: true }));
  if (group) rows.push(row(t('others', { n: d.others.length }), group, { peak: both('peak', 'size', d.others), co2: both('co2', 'size', d.others) }));
  const totals = row(t('allMembers'), all, { peak: both('peak', 'size'), co2: both('co2', 'size') });
  const note = dashNote((reasons) => dt('means', { reasons }), dashReasons(d, [...rows, totals], [null, ['scan'], ['size', 'peak'], ['size', 'co2']], dt));
  return tableSection('benchmark', t('benchmarkTitle'), [t('benchmarkIntro')], {
    ...(note && { note }),
    columns: [
      { key: 'member', label: t('colMember'), format: 'text', width: 30 },
      { key: 'carShareNear', label: t('colCarShareNear'), format: 'pct', visual: 'dataBar' },
      { key: 'per100', label: t('colAvoidedPer100'), format: 'decimal1', visual: 'dataBar' },
      { key: 'co2PerEmployee', label: t('colCo2PerEmployee'), format: 'int' },
    ],
    rows,
    totals,
  });
}
