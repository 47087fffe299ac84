import type { Cell, Lang, Section } from '../report-model.js';
import { tableSection } from '../table-section.js';
import type { AllianceDisclosure } from './alliance-disclosure.js';
import type { AllianceText } from './alliance-messages.js';
import type { AllianceDashText } from './alliance-dash-messages.js';
import { dashNote } from '../dash-note.js';
import { formatPeriod } from '../../format/format-period.js';

/**
 * What named members did and what followed: for each measure the share of the own baseline
 * avoided in the last quarter that ended before its start and in the first quarter that began
 * after it. Shares, not trips, so a small member's change reads as clearly as a large one's.
 */
export function measuresSection(d: AllianceDisclosure, t: AllianceText, lang: Lang, dt: AllianceDashText): Section {
  const rows = d.named.flatMap((m) =>
    [...m.measures].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((x): Cell[] => {
      const peak = m.peak;
      const share = (p: { avoidedPerDay: number } | undefined): number | null => (p && peak && peak.baselinePerDay > 0 ? p.avoidedPerDay / peak.baselinePerDay : null);
      const before = peak?.periods.filter((p) => p.to < x.startDate).at(-1);
      const after = peak?.periods.find((p) => p.from > x.startDate);
      const b = share(before);
      const a = share(after);
      return [
        m.name, x.title, x.startDate,
        before ? formatPeriod(before.label, lang) : null, b,
        after ? formatPeriod(after.label, lang) : null, a,
        a !== null && b !== null ? (a - b) * 100 : null,
      ];
    }),
  );
  // in reading order: before, after, then the difference that needs both
  const reasons = [
    ...(rows.some((r) => r[3] === null) ? [dt('noQuarterBefore')] : []),
    ...(rows.some((r) => r[5] === null) ? [dt('noQuarterAfter')] : []),
    ...(rows.some((r) => r[7] === null) ? [dt('noDifference')] : []),
  ];
  const note = dashNote((list) => dt('means', { reasons: list }), reasons);
  // the caveat goes with the intro, where it is read before the numbers (and never on a page of its own)
  return tableSection('measures', t('measuresTitle'), rows.length > 0 ? [t('measuresIntro'), t('measuresNote')] : [t('measuresNone')], {
    columns: [
      { key: 'member', label: t('colMember'), format: 'text', width: 20 },
      { key: 'measure', label: t('colMeasure'), format: 'text', width: 24 },
      { key: 'start', label: t('colStart'), format: 'date', width: 13 },
      { key: 'quarterBefore', label: t('colQuarterBefore'), format: 'text', width: 10 },
      { key: 'shareBefore', label: t('colShareBefore'), format: 'pct', width: 8 },
      { key: 'quarterAfter', label: t('colQuarterAfter'), format: 'text', width: 10 },
      { key: 'shareAfter', label: t('colShareAfter'), format: 'pct', width: 8 },
      { key: 'difference', label: t('colDifference'), format: 'decimal1', width: 9 },
    ],
    rows,
    ...(note && { note }),
  });
}
